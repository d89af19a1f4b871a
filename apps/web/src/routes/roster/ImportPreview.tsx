import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useLocale } from '../../app/i18n';
import type { RosterImportResultFieldsFragment } from '../../graphql/graphql';

type Result = RosterImportResultFieldsFragment;
type Row = Result['rows'][number];
type RowError = Result['errors'][number];

const ACTION_COLOR = { CREATE: 'green', UPDATE: 'blue', UNCHANGED: 'default' } as const;

/** What an uploaded roster would do, row by row, and every problem with its row and column. */
export function ImportPreview({ result }: { result: Result }) {
  const { t, locale } = useLocale();
  const en = locale === 'en';
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="roster-import-preview">
      {result.valid ? (
        <Alert
          type="success"
          showIcon
          title={t('roster.importSummary', {
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
          })}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          title={t('roster.importErrors', { count: result.errors.length })}
        />
      )}
      {result.groupsToCreate.length > 0 && (
        <Typography.Text type="secondary">
          {t('roster.importNewGroups', {
            groups: result.groupsToCreate
              .map((g) => `${g.branchName} ${g.name}`)
              .join(t('app.enumSeparator')),
          })}
        </Typography.Text>
      )}
      {result.errors.length > 0 && (
        <Table<RowError>
          size="small"
          data-testid="roster-import-errors"
          rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.message}`}
          pagination={false}
          dataSource={[...result.errors]}
          columns={[
            { title: t('roster.importRow'), dataIndex: 'row', key: 'row', width: 60 },
            { title: t('roster.importColumn'), dataIndex: 'column', key: 'column', width: 100 },
            {
              title: t('roster.importProblem'),
              key: 'message',
              render: (_, e) => (en ? e.messageEn : e.message),
            },
          ]}
        />
      )}
      <Table<Row>
        size="small"
        data-testid="roster-import-rows"
        rowKey="row"
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        dataSource={[...result.rows]}
        columns={[
          { title: t('roster.importRow'), dataIndex: 'row', key: 'row', width: 60 },
          { title: t('roster.field.name'), dataIndex: 'name', key: 'name', width: 100 },
          {
            title: t('roster.importAction'),
            key: 'action',
            width: 80,
            render: (_, r) => <Tag color={ACTION_COLOR[r.action]}>{r.actionLabel}</Tag>,
          },
          {
            title: t('roster.importChanges'),
            key: 'changes',
            render: (_, r) =>
              r.changes
                .map((c) =>
                  t('app.labelled', {
                    label: c.column,
                    text: `${c.before ?? '—'} → ${c.after ?? '—'}`,
                  }),
                )
                .join(t('app.listSeparator')),
          },
        ]}
      />
    </Space>
  );
}
