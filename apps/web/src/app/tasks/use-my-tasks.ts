import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MyTasksQuery as MyTasksData } from '../../graphql/graphql';
import { useLocale } from '../i18n';
import { MyTasksQuery } from './tasks.documents';

export type TaskView = MyTasksData['myTasks']['tasks'][number];

/** A minute is often enough for counts; any step a person takes refetches them at once. */
const POLL_MS = 60_000;

/** The person's to-do list from the server (one query for the home page and the menu badges). */
export function useMyTasks() {
  const { data, loading, error, refetch } = useQuery(MyTasksQuery, {
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_MS,
  });
  return { list: data?.myTasks ?? null, loading, error, refetch };
}

/**
 * Badge counts per menu entry: the active branch's items for branch screens (the menu shows that
 * branch's screens), and everything else (the member's own screens, the committee's) as is.
 */
export function useMenuBadges(branchId: string | null): ReadonlyMap<string, number> {
  const { list } = useMyTasks();
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const task of list?.tasks ?? []) {
      if (task.followUp) continue;
      const branchScreen = task.role !== 'MEMBER' && task.role !== 'COMMITTEE_ADMIN';
      if (branchScreen && task.branchId !== branchId) continue;
      counts.set(task.menuKey, (counts.get(task.menuKey) ?? 0) + task.count);
    }
    return counts;
  }, [list, branchId]);
}

/** Picks the server's zh-CN or English label by the current locale. */
export function useServerLabel(): (zh: string, en: string) => string {
  const { locale } = useLocale();
  return (zh, en) => (locale === 'zh-CN' ? zh : en);
}
