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

/** A menu entry's badge: how many items wait, and where they are when they are all in one place. */
export type MenuEntryBadge = { count: number; link: string | null };

/**
 * Badges per menu entry: the active branch's items for branch screens (the menu shows that
 * branch's screens), and everything else (the member's own screens, the committee's) as is. When
 * every counted task names the same page (a 2025 warning case: `/warnings?year=2025`), the entry
 * opens there, so a badge never leads to a page that shows nothing to do.
 */
export function useMenuBadges(branchId: string | null): ReadonlyMap<string, MenuEntryBadge> {
  const { list } = useMyTasks();
  return useMemo(() => {
    const counts = new Map<string, number>();
    const links = new Map<string, Set<string>>();
    for (const task of list?.tasks ?? []) {
      if (task.followUp) continue;
      const branchScreen = task.role !== 'MEMBER' && task.role !== 'COMMITTEE_ADMIN';
      if (branchScreen && task.branchId !== branchId) continue;
      counts.set(task.menuKey, (counts.get(task.menuKey) ?? 0) + task.count);
      links.set(task.menuKey, (links.get(task.menuKey) ?? new Set()).add(task.link));
    }
    const badges = new Map<string, MenuEntryBadge>();
    for (const [key, count] of counts) {
      const where = links.get(key)!;
      badges.set(key, { count, link: where.size === 1 ? [...where][0]! : null });
    }
    return badges;
  }, [list, branchId]);
}

/** Picks the server's zh-CN or English label by the current locale. */
export function useServerLabel(): (zh: string, en: string) => string {
  const { locale } = useLocale();
  return (zh, en) => (locale === 'zh-CN' ? zh : en);
}
