import { Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import type { MemberPageQuery } from '../../graphql/graphql';
import { ScoreExplanation, type ExplainPeriod } from './ScoreExplanation';

type Member = MemberPageQuery['member'];
type Summary = Member['year'];
type Row = { key: string; title: string; quarter: number | null; score: Summary };

/** The member's year and quarters, each with a link to the server's explanation. */
export function MemberScores({ member, year }: { member: Member; year: number }) {
  const t = useT();
  const [explain, setExplain] = useState<ExplainPeriod | null>(null);
  const rows: Row[] = [
    { key: 'year', title: t('member.periodYear'), quarter: null, score: member.year },
    ...([member.q1, member.q2, member.q3, member.q4] as const).map((score, i) => ({
      key: `q${i + 1}`,
      title: t('member.periodQuarter', { quarter: i + 1 }),
      quarter: i + 1,
      score,
    })),
  ];
  return (
    <>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        data-testid="member-scores"
        columns={[
          { title: t('member.period'), dataIndex: 'title', key: 'title', width: 120 },
          {
            title: t('member.total'),
            key: 'total',
            render: (_, r) =>
              r.score ? (
                <>
                  <Typography.Text strong>{r.score.total}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {t('member.asOf', { month: r.score.asOf })}
                  </Typography.Text>{' '}
                  {r.score.provisional && <Tag>{t('member.provisional')}</Tag>}
                </>
              ) : (
                <Typography.Text type="secondary">{t('member.noScore')}</Typography.Text>
              ),
          },
          {
            title: '',
            key: 'explain',
            width: 120,
            render: (_, r) =>
              r.score && (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    setExplain({
                      year,
                      quarter: r.quarter,
                      title: t('member.explainTitle', { name: member.name, period: r.title }),
                    })
                  }
                >
                  {t('member.explain')}
                </Button>
              ),
          },
        ]}
      />
      <ScoreExplanation memberId={member.id} period={explain} onClose={() => setExplain(null)} />
    </>
  );
}
