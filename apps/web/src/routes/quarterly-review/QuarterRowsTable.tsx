import { Button, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useLocale } from '../../app/i18n';
import { CONFIRMATION_COLORS, type Row } from './quarter-summary';
import { RowLines } from './RowLines';

/** Each member's computed score and answer; the panel picks members to record in person. */
export function QuarterRowsTable({
  assessmentId,
  rows,
  canResolve,
  onResolve,
  selectable,
  selected,
  onSelect,
}: {
  assessmentId: string;
  rows: Row[];
  canResolve: boolean;
  onResolve: (row: Row) => void;
  selectable: boolean;
  selected: string[];
  onSelect: (memberIds: string[]) => void;
}) {
  const { t } = useLocale();
  const columns: TableProps<Row>['columns'] = [
    {
      title: t('cmt.name'),
      key: 'name',
      width: 170,
      render: (_, r) => (
        // A name is never broken between its characters: a long tag (Probationary member) wraps.
        <Space size={4} wrap>
          <span style={{ whiteSpace: 'nowrap' }}>{r.member?.name ?? r.memberId}</span>
          {r.member?.status === 'PROBATIONARY' && <Tag color="orange">{r.member.statusLabel}</Tag>}
        </Space>
      ),
    },
    {
      title: t('cmt.base'),
      key: 'base',
      width: 90,
      align: 'right',
      render: (_, r) => r.score?.base,
    },
    {
      title: t('cmt.special'),
      key: 'special',
      width: 90,
      align: 'right',
      render: (_, r) => r.score?.special,
    },
    {
      title: t('cmt.total'),
      key: 'total',
      width: 90,
      align: 'right',
      render: (_, r) => <Typography.Text strong>{r.score?.total}</Typography.Text>,
    },
    {
      title: t('quarterly.confirmation'),
      key: 'confirmation',
      width: 150,
      render: (_, r) => {
        const state = r.confirmation?.state ?? 'PENDING';
        return (
          <Space size={4} wrap>
            <Tag color={CONFIRMATION_COLORS[state]}>{r.confirmationLabel}</Tag>
            {r.changedSinceConfirmed && (
              <Tooltip title={t('quarterly.changedHint')}>
                <Tag color="warning">{t('quarterly.changed')}</Tag>
              </Tooltip>
            )}
          </Space>
        );
      },
    },
    {
      title: t('quarterly.remarks'),
      key: 'remarks',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          {r.confirmation?.objection && (
            <Typography.Text type="danger">
              {t('app.labelled', {
                label: t('quarterly.objection'),
                text: r.confirmation.objection ?? '',
              })}
            </Typography.Text>
          )}
          {r.confirmation?.method && r.confirmation.method !== 'SELF' && (
            <Typography.Text type="secondary">
              {r.confirmationMethodLabel}
              {r.confirmation.inPersonOn ? ` ${r.confirmation.inPersonOn}` : ''}
              {r.confirmation.inPersonNote
                ? t('app.aside', { text: r.confirmation.inPersonNote })
                : ''}
            </Typography.Text>
          )}
          {r.confirmation?.resolution && (
            <Typography.Text type="secondary">
              {t('app.labelled', {
                label: t('quarterly.resolution'),
                text: r.confirmation.resolution ?? '',
              })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('cmt.actions'),
      key: 'actions',
      width: 110,
      render: (_, r) =>
        r.confirmation?.state === 'OBJECTED' && canResolve ? (
          <Button size="small" onClick={() => onResolve(r)}>
            {t('quarterly.resolve')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Table<Row>
      rowKey="memberId"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 900 }}
      data-testid="quarter-rows"
      rowSelection={
        selectable
          ? {
              selectedRowKeys: selected,
              onChange: (keys) => onSelect(keys as string[]),
              getCheckboxProps: (r) => ({
                disabled:
                  (r.confirmation?.state ?? 'PENDING') !== 'PENDING' && !r.changedSinceConfirmed,
                'aria-label': r.member?.name ?? r.memberId,
              }),
            }
          : undefined
      }
      expandable={{
        expandedRowRender: (r) => <RowLines assessmentId={assessmentId} memberId={r.memberId} />,
      }}
    />
  );
}
