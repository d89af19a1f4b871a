import { Badge, Card, Empty, Space, Tag, Typography } from 'antd';
import { PlainList } from '../../components/PlainList';
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

  const title = (
    <Space>
      {t('tasks.title')}
      {list && <Badge count={list.total} showZero color={list.overdue ? 'red' : 'blue'} />}
    </Space>
  );
  return (
    <Card title={title} loading={loading && !list} data-testid="my-tasks">
      {tasks.length === 0 ? (
        <Empty description={t('tasks.none')} />
      ) : (
        <PlainList
          rows={tasks.map((task: TaskView) => ({
            key: `${task.kind}|${task.branchId ?? ''}|${task.role}`,
            testId: `task-${task.kind}`,
            extra: (
              <Link
                to={task.link}
                onClick={() =>
                  task.branchId && task.role !== 'MEMBER' && setBranchId(task.branchId)
                }
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
                  <Tag>{t(roleLabelKey(task.role))}</Tag>
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
          }))}
        />
      )}
    </Card>
  );
}
