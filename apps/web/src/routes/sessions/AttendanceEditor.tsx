import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, App, Button, Checkbox, Space, Typography } from 'antd';
import { useState } from 'react';
import {
  MonthlySheetDocument,
  SaveAttendanceDocument,
  type SessionFieldsFragment,
} from '../../graphql/graphql';
import { serverErrors } from '../../app/apollo/server-errors';
import { useLocale } from '../../app/i18n';
import { newIdempotencyKey } from '../../components/idempotency';
import { attendanceCells, attendeesOf } from './attendance';

type Session = SessionFieldsFragment;
type Member = { memberId: string; memberName: string };

export function AttendanceEditor({
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
          .join(t('app.listSeparator')),
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
