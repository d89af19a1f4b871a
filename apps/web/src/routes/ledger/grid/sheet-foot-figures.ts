import { isDecimal, parseDecimal, roundToText, type DutyStatus, type Exact } from '@jifen/scoring';
import type { SheetCellKind } from '../sheet-types';

// A dues cell holds its status's code (the scoring package's `DutyStatus`).
const ON_TIME: DutyStatus = 'onTime';

/** The grid's last row under one recorded column, and what it counts (for its tooltip). */
export type FootFigure = { text: string; counts?: 'present' | 'onTime' };

/**
 * What the last row shows under a column, from the values on screen (typed ones included): how
 * many signed in, how many paid on time, the mean of a quota's entered values (exact, shown to
 * two decimals half-up, as the scores beside it are), and the breaches in all. A value that is
 * not yet valid is left out until it is.
 */
export function footFigure(
  kind: SheetCellKind,
  values: readonly (string | null | undefined)[],
): FootFigure {
  const rows = values.length;
  switch (kind) {
    case 'attendance':
      return { text: `${values.filter((v) => v === '1').length}/${rows}`, counts: 'present' };
    case 'duty':
      return { text: `${values.filter((v) => v === ON_TIME).length}/${rows}`, counts: 'onTime' };
    case 'quota': {
      const entered = values.filter((v): v is string => !!v && isDecimal(v));
      if (entered.length === 0) return { text: '' };
      const sum = entered.reduce<Exact>((s, v) => s.add(parseDecimal(v)), parseDecimal('0'));
      return { text: roundToText(sum.div(entered.length), { decimals: 2, mode: 'half-up' }) };
    }
    case 'breach': {
      const counts = values.filter((v): v is string => !!v && /^\d+$/.test(v)).map(Number);
      return { text: counts.length ? String(counts.reduce((s, n) => s + n, 0)) : '' };
    }
    default:
      return { text: '' };
  }
}
