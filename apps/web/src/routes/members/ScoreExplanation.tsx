import { useQuery } from '@apollo/client/react';
import { Alert, Drawer, Spin, Table } from 'antd';
import { useLocale } from '../../app/i18n';
import { MemberExplanationDocument, type MemberExplanationQuery } from '../../graphql/graphql';

type Line = MemberExplanationQuery['memberScore']['lines'][number];

export type ExplainPeriod = {
  year: number;
  quarter: number | null;
  /** 1–12 for one month's explanation (the month view). */
  month?: number | null;
  title: string;
};

/** 得分说明: the server's explanation lines of one period, each with its points. */
export function ScoreExplanation({
  memberId,
  period,
  onClose,
}: {
  memberId: string;
  period: ExplainPeriod | null;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const { data, loading, error } = useQuery(MemberExplanationDocument, {
    variables: {
      memberId,
      year: period?.year ?? 0,
      quarter: period?.quarter ?? null,
      month: period?.month ?? null,
    },
    skip: !period,
  });
  const score = data?.memberScore;
  return (
    <Drawer open={!!period} size={560} title={period?.title} onClose={onClose} destroyOnHidden>
      {loading && !score && <Spin />}
      {error && !score && <Alert type="error" showIcon title={t('myScores.loadFailed')} />}
      {score && (
        <Table<Line>
          size="small"
          data-testid="member-explanation"
          rowKey={(line) =>
            `${line.section}|${line.kind}|${line.month ?? ''}|${line.labelZh}|${line.textZh}`
          }
          pagination={false}
          showHeader={false}
          dataSource={[...score.lines]}
          columns={[
            {
              key: 'text',
              render: (_, line) => (locale === 'en' ? line.textEn : line.textZh),
            },
            { key: 'points', dataIndex: 'points', align: 'end', width: 80 },
          ]}
        />
      )}
    </Drawer>
  );
}
