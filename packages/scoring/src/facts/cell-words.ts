import type { LocalizedText } from '../i18n/locale.js';
import type { DutyStatus } from './facts-types.js';

// What people type into the monthly sheet (考核表), in the app or on the Excel form, and what the
// sheet and the explanations write back: one vocabulary for the server's parsing, the app's grid,
// its paste and print, and the reports.

/**
 * A payment's status (党费) in words: `cell` as the sheet writes it, `words` as an explanation or a
 * report does. Listed in the order the grid's space bar steps through them.
 */
export const DUTY_STATUSES: readonly {
  status: DutyStatus;
  cell: LocalizedText;
  words: LocalizedText;
}[] = [
  {
    status: 'onTime',
    cell: { zh: '按时', en: 'On time' },
    words: { zh: '按时缴纳', en: 'paid on time' },
  },
  { status: 'late', cell: { zh: '延期', en: 'Late' }, words: { zh: '延期缴纳', en: 'paid late' } },
  {
    status: 'missing',
    cell: { zh: '未缴', en: 'Unpaid' },
    words: { zh: '未缴纳', en: 'not paid' },
  },
];

/** The words of a status, or undefined for a text that is not one. */
export function dutyStatusWords(status: string) {
  return DUTY_STATUSES.find((d) => d.status === status);
}

/** The status a typed text means: its code, or its cell word or words in either language. */
export function dutyStatusOf(text: string): DutyStatus | undefined {
  const t = text.trim().toLowerCase();
  return DUTY_STATUSES.find(
    (d) =>
      d.status.toLowerCase() === t ||
      [d.cell.zh, d.cell.en, d.words.zh, d.words.en].some((w) => w.toLowerCase() === t),
  )?.status;
}

const PRESENT = new Set(['1', 'true', '√', '✓', '是', '到']);
const ABSENT = new Set(['', '0', 'false', '×', '否']);

/** Whether a typed sign-in cell means present (true) or absent (false); undefined when neither. */
export function signInOf(text: string): boolean | undefined {
  const t = text.trim();
  return PRESENT.has(t) ? true : ABSENT.has(t) ? false : undefined;
}
