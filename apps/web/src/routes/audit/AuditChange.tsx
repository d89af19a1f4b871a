import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../app/i18n';
import type { AuditEntriesQuery } from '../../graphql/graphql';

export type AuditFieldChange =
  AuditEntriesQuery['auditEntries']['entries'][number]['changes'][number];

/**
 * 变更内容: one entry's before and after, field by field, as the server names them. An edit
 * shows the fields it changed; the ones it left as they were (a member's record has a dozen)
 * are a click away, so that the one changed line is not lost among them.
 */
export function AuditChange({ changes }: { changes: readonly AuditFieldChange[] }) {
  const { t, locale } = useLocale();
  const [showAll, setShowAll] = useState(false);
  const en = locale === 'en';
  if (changes.length === 0)
    return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;
  const changed = changes.filter((c) => c.changed);
  const unchanged = changes.length - changed.length;
  // Only an entry that changed some fields and kept others hides the kept ones.
  const folded = !showAll && changed.length > 0 && unchanged > 0;
  return (
    <>
      <Table<AuditFieldChange>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={folded ? changed : [...changes]}
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
      {changed.length > 0 && unchanged > 0 && (
        <Button type="link" size="small" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('audit.hideUnchanged') : t('audit.showUnchanged', { count: unchanged })}
        </Button>
      )}
    </>
  );
}
