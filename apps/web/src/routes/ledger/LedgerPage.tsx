import { Empty } from 'antd';
import dayjs from 'dayjs';
import { Route, Routes, useSearchParams } from 'react-router';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useT } from '../../app/i18n';
import { SheetEditor } from './SheetEditor';
import { SheetPrint } from './SheetPrint';
import './ledger.css';

/** The month shown first: last month (this month's records are still coming in). */
export function defaultMonth(today = dayjs()): string {
  return today.subtract(1, 'month').format('YYYY-MM');
}

/** The month in the address (`?month=2026-03`), so a reload or a shared link keeps it. */
export function useSheetMonth(): [string, (month: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('month');
  const month = raw && /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? raw : defaultMonth();
  return [
    month,
    (next: string) =>
      setParams(
        (p) => {
          p.set('month', next);
          return p;
        },
        { replace: true },
      ),
  ];
}

/** 月度台账: the branch's monthly sheet (editable grid) and its printable 考核表. */
export default function LedgerPage() {
  const t = useT();
  const { branchId } = useActiveBranch();
  if (!branchId) return <Empty description={t('roster.noBranch')} />;
  return (
    <Routes>
      <Route index element={<SheetEditor branchId={branchId} />} />
      <Route path="print" element={<SheetPrint branchId={branchId} />} />
    </Routes>
  );
}
