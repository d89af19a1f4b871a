import { useMutation } from '@apollo/client/react';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { UploadEvidenceDocument } from '../../graphql/graphql';
import { serverErrors } from '../../app/apollo/server-errors';
import { FORM_ERRORS } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { fileToBase64 } from '../download';
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_BYTES,
  evidenceType,
  evidenceUrl,
  shrinkImage,
} from './evidence-file';

export type UploadedEvidence = { id: string; fileName: string; size: number };

type Props = {
  branchId: string | null;
  value?: UploadedEvidence | null;
  onChange?: (value: UploadedEvidence | null) => void;
  /** Shown under the field when the upload fails (the Form.Item shows its own errors too). */
  onError?: (message: string | null) => void;
  disabled?: boolean;
  testId?: string;
};

/** 820 B, 96 KB, 2.4 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Phase = { step: 'idle' } | { step: 'reading' | 'uploading'; percent: number; name: string };

/**
 * Picks a file (camera or gallery on a phone), checks its type and size, uploads it as base64
 * through `uploadEvidence` and gives the form the evidence's id. Shows progress while it works.
 */
export function EvidenceUpload({ branchId, value, onChange, onError, disabled, testId }: Props) {
  const { t, locale } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [upload] = useMutation(UploadEvidenceDocument, FORM_ERRORS);
  const busy = phase.step !== 'idle';

  const pick = async (chosen: File | undefined) => {
    if (!chosen || !branchId) return;
    onError?.(null);
    const mimeType = evidenceType(chosen);
    if (!mimeType) {
      onError?.(t('evidence.badType'));
      return;
    }
    setPhase({ step: 'reading', percent: 10, name: chosen.name });
    const file = await shrinkImage(chosen);
    if (file.size > EVIDENCE_MAX_BYTES) {
      setPhase({ step: 'idle' });
      onError?.(t('evidence.tooBig', { size: (file.size / 1024 / 1024).toFixed(1) }));
      return;
    }
    try {
      const contentBase64 = await fileToBase64(file);
      setPhase({ step: 'uploading', percent: 50, name: file.name });
      const result = await upload({
        variables: {
          input: {
            branchId,
            fileName: file.name,
            mimeType: evidenceType(file) ?? mimeType,
            contentBase64,
          },
        },
      });
      const uploaded = result.data?.uploadEvidence;
      if (uploaded)
        onChange?.({ id: uploaded.id, fileName: uploaded.fileName, size: uploaded.size });
    } catch (error) {
      onError?.(
        serverErrors(error, locale, t)
          .map((e) => e.message)
          .join(t('app.listSeparator')),
      );
    } finally {
      setPhase({ step: 'idle' });
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div data-testid={testId}>
      <input
        ref={input}
        type="file"
        accept={EVIDENCE_ACCEPT}
        style={{ display: 'none' }}
        aria-label={t('evidence.choose')}
        data-testid={testId ? `${testId}-input` : undefined}
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      {value ? (
        <Space wrap>
          <PaperClipOutlined />
          <Typography.Link href={evidenceUrl(value.id)} target="_blank" rel="noreferrer">
            {value.fileName}
          </Typography.Link>
          {value.size > 0 && (
            <Typography.Text type="secondary">{fileSize(value.size)}</Typography.Text>
          )}
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('evidence.remove')}
            onClick={() => onChange?.(null)}
            disabled={disabled}
          />
        </Space>
      ) : (
        <Button
          icon={<UploadOutlined />}
          onClick={() => input.current?.click()}
          loading={busy}
          disabled={disabled || !branchId}
        >
          {busy
            ? t(phase.step === 'reading' ? 'evidence.reading' : 'evidence.uploading')
            : t('evidence.choose')}
        </Button>
      )}
      {busy && (
        <Progress
          percent={phase.percent}
          status="active"
          size="small"
          showInfo={false}
          style={{ maxWidth: 240, marginTop: 4 }}
        />
      )}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
        {t('evidence.hint')}
      </Typography.Text>
    </div>
  );
}
