import { useMutation } from '@apollo/client/react';
import {
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Typography,
  message,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { DrawSpotCheckDocument } from '../../graphql/graphql';
import { today } from '../../app/calendar/today';

type Values = {
  title: string;
  fromMonth: Dayjs;
  toMonth: Dayjs;
  mode: 'size' | 'share';
  size?: number;
  sharePercent?: number;
  seed?: string;
};

const FIELDS = ['title', 'fromMonth', 'toMonth', 'size', 'share', 'seed'] as const;

/** The committee's draw: a period, a size or a share, and an optional seed. */
export function DrawSpotCheckForm({ onDrawn }: { onDrawn: (id: string) => void }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, {
    fields: FIELDS,
    fieldMap: { share: 'sharePercent' },
  });
  const [draw, { loading }] = useMutation(DrawSpotCheckDocument, {
    ...FORM_ERRORS,
    refetchQueries: ['SpotChecks'],
    awaitRefetchQueries: true,
  });
  const mode = Form.useWatch('mode', form);
  const lastMonth = today().subtract(1, 'month');

  const submit = async (v: Values) => {
    errors.clear();
    try {
      const { data } = await draw({
        variables: {
          input: {
            title: v.title,
            fromMonth: v.fromMonth.format('YYYY-MM'),
            toMonth: v.toMonth.format('YYYY-MM'),
            size: v.mode === 'size' ? (v.size ?? null) : null,
            share: v.mode === 'share' && v.sharePercent != null ? v.sharePercent / 100 : null,
            seed: v.seed?.trim() || null,
          },
        },
      });
      if (data) {
        message.success(t('spot.drawn', { n: data.drawSpotCheck.sampleSize }));
        setOpen(false);
        form.resetFields();
        onDrawn(data.drawSpotCheck.id);
      }
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)}>
        {t('spot.draw')}
      </Button>
      <Modal
        open={open}
        title={t('spot.drawTitle')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('spot.draw')}
        confirmLoading={loading}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('spot.drawIntro')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{ fromMonth: lastMonth, toMonth: lastMonth, mode: 'size', size: 10 }}
        >
          <FormErrorBanner message={errors.banner} />
          <Form.Item
            name="title"
            label={t('spot.field.title')}
            rules={[{ required: true, whitespace: true, message: t('spot.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="fromMonth"
            label={t('spot.field.fromMonth')}
            rules={[{ required: true }]}
          >
            <DatePicker picker="month" />
          </Form.Item>
          <Form.Item name="toMonth" label={t('spot.field.toMonth')} rules={[{ required: true }]}>
            <DatePicker picker="month" />
          </Form.Item>
          <Form.Item name="mode" label={t('spot.field.mode')}>
            <Radio.Group
              options={[
                { value: 'size', label: t('spot.field.bySize') },
                { value: 'share', label: t('spot.field.byShare') },
              ]}
            />
          </Form.Item>
          {mode === 'share' ? (
            <Form.Item
              name="sharePercent"
              label={t('spot.field.share')}
              rules={[{ required: true, message: t('spot.required') }]}
            >
              <InputNumber min={0.1} max={100} step={1} />
            </Form.Item>
          ) : (
            <Form.Item
              name="size"
              label={t('spot.field.size')}
              rules={[{ required: true, message: t('spot.required') }]}
            >
              <InputNumber min={1} step={1} precision={0} />
            </Form.Item>
          )}
          <Form.Item name="seed" label={t('spot.field.seed')} extra={t('spot.field.seedHelp')}>
            <Input maxLength={64} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
