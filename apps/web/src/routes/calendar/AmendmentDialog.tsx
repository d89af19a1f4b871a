import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import type { CalendarDayKind } from '../../graphql/graphql';
import {
  CalendarDayKindsDocument,
  SetCalendarDayDocument,
  WorkingYearDocument,
} from '../../graphql/graphql';

type Values = { date: Dayjs; kind: CalendarDayKind; note: string };
const FIELDS = ['date', 'kind', 'note'] as const;

/** 新增调整: a day made a working day or a day off, with the reason (the server checks both). */
export function AmendmentDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const kinds = useQuery(CalendarDayKindsDocument).data?.calendarDayKinds ?? [];
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS });
  const [save, { loading }] = useMutation(SetCalendarDayDocument, {
    ...FORM_ERRORS,
    refetchQueries: [WorkingYearDocument],
  });
  const submit = async (values: Values) => {
    errors.clear();
    try {
      await save({
        variables: {
          input: { date: values.date.format('YYYY-MM-DD'), kind: values.kind, note: values.note },
        },
      });
      form.resetFields();
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open={open}
      title={t('calendar.add')}
      okText={t('calendar.addOk')}
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
        initialValues={{ kind: 'WORKDAY' }}
      >
        <Form.Item
          name="date"
          label={t('calendar.date')}
          rules={[{ required: true, message: t('calendar.dateRequired') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')}>
          <Radio.Group options={kinds.map((k) => ({ value: k.kind, label: k.label }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('calendar.note')}
          rules={[{ required: true, whitespace: true, message: t('calendar.noteRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
