import { quarterLabel } from '../../assessments/quarter/quarter-period.js';
import type { Label } from '../audit-labels.js';

/** How the audit log's 对象 column names a quarter and a year, zh-CN first. */
export const quarterText = (year: number, quarter: number): Label => ({
  zh: quarterLabel(year, quarter),
  en: `Q${quarter} ${year}`,
});

export const yearText = (year: number): Label => ({ zh: `${year}年度`, en: String(year) });

/** Same text in both languages (a name, a date, a title). */
export const plain = (text: string): Label => ({ zh: text, en: text });

/** Parts joined by a middle dot; empty parts left out; null when nothing is left. */
export function joined(...parts: (Label | null | undefined)[]): Label | null {
  const kept = parts.filter((p): p is Label => !!p && p.zh !== '');
  if (kept.length === 0) return null;
  return {
    zh: kept.map((p) => p.zh).join(' · '),
    en: kept.map((p) => p.en).join(' · '),
  };
}

/** A free text (a topic, a measure) cut to a readable length for a table cell. */
export function excerpt(text: string | null | undefined, length = 24): Label | null {
  if (!text) return null;
  const chars = [...text.trim()];
  return plain(chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join(''));
}

/** Up to three names, then how many more: 张三、李四、王五等 5 人. */
export function names(list: string[]): Label | null {
  if (list.length === 0) return null;
  const shown = list.slice(0, 3);
  if (list.length === shown.length) return { zh: shown.join('、'), en: shown.join(', ') };
  return {
    zh: `${shown.join('、')}等 ${list.length} 人`,
    en: `${shown.join(', ')} and ${list.length - shown.length} more`,
  };
}
