import { useMutation } from '@apollo/client/react';
import { App, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import {
  ResolveDeclarationDisputeDocument,
  type DeclarationFieldsFragment,
} from '../../graphql/graphql';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { DeclarationHistory } from '../../components/declarations/DeclarationHistory';

type Declaration = DeclarationFieldsFragment;

/** 支委会处理异议: the branch committee upholds or overturns the decision the member disputed. */
export function ResolveModal({
  declaration,
  itemName,
  onClose,
}: {
  declaration: Declaration;
  itemName: string;
  onClose: () => void;
}) {
  const t = useLocale().t;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ upheld: boolean; reason: string; points?: number | null }>();
  const errors = useFormErrors(form, { fields: ['upheld', 'reason', 'points'] });
  const [resolve, { loading }] = useMutation(ResolveDeclarationDisputeDocument, FORM_ERRORS);
  const upheld = Form.useWatch('upheld', form) ?? true;
  const wasAccepted = declaration.scorekeeperAccepted === true;
  const onOk = async () => {
    const values = await form.validateFields();
    try {
      await resolve({
        variables: {
          input: {
            id: declaration.id,
            upheld: values.upheld,
            reason: values.reason,
            points:
              !values.upheld && !wasAccepted && values.points != null
                ? String(values.points)
                : null,
            expectedVersion: declaration.version,
          },
        },
      });
      message.success(t('inbox.resolved'));
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open
      title={t('inbox.resolveTitle', { name: declaration.member?.name ?? '', item: itemName })}
      okText={t('inbox.resolveOk')}
      onOk={() => void onOk()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t(wasAccepted ? 'inbox.wasAccepted' : 'inbox.wasRejected')}
        {declaration.lastReason && ` ${t('inbox.memberSays', { reason: declaration.lastReason })}`}
      </Typography.Paragraph>
      <DeclarationHistory events={declaration.events} />
      <FormErrorBanner message={errors.banner} />
      <Form form={form} layout="vertical" initialValues={{ upheld: true }}>
        <Form.Item name="upheld" label={t('inbox.decision')}>
          <Radio.Group>
            <Radio value={true}>{t('inbox.uphold')}</Radio>
            <Radio value={false}>
              {t(wasAccepted ? 'inbox.overturnAccepted' : 'inbox.overturnRejected')}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {!upheld && !wasAccepted && (
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
          label={t('inbox.committeeReason')}
          rules={[{ required: true, whitespace: true, message: t('declare.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
