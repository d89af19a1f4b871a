import { useMutation } from '@apollo/client/react';
import { App, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  RecordSessionDocument,
  UpdateSessionDocument,
  type SessionFieldsFragment,
} from '../../graphql/graphql';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { EvidenceUpload, type UploadedEvidence } from '../../components/evidence/EvidenceUpload';

type Session = SessionFieldsFragment;
type Member = { memberId: string; memberName: string };

export type FormValues = {
  itemCode: string;
  date: Dayjs;
  topic: string;
  evidence: UploadedEvidence | null;
  attendeeIds: string[];
};

export function SessionForm({
  branchId,
  month,
  session,
  items,
  members,
  onClose,
}: {
  branchId: string;
  month: string;
  session?: Session;
  items: { value: string; label: string }[];
  members: Member[];
  onClose: (saved: boolean) => void;
}) {
  const t = useLocale().t;
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const errors = useFormErrors(form, {
    fields: ['itemCode', 'date', 'topic', 'evidence', 'attendeeIds'],
    fieldMap: { 'input.evidenceId': 'evidence' },
  });
  const [evidenceError, setEvidenceError] = useState<string | null>(null);
  const [record, { loading: recording }] = useMutation(RecordSessionDocument, FORM_ERRORS);
  const [update, { loading: updating }] = useMutation(UpdateSessionDocument, FORM_ERRORS);
  const first = dayjs(`${month}-01`);

  const onOk = async () => {
    const values = await form.validateFields();
    try {
      if (session) {
        await update({
          variables: {
            input: {
              id: session.id,
              expectedVersion: session.version,
              date: values.date.format('YYYY-MM-DD'),
              topic: values.topic,
              evidenceId: values.evidence?.id ?? null,
            },
          },
        });
      } else {
        await record({
          variables: {
            input: {
              branchId,
              itemCode: values.itemCode,
              date: values.date.format('YYYY-MM-DD'),
              topic: values.topic,
              evidenceId: values.evidence?.id ?? null,
              attendeeIds: values.attendeeIds ?? [],
            },
          },
        });
      }
      message.success(t(session ? 'sessions.updated' : 'sessions.recorded'));
      onClose(true);
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <Modal
      open
      title={t(session ? 'sessions.editTitle' : 'sessions.newTitle')}
      okText={t('ledger.save')}
      onOk={() => void onOk()}
      onCancel={() => onClose(false)}
      confirmLoading={recording || updating}
      width={560}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={
          session
            ? {
                itemCode: session.itemCode,
                date: dayjs(session.date),
                topic: session.topic,
                evidence: session.evidenceId
                  ? { id: session.evidenceId, fileName: t('sessions.sheetFile'), size: 0 }
                  : null,
              }
            : { date: first, attendeeIds: [], evidence: null }
        }
      >
        <Form.Item
          name="itemCode"
          label={t('sessions.item')}
          rules={[{ required: true, message: t('sessions.itemRequired') }]}
        >
          <Select options={items} disabled={!!session} data-testid="session-item" />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('sessions.date')}
          rules={[{ required: true, message: t('sessions.dateRequired') }]}
        >
          <DatePicker
            disabledDate={(d) => d.format('YYYY-MM') !== month}
            defaultPickerValue={first}
            allowClear={false}
          />
        </Form.Item>
        <Form.Item
          name="topic"
          label={t('sessions.topic')}
          rules={[{ required: true, whitespace: true, message: t('sessions.topicRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('sessions.sheet')}
          validateStatus={evidenceError ? 'error' : undefined}
          help={evidenceError ?? undefined}
        >
          <EvidenceUpload
            branchId={branchId}
            onError={setEvidenceError}
            testId="session-evidence"
          />
        </Form.Item>
        {!session && (
          <Form.Item
            name="attendeeIds"
            label={
              <Space>
                <span>{t('sessions.attendees')}</span>
                <Typography.Link
                  onClick={() =>
                    form.setFieldValue(
                      'attendeeIds',
                      members.map((m) => m.memberId),
                    )
                  }
                >
                  {t('sessions.all')}
                </Typography.Link>
                <Typography.Link onClick={() => form.setFieldValue('attendeeIds', [])}>
                  {t('sessions.none2')}
                </Typography.Link>
              </Space>
            }
          >
            <Checkbox.Group
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(96px, 1fr))',
              }}
              options={members.map((m) => ({ value: m.memberId, label: m.memberName }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
