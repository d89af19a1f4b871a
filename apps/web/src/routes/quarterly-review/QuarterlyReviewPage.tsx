import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Segmented,
  Space,
  Statistic,
  Steps,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale, type MessageKey } from '../../app/i18n';
import { useViewer } from '../../app/session/session';
import { useCycleDuties } from '../../components/branch-roles';
import { ExplanationLines } from '../../components/ExplanationLines';
import { NoticeBoard } from '../../components/NoticeBoard';
import { YearSelect } from '../../components/YearSelect';
import {
  PublishQuarterDocument,
  QuarterAssessmentsDocument,
  QuarterLinesDocument,
  QuarterPreviewDocument,
  RecordPanelConfirmationsDocument,
  RefreshQuarterRosterDocument,
  ResolveQuarterObjectionDocument,
  SignQuarterDocument,
  StartQuarterReviewDocument,
  type ConfirmationState,
  type QuarterReviewFieldsFragment,
  type QuarterState,
} from '../../graphql/graphql';

type Assessment = QuarterReviewFieldsFragment;
type Row = Assessment['rows'][number];

const STATES: readonly QuarterState[] = ['OPEN', 'UNDER_REVIEW', 'SIGNED', 'PUBLISHED', 'CLOSED'];

export const CONFIRMATION_COLORS: Record<ConfirmationState, string> = {
  PENDING: 'default',
  CONFIRMED: 'success',
  OBJECTED: 'error',
  RESOLVED: 'processing',
};

/** The quarter a review is most likely about: the last one that has ended (Q4 early in January). */
export function lastEndedQuarter(today = new Date()): { year: number; quarter: number } {
  const q = Math.floor(today.getMonth() / 3); // 0 in Jan–Mar: last year's Q4
  return q === 0
    ? { year: today.getFullYear() - 1, quarter: 4 }
    : { year: today.getFullYear(), quarter: q };
}

/** Where the confirmations stand: what still blocks the signature. */
export function confirmationSummary(rows: readonly Row[]) {
  const state = (r: Row) => r.confirmation?.state ?? 'PENDING';
  return {
    total: rows.length,
    confirmed: rows.filter((r) => state(r) === 'CONFIRMED' || state(r) === 'RESOLVED').length,
    pending: rows.filter((r) => state(r) === 'PENDING').length,
    objected: rows.filter((r) => state(r) === 'OBJECTED').length,
    changed: rows.filter((r) => r.changedSinceConfirmed).length,
  };
}

function ResolveDialog({ row, onClose }: { row: Row | null; onClose: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ resolution: string }>();
  const errors = useFormErrors(form, { fields: ['resolution'] });
  const [resolve, { loading }] = useMutation(ResolveQuarterObjectionDocument, {
    ...FORM_ERRORS,
    refetchQueries: ['QuarterAssessments'],
  });
  const submit = async ({ resolution }: { resolution: string }) => {
    if (!row?.confirmation) return;
    errors.clear();
    try {
      await resolve({ variables: { confirmationId: row.confirmation.id, resolution } });
      form.resetFields();
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open={!!row}
      title={t('quarterly.resolveTitle', { name: row?.member?.name ?? '' })}
      okText={t('quarterly.resolve')}
      cancelText={t('cmt.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      {row?.confirmation?.objection && (
        <Alert type="warning" title={row.confirmation.objection} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="resolution"
          label={t('quarterly.resolution')}
          rules={[{ required: true, whitespace: true, message: t('quarterly.resolutionRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function NotStarted({
  branchId,
  year,
  quarter,
  canStart,
}: {
  branchId: string;
  year: number;
  quarter: number;
  canStart: boolean;
}) {
  const { t } = useLocale();
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
              void start({ variables: { input: { branchId, year, quarter } } }).catch(
                () => undefined,
              )
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

function RowLines({ assessmentId, memberId }: { assessmentId: string; memberId: string }) {
  const { data, loading } = useQuery(QuarterLinesDocument, { variables: { id: assessmentId } });
  if (loading && !data) return <Typography.Text type="secondary">…</Typography.Text>;
  const row = data?.quarterAssessment?.rows.find((r) => r.memberId === memberId);
  return <ExplanationLines lines={row?.score?.lines} />;
}

/**
 * 季度考评: the branch panel's quarter — each member's computed score and whether they confirmed
 * it; members' answers given in person recorded by the panel; objections decided; the secretary
 * signs (freezing the scores) and publishes them for 5 working days, with the notice board below.
 */
export default function QuarterlyReviewPage() {
  const { t } = useLocale();
  const { modal, message } = App.useApp();
  const viewer = useViewer();
  const { branchId, branch } = useActiveBranch();
  const duties = useCycleDuties(branchId);
  const initial = lastEndedQuarter();
  const [year, setYear] = useState(initial.year);
  const [quarter, setQuarter] = useState(initial.quarter);
  const [selected, setSelected] = useState<string[]>([]);
  const [resolving, setResolving] = useState<Row | null>(null);
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
  const [recordPanel, recording] = useMutation(RecordPanelConfirmationsDocument, refetchAll);
  const [refresh, refreshing] = useMutation(RefreshQuarterRosterDocument, refetchAll);
  const [sign, signing] = useMutation(SignQuarterDocument, refetchAll);
  const [publish, publishing] = useMutation(PublishQuarterDocument, refetchAll);

  if (!branchId) return <Empty description={t('cmt.noBranch')} />;

  const can = (action: string) => assessment?.availableActions.includes(action) ?? false;
  const reviewing = assessment?.state === 'UNDER_REVIEW';
  const unsettled = summary.pending > 0 || summary.objected > 0 || summary.changed > 0;

  const doSign = () => {
    if (!assessment) return;
    modal.confirm({
      title: t('quarterly.signTitle', { year, quarter }),
      content: t('quarterly.signContent', { count: summary.total }),
      okText: t('quarterly.sign'),
      cancelText: t('cmt.cancel'),
      onOk: async () => {
        await sign({ variables: { assessmentId: assessment.id } });
        void message.success(t('quarterly.signed'));
      },
    });
  };
  const doPublish = () => {
    if (!assessment) return;
    modal.confirm({
      title: t('quarterly.publishTitle', { year, quarter }),
      content: t('quarterly.publishContent'),
      okText: t('quarterly.publish'),
      cancelText: t('cmt.cancel'),
      onOk: async () => {
        await publish({ variables: { assessmentId: assessment.id } });
        void message.success(t('quarterly.published'));
      },
    });
  };
  const recordSelected = async () => {
    if (!assessment || !selected.length) return;
    try {
      await recordPanel({ variables: { assessmentId: assessment.id, memberIds: selected } });
      setSelected([]);
      void message.success(t('quarterly.recorded', { count: selected.length }));
    } catch {
      // The error link shows the server's message.
    }
  };

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('cmt.name'),
      key: 'name',
      width: 170,
      render: (_, r) => (
        <Space size={4}>
          {r.member?.name ?? r.memberId}
          {r.member?.status === 'PROBATIONARY' && (
            <Tag color="orange">{t('status.PROBATIONARY')}</Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('cmt.base'),
      key: 'base',
      width: 90,
      align: 'right',
      render: (_, r) => r.score?.base,
    },
    {
      title: t('cmt.special'),
      key: 'special',
      width: 90,
      align: 'right',
      render: (_, r) => r.score?.special,
    },
    {
      title: t('cmt.total'),
      key: 'total',
      width: 90,
      align: 'right',
      render: (_, r) => <Typography.Text strong>{r.score?.total}</Typography.Text>,
    },
    {
      title: t('quarterly.confirmation'),
      key: 'confirmation',
      width: 150,
      render: (_, r) => {
        const state = r.confirmation?.state ?? 'PENDING';
        return (
          <Space size={4} wrap>
            <Tag color={CONFIRMATION_COLORS[state]}>
              {t(`quarterly.confirmation.${state}` as MessageKey)}
            </Tag>
            {r.changedSinceConfirmed && (
              <Tooltip title={t('quarterly.changedHint')}>
                <Tag color="warning">{t('quarterly.changed')}</Tag>
              </Tooltip>
            )}
          </Space>
        );
      },
    },
    {
      title: t('quarterly.remarks'),
      key: 'remarks',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          {r.confirmation?.objection && (
            <Typography.Text type="danger">
              {t('quarterly.objection')}：{r.confirmation.objection}
            </Typography.Text>
          )}
          {r.confirmation?.resolution && (
            <Typography.Text type="secondary">
              {t('quarterly.resolution')}：{r.confirmation.resolution}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('cmt.actions'),
      key: 'actions',
      width: 110,
      render: (_, r) =>
        reviewing && r.confirmation?.state === 'OBJECTED' && duties.branchCommittee ? (
          <Button size="small" onClick={() => setResolving(r)}>
            {t('quarterly.resolve')}
          </Button>
        ) : null,
    },
  ];

  const current = assessment ? STATES.indexOf(assessment.state) : 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
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
          <NotStarted
            branchId={branchId}
            year={year}
            quarter={quarter}
            canStart={duties.branchCommittee}
          />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Steps
              size="small"
              current={current}
              items={STATES.map((s) => ({ title: t(`quarterly.state.${s}` as MessageKey) }))}
              data-testid="quarter-steps"
            />
            <Space size="large" wrap>
              <Statistic title={t('quarterly.members')} value={summary.total} />
              <Statistic
                title={t('quarterly.confirmedCount')}
                value={summary.confirmed}
                suffix={`/ ${summary.total}`}
              />
              <Statistic title={t('quarterly.pendingCount')} value={summary.pending} />
              <Statistic title={t('quarterly.objectedCount')} value={summary.objected} />
              <Descriptions size="small" column={1} style={{ minWidth: 260 }}>
                {assessment.signedAt && (
                  <Descriptions.Item label={t('quarterly.signedAt')}>
                    {dayjs(assessment.signedAt).format('YYYY-MM-DD HH:mm')}
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
              {reviewing && duties.panel && (
                <Button
                  disabled={!selected.length}
                  loading={recording.loading}
                  onClick={() => void recordSelected()}
                >
                  {t('quarterly.recordInPerson', { count: selected.length })}
                </Button>
              )}
              {reviewing && duties.branchCommittee && (
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
              {can('sign') && duties.secretary && (
                <Tooltip title={unsettled ? t('quarterly.signBlocked') : undefined}>
                  <Button
                    type="primary"
                    disabled={unsettled}
                    loading={signing.loading}
                    onClick={doSign}
                  >
                    {t('quarterly.sign')}
                  </Button>
                </Tooltip>
              )}
              {can('publish') && duties.secretary && (
                <Button type="primary" loading={publishing.loading} onClick={doPublish}>
                  {t('quarterly.publish')}
                </Button>
              )}
            </Space>
            <Table<Row>
              rowKey="memberId"
              size="middle"
              columns={columns}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 900 }}
              data-testid="quarter-rows"
              rowSelection={
                reviewing && duties.panel
                  ? {
                      selectedRowKeys: selected,
                      onChange: (keys) => setSelected(keys as string[]),
                      getCheckboxProps: (r) => ({
                        disabled:
                          (r.confirmation?.state ?? 'PENDING') !== 'PENDING' &&
                          !r.changedSinceConfirmed,
                        'aria-label': r.member?.name ?? r.memberId,
                      }),
                    }
                  : undefined
              }
              expandable={{
                expandedRowRender: (r) => (
                  <RowLines assessmentId={assessment.id} memberId={r.memberId} />
                ),
              }}
            />
          </Space>
        )}
      </Card>
      {assessment && assessment.publications.length > 0 && (
        <Card title={t('notice.title')}>
          <NoticeBoard
            publications={assessment.publications}
            duties={duties}
            ownMemberId={viewer.memberId}
            onChanged={() => void refetch()}
          />
        </Card>
      )}
      <ResolveDialog row={resolving} onClose={() => setResolving(null)} />
    </Space>
  );
}
