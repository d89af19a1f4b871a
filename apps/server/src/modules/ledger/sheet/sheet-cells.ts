import { BadInputError } from '../../../graphql/errors.js';
import { DUTY_STATUSES, dutyStatusOf, signInOf } from '@jifen/scoring';
import type { DutyStatus } from '../duty-entry.entity.js';
import type { SheetColumnDef, SheetSession } from './sheet-columns.js';
import { plainDecimal } from './sheet-values.js';

/** A cell value as stored: what the sheet shows after saving it. */
export type ParsedCell =
  | { kind: 'attendance'; present: boolean; shown: string | null }
  | { kind: 'quota'; value: string | null; shown: string | null }
  | { kind: 'duty'; status: DutyStatus | null; shown: string | null }
  | { kind: 'breach'; count: number; shown: string | null };

const DECIMAL = /^\d+(\.\d{1,2})?$/;

/**
 * Reads what a person typed into a cell (in the app or the Excel form) as the ledger records it.
 * Throws BAD_USER_INPUT naming `field` for a value outside the rule's range.
 */
export function parseCell(
  column: SheetColumnDef<SheetSession>,
  raw: string | null | undefined,
  field: string,
): ParsedCell {
  const text = (raw ?? '').trim();
  switch (column.kind) {
    case 'attendance':
      // The words a sheet takes are the scoring package's (the app's grid reads the same ones).
      if (signInOf(text) === true) return { kind: 'attendance', present: true, shown: '1' };
      if (signInOf(text) === false) return { kind: 'attendance', present: false, shown: null };
      throw new BadInputError(
        `签到应填 1（参加）或留空（未参加），实际为“${text}”`,
        `Attendance takes 1 (present) or nothing (absent), got "${text}"`,
        field,
      );
    case 'quota': {
      if (text === '') return { kind: 'quota', value: null, shown: null };
      const max = column.max ?? Number.POSITIVE_INFINITY;
      if (!DECIMAL.test(text) || Number(text) > max) {
        throw new BadInputError(
          `${column.nameZh}应为 0 到 ${max} 之间的数（至多两位小数），实际为“${text}”`,
          `${column.nameEn} must be a number from 0 to ${max} (at most 2 decimals), got "${text}"`,
          field,
        );
      }
      return { kind: 'quota', value: text, shown: plainDecimal(text) };
    }
    case 'duty': {
      if (text === '') return { kind: 'duty', status: null, shown: null };
      const status = dutyStatusOf(text) as DutyStatus | undefined;
      if (!status) {
        throw new BadInputError(
          `${column.nameZh}应为 ${DUTY_STATUSES.map((d) => d.cell.zh).join(' / ')}，实际为“${text}”`,
          `${column.nameEn} must be ${DUTY_STATUSES.map((d) => d.cell.en).join(' / ')}, got "${text}"`,
          field,
        );
      }
      return { kind: 'duty', status, shown: status };
    }
    case 'breach': {
      if (text === '' || text === '0') return { kind: 'breach', count: 0, shown: null };
      const count = Number(text);
      if (!/^\d+$/.test(text) || count > (column.max ?? 10)) {
        throw new BadInputError(
          `${column.nameZh}应填次数 0 到 ${column.max ?? 10}，实际为“${text}”`,
          `${column.nameEn} takes a count from 0 to ${column.max ?? 10}, got "${text}"`,
          field,
        );
      }
      return { kind: 'breach', count, shown: String(count) };
    }
    case 'declaration':
      throw new BadInputError(
        `${column.nameZh}是特色分，请通过个人申报记录`,
        `${column.nameEn} is a special item: it is recorded through declarations`,
        field,
      );
  }
}
