import { Empty } from 'antd';
import { Route, Routes } from 'react-router';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useT } from '../../app/i18n';
import { SheetEditor } from './SheetEditor';
import { SheetPrint } from './SheetPrint';
import './ledger.css';

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
