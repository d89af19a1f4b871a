import { useApolloClient, useMutation } from '@apollo/client/react';
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Space, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { today } from '../../app/calendar/today';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import { fileToBase64 } from '../../components/download';
import {
  ImportRosterDocument,
  RosterDocument,
  RosterImportPreviewDocument,
  type RosterImportResultFieldsFragment,
} from '../../graphql/graphql';
import { ImportPreview } from './ImportPreview';

type Values = { fromMonth: string };
// A problem with the file itself has no field here: it shows above the form.
const FIELDS = ['fromMonth'] as const;

/**
 * 导入名册: the file is checked first (every row's change and every problem), and imported only
 * when the person applies a preview without errors; the server writes all of it or nothing.
 * Mounted only while open, so each opening starts afresh.
 */
export function RosterImportDialog({
  branchId,
  onClose,
}: {
  branchId: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS });
  const [fileName, setFileName] = useState<string | null>(null);
  const [notXlsx, setNotXlsx] = useState(false);
  const [checking, setChecking] = useState(false);
  const [preview, setPreview] = useState<RosterImportResultFieldsFragment | null>(null);
  const content = useRef<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [apply, applying] = useMutation(ImportRosterDocument, {
    ...FORM_ERRORS,
    refetchQueries: [RosterDocument],
  });

  const variables = () => ({
    input: {
      fileBase64: content.current ?? '',
      fromMonth: form.getFieldValue('fromMonth') || null,
      branchId,
    },
  });

  const check = async () => {
    if (!content.current) return;
    errors.clear();
    setChecking(true);
    setPreview(null);
    try {
      const { data } = await client.query({
        query: RosterImportPreviewDocument,
        variables: variables(),
        fetchPolicy: 'network-only',
        ...FORM_ERRORS,
      });
      if (data) setPreview(data.rosterImportPreview);
    } catch (error) {
      errors.handle(error);
    } finally {
      setChecking(false);
    }
  };

  const choose = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    setFileName(file.name);
    setNotXlsx(!/\.xlsx$/i.test(file.name));
    if (!/\.xlsx$/i.test(file.name)) {
      content.current = null;
      setPreview(null);
      return;
    }
    content.current = await fileToBase64(file);
    await check();
  };

  const submit = async () => {
    try {
      const { data } = await apply({ variables: variables() });
      const result = data?.importRoster;
      if (result)
        message.success(t('roster.imported', { created: result.created, updated: result.updated }));
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };

  return (
    <Modal
      open
      width={820}
      title={t('roster.importTitle')}
      okText={t('roster.importApply')}
      okButtonProps={{ disabled: !preview?.valid }}
      cancelText={t('common.cancel')}
      confirmLoading={applying.loading}
      onOk={submit}
      onCancel={onClose}
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('roster.importIntro')}</Typography.Paragraph>
      <FormErrorBanner message={notXlsx ? t('roster.importNotXlsx') : errors.banner} />
      <Form<Values>
        form={form}
        layout="inline"
        onValuesChange={errors.clear}
        initialValues={{ fromMonth: today().format('YYYY-MM') }}
      >
        <Form.Item name="fromMonth" label={t('roster.importFromMonth')}>
          <Input placeholder={t('roster.monthPlaceholder')} onBlur={check} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
              {t('roster.importChoose')}
            </Button>
            {fileName && <Typography.Text>{fileName}</Typography.Text>}
          </Space>
          <input
            ref={input}
            type="file"
            accept=".xlsx"
            hidden
            data-testid="roster-import-file"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </Form.Item>
      </Form>
      <div style={{ marginTop: 16 }}>
        {checking && <Spin tip={t('roster.importChecking')} />}
        {preview && <ImportPreview result={preview} />}
      </div>
    </Modal>
  );
}
