import { LockOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginDocument, MeDocument } from '../../graphql/graphql';
import type { OperationContext } from '../../app/apollo/client';
import { FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { PARTY_RED } from '../../app/providers';
import { useSession } from '../../app/session/session';

type LoginValues = { loginName: string; password: string };

const LOGIN_CONTEXT: OperationContext = { errorDisplay: 'form', authAttempt: true };
const LOGIN_FIELDS = ['loginName', 'password'] as const;

/** Only same-site paths: `?next=` must never send the person elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Pages the server serves itself (the GraphQL explorer): reached by loading them, not by routing. */
const SERVER_PAGES = new Set(['/graphql']);

function go(next: string, navigate: (to: string, opts: { replace: boolean }) => void) {
  if (SERVER_PAGES.has(next)) window.location.replace(next);
  else navigate(next, { replace: true });
}

/** 登录 */
export default function LoginPage() {
  const { t, locale, setLocale } = useLocale();
  const { viewer } = useSession();
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginDocument, { context: LOGIN_CONTEXT });
  const errors = useFormErrors(form, { fields: LOGIN_FIELDS });
  const next = safeNext(params.get('next'));

  if (viewer && !SERVER_PAGES.has(next)) return <Navigate to={next} replace />;

  const submit = async (values: LoginValues) => {
    errors.clear();
    try {
      const { data } = await login({ variables: values });
      if (!data) return;
      // The cookie is set; the session is the viewer the server just returned.
      client.writeQuery({ query: MeDocument, data: { me: data.login.viewer } });
      go(next, navigate);
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        padding: 16,
        background: `linear-gradient(160deg, ${PARTY_RED} 0%, #8c0e13 45%, #f5f5f5 45%)`,
      }}
    >
      <div style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={2} style={{ color: '#fff', textAlign: 'center', marginBottom: 4 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: '#ffe7ba', textAlign: 'center' }}>
          {t('login.subtitle')}
        </Typography.Paragraph>
        <Card
          title={t('login.title')}
          extra={
            <Button
              type="link"
              icon={<TranslationOutlined />}
              onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
            >
              {t('app.switchLanguage')}
            </Button>
          }
        >
          <FormErrorBanner message={errors.banner} />
          <Form<LoginValues>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={submit}
            onValuesChange={errors.clear}
          >
            <Form.Item
              name="loginName"
              label={t('login.loginName')}
              rules={[{ required: true, whitespace: true, message: t('login.loginNameRequired') }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={loading}>
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
      </div>
    </div>
  );
}
