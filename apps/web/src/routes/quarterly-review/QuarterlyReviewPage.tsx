import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Segmented,
  Space,
  Statistic,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useLocale } from '../../app/i18n';
import { useViewer } from '../../app/session/session';
import { NoticeBoard } from '../../components/notices/NoticeBoard';
import { YearSelect } from '../../components/YearSelect';
import {
  PublishQuarterDocument,
  QuarterAssessmentsDocument,
  RefreshQuarterRosterDocument,
} from '../../graphql/graphql';
import { WorkflowSteps } from '../../components/cycle/WorkflowSteps';
import { NotStarted } from './NotStarted';
import { OpenObjections } from './OpenObjections';
import { PanelConfirmDialog } from './PanelConfirmDialog';
import { confirmationSummary, lastEndedQuarter, openObjections, type Row } from './quarter-summary';
import { QuarterRowsTable } from './QuarterRowsTable';
import { ResolveDialog } from './ResolveDialog';
import { SignDialog } from './SignDialog';
import { useNoticeTerms } from '../../components/notices/use-notice-terms';

/** The quarter asked for in the link (`?year=2026&quarter=1`, from the to-do list), else the last ended. */
function initialQuarter(params: URLSearchParams) {
  const year = Number(params.get('year'));
  const quarter = Number(params.get('quarter'));
  return Number.isInteger(year) && year > 2000 && [1, 2, 3, 4].includes(quarter)
    ? { year, quarter }
    : lastEndedQuarter();
}

/**
 * 季度考评: the branch panel's quarter — open objections first; each member's computed score and
 * whether they confirmed it; answers given in person recorded by the panel with their date; the
 * secretary signs (freezing the scores) and publishes them for 5 working days. Every button is
 * one the server lists in `availableActions` for this viewer, and every irreversible step asks.
 */
export default function QuarterlyReviewPage() {
  const { t } = useLocale();
  const noticeTerms = useNoticeTerms();
  const { modal, message } = App.useApp();
  const viewer = useViewer();
  const { branchId, branch } = useActiveBranch();
  const [params] = useSearchParams();
  const [initial] = useState(() => initialQuarter(params));
  const [year, setYear] = useState(initial.year);
  const [quarter, setQuarter] = useState(initial.quarter);
  const [selected, setSelected] = useState<string[]>([]);
  const [recording, setRecording] = useState<Row[]>([]);
  const [resolving, setResolving] = useState<Row | null>(null);
  const [signing, setSigning] = useState(false);
  const { data, loading, refetch } = useQuery(QuarterAssessmentsDocument, {
    variables: { year, branchId },
    skip: !branchId,
  });
  const assessment = data?.quarterAssessments.find((a) => a.quarter === quarter) ?? null;
  const rows = useMemo(
    () =>
      [...(assessment?.rows ?? [])].sort((a, b) =>
        (a.member?.name ?? '').localeCompare(b.member?.name ?? '', 'zh-CN'),
      ),
    [assessment],
  );
  const summary = confirmationSummary(rows);
  const refetchAll = { refetchQueries: ['QuarterAssessments'], awaitRefetchQueries: true };
  const [refresh, refreshing] = useMutation(RefreshQuarterRosterDocument, refetchAll);
  const [publish, publishing] = useMutation(PublishQuarterDocument, refetchAll);

  if (!branchId) return <Empty description={t('cmt.noBranch')} />;

  const can = (action: string) => assessment?.availableActions.includes(action) ?? false;
  const reviewing = assessment?.state === 'UNDER_REVIEW';
  const unsettled = summary.pending > 0 || summary.objected > 0 || summary.changed > 0;
  const objections = assessment ? openObjections(assessment).count : 0;

  const doPublish = () => {
    if (!assessment) return;
    modal.confirm({
      title: t('quarterly.publishTitle', { year, quarter }),
      content: noticeTerms,
      okText: t('quarterly.publish'),
      cancelText: t('cmt.cancel'),
      onOk: async () => {
        await publish({ variables: { assessmentId: assessment.id } });
        void message.success(t('quarterly.published'));
      },
    });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {assessment && (
        <OpenObjections
          assessment={assessment}
          canResolve={can('resolveObjection')}
          onResolve={setResolving}
        />
      )}
      <Card
        title={
          <Space wrap>
            <span>{t('quarterly.title')}</span>
            {branch && <Typography.Text type="secondary">{branch.name}</Typography.Text>}
          </Space>
        }
        extra={
          <Space wrap>
            <YearSelect value={year} onChange={setYear} />
            <Segmented<number>
              value={quarter}
              onChange={setQuarter}
              options={[1, 2, 3, 4].map((q) => ({
                value: q,
                label: t('cmt.quarterN', { quarter: q }),
              }))}
            />
          </Space>
        }
      >
        {loading && !data ? null : !assessment ? (
          <NotStarted branchId={branchId} year={year} quarter={quarter} />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <WorkflowSteps steps={assessment.workflow} testId="quarter-steps" />
            <Space size="large" wrap>
              <Statistic title={t('quarterly.members')} value={summary.total} />
              <Statistic
                title={t('quarterly.confirmedCount')}
                value={summary.confirmed}
                suffix={`/ ${summary.total}`}
              />
              <Statistic title={t('quarterly.pendingCount')} value={summary.pending} />
              <Statistic title={t('quarterly.objectedCount')} value={objections} />
              <Descriptions size="small" column={1} style={{ minWidth: 260 }}>
                {assessment.signedAt && (
                  <Descriptions.Item label={t('quarterly.signedAt')}>
                    {dayjs(assessment.signedAt).format('YYYY-MM-DD HH:mm')}
                  </Descriptions.Item>
                )}
                {assessment.signOverrideReason && (
                  <Descriptions.Item label={t('quarterly.signOverride')}>
                    {assessment.signOverrideReason}
                  </Descriptions.Item>
                )}
                {assessment.noticeEndsOn && (
                  <Descriptions.Item label={t('quarterly.noticeEndsOn')}>
                    {assessment.noticeEndsOn}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Space>
            {reviewing && unsettled && (
              <Alert type="info" showIcon title={t('quarterly.blocking', summary)} />
            )}
            <Space wrap>
              {can('recordConfirmations') && (
                <Button
                  disabled={!selected.length}
                  onClick={() => setRecording(rows.filter((r) => selected.includes(r.memberId)))}
                >
                  {t('quarterly.recordInPerson', { count: selected.length })}
                </Button>
              )}
              {can('refreshRoster') && (
                <Button
                  loading={refreshing.loading}
                  onClick={() =>
                    void refresh({ variables: { assessmentId: assessment.id } }).catch(
                      () => undefined,
                    )
                  }
                >
                  {t('quarterly.refreshRoster')}
                </Button>
              )}
              {can('sign') && (
                <Tooltip title={unsettled ? t('quarterly.signBlocked') : undefined}>
                  <Button type="primary" disabled={unsettled} onClick={() => setSigning(true)}>
                    {t('quarterly.sign')}
                  </Button>
                </Tooltip>
              )}
              {can('publish') && (
                <Button type="primary" loading={publishing.loading} onClick={doPublish}>
                  {t('quarterly.publish')}
                </Button>
              )}
            </Space>
            <QuarterRowsTable
              assessmentId={assessment.id}
              rows={rows}
              canResolve={can('resolveObjection')}
              onResolve={setResolving}
              selectable={can('recordConfirmations')}
              selected={selected}
              onSelect={setSelected}
            />
            <SignDialog assessment={assessment} open={signing} onClose={() => setSigning(false)} />
            <PanelConfirmDialog
              assessmentId={assessment.id}
              rows={recording}
              onClose={(recorded) => {
                setRecording([]);
                if (recorded) setSelected([]);
              }}
            />
          </Space>
        )}
      </Card>
      {assessment && assessment.publications.length > 0 && (
        <Card title={t('notice.title')} id="notice-board">
          <NoticeBoard
            publications={assessment.publications}
            ownMemberId={viewer.memberId}
            onChanged={() => void refetch()}
          />
        </Card>
      )}
      <ResolveDialog row={resolving} onClose={() => setResolving(null)} />
    </Space>
  );
}
