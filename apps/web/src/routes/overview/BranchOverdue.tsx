import { Card, Empty, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PlainList } from '../../components/PlainList';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useT } from '../../app/i18n';
import { canSee, navItemAt } from '../../app/navigation';
import { useViewer } from '../../app/session/session';
import { useMyTasks, useServerLabel, type TaskView } from '../../app/tasks/use-my-tasks';

/**
 * 各支部逾期事项: each branch's steps now past their deadline, as the server lists them for the
 * committee (myTasks, kind BRANCH_OVERDUE_STEPS). An item links to where it is followed up when
 * the viewer may open that page.
 */
export function BranchOverdue() {
  const t = useT();
  const label = useServerLabel();
  const viewer = useViewer();
  const { setBranchId } = useActiveBranch();
  const { list, loading } = useMyTasks();
  const branches = (list?.tasks ?? []).filter((task) => task.kind === 'BRANCH_OVERDUE_STEPS');

  const item = (branch: TaskView, step: TaskView['items'][number]) => {
    const page = navItemAt(step.link.split('?')[0]!);
    const text = label(step.labelZh, step.labelEn);
    const open = page && canSee(page, viewer.screens, branch.branchId);
    return (
      <li key={step.ref} data-testid={`overdue-step-${step.ref}`}>
        <Space wrap size={[8, 0]}>
          {open ? (
            <Link to={step.link} onClick={() => branch.branchId && setBranchId(branch.branchId)}>
              {text}
            </Link>
          ) : (
            <span>{text}</span>
          )}
          {step.dueOn && (
            <Typography.Text type="danger">
              {t('tasks.dueOn', { date: step.dueOn })}
            </Typography.Text>
          )}
        </Space>
      </li>
    );
  };

  return (
    <Card
      title={t('overview.overdue')}
      size="small"
      loading={loading && !list}
      data-testid="branch-overdue"
    >
      {branches.length === 0 ? (
        <Empty description={t('overview.overdueNone')} />
      ) : (
        <PlainList
          rows={branches.map((branch) => ({
            key: branch.branchId ?? '',
            testId: `overdue-branch-${branch.branchId}`,
            content: (
              <Space orientation="vertical" size={4}>
                <Space>
                  <Typography.Text strong>{branch.branchName}</Typography.Text>
                  <Tag color="red">{t('tasks.overdueCount', { count: branch.overdueCount })}</Tag>
                </Space>
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {branch.items.map((step) => item(branch, step))}
                </ul>
              </Space>
            ),
          }))}
        />
      )}
    </Card>
  );
}
