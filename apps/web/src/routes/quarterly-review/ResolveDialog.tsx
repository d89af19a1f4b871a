import { useMutation } from '@apollo/client/react';
import { Alert, Form, Input, Modal } from 'antd';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { ResolveQuarterObjectionDocument } from '../../graphql/graphql';
import type { Row } from './quarter-summary';

/** The branch committee decides a member's objection raised during the review. */
export function ResolveDialog({ row, onClose }: { row: Row | null; onClose: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ resolution: string }>();
  const errors = useFormErrors(form, { fields: ['resolution'] });
  const [resolve, { loading }] = useMutation(ResolveQuarterObjectionDocument, {
    ...FORM_ERRORS,
    refetchQueries: ['QuarterAssessments'],
  });
  const submit = async ({ resolution }: { resolution: string }) => {
    if (!row?.confirmation) return;
    errors.clear();
    try {
      await resolve({ variables: { confirmationId: row.confirmation.id, resolution } });
      form.resetFields();
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open={!!row}
      title={t('quarterly.resolveTitle', { name: row?.member?.name ?? '' })}
      okText={t('quarterly.resolve')}
      cancelText={t('cmt.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      {row?.confirmation?.objection && (
        <Alert type="warning" title={row.confirmation.objection} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="resolution"
          label={t('quarterly.resolution')}
          rules={[{ required: true, whitespace: true, message: t('quarterly.resolutionRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
