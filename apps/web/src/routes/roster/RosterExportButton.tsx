import { useApolloClient } from '@apollo/client/react';
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { downloadBase64 } from '../../components/download';
import { RosterExportDocument } from '../../graphql/graphql';

/** 导出名册: the server's .xlsx of the branch, in the columns an import reads back. */
export function RosterExportButton({ branchId }: { branchId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { data } = await client.query({
        query: RosterExportDocument,
        variables: { branchId },
        fetchPolicy: 'network-only',
      });
      const file = data?.rosterExport;
      if (file) {
        downloadBase64(file.contentBase64, file.fileName, file.mimeType);
        message.success(t('roster.exported', { count: file.rowCount, name: file.fileName }));
      }
    } catch {
      // The error link has said why.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={run} data-testid="roster-export">
      {t('roster.export')}
    </Button>
  );
}
