import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Form, Input } from 'antd';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import { ChangeMyPasswordDocument, MeDocument } from '../../graphql/graphql';

type Values = { currentPassword: string; newPassword: string; confirm: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * 修改密码: the server checks the current password and the policy and names the field at fault;
 * the form only checks that the new password was typed twice alike.
 */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const t = useT();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS });
  const [change, { loading }] = useMutation(ChangeMyPasswordDocument, FORM_ERRORS);

  const submit = async ({ currentPassword, newPassword }: Values) => {
    errors.clear();
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      // The server has cleared "must change": ask it again rather than assume.
      await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
      form.resetFields();
      onChanged();
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <>
      <FormErrorBanner message={errors.banner} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={errors.clear}
        style={{ maxWidth: 400 }}
      >
        <Form.Item
          name="currentPassword"
          label={t('account.currentPassword')}
          rules={[{ required: true, message: t('account.currentPasswordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.newPassword')}
          extra={t('account.policy')}
          rules={[{ required: true, message: t('account.newPasswordRequired') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('account.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('account.confirmMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('account.submit')}
        </Button>
      </Form>
    </>
  );
}
