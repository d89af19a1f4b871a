import { useLocale } from '../../../app/i18n';
import { dutyCellWord, kindOf } from '../sheet-model';
import type { MonthlySheet } from '../sheet-types';

/** Words for a cell of the sheet: where it is (member · item) and what a value means. */
export function useCellWords(sheet: MonthlySheet | undefined) {
  const { t, locale } = useLocale();
  const describe = (id: string) => {
    if (!sheet) return id;
    const [memberId, key] = [id.slice(0, id.indexOf('|')), id.slice(id.indexOf('|') + 1)];
    const member = sheet.rows.find((r) => r.memberId === memberId)?.memberName ?? memberId;
    const column = sheet.columns.find((c) => c.key === key);
    const item = column ? (locale === 'en' ? column.nameEn : column.nameZh) : key;
    const when = column?.sessionDate ? ` ${column.sessionDate.slice(5)}` : '';
    return `${member} · ${item}${when}`;
  };
  const showValue = (key: string, value: string | null) => {
    const column = sheet?.columns.find((c) => c.key === key);
    if (value === null) return t('ledger.empty');
    if (column && kindOf(column) === 'duty') return dutyCellWord(value, locale);
    if (column && kindOf(column) === 'attendance')
      return value === '1' ? t('ledger.present') : value;
    return value;
  };
  return { describe, showValue };
}
