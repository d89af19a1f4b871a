import { useMutation } from '@apollo/client/react';
import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { DecideDeclarationDocument, type DeclarationFieldsFragment } from '../../graphql/graphql';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';

type Declaration = DeclarationFieldsFragment;

/** 采纳 / 不采纳: the scorekeeper's decision, always with a reason the member reads. */
export function DecideModal({
  declaration,
  accept,
  itemName,
  onClose,
}: {
  declaration: Declaration;
  accept: boolean;
  itemName: string;
  onClose: () => void;
}) {
  const t = useLocale().t;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; points?: number | null }>();
  const errors = useFormErrors(form, { fields: ['reason', 'points'] });
  const [decide, { loading }] = useMutation(DecideDeclarationDocument, FORM_ERRORS);
  const onOk = async () => {
    const values = await form.validateFields();
    try {
      await decide({
        variables: {
          input: {
            id: declaration.id,
            accept,
            reason: values.reason,
            points: accept && values.points != null ? String(values.points) : null,
            expectedVersion: declaration.version,
          },
        },
      });
      message.success(t(accept ? 'inbox.accepted' : 'inbox.rejected'));
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open
      title={t(accept ? 'inbox.acceptTitle' : 'inbox.rejectTitle', {
        name: declaration.member?.name ?? '',
        item: itemName,
      })}
      okText={t(accept ? 'inbox.accept' : 'inbox.reject')}
      okButtonProps={{ danger: !accept }}
      onOk={() => void onOk()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Typography.Paragraph>{declaration.description}</Typography.Paragraph>
      <FormErrorBanner message={errors.banner} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          reason: accept ? t('inbox.defaultAcceptReason') : '',
          points: declaration.declaredPoints ? Number(declaration.declaredPoints) : null,
        }}
      >
        {accept && (
          <Form.Item
            name="points"
            label={t('inbox.acceptPoints')}
            extra={t('inbox.acceptPointsHint')}
          >
            <InputNumber min={0.01} step={0.5} precision={2} style={{ width: 160 }} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('inbox.reason')}
          rules={[{ required: true, whitespace: true, message: t('declare.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
