import { Badge, Card, Empty, Space, Tag, Typography } from 'antd';
import { PlainList, type PlainListRow } from '../../components/PlainList';
import { Link } from 'react-router';
import { useActiveBranch } from '../branch/active-branch';
import { useT } from '../i18n';
import { roleLabelKey } from '../roles';
import { useMyTasks, useServerLabel, type TaskView } from './use-my-tasks';

/**
 * 我的待办 on the home page: what waits for the person, by role and branch, counted, with the
 * earliest due date and a link to where it is done. Everything shown comes from the server.
 */
export function TaskListCard() {
  const t = useT();
  const label = useServerLabel();
  const { list, loading } = useMyTasks();
  const { setBranchId } = useActiveBranch();
  const tasks = list?.tasks ?? [];
  // The server marks what the person follows up rather than does (a branch's overdue step seen
  // by the committee): listed apart, under its own heading, and left out of the count.
  const own = tasks.filter((task) => !task.followUp);
  const followUps = tasks.filter((task) => task.followUp);

  const row = (task: TaskView): PlainListRow => ({
    key: `${task.kind}|${task.branchId ?? ''}|${task.role}`,
    testId: `task-${task.kind}`,
    extra: (
      <Link
        to={task.link}
        onClick={() => task.branchId && task.role !== 'MEMBER' && setBranchId(task.branchId)}
      >
        {t('tasks.open')}
      </Link>
    ),
    content: (
      <Space orientation="vertical" size={4}>
        <Space wrap>
          <Typography.Text strong>{label(task.labelZh, task.labelEn)}</Typography.Text>
          {task.overdue && (
            <Tag color="red">{t('tasks.overdueCount', { count: task.overdueCount })}</Tag>
          )}
        </Space>
        <Space wrap size={[8, 4]}>
          {/* A follow-up is the branch's to do: the committee's role would say nothing. */}
          {!task.followUp && <Tag>{t(roleLabelKey(task.role))}</Tag>}
          {task.branchName && <span>{task.branchName}</span>}
          {task.dueOn && (
            <Typography.Text type={task.overdue ? 'danger' : 'secondary'}>
              {t('tasks.dueOn', { date: task.dueOn })}
            </Typography.Text>
          )}
          {task.items.length > 1 && (
            <Typography.Text type="secondary">
              {task.items
                .slice(0, 3)
                .map((i) => label(i.labelZh, i.labelEn))
                .join(t('app.listSeparator'))}
              {task.items.length > 3 ? ' …' : ''}
            </Typography.Text>
          )}
        </Space>
      </Space>
    ),
  });

  const title = (
    <Space>
      {t('tasks.title')}
      {/* No count when nothing waits: a 0 beside 暂无待办事项 says the same twice. */}
      {list && <Badge count={list.total} color={list.overdue ? 'red' : 'blue'} />}
    </Space>
  );
  return (
    <Card title={title} loading={loading && !list} data-testid="my-tasks">
      {own.length > 0 ? (
        <PlainList rows={own.map(row)} />
      ) : (
        <Empty
          description={t('tasks.none')}
          image={followUps.length > 0 ? Empty.PRESENTED_IMAGE_SIMPLE : undefined}
        />
      )}
      {followUps.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('tasks.followUps')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('tasks.followUpsHint')}</Typography.Text>
          <PlainList rows={followUps.map(row)} testId="task-follow-ups" />
        </>
      )}
    </Card>
  );
}
