import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { localMessage } from '../../app/apollo/server-errors';
import { useLocale } from '../../app/i18n';
import { SignQuarterDocument } from '../../graphql/graphql';
import type { Assessment } from './quarter-summary';

/** The server's refusal that a written reason would overcome (undecided declarations). */
function overridable(error: unknown): { message: string; messageEn: unknown } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const e = error.errors[0];
  const details = e?.extensions?.['details'] as { field?: string } | undefined;
  return e && details?.field === 'overrideReason'
    ? { message: e.message, messageEn: e.extensions?.['messageEn'] }
    : null;
}

/**
 * The secretary's signature, asked for first. When the server refuses because declarations of the
 * quarter are undecided, the dialog shows why and asks for the written reason it keeps.
 */
export function SignDialog({
  assessment,
  open,
  onClose,
}: {
  assessment: Assessment;
  open: boolean;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sign, { loading }] = useMutation(SignQuarterDocument, {
    refetchQueries: ['QuarterAssessments'],
    awaitRefetchQueries: true,
    context: { errorDisplay: 'none' },
  });
  const close = () => {
    setRefusal(null);
    form.resetFields();
    onClose();
  };
  const submit = async (reason: string | null) => {
    try {
      await sign({ variables: { assessmentId: assessment.id, overrideReason: reason } });
      void message.success(t('quarterly.signed'));
      close();
    } catch (error) {
      const why = overridable(error);
      if (why) setRefusal(localMessage(why.message, { messageEn: why.messageEn }, locale));
      else {
        const text = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : null;
        void message.error(text ?? t('error.unknown'));
      }
    }
  };
  return (
    <Modal
      open={open}
      title={t('quarterly.signTitle', { year: assessment.year, quarter: assessment.quarter })}
      okText={t('quarterly.sign')}
      cancelText={t('cmt.cancel')}
      confirmLoading={loading}
      onOk={() => (refusal ? form.submit() : void submit(null))}
      onCancel={close}
      destroyOnHidden
    >
      <p>{t('quarterly.signContent', { count: assessment.rows.length })}</p>
      {refusal && (
        <>
          <Alert
            type="warning"
            showIcon
            title={refusal}
            description={t('quarterly.overrideHint')}
          />
          <Form
            form={form}
            layout="vertical"
            style={{ marginTop: 12 }}
            onFinish={({ reason }) => void submit(reason)}
          >
            <Form.Item
              name="reason"
              label={t('quarterly.overrideReason')}
              rules={[
                { required: true, whitespace: true, message: t('quarterly.overrideRequired') },
              ]}
            >
              <Input.TextArea rows={3} data-testid="override-reason" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
