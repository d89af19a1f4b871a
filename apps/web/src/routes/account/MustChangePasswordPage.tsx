import { Alert, Button, Card, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useLocale } from '../../app/i18n';
import { PARTY_RED } from '../../app/providers';
import { useSession, useViewer } from '../../app/session/session';
import { ChangePasswordForm } from './ChangePasswordForm';

/**
 * Shown instead of the app while the server says the password must be changed (a new account,
 * or one whose password the committee reset): until then the server refuses everything else.
 */
export function MustChangePasswordPage() {
  const { t, locale, setLocale } = useLocale();
  const viewer = useViewer();
  const { logout } = useSession();
  const navigate = useNavigate();
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16 }}>
      <Card
        style={{ width: '100%', maxWidth: 460, borderTop: `4px solid ${PARTY_RED}` }}
        title={t('account.mustChangeTitle')}
        extra={
          <Button type="link" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
            {t('app.switchLanguage')}
          </Button>
        }
      >
        <Typography.Paragraph>
          {t('account.mustChangeHello', { name: viewer.displayName })}
        </Typography.Paragraph>
        <Alert
          type="warning"
          showIcon
          title={t('account.mustChangeWhy')}
          style={{ marginBottom: 16 }}
        />
        <ChangePasswordForm onChanged={() => navigate('/', { replace: true })} />
        <Button
          type="link"
          style={{ paddingInline: 0, marginTop: 8 }}
          onClick={async () => {
            await logout();
            navigate('/login', { replace: true });
          }}
        >
          {t('app.logout')}
        </Button>
      </Card>
    </div>
  );
}
