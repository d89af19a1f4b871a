import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { today } from '../../app/calendar/today';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import {
  RecordMemberLeavingDocument,
  RosterDocument,
  type RosterMemberFragment,
} from '../../graphql/graphql';

type Values = { lastMonth: string };
const FIELDS = ['lastMonth'] as const;

/** 转出本局: the member's last month in the branch; the records stay with the branch. */
export function LeavingDialog({
  member,
  onClose,
}: {
  member: RosterMemberFragment | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS });
  const [record, { loading }] = useMutation(RecordMemberLeavingDocument, {
    ...FORM_ERRORS,
    refetchQueries: [RosterDocument],
  });
  const { clear } = errors;

  useEffect(() => {
    if (!member) return;
    clear();
    form.resetFields();
    form.setFieldsValue({ lastMonth: today().format('YYYY-MM') });
  }, [member, form, clear]);

  const submit = async (values: Values) => {
    if (!member) return;
    errors.clear();
    try {
      await record({ variables: { input: { memberId: member.id, lastMonth: values.lastMonth } } });
      message.success(t('roster.left', { name: member.name }));
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <Modal
      open={!!member}
      title={member ? t('roster.leaveTitle', { name: member.name }) : ''}
      okText={t('roster.leave')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('roster.leaveHint')}</Typography.Paragraph>
      <FormErrorBanner message={errors.banner} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={errors.clear}
      >
        <Form.Item
          name="lastMonth"
          label={t('roster.field.lastMonth')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('roster.required', { field: t('roster.field.lastMonth') }),
            },
          ]}
        >
          <Input placeholder={t('roster.monthPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
