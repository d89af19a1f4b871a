import { useMemo } from 'react';
import { useLocale } from '../../../app/i18n';
import type { GridTexts } from '../SheetGrid';

/** The grid's words in the active locale (the grid itself knows no messages). */
export function useGridTexts(): GridTexts {
  const { t } = useLocale();
  return useMemo(
    () => ({
      index: t('ledger.index'),
      name: t('ledger.memberName'),
      scores: t('ledger.monthScores'),
      base: t('myScores.base'),
      special: t('myScores.special'),
      total: t('ledger.total'),
      present: t('ledger.present'),
      onTime: t('ledger.duty.onTime'),
      late: t('ledger.duty.late'),
      missing: t('ledger.duty.missing'),
      average: t('ledger.footer'),
      conflictTitle: (value) => t('ledger.conflictTitle', { value }),
      declarations: (count) => t('ledger.declaredCount', { count }),
    }),
    [t],
  );
}
