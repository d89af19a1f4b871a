import { useMemo } from 'react';
import type { CompiledScheme } from '@jifen/scoring';
import type { Draft } from './sheet-model';
import { liveScore, reproducibleRows, serverScore, type RowScore } from './sheet-scoring';
import type { MonthlySheet } from './sheet-types';

type Entry = { score: RowScore; live: boolean };

// Per server row (the cache's objects), the last figures and what they were computed from.
const cache = new WeakMap<object, { deps: unknown[]; entry: Entry }>();

/**
 * The figures of every row, rescored only for the rows whose edits changed (a row's edits keep
 * their map while untouched), so typing into a 50-member sheet scores one member per keystroke.
 */
export function useSheetScores(
  sheet: MonthlySheet | undefined,
  draft: Draft,
  earlier: readonly MonthlySheet[],
  scheme: CompiledScheme | null,
): { scores: ReadonlyMap<string, Entry>; reproducible: ReadonlySet<string> } {
  const reproducible = useMemo(
    () => (sheet && scheme ? reproducibleRows(sheet, earlier, scheme) : new Set<string>()),
    [sheet, earlier, scheme],
  );
  const scores = useMemo(() => {
    const out = new Map<string, Entry>();
    if (!sheet) return out;
    for (const row of sheet.rows) {
      const deps: unknown[] = [draft.get(row.memberId), earlier, scheme, reproducible];
      const cached = cache.get(row);
      if (cached && cached.deps.every((d, i) => d === deps[i])) {
        out.set(row.memberId, cached.entry);
        continue;
      }
      const entry = scheme
        ? liveScore(row, sheet, draft, earlier, scheme, reproducible)
        : { score: serverScore(row), live: false };
      cache.set(row, { deps, entry });
      out.set(row.memberId, entry);
    }
    return out;
  }, [sheet, draft, earlier, scheme, reproducible]);
  return { scores, reproducible };
}
