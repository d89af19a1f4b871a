import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useT } from '../../app/i18n';
import type { MonthlySheet } from './sheet-types';

/**
 * Excel export and import of the month. The server's sheet export/import operations are not
 * there yet: the buttons say so until they are.
 */
export function SheetTransfer(props: {
  sheet: MonthlySheet;
  disabled: boolean;
  hasEdits: boolean;
  onImported: () => void;
}) {
  const t = useT();
  void props;
  return (
    <>
      <Tooltip title={t('ledger.transferPending')}>
        <Button icon={<DownloadOutlined />} disabled>
          {t('ledger.export')}
        </Button>
      </Tooltip>
      <Tooltip title={t('ledger.transferPending')}>
        <Button icon={<UploadOutlined />} disabled>
          {t('ledger.import')}
        </Button>
      </Tooltip>
    </>
  );
}
