import { Alert, Modal, Typography } from 'antd';
import { useT } from '../../app/i18n';

/** The one-time password after a reset: shown this once, the server keeps only its hash. */
export function OneTimePasswordDialog({
  reset,
  onClose,
}: {
  reset: { displayName: string; loginName: string; password: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open={reset !== null}
      title={t('users.resetDone')}
      onOk={onClose}
      onCancel={onClose}
      okText={t('users.resetNoted')}
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      // Out of the page once closed: the password is not kept anywhere.
      destroyOnHidden
    >
      {reset && (
        <>
          <Typography.Paragraph>
            {t('users.resetFor', { name: reset.displayName, login: reset.loginName })}
          </Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text
              code
              copyable
              strong
              style={{ fontSize: 20 }}
              data-testid="one-time-password"
            >
              {reset.password}
            </Typography.Text>
          </Typography.Paragraph>
          <Alert type="warning" showIcon title={t('users.resetOnce')} />
        </>
      )}
    </Modal>
  );
}
