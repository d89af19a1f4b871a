import { BadInputError } from '../../../graphql/errors.js';
import { DutyStatus } from '../duty-entry.entity.js';
import type { SheetColumnDef, SheetSession } from './sheet-columns.js';
import { plainDecimal } from './sheet-values.js';

/** A cell value as stored: what the sheet shows after saving it. */
export type ParsedCell =
  | { kind: 'attendance'; present: boolean; shown: string | null }
  | { kind: 'quota'; value: string | null; shown: string | null }
  | { kind: 'duty'; status: DutyStatus | null; shown: string | null }
  | { kind: 'breach'; count: number; shown: string | null };

const PRESENT = new Set(['1', 'true', '√', '✓', '是', '到']);
const ABSENT = new Set(['', '0', 'false', '×', '否']);
const DUTY_WORDS: Record<string, DutyStatus> = {
  onTime: DutyStatus.ON_TIME,
  按时: DutyStatus.ON_TIME,
  按时缴纳: DutyStatus.ON_TIME,
  late: DutyStatus.LATE,
  延期: DutyStatus.LATE,
  延期缴纳: DutyStatus.LATE,
  missing: DutyStatus.MISSING,
  未缴: DutyStatus.MISSING,
  未缴纳: DutyStatus.MISSING,
};
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
      if (PRESENT.has(text)) return { kind: 'attendance', present: true, shown: '1' };
      if (ABSENT.has(text)) return { kind: 'attendance', present: false, shown: null };
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
      const status = DUTY_WORDS[text];
      if (!status) {
        throw new BadInputError(
          `${column.nameZh}应为 按时 / 延期 / 未缴，实际为“${text}”`,
          `${column.nameEn} must be onTime, late or missing, got "${text}"`,
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
