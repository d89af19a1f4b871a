import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { MonthlySheetLiveDocument } from '../../graphql/graphql';
import { averageScore, serverScore, type RowScore, type ScoreEntry } from './row-score';
import { draftProblems, saveCells, type Draft } from './sheet-model';
import type { MonthlySheet } from './sheet-types';

/** How long typing pauses before the server scores the typed cells. */
const PAUSE_MS = 300;

function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The figures of every row and the sheet's averages. Saved figures come with the sheet; while
 * cells are typed, the server scores them as if saved (`monthlySheet(pending: …)`, nothing is
 * written) and the edited rows show those figures, marked live. The browser computes no score.
 */
export function useLiveScores(
  sheet: MonthlySheet | undefined,
  draft: Draft,
): { scores: ReadonlyMap<string, ScoreEntry>; averages: RowScore | null; pending: boolean } {
  const settled = useSettled(draft, PAUSE_MS);
  // Cells the sheet already marks as wrong stay out: the server would refuse the whole preview.
  const pending = useMemo(() => {
    if (!sheet) return [];
    const problems = draftProblems(sheet, settled);
    return saveCells(sheet, settled)
      .filter((c) => !problems.has(c.id))
      .map((c) => c.input);
  }, [sheet, settled]);
  const { data, previousData, loading } = useQuery(MonthlySheetLiveDocument, {
    variables: { branchId: sheet?.branchId ?? '', month: sheet?.month ?? '', pending },
    skip: !sheet || pending.length === 0,
    // A preview of unsaved cells: never cached over the saved sheet.
    fetchPolicy: 'no-cache',
    context: { errorDisplay: 'none' },
  });
  const live = pending.length > 0 ? (data ?? previousData)?.monthlySheet : undefined;
  return useMemo(() => {
    const scores = new Map<string, ScoreEntry>();
    if (!sheet) return { scores, averages: null, pending: false };
    const liveRows = new Map((live?.rows ?? []).map((r) => [r.memberId, r]));
    for (const row of sheet.rows) {
      const edited = (settled.get(row.memberId)?.size ?? 0) > 0;
      const scored = edited ? liveRows.get(row.memberId) : undefined;
      // Typed since the pause, or the preview of the latest pause still on its way.
      const typing = draft.get(row.memberId) !== settled.get(row.memberId);
      const scoring = typing || (edited && (loading || !data));
      scores.set(
        row.memberId,
        scored
          ? { score: serverScore(scored), live: true, scoring }
          : { score: serverScore(row), live: false, scoring },
      );
    }
    const averages = averageScore(live?.averages ?? sheet.averages);
    return { scores, averages, pending: draft !== settled };
  }, [sheet, live, settled, draft, loading, data]);
}
