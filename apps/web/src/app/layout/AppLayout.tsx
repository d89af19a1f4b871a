import {
  ApiOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  TranslationOutlined,
  UserOutlined,
} from '@ant-design/icons';
import {
  Badge,
  Button,
  Drawer,
  Dropdown,
  Grid,
  Layout,
  Menu,
  Select,
  Space,
  Tag,
  type MenuProps,
} from 'antd';
import { useQuery } from '@apollo/client/react';
import { Suspense, useMemo, useState } from 'react';
import { ApiTokenOwnersDocument, OutcomeBandsDocument } from '../../graphql/graphql';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useActiveBranch } from '../branch/active-branch';
import { useLocale } from '../i18n';
import {
  ACCOUNT_PASSWORD_PATH,
  ACCOUNT_TOKENS_PATH,
  canSee,
  menuFor,
  navItemAt,
  SECTION_LABELS,
  worksInBranches,
} from '../navigation';
import { PARTY_RED } from '../providers';
import { useSession, useViewer } from '../session/session';
import { FullPageSpin } from './FullPageSpin';
import NotFoundPage from '../../routes/not-found/NotFoundPage';
import { NAV_ICONS } from './nav-icons';
import { NotificationBell } from '../tasks/NotificationBell';
import { useMenuBadges } from '../tasks/use-my-tasks';

/** The count of what waits behind a menu entry (from the server's task list). */
function MenuBadge({ count, testId }: { count: number; testId: string }) {
  if (count === 0) return null;
  return <Badge count={count} size="small" style={{ marginInlineStart: 8 }} data-testid={testId} />;
}

const { Header, Sider, Content } = Layout;

/** The frame around every screen: the menu follows the roles held (in the active branch). */
export default function AppLayout() {
  const viewer = useViewer();
  const { logout } = useSession();
  const { t, locale, setLocale } = useLocale();
  const { branchId } = useActiveBranch();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const badges = useMenuBadges(branchId);
  const tokenOwners = useQuery(ApiTokenOwnersDocument);
  // Read once on signing in, so that a band is named from the cache wherever it is shown first
  // (a printed 公示 included), never a moment later.
  useQuery(OutcomeBandsDocument);

  const menuItems = useMemo<MenuProps['items']>(
    () => [
      { key: '/', icon: NAV_ICONS['home'], label: <Link to="/">{t('nav.home')}</Link> },
      ...menuFor(viewer.screens, branchId).map((group) => ({
        type: 'group' as const,
        key: group.section,
        label: t(SECTION_LABELS[group.section]),
        children: group.items.map((item) => {
          const badge = badges.get(item.key);
          // Opens where the waiting items are, as long as that is this entry's own page.
          const to = badge?.link?.split('?')[0] === item.path ? badge.link : item.path;
          return {
            key: item.path,
            icon: NAV_ICONS[item.key] ?? NAV_ICONS['fallback'],
            label: (
              <Link to={to}>
                {t(item.label)}
                <MenuBadge count={badge?.count ?? 0} testId={`badge-${item.key}`} />
              </Link>
            ),
          };
        }),
      })),
    ],
    [viewer.screens, branchId, t, badges],
  );

  const current = navItemAt(location.pathname);
  const selected = current ? current.path : location.pathname === '/' ? '/' : '';
  const allowed = !current || canSee(current, viewer.screens, branchId);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      items={menuItems}
      onClick={() => setDrawerOpen(false)}
      style={{ borderInlineEnd: 0 }}
    />
  );

  const userMenu: MenuProps = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: t('account.title') },
      // Only for those the server lets manage tokens (an analyst; the committee for analysts).
      ...(tokenOwners.data?.apiTokenOwners.length
        ? [{ key: 'tokens', icon: <ApiOutlined />, label: t('tokens.menu') }]
        : []),
      { key: 'logout', icon: <LogoutOutlined />, label: t('app.logout') },
    ],
    onClick: async ({ key }) => {
      if (key === 'password') navigate(ACCOUNT_PASSWORD_PATH);
      if (key === 'tokens') navigate(ACCOUNT_TOKENS_PATH);
      if (key === 'logout') {
        await logout();
        navigate('/login', { replace: true });
      }
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: narrow ? 12 : 24,
          background: PARTY_RED,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {narrow && (
          <Button
            type="text"
            aria-label="menu"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link
          to="/"
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            color: '#fff',
            fontSize: narrow ? 16 : 18,
            fontWeight: 600,
            whiteSpace: 'nowrap',
            lineHeight: 1.4,
          }}
        >
          <span
            style={{
              background: '#ffd666',
              color: PARTY_RED,
              borderRadius: 4,
              padding: '2px 8px',
            }}
          >
            {t('app.shortTitle')}
          </span>
          {!narrow && t('app.title')}
        </Link>
        <div style={{ flex: 1 }} />
        <Space size={narrow ? 4 : 12}>
          <BranchSwitcher compact={narrow} />
          <NotificationBell />
          <Button
            type="text"
            style={{ color: '#fff' }}
            icon={<TranslationOutlined />}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
          >
            {narrow ? null : t('app.switchLanguage')}
          </Button>
          <Dropdown menu={userMenu} trigger={['click']}>
            <Button
              type="text"
              style={{ color: '#fff' }}
              icon={<UserOutlined />}
              data-testid="user-menu"
            >
              {narrow ? null : viewer.displayName}
            </Button>
          </Dropdown>
        </Space>
      </Header>
      <Layout>
        {!narrow && (
          <Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
            {menu}
          </Sider>
        )}
        {narrow && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            title={t('app.title')}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        )}
        <Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            {allowed ? <Outlet /> : <NotFoundPage forbidden />}
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

/** Picks the branch the branch screens work on; a plain label when there is only one. */
export function BranchSwitcher({ compact }: { compact?: boolean }) {
  const viewer = useViewer();
  const { t } = useLocale();
  const { branch, options, setBranchId } = useActiveBranch();
  const inBranches = worksInBranches(viewer.screens);
  // A bureau-wide reader (the analyst) works on the whole bureau, not on one branch of it.
  if (!inBranches && viewer.roles.some((g) => g.branchId === null)) {
    return (
      <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="active-bureau">
        {viewer.bureauName}
      </Tag>
    );
  }
  if (!inBranches || options.length <= 1) {
    return branch ? (
      <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="active-branch">
        {branch.name}
      </Tag>
    ) : null;
  }
  return (
    <Select
      aria-label={t('app.branch')}
      data-testid="branch-switcher"
      value={branch?.id}
      onChange={setBranchId}
      options={options.map((b) => ({ value: b.id, label: b.name }))}
      style={{ width: compact ? 130 : 200 }}
      popupMatchSelectWidth={false}
    />
  );
}
