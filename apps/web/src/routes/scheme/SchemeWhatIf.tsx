import { useApolloClient } from '@apollo/client/react';
import { App, Button, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../../app/i18n';
import { downloadBase64 } from '../../components/download';
import {
  SchemeWhatIfDocument,
  SchemeWhatIfExportDocument,
  type SchemeDraftInput,
  type SchemeWhatIfQuery,
} from '../../graphql/graphql';
import { WhatIfResult } from './WhatIfResult';
import { RecordsYearSelect, ServerErrorAlert, useRecordsYears } from './try-out-shared';

type Run =
  | { step: 'idle' }
  | { step: 'running'; startedAt: number; draft: SchemeDraftInput }
  | {
      step: 'done';
      result: SchemeWhatIfQuery['schemeWhatIf'];
      seconds: number;
      draft: SchemeDraftInput;
    }
  | { step: 'failed'; error: unknown; draft: SchemeDraftInput };

/** Seconds since `startedAt`, ticking while a run lasts. */
function useElapsed(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, Math.round((now - startedAt) / 1000));
}

/**
 * 对比试算: every member's year of real records under the scheme in force and under the draft,
 * computed on the server when asked (a large bureau takes seconds), with the summary by branch
 * and the members whose band changes, exportable as .xlsx.
 */
export function BureauWhatIf({
  draft,
  valid,
  draftYear,
}: {
  draft: SchemeDraftInput;
  valid: boolean;
  draftYear: number;
}) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const client = useApolloClient();
  const { years, recordsYear, setRecordsYear } = useRecordsYears(draftYear);
  const chosen = years.find((y) => y.year === recordsYear);
  const [started, setRun] = useState<Run>({ step: 'idle' });
  // An edit of the draft makes the last comparison stale.
  const run: Run = started.step !== 'idle' && started.draft !== draft ? { step: 'idle' } : started;
  const [exporting, setExporting] = useState(false);
  const latest = useRef(0);
  const elapsed = useElapsed(run.step === 'running' ? run.startedAt : null);

  const start = async () => {
    if (recordsYear === null) return;
    const startedAt = Date.now();
    const id = ++latest.current;
    setRun({ step: 'running', startedAt, draft });
    try {
      const { data } = await client.query({
        query: SchemeWhatIfDocument,
        variables: { draft, recordsYear },
        fetchPolicy: 'network-only',
        context: { errorDisplay: 'none' },
      });
      if (id !== latest.current || !data) return;
      const seconds = Math.round((Date.now() - startedAt) / 100) / 10;
      setRun({ step: 'done', result: data.schemeWhatIf, seconds, draft });
    } catch (error) {
      if (id === latest.current) setRun({ step: 'failed', error, draft });
    }
  };

  const exportSheet = async () => {
    if (recordsYear === null) return;
    setExporting(true);
    try {
      const { data } = await client.query({
        query: SchemeWhatIfExportDocument,
        variables: { draft, recordsYear, locale },
        fetchPolicy: 'network-only',
      });
      const file = data?.schemeWhatIfExport;
      if (file) {
        downloadBase64(file.contentBase64, file.fileName, file.mimeType);
        void message.success(t('whatIf.exported', { name: file.fileName }));
      }
    } catch {
      // The error link has said why.
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <RecordsYearSelect
          years={years}
          value={recordsYear}
          onChange={(y) => {
            setRecordsYear(y);
            setRun({ step: 'idle' });
          }}
        />
        <Button
          type="primary"
          disabled={!valid || recordsYear === null}
          loading={run.step === 'running'}
          onClick={() => void start()}
        >
          {t('whatIf.run')}
        </Button>
        {run.step === 'done' && (
          <Button loading={exporting} onClick={() => void exportSheet()}>
            {t('whatIf.export')}
          </Button>
        )}
      </Space>
      {!valid && <Typography.Text type="warning">{t('scheme.preview.invalid')}</Typography.Text>}
      {run.step === 'idle' && valid && recordsYear !== null && (
        <Typography.Text type="secondary">
          {chosen?.provisional && chosen.recordedThrough
            ? t('whatIf.hintProvisional', { year: recordsYear, month: chosen.recordedThrough })
            : t('whatIf.hint', { year: recordsYear })}
        </Typography.Text>
      )}
      {run.step === 'running' && (
        <Space data-testid="what-if-progress">
          <Spin />
          <Typography.Text>{t('whatIf.running', { seconds: elapsed })}</Typography.Text>
        </Space>
      )}
      {run.step === 'failed' && <ServerErrorAlert error={run.error} />}
      {run.step === 'done' && <WhatIfResult result={run.result} seconds={run.seconds} />}
    </Space>
  );
}
