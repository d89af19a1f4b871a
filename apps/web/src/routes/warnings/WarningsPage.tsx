import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Empty,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useMemo, useState } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useLocale } from '../../app/i18n';
import { evaluationYear } from '../../components/cycle/annual';
import { YearSelect } from '../../components/YearSelect';
import { OutcomeCasesDocument } from '../../graphql/graphql';
import { CaseDrawer } from './CaseDrawer';
import { measureProgress, type Case } from './case-progress';
import { useYearParam } from '../../components/use-year-param';

/**
 * 预警跟踪: members whose approved annual score fell in a warning band — the secretary's interview
 * (record and causes), the rectification measures with their deadlines, their completion, and
 * closing the case.
 */
export default function WarningsPage() {
  const { t } = useLocale();
  const { branchId, branch } = useActiveBranch();
  const [year, setYear] = useYearParam(evaluationYear());
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, loading } = useQuery(OutcomeCasesDocument, {
    variables: { year, branchId },
    skip: !branchId,
  });
  const cases = useMemo(
    () =>
      [...(data?.outcomeCases ?? [])].sort(
        (a, b) => (a.state === 'CLOSED' ? 1 : 0) - (b.state === 'CLOSED' ? 1 : 0),
      ),
    [data],
  );
  if (!branchId) return <Empty description={t('cmt.noBranch')} />;
  const columns: TableProps<Case>['columns'] = [
    {
      title: t('cmt.name'),
      key: 'name',
      width: 120,
      render: (_, c) => c.member?.name ?? c.memberId,
    },
    {
      title: t('warnings.level'),
      key: 'level',
      width: 110,
      render: (_, c) => <Tag color={c.level === 'RED' ? 'red' : 'gold'}>{c.levelLabel}</Tag>,
    },
    { title: t('cmt.total'), dataIndex: 'total', key: 'total', width: 80, align: 'right' },
    {
      title: t('cmt.status'),
      key: 'state',
      width: 110,
      render: (_, c) => <Tag>{c.stateLabel}</Tag>,
    },
    {
      title: t('warnings.flags'),
      key: 'flags',
      render: (_, c) => (
        <Space size={4} wrap>
          {c.redTwoYearsRunning && <Tag color="red">{t('warnings.twoYearsShort')}</Tag>}
          {c.probationExtension && <Tag color="orange">{t('warnings.extensionShort')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('warnings.interviewedOn'),
      dataIndex: 'interviewedOn',
      key: 'interviewedOn',
      width: 110,
    },
    {
      title: t('warnings.measures'),
      key: 'measures',
      width: 160,
      render: (_, c) => {
        const p = measureProgress(c.measures);
        if (!p.total) return '—';
        return (
          <Space size={4}>
            <Progress
              percent={Math.round((100 * p.done) / p.total)}
              size="small"
              style={{ width: 80 }}
            />
            {p.overdue > 0 && (
              <Tag color="red">{t('warnings.overdueCount', { count: p.overdue })}</Tag>
            )}
          </Space>
        );
      },
    },
    {
      title: t('cmt.actions'),
      key: 'actions',
      width: 90,
      render: (_, c) => (
        <Button size="small" onClick={() => setOpenId(c.id)}>
          {t('cmt.details')}
        </Button>
      ),
    },
  ];
  return (
    <Card
      title={
        <Space wrap>
          <span>{t('warnings.title')}</span>
          {branch && <Typography.Text type="secondary">{branch.name}</Typography.Text>}
        </Space>
      }
      extra={<YearSelect value={year} onChange={setYear} />}
    >
      <Table<Case>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        columns={columns}
        dataSource={cases}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('warnings.none', { year }) }}
        data-testid="warning-cases"
      />
      <CaseDrawer
        item={cases.find((c) => c.id === openId) ?? null}
        onClose={() => setOpenId(null)}
      />
    </Card>
  );
}
