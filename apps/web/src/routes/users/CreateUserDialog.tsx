import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import { CreateUserDocument, MembersToLinkDocument, UsersDocument } from '../../graphql/graphql';

type Values = {
  loginName: string;
  displayName: string;
  password: string;
  memberId?: string;
  mustChangePassword: boolean;
};
const FIELDS = ['loginName', 'displayName', 'password', 'memberId'] as const;

/** 新建账号: the server checks the name, the password policy and the member link. */
export function CreateUserDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS });
  const members = useQuery(MembersToLinkDocument, { skip: !open });
  const [create, { loading }] = useMutation(CreateUserDocument, {
    ...FORM_ERRORS,
    refetchQueries: [UsersDocument],
  });
  const submit = async (values: Values) => {
    errors.clear();
    try {
      const { data } = await create({
        variables: { input: { ...values, memberId: values.memberId ?? null } },
      });
      form.resetFields();
      if (data) onCreated(data.createUser.id);
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open={open}
      title={t('users.create')}
      okText={t('users.createOk')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={errors.clear}
        initialValues={{ mustChangePassword: true }}
      >
        <Form.Item
          name="loginName"
          label={t('users.loginName')}
          rules={[{ required: true, whitespace: true, message: t('users.loginNameRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.initialPassword')}
          extra={t('account.policy')}
          rules={[{ required: true, message: t('users.passwordRequired') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="memberId" label={t('users.member')} extra={t('users.memberHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={members.loading}
            options={(members.data?.members ?? []).map((m) => ({
              value: m.id,
              label: `${m.name}${t('app.aside', { text: m.branch.name })}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="mustChangePassword" valuePropName="checked">
          <Checkbox>{t('users.mustChange')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
