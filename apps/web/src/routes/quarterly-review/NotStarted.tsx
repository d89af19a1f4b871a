import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Empty, Space, Table } from 'antd';
import { useLocale } from '../../app/i18n';
import {
  QuarterPreviewDocument,
  QuarterStartActionsDocument,
  StartQuarterReviewDocument,
} from '../../graphql/graphql';

/**
 * A quarter whose review has not started: the scores as computed now, and — when the server says
 * the viewer may take the step — a start button that asks first (the start cannot be undone).
 */
export function NotStarted({
  branchId,
  year,
  quarter,
}: {
  branchId: string;
  year: number;
  quarter: number;
}) {
  const { t } = useLocale();
  const { modal } = App.useApp();
  const allowed = useQuery(QuarterStartActionsDocument, {
    variables: { input: { branchId, year, quarter } },
  });
  const canStart = allowed.data?.quarterStartActions.includes('startReview') ?? false;
  const [start, { loading }] = useMutation(StartQuarterReviewDocument, {
    refetchQueries: ['QuarterAssessments'],
    awaitRefetchQueries: true,
  });
  const preview = useQuery(QuarterPreviewDocument, {
    variables: { filter: { year, quarter, branchId }, first: 200 },
  });
  const rows = preview.data?.scoreList.edges.map((e) => e.node) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Empty description={t('quarterly.notStarted', { quarter })} data-testid="quarter-not-started">
        {canStart && (
          <Button
            type="primary"
            loading={loading}
            onClick={() =>
              modal.confirm({
                title: t('quarterly.startConfirmTitle', { year, quarter }),
                content: t('quarterly.startConfirmContent'),
                okText: t('quarterly.start'),
                cancelText: t('cmt.cancel'),
                onOk: () =>
                  start({ variables: { input: { branchId, year, quarter } } }).catch(
                    () => undefined,
                  ),
              })
            }
          >
            {t('quarterly.start')}
          </Button>
        )}
      </Empty>
      {rows.length > 0 && (
        <Table
          rowKey="id"
          size="small"
          title={() => t('quarterly.computed')}
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('cmt.name'), key: 'name', render: (_, r) => r.member?.name },
            { title: t('cmt.base'), dataIndex: 'base', key: 'base', align: 'right' },
            { title: t('cmt.special'), dataIndex: 'special', key: 'special', align: 'right' },
            { title: t('cmt.total'), dataIndex: 'total', key: 'total', align: 'right' },
          ]}
        />
      )}
    </Space>
  );
}
