import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  List,
  Progress,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale, type MessageKey } from '../../app/i18n';
import { evaluationYear } from '../../components/annual';
import { useCycleDuties, type CycleDuties } from '../../components/branch-roles';
import { ReasonDialog } from '../../components/ReasonDialog';
import { YearSelect } from '../../components/YearSelect';
import {
  CloseOutcomeCaseDocument,
  CompleteMeasureDocument,
  OutcomeCasesDocument,
  RecordInterviewDocument,
  SetRectificationMeasuresDocument,
  type CaseState,
  type OutcomeCaseFieldsFragment,
} from '../../graphql/graphql';

type Case = OutcomeCaseFieldsFragment;
type Measure = Case['measures'][number];

const CASE_STEPS: readonly CaseState[] = ['OPEN', 'INTERVIEWED', 'RECTIFYING', 'CLOSED'];
const DATE = 'YYYY-MM-DD';
const refetch = { refetchQueries: ['OutcomeCases'], awaitRefetchQueries: true };

/** Measures done / all, and the ones past their deadline and not done. */
export function measureProgress(measures: readonly Measure[], today = dayjs().format(DATE)) {
  return {
    done: measures.filter((m) => m.doneOn).length,
    total: measures.length,
    overdue: measures.filter((m) => !m.doneOn && m.deadline < today).length,
  };
}

function InterviewForm({ item }: { item: Case }) {
  const { t } = useLocale();
  type Values = { interviewedOn: Dayjs; record: string; causes: string };
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: ['interviewedOn', 'record', 'causes'] });
  const [save, { loading }] = useMutation(RecordInterviewDocument, { ...FORM_ERRORS, ...refetch });
  const submit = async (v: Values) => {
    errors.clear();
    try {
      await save({
        variables: {
          input: {
            caseId: item.id,
            interviewedOn: v.interviewedOn.format(DATE),
            record: v.record,
            causes: v.causes,
          },
        },
      });
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ interviewedOn: dayjs() }}
    >
      <FormErrorBanner message={errors.banner} />
      <Form.Item
        name="interviewedOn"
        label={t('warnings.interviewedOn')}
        rules={[{ required: true }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="record"
        label={t('warnings.record')}
        rules={[{ required: true, whitespace: true, message: t('warnings.recordRequired') }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item
        name="causes"
        label={t('warnings.causes')}
        rules={[{ required: true, whitespace: true, message: t('warnings.causesRequired') }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('warnings.saveInterview')}
      </Button>
    </Form>
  );
}

function MeasuresForm({ item }: { item: Case }) {
  const { t } = useLocale();
  type Values = { measures: { description: string; deadline: Dayjs }[] };
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: ['measures'] });
  const [save, { loading }] = useMutation(SetRectificationMeasuresDocument, {
    ...FORM_ERRORS,
    ...refetch,
  });
  const submit = async (v: Values) => {
    errors.clear();
    try {
      await save({
        variables: {
          caseId: item.id,
          measures: v.measures.map((m) => ({
            description: m.description,
            deadline: m.deadline.format(DATE),
          })),
        },
      });
    } catch (error) {
      errors.handle(error);
    }
  };
  const initial = item.measures.length
    ? item.measures.map((m) => ({ description: m.description, deadline: dayjs(m.deadline) }))
    : [{ description: '', deadline: dayjs().add(3, 'month') }];
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ measures: initial }}
    >
      <FormErrorBanner message={errors.banner} />
      <Form.List name="measures">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field, i) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item
                  name={[field.name, 'description']}
                  label={i === 0 ? t('warnings.measure') : undefined}
                  rules={[
                    { required: true, whitespace: true, message: t('warnings.measureRequired') },
                  ]}
                  style={{ width: 300, marginBottom: 8 }}
                >
                  <Input.TextArea rows={2} aria-label={`${t('warnings.measure')} ${i + 1}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'deadline']}
                  label={i === 0 ? t('warnings.deadline') : undefined}
                  rules={[{ required: true, message: t('warnings.deadlineRequired') }]}
                  style={{ marginBottom: 8 }}
                >
                  <DatePicker aria-label={`${t('warnings.deadline')} ${i + 1}`} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('warnings.removeMeasure')}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: i === 0 ? 30 : 0 }}
                  />
                )}
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ description: '', deadline: dayjs().add(3, 'month') })}
            >
              {t('warnings.addMeasure')}
            </Button>
          </Space>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={loading} style={{ marginTop: 16 }}>
        {t('warnings.saveMeasures')}
      </Button>
    </Form>
  );
}

function MeasureDone({ measure }: { measure: Measure }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [done] = useMutation(CompleteMeasureDocument, { ...FORM_ERRORS, ...refetch });
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('warnings.markDone')}
      </Button>
      <ReasonDialog
        open={open}
        title={t('warnings.markDone')}
        label={t('warnings.doneNote')}
        required
        okText={t('warnings.markDone')}
        onClose={() => setOpen(false)}
        onSubmit={async (note) => {
          await done({
            variables: { input: { measureId: measure.id, doneOn: dayjs().format(DATE), note } },
          });
        }}
      />
    </>
  );
}

function CaseDrawer({
  item,
  onClose,
  duties,
}: {
  item: Case | null;
  onClose: () => void;
  duties: CycleDuties;
}) {
  const { t } = useLocale();
  const [closing, setClosing] = useState(false);
  const [close] = useMutation(CloseOutcomeCaseDocument, { ...FORM_ERRORS, ...refetch });
  if (!item) return <Drawer open={false} />;
  const progress = measureProgress(item.measures);
  const allDone = progress.total > 0 && progress.done === progress.total;
  return (
    <Drawer
      open
      onClose={onClose}
      size={640}
      title={t('warnings.caseTitle', { name: item.member?.name ?? item.memberId })}
    >
      <Space
        orientation="vertical"
        size="large"
        style={{ width: '100%' }}
        data-testid="case-drawer"
      >
        <Steps
          size="small"
          current={CASE_STEPS.indexOf(item.state)}
          items={CASE_STEPS.map((s) => ({ title: t(`warnings.state.${s}` as MessageKey) }))}
        />
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label={t('warnings.level')}>
            <Tag color={item.level === 'RED' ? 'red' : 'gold'}>
              {t(`warnings.level.${item.level}` as MessageKey)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('cmt.total')}>{item.total}</Descriptions.Item>
          {item.interviewedOn && (
            <Descriptions.Item label={t('warnings.interviewedOn')} span={2}>
              {item.interviewedOn}
            </Descriptions.Item>
          )}
          {item.interviewRecord && (
            <Descriptions.Item label={t('warnings.record')} span={2}>
              {item.interviewRecord}
            </Descriptions.Item>
          )}
          {item.causes && (
            <Descriptions.Item label={t('warnings.causes')} span={2}>
              {item.causes}
            </Descriptions.Item>
          )}
          {item.closingNote && (
            <Descriptions.Item label={t('warnings.closingNote')} span={2}>
              {item.closingNote}
            </Descriptions.Item>
          )}
        </Descriptions>
        {item.redTwoYearsRunning && <Alert type="error" showIcon title={t('warnings.twoYears')} />}
        {item.probationExtension && (
          <Alert type="warning" showIcon title={t('warnings.extension')} />
        )}
        {duties.secretary && item.state === 'OPEN' && (
          <Card size="small" title={t('warnings.interview')}>
            <InterviewForm item={item} />
          </Card>
        )}
        {duties.branchCommittee && item.state === 'INTERVIEWED' && (
          <Card size="small" title={t('warnings.measures')}>
            <MeasuresForm item={item} />
          </Card>
        )}
        {item.measures.length > 0 && (
          <Card size="small" title={t('warnings.measures')}>
            <List
              dataSource={[...item.measures].sort((a, b) => a.position - b.position)}
              renderItem={(m) => (
                <List.Item
                  actions={
                    duties.branchCommittee && item.state === 'RECTIFYING' && !m.doneOn
                      ? [<MeasureDone key="done" measure={m} />]
                      : []
                  }
                >
                  <List.Item.Meta
                    title={m.description}
                    description={
                      <Space orientation="vertical" size={0}>
                        <span>
                          {t('warnings.deadline')}：{m.deadline}
                          {!m.doneOn && m.deadline < dayjs().format(DATE) && (
                            <Tag color="red" style={{ marginInlineStart: 8 }}>
                              {t('warnings.overdue')}
                            </Tag>
                          )}
                        </span>
                        {m.doneOn && (
                          <Typography.Text type="success">
                            {t('warnings.doneOn', { date: m.doneOn })} {m.doneNote}
                          </Typography.Text>
                        )}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        )}
        {duties.secretary && item.availableActions.includes('close') && (
          <Button
            type="primary"
            disabled={item.state === 'RECTIFYING' && !allDone}
            onClick={() => setClosing(true)}
          >
            {t('warnings.close')}
          </Button>
        )}
      </Space>
      <ReasonDialog
        open={closing}
        title={t('warnings.close')}
        label={t('warnings.closingNote')}
        required
        okText={t('warnings.close')}
        onClose={() => setClosing(false)}
        onSubmit={async (note) => {
          await close({ variables: { caseId: item.id, note } });
        }}
      />
    </Drawer>
  );
}

/**
 * 预警跟踪: members whose approved annual score fell in a warning band — the secretary's interview
 * (record and causes), the rectification measures with their deadlines, their completion, and
 * closing the case.
 */
export default function WarningsPage() {
  const { t } = useLocale();
  const { branchId, branch } = useActiveBranch();
  const duties = useCycleDuties(branchId);
  const [year, setYear] = useState(evaluationYear());
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
      render: (_, c) => (
        <Tag color={c.level === 'RED' ? 'red' : 'gold'}>
          {t(`warnings.level.${c.level}` as MessageKey)}
        </Tag>
      ),
    },
    { title: t('cmt.total'), dataIndex: 'total', key: 'total', width: 80, align: 'right' },
    {
      title: t('cmt.status'),
      key: 'state',
      width: 110,
      render: (_, c) => <Tag>{t(`warnings.state.${c.state}` as MessageKey)}</Tag>,
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
        duties={duties}
      />
    </Card>
  );
}
