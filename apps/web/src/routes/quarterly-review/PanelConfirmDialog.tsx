import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { RecordPanelConfirmationsDocument } from '../../graphql/graphql';
import type { Row } from './quarter-summary';
import { today } from '../../app/calendar/today';

type Values = { confirmedOn: Dayjs; note?: string };

/**
 * The panel records members' confirmations given in person: it names the meeting's date and a
 * note, and confirms the step (the record keeps who, when and how; it cannot be taken back).
 */
export function PanelConfirmDialog({
  assessmentId,
  rows,
  onClose,
}: {
  assessmentId: string;
  /** The members to record; the dialog is open while there are any. */
  rows: Row[];
  onClose: (recorded: boolean) => void;
}) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: ['confirmedOn', 'note'] });
  const [record, { loading }] = useMutation(RecordPanelConfirmationsDocument, {
    ...FORM_ERRORS,
    refetchQueries: ['QuarterAssessments'],
    awaitRefetchQueries: true,
  });
  const submit = async (values: Values) => {
    errors.clear();
    try {
      await record({
        variables: {
          assessmentId,
          memberIds: rows.map((r) => r.memberId),
          confirmedOn: values.confirmedOn.format('YYYY-MM-DD'),
          note: values.note?.trim() || null,
        },
      });
      void message.success(t('quarterly.recorded', { count: rows.length }));
      form.resetFields();
      onClose(true);
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open={rows.length > 0}
      title={t('quarterly.inPersonTitle', { count: rows.length })}
      okText={t('quarterly.inPersonOk')}
      cancelText={t('cmt.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      <Typography.Paragraph>
        {rows.map((r) => r.member?.name ?? r.memberId).join(t('app.enumSeparator'))}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('quarterly.inPersonContent')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ confirmedOn: today() }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="confirmedOn"
          label={t('quarterly.inPersonDate')}
          rules={[{ required: true, message: t('quarterly.inPersonDateRequired') }]}
        >
          <DatePicker disabledDate={(d) => d.isAfter(today(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={t('quarterly.inPersonNote')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
