import { Table, Typography } from 'antd';
import { useLocale } from '../../app/i18n';
import type { AuditEntriesQuery } from '../../graphql/graphql';

export type AuditFieldChange =
  AuditEntriesQuery['auditEntries']['entries'][number]['changes'][number];

/** 变更内容: one entry's before and after, field by field, as the server names them. */
export function AuditChange({ changes }: { changes: readonly AuditFieldChange[] }) {
  const { t, locale } = useLocale();
  const en = locale === 'en';
  if (changes.length === 0)
    return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;
  return (
    <Table<AuditFieldChange>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={[...changes]}
      data-testid="audit-change"
      columns={[
        {
          title: t('audit.field'),
          key: 'field',
          width: 200,
          render: (_, r) => (en ? r.labelEn : r.label),
        },
        {
          title: t('audit.before'),
          key: 'before',
          render: (_, r) => (
            <Typography.Text delete={r.changed && r.before !== null}>
              {(en ? r.beforeEn : r.before) ?? ''}
            </Typography.Text>
          ),
        },
        {
          title: t('audit.after'),
          key: 'after',
          render: (_, r) => (
            <Typography.Text mark={r.changed}>{(en ? r.afterEn : r.after) ?? ''}</Typography.Text>
          ),
        },
      ]}
    />
  );
}
