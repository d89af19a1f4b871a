import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
import { useMemo, useState } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { FORM_ERRORS } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { useViewer } from '../../app/session/session';
import {
  AnnualHistory,
  AnnualStateTag,
  AnnualSteps,
  returnReason,
  useYearGrades,
  evaluationYear,
  type Annual,
} from '../../components/cycle/annual';
import { NoticeBoard } from '../../components/notices/NoticeBoard';
import { ReasonDialog } from '../../components/ReasonDialog';
import { OutcomeTag } from '../../components/outcome-band';
import { YearSelect } from '../../components/YearSelect';
import {
  AnnualAssessmentsDocument,
  AnnualMembersDocument,
  AnnualStartActionsDocument,
  CompleteAnnualReviewDocument,
  PublishYearDocument,
  RecordEvaluationGradesDocument,
  ReviseYearDocument,
  StartAnnualEvaluationDocument,
  SubmitYearDocument,
} from '../../graphql/graphql';
import { useNoticeTerms } from '../../components/notices/use-notice-terms';
import { useYearParam } from '../../components/use-year-param';

type Score = Annual['scores'][number];

/** Grades to send: those changed here and not yet saved. */
export function changedGrades(
  edits: Record<string, string>,
  saved: readonly { memberId: string; grade: string }[],
): { memberId: string; grade: string }[] {
  const current = new Map(saved.map((g) => [g.memberId, g.grade]));
  return Object.entries(edits)
    .filter(([memberId, grade]) => current.get(memberId) !== grade)
    .map(([memberId, grade]) => ({ memberId, grade }));
}

/**
 * 年度评议: the branch's year — the democratic evaluation's grades (probationary members graded on
 * daily performance), the branch committee's re-review of the composite scores, submission to the
 * committee, and publication once approved.
 */
export default function AnnualEvaluationPage() {
  const { t, locale } = useLocale();
  const noticeTerms = useNoticeTerms();
  const { modal, message } = App.useApp();
  const viewer = useViewer();
  const { branchId, branch } = useActiveBranch();
  const [year, setYear] = useYearParam(evaluationYear());
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<'review' | 'revise' | null>(null);
  const { data, loading, refetch } = useQuery(AnnualAssessmentsDocument, {
    variables: { year, branchId },
    skip: !branchId,
  });
  const members = useQuery(AnnualMembersDocument, { variables: { branchId }, skip: !branchId });
  const grades = useYearGrades(year);
  const annual = data?.annualAssessments[0] ?? null;
  // Before the year exists, the server says whether this person may start it now.
  const startable = useQuery(AnnualStartActionsDocument, {
    variables: { branchId: branchId ?? '', year },
    skip: !branchId || !data || !!annual,
  });
  const refetchAll = { refetchQueries: ['AnnualAssessments'], awaitRefetchQueries: true };
  const [start, starting] = useMutation(StartAnnualEvaluationDocument, refetchAll);
  const [record, recording] = useMutation(RecordEvaluationGradesDocument, refetchAll);
  const [complete] = useMutation(CompleteAnnualReviewDocument, { ...FORM_ERRORS, ...refetchAll });
  const [revise] = useMutation(ReviseYearDocument, { ...FORM_ERRORS, ...refetchAll });
  const [submit, submitting] = useMutation(SubmitYearDocument, refetchAll);
  const [publish, publishing] = useMutation(PublishYearDocument, refetchAll);

  const people = useMemo(
    () => new Map((members.data?.members ?? []).map((m) => [m.id, m])),
    [members.data],
  );
  const savedGrades = useMemo(() => annual?.grades ?? [], [annual]);
  const pending = changedGrades(edits, savedGrades);
  const gradeOf = (memberId: string) =>
    edits[memberId] ?? savedGrades.find((g) => g.memberId === memberId)?.grade;
  const gradeName = (code: string | null | undefined) => {
    const g = grades.find((x) => x.code === code);
    return g ? (locale === 'zh-CN' ? g.nameZh : g.nameEn) : (code ?? '');
  };
  const rows = useMemo(
    () =>
      [...(annual?.scores ?? [])].sort((a, b) =>
        (people.get(a.memberId)?.name ?? '').localeCompare(
          people.get(b.memberId)?.name ?? '',
          'zh-CN',
        ),
      ),
    [annual, people],
  );
  const ungraded = rows.filter((r) => !gradeOf(r.memberId)).length;

  if (!branchId) return <Empty description={t('cmt.noBranch')} />;

  const can = (action: string) => annual?.availableActions.includes(action) ?? false;
  const grading = can('recordGrades');

  const saveGrades = async () => {
    if (!annual || !pending.length) return;
    try {
      await record({ variables: { assessmentId: annual.id, grades: pending } });
      setEdits({});
      void message.success(t('annual.gradesSaved', { count: pending.length }));
    } catch {
      // Shown by the error link.
    }
  };

  const confirmThen = (
    title: string,
    content: string,
    okText: string,
    run: () => Promise<unknown>,
  ) =>
    modal.confirm({
      title,
      content,
      okText,
      cancelText: t('cmt.cancel'),
      onOk: async () => void (await run()),
    });

  const columns: TableProps<Score>['columns'] = [
    {
      title: t('cmt.name'),
      key: 'name',
      width: 150,
      render: (_, r) => {
        const m = people.get(r.memberId);
        return (
          <Space size={4}>
            {m?.name ?? r.memberId}
            {m?.status === 'PROBATIONARY' && (
              <Tooltip title={t('scheme.probationaryDaily')}>
                <Tag color="orange">{m.statusLabel}</Tag>
              </Tooltip>
            )}
          </Space>
        );
      },
    },
    { title: t('cmt.base'), dataIndex: 'base', key: 'base', width: 90, align: 'right' },
    { title: t('cmt.special'), dataIndex: 'special', key: 'special', width: 90, align: 'right' },
    {
      title: t('annual.grade'),
      key: 'grade',
      width: 150,
      render: (_, r) =>
        grading ? (
          <Select
            size="small"
            aria-label={`${people.get(r.memberId)?.name ?? r.memberId} ${t('annual.grade')}`}
            placeholder={t('annual.choose')}
            value={gradeOf(r.memberId)}
            onChange={(code: string) => setEdits((e) => ({ ...e, [r.memberId]: code }))}
            options={grades.map((g) => ({
              value: g.code,
              label: `${locale === 'zh-CN' ? g.nameZh : g.nameEn}${t('app.aside', { text: g.points })}`,
            }))}
            style={{ width: 130 }}
            status={
              edits[r.memberId] &&
              edits[r.memberId] !== savedGrades.find((g) => g.memberId === r.memberId)?.grade
                ? 'warning'
                : undefined
            }
          />
        ) : (
          gradeName(r.grade ?? gradeOf(r.memberId))
        ),
    },
    {
      title: t('cmt.evaluation'),
      dataIndex: 'evaluation',
      key: 'evaluation',
      width: 90,
      align: 'right',
    },
    {
      title: t('cmt.total'),
      key: 'total',
      width: 90,
      align: 'right',
      render: (_, r) => <Typography.Text strong>{r.total}</Typography.Text>,
    },
    {
      title: t('cmt.outcome'),
      key: 'band',
      width: 110,
      render: (_, r) => <OutcomeTag band={r.band} />,
    },
  ];

  const reason = annual ? returnReason(annual) : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span>{t('annual.title')}</span>
            {branch && <Typography.Text type="secondary">{branch.name}</Typography.Text>}
            {annual && <AnnualStateTag annual={annual} />}
          </Space>
        }
        extra={<YearSelect value={year} onChange={setYear} />}
      >
        {loading && !data ? null : !annual ? (
          <Empty description={t('annual.notStarted', { year })} data-testid="annual-not-started">
            {startable.data?.annualStartActions.includes('startEvaluation') && (
              <Button
                type="primary"
                loading={starting.loading}
                onClick={() => void start({ variables: { branchId, year } }).catch(() => undefined)}
              >
                {t('annual.start')}
              </Button>
            )}
          </Empty>
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <AnnualSteps annual={annual} />
            {reason && (
              <Alert type="error" showIcon title={t('annual.returned')} description={reason} />
            )}
            {grading && ungraded > 0 && (
              <Alert type="info" showIcon title={t('annual.ungraded', { count: ungraded })} />
            )}
            <Space wrap>
              {grading && (
                <Button
                  type="primary"
                  disabled={!pending.length}
                  loading={recording.loading}
                  onClick={() => void saveGrades()}
                >
                  {t('annual.saveGrades', { count: pending.length })}
                </Button>
              )}
              {can('completeReview') && (
                <Button disabled={pending.length > 0} onClick={() => setDialog('review')}>
                  {t('annual.completeReview')}
                </Button>
              )}
              {can('submit') && (
                <Button
                  type="primary"
                  loading={submitting.loading}
                  onClick={() =>
                    confirmThen(
                      t('annual.submitTitle', { year }),
                      t('annual.submitContent'),
                      t('annual.submit'),
                      () => submit({ variables: { assessmentId: annual.id } }),
                    )
                  }
                >
                  {t('annual.submit')}
                </Button>
              )}
              {can('revise') && (
                <Button onClick={() => setDialog('revise')}>{t('annual.revise')}</Button>
              )}
              {can('publish') && (
                <Button
                  type="primary"
                  loading={publishing.loading}
                  onClick={() =>
                    confirmThen(
                      t('annual.publishTitle', { year }),
                      noticeTerms,
                      t('quarterly.publish'),
                      () => publish({ variables: { assessmentId: annual.id } }),
                    )
                  }
                >
                  {t('quarterly.publish')}
                </Button>
              )}
            </Space>
            <Table<Score>
              rowKey="memberId"
              size="middle"
              columns={columns}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 800 }}
              data-testid="annual-rows"
              locale={{ emptyText: t('annual.noMembers') }}
            />
            <AnnualHistory steps={annual.steps} />
          </Space>
        )}
      </Card>
      {annual && annual.publications.length > 0 && (
        <Card title={t('notice.title')}>
          <NoticeBoard
            publications={annual.publications}
            ownMemberId={viewer.memberId}
            onChanged={() => void refetch()}
          />
        </Card>
      )}
      {annual && (
        <>
          <ReasonDialog
            open={dialog === 'review'}
            title={t('annual.completeReview')}
            label={t('annual.reviewNote')}
            required={false}
            okText={t('annual.completeReview')}
            onClose={() => setDialog(null)}
            onSubmit={async (note) => {
              await complete({ variables: { assessmentId: annual.id, note: note || null } });
            }}
          />
          <ReasonDialog
            open={dialog === 'revise'}
            title={t('annual.revise')}
            label={t('cmt.reason')}
            required
            okText={t('annual.revise')}
            onClose={() => setDialog(null)}
            onSubmit={async (text) => {
              await revise({ variables: { assessmentId: annual.id, reason: text } });
            }}
          />
        </>
      )}
    </Space>
  );
}
