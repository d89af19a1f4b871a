import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Progress, Space, Table, Tabs, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import {
  ImportMonthlySheetDocument,
  MonthlySheetDocument,
  MonthlySheetExcelDocument,
  SheetImportPreviewDocument,
  type SheetImportPreviewQuery,
} from '../../graphql/graphql';
import { serverErrors } from '../../app/apollo/server-errors';
import { useLocale } from '../../app/i18n';
import { downloadBase64, fileToBase64 } from '../../components/download';
import { newIdempotencyKey } from '../../components/idempotency';
import { dutyCellWord, kindOf } from './sheet-model';
import type { MonthlySheet } from './sheet-types';

type Preview = SheetImportPreviewQuery['monthlySheetImportPreview'];
type Phase =
  | { step: 'idle' }
  | { step: 'reading' | 'checking' | 'importing'; percent: number }
  | { step: 'preview'; preview: Preview }
  | { step: 'failed'; message: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Excel export of the month (the server's .xlsx in the bureau's form) and import of a filled-in
 * form: the file is checked first (every change and every error, cell by cell), and written only
 * when the person applies a preview without errors.
 */
export function SheetTransfer({
  sheet,
  disabled,
  hasEdits,
  onImported,
}: {
  sheet: MonthlySheet;
  disabled: boolean;
  hasEdits: boolean;
  onImported: () => void;
}) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [open, setOpen] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [fileName, setFileName] = useState<string | null>(null);
  const content = useRef<string | null>(null);
  const importKey = useRef<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [apply] = useMutation(ImportMonthlySheetDocument, { context: { errorDisplay: 'none' } });
  const busy = phase.step === 'reading' || phase.step === 'checking' || phase.step === 'importing';
  const vars = { branchId: sheet.branchId, month: sheet.month };

  const say = (error: unknown) =>
    serverErrors(error, locale, t)
      .map((e) => e.message)
      .join(t('app.listSeparator'));

  const exportExcel = async () => {
    setExporting(true);
    try {
      const { data } = await client.query({
        query: MonthlySheetExcelDocument,
        variables: vars,
        fetchPolicy: 'network-only',
      });
      const file = data?.monthlySheetExcel;
      if (file) {
        downloadBase64(file.contentBase64, file.fileName, file.mimeType || XLSX);
        message.success(t('transfer.exported', { name: file.fileName }));
      }
    } catch {
      // The error link has said why.
    } finally {
      setExporting(false);
    }
  };

  const check = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    if (!/\.xlsx$/i.test(file.name)) {
      setPhase({ step: 'failed', message: t('transfer.notXlsx') });
      return;
    }
    setPhase({ step: 'reading', percent: 20 });
    try {
      content.current = await fileToBase64(file);
      importKey.current = newIdempotencyKey('import');
      setPhase({ step: 'checking', percent: 60 });
      const { data } = await client.query({
        query: SheetImportPreviewDocument,
        variables: { input: { ...vars, contentBase64: content.current } },
        fetchPolicy: 'network-only',
        context: { errorDisplay: 'none' },
      });
      if (data) setPhase({ step: 'preview', preview: data.monthlySheetImportPreview });
    } catch (error) {
      setPhase({ step: 'failed', message: say(error) });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const applyImport = async () => {
    if (!content.current || !importKey.current) return;
    setPhase({ step: 'importing', percent: 80 });
    try {
      const result = await apply({
        variables: {
          input: { ...vars, contentBase64: content.current, idempotencyKey: importKey.current },
        },
      });
      const payload = result.data?.importMonthlySheet;
      if (payload) {
        client.writeQuery({
          query: MonthlySheetDocument,
          variables: vars,
          data: { monthlySheet: payload.sheet },
        });
        message.success(t('transfer.imported', { count: payload.applied }));
        onImported();
        close();
      }
    } catch (error) {
      const conflict =
        CombinedGraphQLErrors.is(error) &&
        error.errors.some((e) => e.extensions?.['code'] === 'CONFLICT');
      setPhase({
        step: 'failed',
        message: conflict ? `${say(error)}${t('transfer.conflictHint')}` : say(error),
      });
    }
  };

  const close = () => {
    setOpen(false);
    setPhase({ step: 'idle' });
    setFileName(null);
    content.current = null;
    importKey.current = null;
  };

  const columnName = (itemCode: string | null | undefined, sessionId?: string | null) => {
    const column =
      sheet.columns.find(
        (c) => c.itemCode === itemCode && (c.sessionId ?? null) === (sessionId ?? null),
      ) ?? sheet.columns.find((c) => c.itemCode === itemCode);
    if (!column) return itemCode ?? '';
    const name = locale === 'en' ? column.nameEn : column.nameZh;
    return column.sessionDate ? `${name} ${column.sessionDate.slice(5)}` : name;
  };
  const shown = (itemCode: string, value: string | null | undefined) => {
    if (value == null || value === '') return t('ledger.empty');
    const column = sheet.columns.find((c) => c.itemCode === itemCode);
    if (column && kindOf(column) === 'duty') return dutyCellWord(value, locale);
    if (column && kindOf(column) === 'attendance' && value === '1') return '✓';
    return value;
  };

  const preview = phase.step === 'preview' ? phase.preview : null;

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => void exportExcel()}
        loading={exporting}
        disabled={disabled}
        data-testid="sheet-export"
      >
        {t('ledger.export')}
      </Button>
      <Tooltip title={hasEdits ? t('transfer.saveFirst') : undefined}>
        <Button
          icon={<UploadOutlined />}
          onClick={() => setOpen(true)}
          disabled={disabled || hasEdits || sheet.closed}
          data-testid="sheet-import"
        >
          {t('ledger.import')}
        </Button>
      </Tooltip>
      <Modal
        open={open}
        title={t('transfer.title', { month: sheet.month, branch: sheet.branchName })}
        onCancel={busy ? undefined : close}
        closable={!busy}
        mask={{ closable: false }}
        width={760}
        destroyOnHidden
        footer={
          <Space>
            <Button onClick={close} disabled={busy}>
              {t('transfer.cancel')}
            </Button>
            <Button
              type="primary"
              onClick={() => void applyImport()}
              disabled={!preview || !preview.ok || preview.changes.length === 0}
              loading={phase.step === 'importing'}
              data-testid="sheet-import-apply"
            >
              {t('transfer.apply', { count: preview?.changes.length ?? 0 })}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('transfer.help')}</Typography.Paragraph>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ display: 'none' }}
          aria-label={t('transfer.choose')}
          data-testid="sheet-import-file"
          onChange={(e) => void check(e.target.files?.[0])}
        />
        <Space wrap style={{ marginBottom: 12 }}>
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} disabled={busy}>
            {fileName ? t('transfer.chooseAnother') : t('transfer.choose')}
          </Button>
          {fileName && <Typography.Text>{fileName}</Typography.Text>}
        </Space>
        {busy && (
          <div data-testid="sheet-import-progress">
            <Progress percent={phase.percent} status="active" />
            <Typography.Text type="secondary">
              {t(`transfer.phase.${phase.step}` as 'transfer.phase.reading')}
            </Typography.Text>
          </div>
        )}
        {phase.step === 'failed' && (
          <Alert type="error" showIcon title={phase.message} role="alert" />
        )}
        {preview && (
          <div data-testid="sheet-import-preview">
            {preview.ok ? (
              <Alert
                type={preview.changes.length ? 'success' : 'info'}
                showIcon
                style={{ marginBottom: 12 }}
                title={
                  preview.changes.length
                    ? t('transfer.ready', { count: preview.changes.length })
                    : t('transfer.nothing')
                }
              />
            ) : (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('transfer.hasErrors', { count: preview.errors.length })}
              />
            )}
            <Tabs
              size="small"
              items={[
                ...(preview.errors.length
                  ? [
                      {
                        key: 'errors',
                        label: t('transfer.errors', { count: preview.errors.length }),
                        children: (
                          <Table
                            size="small"
                            rowKey={(e) => `${e.cell}-${e.messageZh}`}
                            pagination={{ pageSize: 8, hideOnSinglePage: true }}
                            dataSource={preview.errors}
                            columns={[
                              { title: t('transfer.cell'), dataIndex: 'cell', width: 70 },
                              { title: t('ledger.memberName'), dataIndex: 'memberName', width: 90 },
                              {
                                title: t('ledger.item'),
                                key: 'item',
                                width: 140,
                                render: (_, e) => columnName(e.itemCode),
                              },
                              {
                                title: t('transfer.problem'),
                                key: 'message',
                                render: (_, e) => (locale === 'en' ? e.messageEn : e.messageZh),
                              },
                            ]}
                          />
                        ),
                      },
                    ]
                  : []),
                {
                  key: 'changes',
                  label: t('transfer.changes', { count: preview.changes.length }),
                  children: (
                    <Table
                      size="small"
                      rowKey={(c) => `${c.cell}-${c.memberId}`}
                      pagination={{ pageSize: 8, hideOnSinglePage: true }}
                      dataSource={preview.changes}
                      columns={[
                        { title: t('transfer.cell'), dataIndex: 'cell', width: 70 },
                        { title: t('ledger.memberName'), dataIndex: 'memberName', width: 90 },
                        {
                          title: t('ledger.item'),
                          key: 'item',
                          render: (_, c) => columnName(c.itemCode, c.sessionId),
                        },
                        {
                          title: t('transfer.fromTo'),
                          key: 'change',
                          width: 160,
                          render: (_, c) => (
                            <span>
                              <Typography.Text delete type="secondary">
                                {shown(c.itemCode, c.from)}
                              </Typography.Text>{' '}
                              → <Typography.Text strong>{shown(c.itemCode, c.to)}</Typography.Text>
                            </span>
                          ),
                        },
                      ]}
                    />
                  ),
                },
              ]}
            />
          </div>
        )}
      </Modal>
    </>
  );
}
