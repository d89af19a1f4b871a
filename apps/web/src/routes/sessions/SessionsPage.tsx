import { useMutation, useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Popconfirm,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import {
  BranchSessionsDocument,
  DeleteSessionDocument,
  MonthlySheetDocument,
  type SessionFieldsFragment,
} from '../../graphql/graphql';
import { useActiveBranch } from '../../app/branch/active-branch';
import { serverErrors } from '../../app/apollo/server-errors';
import { useLocale } from '../../app/i18n';
import { mayDo } from '../../app/access';
import { useViewer } from '../../app/session/session';
import { EvidenceViewer } from '../../components/evidence/EvidenceViewer';
import { useMonthParam } from '../../components/use-month-param';
import { sessionItems, useYearScheme } from '../../components/use-year-scheme';
import { today } from '../../app/calendar/today';
import { AttendanceEditor } from './AttendanceEditor';
import { attendeesOf } from './attendance';
import { SessionForm } from './SessionForm';

type Session = SessionFieldsFragment;
type Member = { memberId: string; memberName: string };

/** Who attended a session: its present sign-ins. */
/** 活动与签到: the branch's sessions of a month; record one with its sign-in sheet; tick who came. */
export default function SessionsPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const viewer = useViewer();
  const { branchId, branch } = useActiveBranch();
  const [month, setMonth] = useMonthParam(today().format('YYYY-MM'));
  const year = Number(month.slice(0, 4));
  const { items, names } = useYearScheme(year, month);
  const canRecord = mayDo(viewer.actions, 'RECORD_SESSION', branchId);
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
          <EvidenceViewer
            evidenceId={s.evidenceId}
            fileName={t('sessions.sheetFile')}
            label={t('inbox.view')}
          />
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
