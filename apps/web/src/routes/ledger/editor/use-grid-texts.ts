import { useMemo } from 'react';
import { useLocale } from '../../../app/i18n';
import { dutyCellWord } from '../sheet-model';
import type { GridTexts } from '../SheetGrid';

/** The grid's words in the active locale (the grid itself knows no messages). */
export function useGridTexts(): GridTexts {
  const { t, locale } = useLocale();
  return useMemo(
    () => ({
      index: t('ledger.index'),
      name: t('ledger.memberName'),
      scores: t('ledger.monthScores'),
      base: t('myScores.base'),
      special: t('myScores.special'),
      total: t('ledger.total'),
      present: t('ledger.present'),
      onTime: dutyCellWord('onTime', locale),
      late: dutyCellWord('late', locale),
      missing: dutyCellWord('missing', locale),
      average: t('ledger.footer'),
      conflictTitle: (value) => t('ledger.conflictTitle', { value }),
      declarations: (count) => t('ledger.declaredCount', { count }),
    }),
    [t, locale],
  );
}
