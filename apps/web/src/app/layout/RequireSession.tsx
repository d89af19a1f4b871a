import { Button, Result } from 'antd';
import { MustChangePasswordPage } from '../../routes/account/MustChangePasswordPage';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ActiveBranchProvider } from '../branch/active-branch';
import { useT } from '../i18n';
import { useSession } from '../session/session';
import { FullPageSpin } from './FullPageSpin';

/** Screens behind it need a logged-in person; anyone else goes to /login and comes back after. */
export function RequireSession() {
  const { viewer, loading, error, retry } = useSession();
  const location = useLocation();
  const t = useT();
  if (loading) return <FullPageSpin />;
  if (!viewer && error) {
    return (
      <Result
        status="warning"
        title={t('error.network')}
        extra={
          <Button type="primary" onClick={retry}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }
  if (!viewer) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  // The server refuses everything but the change until it is made: show nothing else.
  if (viewer.mustChangePassword) return <MustChangePasswordPage />;
  return (
    <ActiveBranchProvider>
      <Outlet />
    </ActiveBranchProvider>
  );
}
