import { App, Card } from 'antd';
import { useT } from '../../app/i18n';
import { ChangePasswordForm } from './ChangePasswordForm';

/** 修改密码, from the user menu: everyone may change their own. */
export default function ChangePasswordPage() {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Card title={t('account.title')}>
      <ChangePasswordForm onChanged={() => void message.success(t('account.changed'))} />
    </Card>
  );
}
