import { useMutation } from '@apollo/client/react';
import { Form, Input, Modal, Select, Typography } from 'antd';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { CreateSchemeCorrectionDocument } from '../../graphql/graphql';

/** A published year's correction: a new draft version from a month, with the reason for it. */
type CorrectionValues = { effectiveFromMonth: string; reason: string };

export function CorrectionDialog({
  year,
  from,
  open,
  onClose,
  onCreated,
}: {
  year: number;
  from: string;
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<CorrectionValues>();
  const errors = useFormErrors(form, { fields: ['effectiveFromMonth', 'reason'] });
  const [create, { loading }] = useMutation(CreateSchemeCorrectionDocument, {
    ...FORM_ERRORS,
    refetchQueries: ['Schemes'],
    awaitRefetchQueries: true,
  });
  const months = Array.from(
    { length: 12 },
    (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`,
  ).filter((m) => m >= from);
  const submit = async (values: CorrectionValues) => {
    errors.clear();
    try {
      const result = await create({ variables: { year, ...values } });
      form.resetFields();
      if (result.data) onCreated(result.data.createSchemeCorrection.id);
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open={open}
      title={t('scheme.correction.title', { year })}
      onCancel={onClose}
      okText={t('scheme.correction.create')}
      cancelText={t('cmt.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      <Typography.Paragraph type="secondary">{t('scheme.correction.note')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ effectiveFromMonth: months[months.length > 1 ? 1 : 0] }}
      >
        <Form.Item
          name="effectiveFromMonth"
          label={t('scheme.effectiveFrom')}
          rules={[{ required: true }]}
        >
          <Select options={months.map((m) => ({ value: m, label: m }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('cmt.reason')}
          rules={[{ required: true, whitespace: true, message: t('cmt.reasonRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
