import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import { MemberOutcomeCasesDocument } from '../../graphql/graphql';
import { CaseDrawer } from '../warnings/CaseDrawer';
import { measureProgress, type Case } from '../warnings/case-progress';

/**
 * The member's warning cases (黄色/红色预警) of every year, newest first: a case of last year's
 * results is followed up this year, so it belongs on the page whichever year is shown. The
 * interview, the rectification measures and the state, as the server keeps them; a case opens in
 * the same drawer as 预警跟踪.
 */
export function MemberOutcomes({
  memberId,
  ownTitle,
}: {
  memberId: string;
  /** A card of its own with this title, not shown at all while the member has no case. */
  ownTitle?: string;
}) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const { data, loading } = useQuery(MemberOutcomeCasesDocument, {
    variables: { memberId },
  });
  const cases = data?.outcomeCases ?? [];
  const opened = cases.find((c) => c.id === open) ?? null;
  if (!loading && cases.length === 0)
    return ownTitle ? null : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('member.outcomesEmpty')} />
    );
  if (ownTitle && cases.length === 0) return null;
  const table = (
    <>
      <Table<Case>
        size="small"
        rowKey="id"
        loading={loading && !data}
        pagination={false}
        data-testid="member-outcomes"
        dataSource={[...cases]}
        columns={[
          { title: t('member.caseYear'), dataIndex: 'year', key: 'year' },
          {
            title: t('warnings.level'),
            key: 'level',
            render: (_, c) => <Tag color={c.level === 'RED' ? 'red' : 'gold'}>{c.levelLabel}</Tag>,
          },
          { title: t('cmt.total'), dataIndex: 'total', key: 'total', align: 'end' },
          {
            title: t('warnings.interviewedOn'),
            key: 'interview',
            render: (_, c) => c.interviewedOn ?? t('member.caseNotYet'),
          },
          {
            title: t('warnings.measures'),
            key: 'measures',
            render: (_, c) => {
              const p = measureProgress(c.measures);
              return p.total ? t('member.measuresDone', { done: p.done, total: p.total }) : '';
            },
          },
          { title: t('member.caseState'), dataIndex: 'stateLabel', key: 'state' },
          {
            title: '',
            key: 'open',
            width: 80,
            render: (_, c) => (
              <Button type="link" size="small" onClick={() => setOpen(c.id)}>
                {t('member.caseOpen')}
              </Button>
            ),
          },
        ]}
      />
      <CaseDrawer item={opened} onClose={() => setOpen(null)} />
    </>
  );
  return ownTitle ? (
    <Card size="small" title={ownTitle} data-testid="my-outcomes">
      {table}
    </Card>
  ) : (
    table
  );
}
