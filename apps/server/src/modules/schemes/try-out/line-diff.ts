import type { Label } from '../../../graphql/locale.js';
import type { ScoreLine } from '../../scores/scores.types.js';

/** How one explanation line differs between the scheme in force and the draft. */
export enum LineChange {
  SAME = 'same',
  CHANGED = 'changed',
  ADDED = 'added',
  REMOVED = 'removed',
}

export const LINE_CHANGE_LABELS: Record<LineChange, Label> = {
  [LineChange.SAME]: { zh: '相同', en: 'same' },
  [LineChange.CHANGED]: { zh: '有变化', en: 'changed' },
  [LineChange.ADDED]: { zh: '草稿新增', en: 'draft only' },
  [LineChange.REMOVED]: { zh: '草稿没有', en: 'not in the draft' },
};

/** A line of either explanation, paired with its counterpart in the other. */
export type PairedLine = {
  key: string;
  change: LineChange;
  current: ScoreLine | null;
  draft: ScoreLine | null;
};

// Several lines may share a key (one per declaration of an item-month): the n-th pairs with the n-th.
function keyed(lines: readonly ScoreLine[]): Map<string, ScoreLine> {
  const seen = new Map<string, number>();
  const out = new Map<string, ScoreLine>();
  for (const line of lines) {
    const base = [
      line.section,
      line.category ?? '',
      line.itemCode ?? '',
      line.kind,
      line.month ?? '',
      line.branchId ?? '',
    ].join('|');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(`${base}#${n}`, line);
  }
  return out;
}

/**
 * Pairs the two explanations line by line (same section, item, step, month and branch) and marks
 * each pair: the same points, changed points, a line only the draft has, or only the scheme in
 * force. Lines keep the order of the scheme in force; the draft's own lines follow their neighbour.
 */
export function pairLines(
  current: readonly ScoreLine[],
  draft: readonly ScoreLine[],
): PairedLine[] {
  const a = keyed(current);
  const b = keyed(draft);
  const out: PairedLine[] = [];
  const placed = new Set<string>();
  const bKeys = [...b.keys()];
  // Draft-only lines are placed after the draft line before them that both have.
  const pending = new Map<string, string[]>();
  let anchor = '';
  for (const key of bKeys) {
    if (a.has(key)) anchor = key;
    else pending.set(anchor, [...(pending.get(anchor) ?? []), key]);
  }
  const pushAdded = (after: string) => {
    for (const key of pending.get(after) ?? []) {
      out.push({ key, change: LineChange.ADDED, current: null, draft: b.get(key)! });
      placed.add(key);
    }
  };
  pushAdded('');
  for (const [key, line] of a) {
    const other = b.get(key) ?? null;
    const change = !other
      ? LineChange.REMOVED
      : other.points === line.points && other.textZh === line.textZh
        ? LineChange.SAME
        : LineChange.CHANGED;
    out.push({ key, change, current: line, draft: other });
    if (other) pushAdded(key);
  }
  for (const key of bKeys) {
    if (!placed.has(key) && !a.has(key))
      out.push({ key, change: LineChange.ADDED, current: null, draft: b.get(key)! });
  }
  return out;
}
