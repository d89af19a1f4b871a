import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import {
  BranchSessionsDocument,
  DeleteSessionDocument,
  MonthlySheetDocument,
  RecordSessionDocument,
  SaveAttendanceDocument,
  UpdateSessionDocument,
  type SessionFieldsFragment,
} from '../../graphql/graphql';
import { useActiveBranch } from '../../app/branch/active-branch';
import { serverErrors } from '../../app/apollo/server-errors';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { rolesIn, type Role } from '../../app/roles';
import { useViewer } from '../../app/session/session';
import { EvidenceUpload, type UploadedEvidence } from '../../components/EvidenceUpload';
import { evidenceUrl } from '../../components/evidence-file';
import { newIdempotencyKey } from '../../components/idempotency';
import { useMonthParam } from '../../components/use-month-param';
import { sessionItems, useYearScheme } from '../../components/use-year-scheme';

type Session = SessionFieldsFragment;
type Member = { memberId: string; memberName: string };

const RECORDERS: readonly Role[] = [
  'COMMITTEE_ADMIN',
  'SECRETARY',
  'BRANCH_COMMITTEE',
  'SCOREKEEPER',
];

/** Who attended a session: its present sign-ins. */
export const attendeesOf = (session: Pick<Session, 'attendance'>) =>
  new Set(session.attendance.filter((a) => a.present).map((a) => a.memberId));

/**
 * The sheet cells that turn `before` into `after` for one session, each with the version of the
 * member's sign-in record (0 when there is none), as `saveMonthlySheet` takes them.
 */
export function attendanceCells(
  session: Pick<Session, 'id' | 'itemCode' | 'attendance'>,
  after: ReadonlySet<string>,
) {
  const before = attendeesOf(session);
  const versions = new Map(session.attendance.map((a) => [a.memberId, a.version]));
  const changed = new Set([...before, ...after].filter((id) => before.has(id) !== after.has(id)));
  return [...changed].map((memberId) => ({
    memberId,
    itemCode: session.itemCode,
    sessionId: session.id,
    value: after.has(memberId) ? '1' : null,
    expectedVersion: versions.get(memberId) ?? 0,
  }));
}

/** 活动与签到: the branch's sessions of a month; record one with its sign-in sheet; tick who came. */
export default function SessionsPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const viewer = useViewer();
  const { branchId, branch } = useActiveBranch();
  const [month, setMonth] = useMonthParam(dayjs().format('YYYY-MM'));
  const year = Number(month.slice(0, 4));
  const { items, names } = useYearScheme(year, month);
  const canRecord = RECORDERS.some((r) => rolesIn(viewer.roles, branchId).has(r));
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Session | null>(null);
  const [ticking, setTicking] = useState<Session | null>(null);

  const variables = { branchId: branchId ?? '', month };
  const { data, loading, error, refetch } = useQuery(BranchSessionsDocument, {
    variables,
    skip: !branchId,
    context: { errorDisplay: 'none' },
  });
  // The month's roster (who may sign in) is the sheet's rows.
  const sheet = useQuery(MonthlySheetDocument, {
    variables,
    skip: !branchId,
    context: { errorDisplay: 'none' },
  });
  const members: Member[] = useMemo(
    () =>
      sheet.data?.monthlySheet.rows.map((r) => ({
        memberId: r.memberId,
        memberName: r.memberName,
      })) ?? [],
    [sheet.data],
  );
  const [remove] = useMutation(DeleteSessionDocument);
  const itemName = (code: string) => {
    const info = names.get(code);
    return info ? (locale === 'en' ? info.nameEn : info.nameZh) : code;
  };

  if (!branchId) return <Empty description={t('roster.noBranch')} />;
  const sessions = data?.sessions ?? [];

  const columns: TableProps<Session>['columns'] = [
    { title: t('sessions.date'), dataIndex: 'date', key: 'date', width: 110 },
    { title: t('sessions.item'), key: 'item', width: 150, render: (_, s) => itemName(s.itemCode) },
    { title: t('sessions.topic'), dataIndex: 'topic', key: 'topic', ellipsis: true },
    {
      title: t('sessions.attendance'),
      key: 'attendance',
      width: 110,
      render: (_, s) => (
        <span data-testid="session-attendance">
          {attendeesOf(s).size}/{members.length || '—'}
        </span>
      ),
    },
    {
      title: t('sessions.sheet'),
      key: 'evidence',
      width: 100,
      render: (_, s) =>
        s.evidenceId ? (
          <Typography.Link href={evidenceUrl(s.evidenceId)} target="_blank" rel="noreferrer">
            <PaperClipOutlined /> {t('inbox.view')}
          </Typography.Link>
        ) : (
          <Typography.Text type="secondary">{t('sessions.noSheet')}</Typography.Text>
        ),
    },
    {
      title: t('inbox.actions'),
      key: 'actions',
      width: 210,
      render: (_, s) => (
        <Space size={4}>
          <Button
            size="small"
            type="primary"
            ghost
            onClick={() => setTicking(s)}
            data-testid="session-tick"
          >
            {canRecord ? t('sessions.tick') : t('sessions.who')}
          </Button>
          {canRecord && (
            <>
              <Button size="small" onClick={() => setEditing(s)}>
                {t('sessions.edit')}
              </Button>
              <Popconfirm
                title={t('sessions.deleteConfirm')}
                okButtonProps={{ danger: true }}
                onConfirm={async () => {
                  try {
                    await remove({ variables: { id: s.id, expectedVersion: s.version } });
                    message.success(t('sessions.deleted'));
                    void refetch();
                    void sheet.refetch();
                  } catch {
                    // The error link has said why.
                  }
                }}
              >
                <Button size="small" danger type="text">
                  {t('sessions.delete')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{t('sessions.title')}</span>
          {branch && <Typography.Text type="secondary">{branch.name}</Typography.Text>}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('ledger.month')}
          value={dayjs(`${month}-01`)}
          onChange={(value) => value && setMonth(value.format('YYYY-MM'))}
        />
        {canRecord && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="session-new"
          >
            {t('sessions.new')}
          </Button>
        )}
      </Space>
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={serverErrors(error, locale, t)[0]?.message ?? t('error.unknown')}
        />
      )}
      <Table<Session>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        columns={columns}
        dataSource={sessions}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Empty description={t('sessions.none')} /> }}
        data-testid="sessions-table"
      />
      {creating && (
        <SessionForm
          branchId={branchId}
          month={month}
          items={sessionItems(items).map((i) => ({
            value: i.code,
            label: locale === 'en' ? i.nameEn : i.nameZh,
          }))}
          members={members}
          onClose={(saved) => {
            setCreating(false);
            if (saved) {
              void refetch();
              void sheet.refetch();
            }
          }}
        />
      )}
      {editing && (
        <SessionForm
          branchId={branchId}
          month={month}
          session={editing}
          items={[{ value: editing.itemCode, label: itemName(editing.itemCode) }]}
          members={members}
          onClose={() => setEditing(null)}
        />
      )}
      <Drawer
        open={ticking !== null}
        title={ticking ? `${itemName(ticking.itemCode)} · ${ticking.date}` : ''}
        onClose={() => setTicking(null)}
        size={380}
        destroyOnHidden
      >
        {ticking && (
          <AttendanceEditor
            session={ticking}
            members={members}
            month={month}
            branchId={branchId}
            readOnly={!canRecord}
            onSaved={() => {
              setTicking(null);
              void refetch();
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}

type FormValues = {
  itemCode: string;
  date: Dayjs;
  topic: string;
  evidence: UploadedEvidence | null;
  attendeeIds: string[];
};

function SessionForm({
  branchId,
  month,
  session,
  items,
  members,
  onClose,
}: {
  branchId: string;
  month: string;
  session?: Session;
  items: { value: string; label: string }[];
  members: Member[];
  onClose: (saved: boolean) => void;
}) {
  const t = useLocale().t;
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const errors = useFormErrors(form, {
    fields: ['itemCode', 'date', 'topic', 'evidence', 'attendeeIds'],
    fieldMap: { 'input.evidenceId': 'evidence' },
  });
  const [evidenceError, setEvidenceError] = useState<string | null>(null);
  const [record, { loading: recording }] = useMutation(RecordSessionDocument, FORM_ERRORS);
  const [update, { loading: updating }] = useMutation(UpdateSessionDocument, FORM_ERRORS);
  const first = dayjs(`${month}-01`);

  const onOk = async () => {
    const values = await form.validateFields();
    try {
      if (session) {
        await update({
          variables: {
            input: {
              id: session.id,
              expectedVersion: session.version,
              date: values.date.format('YYYY-MM-DD'),
              topic: values.topic,
              evidenceId: values.evidence?.id ?? null,
            },
          },
        });
      } else {
        await record({
          variables: {
            input: {
              branchId,
              itemCode: values.itemCode,
              date: values.date.format('YYYY-MM-DD'),
              topic: values.topic,
              evidenceId: values.evidence?.id ?? null,
              attendeeIds: values.attendeeIds ?? [],
            },
          },
        });
      }
      message.success(t(session ? 'sessions.updated' : 'sessions.recorded'));
      onClose(true);
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <Modal
      open
      title={t(session ? 'sessions.editTitle' : 'sessions.newTitle')}
      okText={t('ledger.save')}
      onOk={() => void onOk()}
      onCancel={() => onClose(false)}
      confirmLoading={recording || updating}
      width={560}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={
          session
            ? {
                itemCode: session.itemCode,
                date: dayjs(session.date),
                topic: session.topic,
                evidence: session.evidenceId
                  ? { id: session.evidenceId, fileName: t('sessions.sheetFile'), size: 0 }
                  : null,
              }
            : { date: first, attendeeIds: [], evidence: null }
        }
      >
        <Form.Item
          name="itemCode"
          label={t('sessions.item')}
          rules={[{ required: true, message: t('sessions.itemRequired') }]}
        >
          <Select options={items} disabled={!!session} data-testid="session-item" />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('sessions.date')}
          rules={[{ required: true, message: t('sessions.dateRequired') }]}
        >
          <DatePicker
            disabledDate={(d) => d.format('YYYY-MM') !== month}
            defaultPickerValue={first}
            allowClear={false}
          />
        </Form.Item>
        <Form.Item
          name="topic"
          label={t('sessions.topic')}
          rules={[{ required: true, whitespace: true, message: t('sessions.topicRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('sessions.sheet')}
          validateStatus={evidenceError ? 'error' : undefined}
          help={evidenceError ?? undefined}
        >
          <EvidenceUpload
            branchId={branchId}
            onError={setEvidenceError}
            testId="session-evidence"
          />
        </Form.Item>
        {!session && (
          <Form.Item
            name="attendeeIds"
            label={
              <Space>
                <span>{t('sessions.attendees')}</span>
                <Typography.Link
                  onClick={() =>
                    form.setFieldValue(
                      'attendeeIds',
                      members.map((m) => m.memberId),
                    )
                  }
                >
                  {t('sessions.all')}
                </Typography.Link>
                <Typography.Link onClick={() => form.setFieldValue('attendeeIds', [])}>
                  {t('sessions.none2')}
                </Typography.Link>
              </Space>
            }
          >
            <Checkbox.Group
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))',
              }}
              options={members.map((m) => ({ value: m.memberId, label: m.memberName }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function AttendanceEditor({
  session,
  members,
  month,
  branchId,
  readOnly,
  onSaved,
}: {
  session: Session;
  members: Member[];
  month: string;
  branchId: string;
  readOnly: boolean;
  onSaved: () => void;
}) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [present, setPresent] = useState<Set<string>>(() => attendeesOf(session));
  const [problem, setProblem] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveAttendanceDocument, {
    context: { errorDisplay: 'none' },
  });
  const cells = attendanceCells(session, present);

  const onSave = async () => {
    setProblem(null);
    try {
      const result = await save({
        variables: {
          input: { branchId, month, idempotencyKey: newIdempotencyKey('attendance'), cells },
        },
      });
      const sheet = result.data?.saveMonthlySheet.sheet;
      if (sheet) {
        client.writeQuery({
          query: MonthlySheetDocument,
          variables: { branchId, month },
          data: { monthlySheet: sheet },
        });
      }
      message.success(t('sessions.attendanceSaved', { count: present.size }));
      onSaved();
    } catch (error) {
      setProblem(
        serverErrors(error, locale, t)
          .map((e) => e.message)
          .join('；'),
      );
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {session.topic && <Typography.Text>{session.topic}</Typography.Text>}
      {!readOnly && (
        <Space>
          <Button size="small" onClick={() => setPresent(new Set(members.map((m) => m.memberId)))}>
            {t('sessions.all')}
          </Button>
          <Button size="small" onClick={() => setPresent(new Set())}>
            {t('sessions.none2')}
          </Button>
          <Typography.Text type="secondary">
            {t('sessions.count', { count: present.size, total: members.length })}
          </Typography.Text>
        </Space>
      )}
      {problem && <Alert type="error" showIcon title={problem} />}
      <div
        style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 4 }}
        data-testid="attendance-list"
      >
        {members.map((m) => (
          <Checkbox
            key={m.memberId}
            checked={present.has(m.memberId)}
            disabled={readOnly}
            onChange={(e) => {
              const next = new Set(present);
              if (e.target.checked) next.add(m.memberId);
              else next.delete(m.memberId);
              setPresent(next);
            }}
          >
            {m.memberName}
          </Checkbox>
        ))}
      </div>
      {!readOnly && (
        <Button
          type="primary"
          block
          onClick={() => void onSave()}
          loading={loading}
          disabled={cells.length === 0}
          data-testid="attendance-save"
        >
          {t('sessions.saveAttendance', { count: cells.length })}
        </Button>
      )}
    </Space>
  );
}
