import { useMutation } from '@apollo/client/react';
import { Button, Descriptions, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../app/i18n';
import {
  RecordSpotCheckFindingDocument,
  type FindingState,
  type SpotCheckItemFieldsFragment,
} from '../../graphql/graphql';
import { FindingDialog, type WrittenStep } from './FindingDialog';
import { EvidenceViewer } from '../../components/evidence/EvidenceViewer';
import { RecordedSummary } from './recorded-summary';

type Item = SpotCheckItemFieldsFragment;

export const STATE_COLOURS: Record<FindingState, string> = {
  PENDING: 'default',
  CONFIRMED: 'green',
  FOLLOW_UP: 'red',
  ANSWERED: 'orange',
  CLOSED: 'blue',
};

/** The finding's trail: what the checker found, the branch's answer, the closing note. */
function ItemDetail({ item }: { item: Item }) {
  const { t, locale } = useLocale();
  const r = item.recorded;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('spot.col.recorded')}>
        <RecordedSummary item={item} t={t} locale={locale} />
      </Descriptions.Item>
      {r.attendees && r.attendees.length > 0 && (
        <Descriptions.Item label={t('spot.rec.attendees', { n: r.attendees.length })}>
          {r.attendees.join(t('app.enumSeparator'))}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('spot.evidence')}>
        {r.evidence ? (
          <EvidenceViewer
            evidenceId={r.evidence.id}
            fileName={r.evidence.fileName}
            label={r.evidence.fileName}
          />
        ) : (
          <Typography.Text type="secondary">{t('spot.evidence.none')}</Typography.Text>
        )}
      </Descriptions.Item>
      {item.findingNote && (
        <Descriptions.Item label={t('spot.findingNote')}>{item.findingNote}</Descriptions.Item>
      )}
      {item.answer && (
        <Descriptions.Item label={t('spot.answer')}>
          {item.answer}
          {item.correctionId && <Tag style={{ marginLeft: 8 }}>{t('spot.correctionAttached')}</Tag>}
        </Descriptions.Item>
      )}
      {item.closingNote && (
        <Descriptions.Item label={t('spot.closingNote')}>{item.closingNote}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** A check's items with the steps the server says the viewer may take on each. */
export function SpotCheckItems({ items, showBranch }: { items: Item[]; showBranch: boolean }) {
  const { t, locale } = useLocale();
  const [dialog, setDialog] = useState<{ item: Item; step: WrittenStep } | null>(null);
  const [confirm, confirming] = useMutation(RecordSpotCheckFindingDocument, {
    refetchQueries: ['SpotChecks'],
    awaitRefetchQueries: true,
  });

  // A month, a name, a kind or an item never breaks in two (2026-04 broke at its hyphen); the
  // branch and the record's contents wrap instead.
  const oneLine = { onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };
  const columns: TableProps<Item>['columns'] = [
    { key: 'position', title: t('spot.col.position'), dataIndex: 'position', width: 64 },
    ...(showBranch
      ? [
          {
            key: 'branch',
            title: t('spot.col.branch'),
            width: 120,
            render: (_: unknown, i: Item) => i.branch?.name,
          },
        ]
      : []),
    { key: 'kind', title: t('spot.col.kind'), ...oneLine, render: (_, i) => i.kindLabel },
    { key: 'month', title: t('spot.col.month'), dataIndex: 'month', ...oneLine },
    {
      key: 'member',
      title: t('spot.col.member'),
      ...oneLine,
      render: (_, i) => i.recorded.memberName ?? '—',
    },
    {
      key: 'item',
      title: t('spot.col.item'),
      ...oneLine,
      render: (_, i) => (locale === 'en' ? i.recorded.itemNameEn : i.recorded.itemNameZh),
    },
    {
      key: 'recorded',
      title: t('spot.col.recorded'),
      render: (_, i) => <RecordedSummary item={i} t={t} locale={locale} />,
    },
    {
      key: 'state',
      title: t('spot.col.state'),
      ...oneLine,
      render: (_, i) => (
        <>
          <Tag color={STATE_COLOURS[i.state]}>{i.stateLabel}</Tag>
          {/* What the checker found, in the row the branch answers from (it wraps). */}
          {i.findingNote && (
            <Typography.Paragraph
              type="secondary"
              style={{ whiteSpace: 'normal', minWidth: 140, margin: '4px 0 0', fontSize: 12 }}
              data-testid="finding-note"
            >
              {i.findingNote}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      title: t('spot.col.actions'),
      width: 96,
      render: (_, i) => (
        <Space wrap>
          {i.availableActions.map((action) =>
            action === 'confirm' ? (
              <Button
                key={action}
                size="small"
                loading={confirming.loading}
                onClick={() =>
                  void confirm({ variables: { input: { itemId: i.id, discrepancy: false } } })
                }
              >
                {t('spot.action.confirm')}
              </Button>
            ) : action === 'flag' || action === 'answer' || action === 'close' ? (
              <Button
                key={action}
                size="small"
                type={action === 'flag' ? 'default' : 'primary'}
                danger={action === 'flag'}
                onClick={() => setDialog({ item: i, step: action })}
              >
                {t(`spot.action.${action}`)}
              </Button>
            ) : null,
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Table<Item>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        pagination={items.length > 20 ? { pageSize: 20 } : false}
        expandable={{ expandedRowRender: (i) => <ItemDetail item={i} /> }}
      />
      {dialog && (
        <FindingDialog item={dialog.item} step={dialog.step} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
