import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { FormErrorBanner, useFormErrors } from '../app/forms/form-errors';
import { useLocale } from '../app/i18n';

/**
 * A dialog asking for a reason, note or comment before a step (return, revise, close…); the
 * server's errors about it show under the field. `onSubmit` runs the mutation (with FORM_ERRORS).
 */
export function ReasonDialog({
  open,
  title,
  label,
  required,
  okText,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  label: string;
  required: boolean;
  okText: string;
  onSubmit: (text: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ text: string }>();
  const errors = useFormErrors(form, {
    fields: ['text'],
    fieldMap: { reason: 'text', note: 'text', comment: 'text' },
  });
  const [busy, setBusy] = useState(false);
  const submit = async ({ text }: { text?: string }) => {
    errors.clear();
    setBusy(true);
    try {
      await onSubmit(text?.trim() ?? '');
      form.resetFields();
      onClose();
    } catch (error) {
      errors.handle(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('cmt.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="text"
          label={label}
          rules={
            required ? [{ required: true, whitespace: true, message: t('cmt.reasonRequired') }] : []
          }
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
