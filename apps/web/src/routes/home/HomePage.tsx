import { Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useT } from '../../app/i18n';
import { NAV_ICONS } from '../../app/layout/nav-icons';
import { menuFor } from '../../app/navigation';
import { branchIdsOf, roleLabelKey, sortRoles } from '../../app/roles';
import { useViewer } from '../../app/session/session';
import { TaskListCard } from '../../app/tasks/TaskListCard';

const ROLE_COLORS: Record<string, string> = {
  COMMITTEE_ADMIN: 'red',
  ANALYST: 'purple',
  SECRETARY: 'volcano',
  BRANCH_COMMITTEE: 'orange',
  SCOREKEEPER: 'blue',
  GROUP_LEADER: 'cyan',
  MEMBER: 'green',
};

/** 首页: who is logged in, with which roles in which branches, and the way to their screens. */
export default function HomePage() {
  const viewer = useViewer();
  const t = useT();
  const { all, branchId } = useActiveBranch();
  const branchName = (id: string | null) => all.find((b) => b.id === id)?.name ?? '';
  const roles = sortRoles(viewer.roles);
  const myBranches = branchIdsOf(viewer.roles).map(branchName).filter(Boolean);
  const onlyMember = roles.length > 0 && roles.every((g) => g.role === 'MEMBER');
  const shortcuts = menuFor(viewer.screens, branchId).flatMap((group) => group.items);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="greeting">
          {t('home.greeting', { name: viewer.displayName })}
        </Typography.Title>
        {onlyMember && <Typography.Paragraph>{t('home.memberIntro')}</Typography.Paragraph>}
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('home.roles')}>
            {roles.length === 0 ? (
              t('home.noRoles')
            ) : (
              <Space size={[4, 8]} wrap data-testid="roles">
                {roles.map((g) => (
                  <Tag key={`${g.role}:${g.branchId ?? ''}`} color={ROLE_COLORS[g.role]}>
                    {t(roleLabelKey(g.role))}
                    {g.branchId ? ` · ${branchName(g.branchId)}` : ''}
                  </Tag>
                ))}
              </Space>
            )}
          </Descriptions.Item>
          {myBranches.length > 0 && (
            <Descriptions.Item label={t('home.branches')}>
              <span data-testid="branches">{myBranches.join(t('app.enumSeparator'))}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Text type="secondary">{t('home.scoreRule')}</Typography.Text>
      </Card>
      <TaskListCard />
      <Card title={t('home.shortcuts')}>
        {shortcuts.length === 0 ? (
          <Empty description={t('home.noRoles')} />
        ) : (
          <Row gutter={[12, 12]}>
            {shortcuts.map((item) => (
              <Col key={item.key} xs={12} sm={8} md={6} xl={4}>
                <Link to={item.path}>
                  <Card hoverable size="small" style={{ textAlign: 'center' }}>
                    <div style={{ fontSize: 24, color: '#c8161d' }}>
                      {NAV_ICONS[item.key] ?? NAV_ICONS['fallback']}
                    </div>
                    <div>{t(item.label)}</div>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </Card>
    </Space>
  );
}
