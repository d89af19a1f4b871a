import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, InputNumber, Spin, Switch, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import { useServerLabel } from '../../app/tasks/use-my-tasks';
import {
  SendRemindersNowDocument,
  SetTaskSettingsDocument,
  TaskSettingsDocument,
} from '../../graphql/graphql';

type Values = {
  deadlines: Record<string, number | null>;
  webhookEnabled: boolean;
  webhookUrl: string;
};

/**
 * 待办与提醒设置 (机关党委): each step's deadline in working days and the outbound webhook. The
 * server checks every value and names the field at fault; nothing is checked twice here.
 */
export default function TaskSettingsPage() {
  const t = useT();
  const label = useServerLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, loading } = useQuery(TaskSettingsDocument);
  const settings = data?.taskSettings;
  const keys = useMemo(() => settings?.deadlines.map((d) => d.key) ?? [], [settings]);
  // The server names a deadline by its place in the list sent, which follows `keys`.
  const fieldMap = useMemo(
    () =>
      Object.fromEntries(keys.map((key, i) => [`input.deadlines.${i}.days`, ['deadlines', key]])),
    [keys],
  );
  const errors = useFormErrors(form, { fields: ['webhookUrl', 'webhookEnabled'], fieldMap });
  const [save, saving] = useMutation(SetTaskSettingsDocument, FORM_ERRORS);
  const [sendNow, sending] = useMutation(SendRemindersNowDocument);

  useEffect(() => {
    if (!settings) return;
    form.setFieldsValue({
      deadlines: Object.fromEntries(settings.deadlines.map((d) => [d.key, d.days])),
      webhookEnabled: settings.webhookEnabled,
      webhookUrl: settings.webhookUrl ?? '',
    });
  }, [settings, form]);

  const submit = async (values: Values) => {
    errors.clear();
    // The last refusal's messages go; the server's answer to this attempt replaces them.
    form.setFields([
      ...keys.map((key) => ({ name: ['deadlines', key] as ['deadlines', string], errors: [] })),
      { name: 'webhookUrl', errors: [] },
    ]);
    try {
      await save({
        variables: {
          input: {
            deadlines: keys.map((key) => ({ key, days: values.deadlines[key] ?? 0 })),
            webhookEnabled: values.webhookEnabled,
            webhookUrl: values.webhookUrl ?? '',
          },
        },
      });
      message.success(t('taskSettings.saved'));
    } catch (error) {
      errors.handle(error);
    }
  };

  const remind = async () => {
    const result = await sendNow();
    const run = result.data?.sendRemindersNow;
    if (run) message.success(t('taskSettings.sent', run));
  };

  if (loading && !settings) return <Spin />;
  return (
    <Card
      title={t('taskSettings.title')}
      data-testid="task-settings"
      extra={
        <Button onClick={remind} loading={sending.loading} data-testid="send-reminders">
          {t('taskSettings.sendNow')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('taskSettings.intro')}</Typography.Paragraph>
      <FormErrorBanner message={errors.banner} />
      {/* One column of labels, wide enough for the longest step's, so the fields line up. */}
      <Form<Values>
        form={form}
        layout="horizontal"
        onFinish={submit}
        labelWrap
        labelCol={{ flex: '340px' }}
        wrapperCol={{ flex: 1 }}
      >
        <Typography.Title level={5}>{t('taskSettings.deadlines')}</Typography.Title>
        {settings?.deadlines.map((d) => (
          <Form.Item
            key={d.key}
            name={['deadlines', d.key]}
            label={label(d.labelZh, d.labelEn)}
            extra={t('taskSettings.default', { days: d.defaultDays })}
          >
            <InputNumber
              precision={0}
              suffix={t('taskSettings.days')}
              style={{ width: 160 }}
              data-testid={`deadline-${d.key}`}
            />
          </Form.Item>
        ))}
        <Typography.Title level={5}>{t('taskSettings.webhook')}</Typography.Title>
        <Form.Item
          name="webhookEnabled"
          label={t('taskSettings.webhookEnabled')}
          valuePropName="checked"
        >
          <Switch data-testid="webhook-enabled" />
        </Form.Item>
        <Form.Item
          name="webhookUrl"
          label={t('taskSettings.webhookUrl')}
          extra={t('taskSettings.webhookHelp')}
        >
          <Input placeholder="https://" style={{ maxWidth: 480 }} data-testid="webhook-url" />
        </Form.Item>
        <Form.Item label=" " colon={false}>
          <Button type="primary" htmlType="submit" loading={saving.loading}>
            {t('taskSettings.save')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
