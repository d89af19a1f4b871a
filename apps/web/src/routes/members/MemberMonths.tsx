import { useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, Table, Typography } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../app/i18n';
import { MemberMonthsDocument, type MemberMonthsQuery } from '../../graphql/graphql';
import { ScoreExplanation, type ExplainPeriod } from './ScoreExplanation';

type Month = MemberMonthsQuery['memberScore']['months'][number];

/**
 * The year month by month: each scored month's base score and its categories exactly as the
 * server scored them, with that month's explanation one click away.
 */
export function MemberMonths({
  member,
  year,
}: {
  member: { id: string; name: string };
  year: number;
}) {
  const { t, locale } = useLocale();
  const [explain, setExplain] = useState<ExplainPeriod | null>(null);
  const { data, loading, error } = useQuery(MemberMonthsDocument, {
    variables: { memberId: member.id, year },
  });
  const months = data?.memberScore.months ?? [];
  if (error && !data)
    return <Alert type="warning" showIcon title={t('member.monthsUnavailable')} />;
  if (!loading && months.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('member.monthsEmpty')} />;
  // The categories as the scheme names them, in the order of the first month scored.
  const categories = months[0]?.categories ?? [];
  const monthLabel = (m: Month) => t('member.monthLabel', { month: Number(m.month.slice(5)) });
  return (
    <>
      <Table<Month>
        size="small"
        rowKey="month"
        loading={loading && !data}
        pagination={false}
        data-testid="member-months"
        dataSource={[...months]}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('member.month'), key: 'month', render: (_, m) => monthLabel(m), width: 80 },
          ...categories.map((c) => ({
            title: locale === 'en' ? c.nameEn : c.nameZh,
            key: c.code,
            align: 'end' as const,
            render: (_: unknown, m: Month) =>
              m.categories.find((x) => x.code === c.code)?.value ?? '',
          })),
          {
            title: t('member.monthBase'),
            key: 'base',
            align: 'end',
            render: (_, m) => <Typography.Text strong>{m.base}</Typography.Text>,
          },
          {
            title: '',
            key: 'explain',
            width: 100,
            render: (_, m) => (
              <Button
                type="link"
                size="small"
                onClick={() =>
                  setExplain({
                    year,
                    quarter: null,
                    month: Number(m.month.slice(5)),
                    title: t('member.explainTitle', { name: member.name, period: monthLabel(m) }),
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
