import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Scheme } from '@jifen/scoring';
import { Button, Space, Tooltip, Typography } from 'antd';
import { useLocale } from '../../../app/i18n';
import { FieldProblems, SchemeInput, useDraft } from './fields';

export type Indexed<T> = T & { __i: number };

/** Rows keyed by position: a code being typed must not remount its own input. */
export const indexed = <T extends object>(list: readonly T[]): Indexed<T>[] =>
  list.map((x, i) => ({ ...x, __i: i }));

export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { readOnly } = useDraft();
  if (readOnly) return null;
  return (
    <Tooltip title={label}>
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={label}
        onClick={onClick}
      />
    </Tooltip>
  );
}

export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { readOnly } = useDraft();
  if (readOnly) return null;
  return (
    <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={onClick}>
      {label}
    </Button>
  );
}

/** Item codes used anywhere in the scheme (codes are unique across sections). */
export function itemCodes(scheme: Scheme): string[] {
  return [
    ...scheme.sections.base.categories.flatMap((c) => c.items.map((i) => i.code)),
    ...scheme.sections.special.items.map((i) => i.code),
  ];
}

/** Name (zh, en) and code of an item, category or grade, each checked at its field. */
export function NameFields({
  path,
  value,
  what,
}: {
  path: string;
  value: { nameZh: string; nameEn: string; code: string };
  what: string;
}) {
  const { t } = useLocale();
  return (
    <Space orientation="vertical" size={2}>
      <SchemeInput
        path={`${path}.nameZh`}
        value={value.nameZh}
        label={`${what} ${t('scheme.nameZh')}`}
        width={190}
        placeholder={t('scheme.nameZh')}
      />
      <SchemeInput
        path={`${path}.nameEn`}
        value={value.nameEn}
        label={`${what} ${t('scheme.nameEn')}`}
        width={190}
        placeholder={t('scheme.nameEn')}
      />
      <SchemeInput
        path={`${path}.code`}
        value={value.code}
        label={`${what} ${t('scheme.code')}`}
        showLabel={t('scheme.code')}
        // The caption takes the rest of the names' width.
        width={156}
        placeholder={t('scheme.code')}
      />
    </Space>
  );
}

function EvidenceFields({
  path,
  value,
  what,
}: {
  path: string;
  value: { zh: string; en: string } | undefined;
  what: string;
}) {
  const { t } = useLocale();
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <SchemeInput
        path={`${path}.evidence.zh`}
        value={value?.zh}
        label={`${what} ${t('scheme.evidence')}`}
        width="100%"
        // A source such as 学习强国平台登录记录 wraps rather than hiding its end.
        multiline
        placeholder={t('scheme.evidenceZh')}
      />
      <SchemeInput
        path={`${path}.evidence.en`}
        value={value?.en}
        label={`${what} ${t('scheme.evidence')} (English)`}
        width="100%"
        multiline
        placeholder={t('scheme.evidenceEn')}
      />
      <FieldProblems path={`${path}.evidence`} />
    </Space>
  );
}

function NoteFields({
  path,
  value,
  what,
}: {
  path: string;
  value: { noteZh?: string; noteEn?: string };
  what: string;
}) {
  const { t } = useLocale();
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <SchemeInput
        path={`${path}.noteZh`}
        value={value.noteZh}
        label={`${what} ${t('scheme.note')}`}
        width="100%"
        multiline
        optional
        placeholder={t('scheme.note')}
      />
      <SchemeInput
        path={`${path}.noteEn`}
        value={value.noteEn}
        label={`${what} ${t('scheme.note')} (English)`}
        width="100%"
        multiline
        optional
        placeholder="Note"
      />
    </Space>
  );
}

/**
 * An item's evidence and its note in one cell, the note under the evidence: as two columns beside
 * the rule they pushed the note past the card's edge on a 1,280 px screen.
 */
export function EvidenceAndNote({
  path,
  item,
  what,
}: {
  path: string;
  item: { evidence?: { zh: string; en: string }; noteZh?: string; noteEn?: string };
  what: string;
}) {
  const { t } = useLocale();
  const { readOnly } = useDraft();
  const caption = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {caption(t('scheme.evidence'))}
      <EvidenceFields path={path} value={item.evidence} what={what} />
      {/* A scheme in force shows a note only where it has one. */}
      {(!readOnly || item.noteZh || item.noteEn) && (
        <>
          {caption(t('scheme.note'))}
          <NoteFields path={path} value={item} what={what} />
        </>
      )}
    </Space>
  );
}
