import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useT } from '../../app/i18n';
import { useViewer } from '../../app/session/session';
import {
  ApiTokenOwnersDocument,
  ApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  type ApiTokenStatus,
  type ApiTokensQuery,
} from '../../graphql/graphql';

type Values = { name: string; expiresInDays: number };
type Row = ApiTokensQuery['apiTokens'][number];
const FIELDS = ['name', 'expiresInDays'] as const;
const STATUS_COLOR: Record<ApiTokenStatus, string> = {
  ACTIVE: 'green',
  REVOKED: 'default',
  EXPIRED: 'orange',
};

/**
 * API 令牌: an analyst's read-only tokens for scripts. The server says whose tokens the viewer
 * may manage (their own; the committee, every analyst's), checks the input and keeps only a hash;
 * the token is shown here once, right after it is made.
 */
export default function ApiTokensPage() {
  const t = useT();
  const viewer = useViewer();
  const owners = useQuery(ApiTokenOwnersDocument);
  const list = owners.data?.apiTokenOwners ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const userId =
    picked ?? list.find((u) => u.id === viewer.userId)?.id ?? list[0]?.id ?? viewer.userId;
  const tokens = useQuery(ApiTokensDocument, {
    variables: { userId },
    skip: list.length === 0,
    fetchPolicy: 'cache-and-network',
  });
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, { fields: FIELDS });
  const [create, creating] = useMutation(CreateApiTokenDocument, FORM_ERRORS);
  const [revoke] = useMutation(RevokeApiTokenDocument);
  const [shown, setShown] = useState<string | null>(null);

  const submit = async (values: Values) => {
    errors.clear();
    try {
      const { data } = await create({ variables: { input: { ...values, userId } } });
      if (!data) return;
      setShown(data.createApiToken.token);
      form.resetFields();
      await tokens.refetch();
    } catch (error) {
      errors.handle(error);
    }
  };

  const columns = [
    { title: t('tokens.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('tokens.prefix'),
      dataIndex: 'prefix',
      key: 'prefix',
      render: (prefix: string) => <Typography.Text code>{prefix}</Typography.Text>,
    },
    {
      title: t('tokens.status'),
      key: 'status',
      render: (_: unknown, row: Row) => (
        <Tag color={STATUS_COLOR[row.status]}>{row.statusLabel}</Tag>
      ),
    },
    {
      title: t('tokens.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('tokens.expiresAt'),
      dataIndex: 'expiresAt',
      key: 'expiresAt',
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, row: Row) =>
        row.status === 'ACTIVE' ? (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: row.name })}
            onConfirm={() => revoke({ variables: { id: row.id } })}
          >
            <Button danger size="small" data-testid={`revoke-${row.id}`}>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Card title={t('tokens.title')}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('tokens.intro')} <a href="/graphql">{t('tokens.explorer')}</a>
        </Typography.Paragraph>
        {list.length > 1 && (
          <Select
            aria-label={t('tokens.account')}
            value={userId}
            onChange={setPicked}
            options={list.map((u) => ({
              value: u.id,
              label: `${u.displayName}${t('app.aside', { text: u.loginName })}`,
            }))}
            style={{ width: 280 }}
          />
        )}
        <FormErrorBanner message={errors.banner} />
        <Form<Values>
          form={form}
          layout="inline"
          requiredMark={false}
          onFinish={submit}
          onValuesChange={errors.clear}
          initialValues={{ expiresInDays: 90 }}
        >
          <Form.Item
            name="name"
            label={t('tokens.name')}
            rules={[{ required: true, whitespace: true, message: t('tokens.nameRequired') }]}
          >
            <Input placeholder={t('tokens.nameHint')} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="expiresInDays" label={t('tokens.days')} rules={[{ required: true }]}>
            <InputNumber min={1} precision={0} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={creating.loading}>
            {t('tokens.create')}
          </Button>
        </Form>
        <Table<Row>
          rowKey="id"
          size="small"
          loading={tokens.loading && !tokens.data}
          dataSource={tokens.data?.apiTokens ?? []}
          columns={columns}
          pagination={false}
          locale={{ emptyText: t('tokens.empty') }}
        />
      </Space>
      {/* Unmounted on close: nothing of the token stays in the page. */}
      {shown !== null && (
        <Modal
          open
          title={t('tokens.createdTitle')}
          closable={false}
          maskClosable={false}
          footer={
            <Button type="primary" onClick={() => setShown(null)}>
              {t('tokens.done')}
            </Button>
          }
        >
          <Alert type="warning" showIcon message={t('tokens.createdWarning')} />
          <Typography.Paragraph copyable code style={{ marginTop: 16 }} data-testid="new-token">
            {shown}
          </Typography.Paragraph>
        </Modal>
      )}
    </Card>
  );
}
