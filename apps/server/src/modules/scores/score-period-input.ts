import { isMonthKey, type Period, type Quarter } from '@jifen/scoring';
import { BadInputError } from '../../graphql/errors.js';

export type PeriodArgs = {
  year: number;
  month?: number | null;
  quarter?: number | null;
  asOf?: string | null;
};

/**
 * Checks a period asked for and returns it with its explicit as-of month, if any (a month asked
 * for is scored whole; a year or quarter without one is scored through its recorded months);
 * errors name the argument.
 */
export function parsePeriod(args: PeriodArgs): { period: Period; asOf: string | undefined } {
  const { year, month, quarter } = args;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new BadInputError(
      '年度应为 2000 到 2100 之间的整数',
      'Year must be from 2000 to 2100',
      'year',
    );
  }
  if (month != null && quarter != null) {
    throw new BadInputError(
      '月份和季度只能选一个',
      'Give a month or a quarter, not both',
      'quarter',
    );
  }
  if (month != null && (!Number.isInteger(month) || month < 1 || month > 12)) {
    throw new BadInputError('月份应为 1 到 12', 'Month must be from 1 to 12', 'month');
  }
  if (quarter != null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
    throw new BadInputError('季度应为 1 到 4', 'Quarter must be from 1 to 4', 'quarter');
  }
  if (args.asOf != null && (!isMonthKey(args.asOf) || !args.asOf.startsWith(`${year}-`))) {
    throw new BadInputError(
      `计至月份应为 ${year} 年内的月份（YYYY-MM）`,
      `asOf must be a month of ${year}`,
      'asOf',
    );
  }
  if (month != null) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    // Asking for a month means scoring it, whether or not the year has got that far.
    return { period: { kind: 'month', month: key }, asOf: args.asOf ?? key };
  }
  const asOf = args.asOf ?? undefined;
  if (quarter != null)
    return { period: { kind: 'quarter', year, quarter: quarter as Quarter }, asOf };
  return { period: { kind: 'year', year }, asOf };
}
