import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { ReasonDialog } from '../../components/ReasonDialog';
import {
  CompleteMeasureDocument,
  RecordInterviewDocument,
  SetRectificationMeasuresDocument,
} from '../../graphql/graphql';
import { today } from '../../app/calendar/today';
import { DATE, refetch, type Case, type Measure } from './case-progress';

export function InterviewForm({ item }: { item: Case }) {
  const { t } = useLocale();
  type Values = { interviewedOn: Dayjs; record: string; causes: string };
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: ['interviewedOn', 'record', 'causes'] });
  const [save, { loading }] = useMutation(RecordInterviewDocument, { ...FORM_ERRORS, ...refetch });
  const submit = async (v: Values) => {
    errors.clear();
    try {
      await save({
        variables: {
          input: {
            caseId: item.id,
            interviewedOn: v.interviewedOn.format(DATE),
            record: v.record,
            causes: v.causes,
          },
        },
      });
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ interviewedOn: today() }}
    >
      <FormErrorBanner message={errors.banner} />
      <Form.Item
        name="interviewedOn"
        label={t('warnings.interviewedOn')}
        rules={[{ required: true }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="record"
        label={t('warnings.record')}
        rules={[{ required: true, whitespace: true, message: t('warnings.recordRequired') }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item
        name="causes"
        label={t('warnings.causes')}
        rules={[{ required: true, whitespace: true, message: t('warnings.causesRequired') }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('warnings.saveInterview')}
      </Button>
    </Form>
  );
}

export function MeasuresForm({ item }: { item: Case }) {
  const { t } = useLocale();
  type Values = { measures: { description: string; deadline: Dayjs }[] };
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: ['measures'] });
  const [save, { loading }] = useMutation(SetRectificationMeasuresDocument, {
    ...FORM_ERRORS,
    ...refetch,
  });
  const submit = async (v: Values) => {
    errors.clear();
    try {
      await save({
        variables: {
          caseId: item.id,
          measures: v.measures.map((m) => ({
            description: m.description,
            deadline: m.deadline.format(DATE),
          })),
        },
      });
    } catch (error) {
      errors.handle(error);
    }
  };
  const initial = item.measures.length
    ? item.measures.map((m) => ({ description: m.description, deadline: dayjs(m.deadline) }))
    : [{ description: '', deadline: today().add(3, 'month') }];
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{ measures: initial }}
    >
      <FormErrorBanner message={errors.banner} />
      <Form.List name="measures">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field, i) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item
                  name={[field.name, 'description']}
                  label={i === 0 ? t('warnings.measure') : undefined}
                  rules={[
                    { required: true, whitespace: true, message: t('warnings.measureRequired') },
                  ]}
                  style={{ width: 300, marginBottom: 8 }}
                >
                  <Input.TextArea rows={2} aria-label={`${t('warnings.measure')} ${i + 1}`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'deadline']}
                  label={i === 0 ? t('warnings.deadline') : undefined}
                  rules={[{ required: true, message: t('warnings.deadlineRequired') }]}
                  style={{ marginBottom: 8 }}
                >
                  <DatePicker aria-label={`${t('warnings.deadline')} ${i + 1}`} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('warnings.removeMeasure')}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: i === 0 ? 30 : 0 }}
                  />
                )}
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ description: '', deadline: today().add(3, 'month') })}
            >
              {t('warnings.addMeasure')}
            </Button>
          </Space>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={loading} style={{ marginTop: 16 }}>
        {t('warnings.saveMeasures')}
      </Button>
    </Form>
  );
}

export function MeasureDone({ measure }: { measure: Measure }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [done] = useMutation(CompleteMeasureDocument, { ...FORM_ERRORS, ...refetch });
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('warnings.markDone')}
      </Button>
      <ReasonDialog
        open={open}
        title={t('warnings.markDone')}
        label={t('warnings.doneNote')}
        required
        okText={t('warnings.markDone')}
        onClose={() => setOpen(false)}
        onSubmit={async (note) => {
          await done({
            variables: { input: { measureId: measure.id, doneOn: today().format(DATE), note } },
          });
        }}
      />
    </>
  );
}
