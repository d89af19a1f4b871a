import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { today } from '../../app/calendar/today';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import { RecordFullMembershipDocument, RosterDocument } from '../../graphql/graphql';

type Values = { date: string };
const FIELDS = ['date'] as const;

/**
 * 转正: a probationary member becomes a full member on the date given. The server checks the date
 * (not before joining, not in the future) and that the member is still probationary.
 */
export function FullMembershipDialog({
  member,
  onClose,
}: {
  member: { id: string; name: string; joinedOn?: string | null } | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS });
  // The member page reads the member through its own query; the cache update by id covers it.
  const [record, { loading }] = useMutation(RecordFullMembershipDocument, {
    ...FORM_ERRORS,
    refetchQueries: [RosterDocument],
  });
  const { clear } = errors;

  useEffect(() => {
    if (!member) return;
    clear();
    form.resetFields();
    form.setFieldsValue({ date: today().format('YYYY-MM-DD') });
  }, [member, form, clear]);

  const submit = async (values: Values) => {
    if (!member) return;
    errors.clear();
    try {
      await record({ variables: { input: { memberId: member.id, date: values.date.trim() } } });
      message.success(t('roster.fullMembershipDone', { name: member.name }));
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <Modal
      open={!!member}
      title={member ? t('roster.fullMembershipTitle', { name: member.name }) : ''}
      okText={t('roster.fullMembership')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">
        {member?.joinedOn
          ? t('roster.fullMembershipHintJoined', { joinedOn: member.joinedOn })
          : t('roster.fullMembershipHint')}
      </Typography.Paragraph>
      <FormErrorBanner message={errors.banner} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        onValuesChange={errors.clear}
      >
        <Form.Item
          name="date"
          label={t('roster.field.fullMemberOn')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('roster.required', { field: t('roster.field.fullMemberOn') }),
            },
          ]}
        >
          <Input placeholder={t('roster.datePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
