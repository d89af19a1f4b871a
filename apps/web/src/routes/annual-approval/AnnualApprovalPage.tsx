import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { FORM_ERRORS } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import {
  AnnualHistory,
  AnnualStateTag,
  evaluationYear,
  returnReason,
  type Annual,
} from '../../components/cycle/annual';
import { OutcomeTag } from '../../components/outcome-band';
import { PrintNoticeButton } from '../../components/notices/NoticePrint';
import { ReasonDialog } from '../../components/ReasonDialog';
import { YearSelect } from '../../components/YearSelect';
import {
  AnnualAssessmentsDocument,
  AnnualBranchStatisticsDocument,
  AnnualMembersDocument,
  ApproveYearDocument,
  CommitteeFlagsDocument,
  PublishYearDocument,
  ReturnYearDocument,
} from '../../graphql/graphql';
import { useNoticeTerms } from '../../components/notices/use-notice-terms';
import { useYearParam } from '../../components/use-year-param';

/** Submitted years first (they wait for the committee), then the rest by state. */
const ORDER = ['SUBMITTED', 'RETURNED', 'REVIEWED', 'EVALUATION', 'OPEN', 'APPROVED', 'PUBLISHED'];

/**
 * 年度审批: the branches' years as they reach the committee — composite scores and outcomes per
 * branch; the committee approves (outcome follow-up opens for warned members) or returns the year
 * with its reasons; members flagged two years running below 60 are listed for the committee.
 */
export default function AnnualApprovalPage() {
  const { t } = useLocale();
  const noticeTerms = useNoticeTerms();
  const { modal, message } = App.useApp();
  const { all: branches } = useActiveBranch();
  const [year, setYear] = useYearParam(evaluationYear());
  const [dialog, setDialog] = useState<{ annual: Annual; kind: 'approve' | 'return' } | null>(null);
  const { data, loading } = useQuery(AnnualAssessmentsDocument, { variables: { year } });
  const members = useQuery(AnnualMembersDocument, { variables: { branchId: null } });
  const flags = useQuery(CommitteeFlagsDocument, { variables: { year } });
  // Members, mean and bands per branch are the server's statistics, not sums of the rows here.
  const stats = useQuery(AnnualBranchStatisticsDocument, { variables: { year } });
  const statsOf = (branchId: string) =>
    stats.data?.scoreStatistics.groups.find((g) => g.key.branchId === branchId);
  const small = (
    <Typography.Text type="secondary">
      {t('overview.suppressed', { n: stats.data?.scoreStatistics.minGroupSize ?? 0 })}
    </Typography.Text>
  );
  const refetchAll = {
    refetchQueries: ['AnnualAssessments', 'CommitteeFlags', 'AnnualBranchStatistics'],
    awaitRefetchQueries: true,
  };
  const [approve] = useMutation(ApproveYearDocument, { ...FORM_ERRORS, ...refetchAll });
  const [returnYear] = useMutation(ReturnYearDocument, { ...FORM_ERRORS, ...refetchAll });
  const [publish] = useMutation(PublishYearDocument, refetchAll);
  const nameOf = useMemo(() => {
    const names = new Map((members.data?.members ?? []).map((m) => [m.id, m.name]));
    return (id: string) => names.get(id) ?? id;
  }, [members.data]);
  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;
  const rows = useMemo(
    () =>
      [...(data?.annualAssessments ?? [])].sort(
        (a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state),
      ),
    [data],
  );
  const waiting = rows.filter((a) => a.state === 'SUBMITTED').length;

  const columns: TableProps<Annual>['columns'] = [
    { title: t('cmt.branch'), key: 'branch', width: 170, render: (_, a) => branchName(a.branchId) },
    {
      title: t('cmt.status'),
      key: 'state',
      width: 130,
      render: (_, a) => <AnnualStateTag annual={a} />,
    },
    {
      title: t('annual.submittedAt'),
      key: 'submittedAt',
      width: 140,
      render: (_, a) => (a.submittedAt ? dayjs(a.submittedAt).format('YYYY-MM-DD HH:mm') : '—'),
    },
    {
      title: t('quarterly.members'),
      key: 'members',
      width: 90,
      align: 'right',
      render: (_, a) => {
        const g = statsOf(a.branchId);
        return g?.suppressed ? small : (g?.memberCount ?? '—');
      },
    },
    {
      title: t('overview.mean'),
      key: 'mean',
      width: 90,
      align: 'right',
      render: (_, a) => {
        const g = statsOf(a.branchId);
        return g?.suppressed ? small : (g?.total?.mean ?? '—');
      },
    },
    {
      title: t('cmt.outcome'),
      key: 'bands',
      render: (_, a) => (
        <Space size={[4, 4]} wrap>
          {(statsOf(a.branchId)?.bands ?? []).map((b) => (
            <span key={b.band}>
              <OutcomeTag band={b.band} />×{b.count}
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: t('cmt.actions'),
      key: 'actions',
      width: 210,
      fixed: 'end',
      render: (_, a) => (
        <Space>
          {a.availableActions.includes('approve') && (
            <Button
              size="small"
              type="primary"
              onClick={() => setDialog({ annual: a, kind: 'approve' })}
            >
              {t('annual.approve')}
            </Button>
          )}
          {a.availableActions.includes('return') && (
            <Button size="small" danger onClick={() => setDialog({ annual: a, kind: 'return' })}>
              {t('annual.return')}
            </Button>
          )}
          {a.availableActions.includes('publish') && (
            <Button
              size="small"
              onClick={() =>
                modal.confirm({
                  title: t('annual.publishTitle', { year }),
                  content: noticeTerms,
                  okText: t('quarterly.publish'),
                  cancelText: t('cmt.cancel'),
                  onOk: async () => {
                    await publish({ variables: { assessmentId: a.id } });
                    void message.success(t('quarterly.published'));
                  },
                })
              }
            >
              {t('quarterly.publish')}
            </Button>
          )}
          {a.publications.length > 0 && (
            <PrintNoticeButton
              size="small"
              publication={[...a.publications].sort((x, y) => y.number - x.number)[0]!}
            />
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span>{t('annualApproval.title')}</span>
            {waiting > 0 && (
              <Tag color="gold">{t('annualApproval.waiting', { count: waiting })}</Tag>
            )}
          </Space>
        }
        extra={<YearSelect value={year} onChange={setYear} />}
      >
        {!loading && rows.length === 0 ? (
          <Empty description={t('annualApproval.none', { year })} />
        ) : (
          <Table<Annual>
            rowKey="id"
            size="middle"
            loading={loading && !data}
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 1000 }}
            data-testid="annual-approvals"
            expandable={{
              expandedRowRender: (a) => (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {returnReason(a) && <Alert type="error" showIcon title={returnReason(a)} />}
                  <Table
                    rowKey="memberId"
                    size="small"
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    dataSource={[...a.scores].sort((x, y) => Number(y.total) - Number(x.total))}
                    columns={[
                      { title: t('cmt.name'), key: 'name', render: (_, s) => nameOf(s.memberId) },
                      { title: t('cmt.base'), dataIndex: 'base', key: 'base', align: 'right' },
                      {
                        title: t('cmt.special'),
                        dataIndex: 'special',
                        key: 'special',
                        align: 'right',
                      },
                      {
                        title: t('cmt.evaluation'),
                        dataIndex: 'evaluation',
                        key: 'evaluation',
                        align: 'right',
                      },
                      { title: t('cmt.total'), dataIndex: 'total', key: 'total', align: 'right' },
                      {
                        title: t('cmt.outcome'),
                        key: 'band',
                        render: (_, s) => <OutcomeTag band={s.band} />,
                      },
                    ]}
                  />
                  <AnnualHistory steps={a.steps} />
                </Space>
              ),
            }}
          />
        )}
      </Card>
      {(flags.data?.committeeFlags.length ?? 0) > 0 && (
        <Card title={t('annualApproval.flags')}>
          <Typography.Paragraph type="secondary">
            {t('annualApproval.flagsNote')}
          </Typography.Paragraph>
          <Table
            rowKey="memberId"
            size="small"
            pagination={false}
            dataSource={flags.data?.committeeFlags ?? []}
            columns={[
              { title: t('cmt.name'), key: 'name', render: (_, f) => nameOf(f.memberId) },
              { title: t('cmt.branch'), key: 'branch', render: (_, f) => branchName(f.branchId) },
              { title: t('cmt.total'), dataIndex: 'total', key: 'total', align: 'right' },
            ]}
          />
        </Card>
      )}
      {dialog && (
        <ReasonDialog
          open
          title={t(dialog.kind === 'approve' ? 'annual.approveTitle' : 'annual.returnTitle', {
            branch: branchName(dialog.annual.branchId),
            year,
          })}
          label={t(dialog.kind === 'approve' ? 'annual.comment' : 'annual.returnReason')}
          required={dialog.kind === 'return'}
          okText={t(dialog.kind === 'approve' ? 'annual.approve' : 'annual.return')}
          onClose={() => setDialog(null)}
          onSubmit={async (text) => {
            if (dialog.kind === 'approve') {
              await approve({
                variables: { assessmentId: dialog.annual.id, comment: text || null },
              });
              void message.success(t('annual.approved'));
            } else {
              await returnYear({ variables: { assessmentId: dialog.annual.id, reason: text } });
              void message.success(t('annual.returnedDone'));
            }
          }}
        />
      )}
    </Space>
  );
}
