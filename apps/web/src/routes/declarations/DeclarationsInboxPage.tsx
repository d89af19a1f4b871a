import { useMutation, useQuery } from '@apollo/client/react';
import { PaperClipOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import {
  BranchDeclarationsDocument,
  DecideDeclarationDocument,
  ResolveDeclarationDisputeDocument,
  type DeclarationFieldsFragment,
  type DeclarationStatus,
} from '../../graphql/graphql';
import { useActiveBranch } from '../../app/branch/active-branch';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale, type MessageKey } from '../../app/i18n';
import { rolesIn, type Role } from '../../app/roles';
import { useViewer } from '../../app/session/session';
import { DeclarationHistory, DeclarationStatusTag } from '../../components/DeclarationHistory';
import { evidenceUrl } from '../../components/evidence-file';
import { useYearScheme } from '../../components/use-year-scheme';

type Declaration = DeclarationFieldsFragment;
type Filter = 'todo' | 'all' | DeclarationStatus;

const RECORDERS: readonly Role[] = [
  'COMMITTEE_ADMIN',
  'SECRETARY',
  'BRANCH_COMMITTEE',
  'SCOREKEEPER',
];
const DISPUTE_DECIDERS: readonly Role[] = ['COMMITTEE_ADMIN', 'SECRETARY', 'BRANCH_COMMITTEE'];
const STATUSES: DeclarationStatus[] = [
  'SUBMITTED',
  'ACCEPTED',
  'REJECTED',
  'DISPUTED',
  'UPHELD',
  'OVERTURNED',
];

/** Declarations waiting for someone: new ones (scorekeeper) and disputes (branch committee). */
export function filterDeclarations(list: readonly Declaration[], filter: Filter): Declaration[] {
  if (filter === 'all') return [...list];
  if (filter === 'todo')
    return list.filter((d) => d.status === 'SUBMITTED' || d.status === 'DISPUTED');
  return list.filter((d) => d.status === filter);
}

/** 申报审核: the branch's declarations; accept or reject with a reason; the committee decides disputes. */
export default function DeclarationsInboxPage() {
  const { t, locale } = useLocale();
  const viewer = useViewer();
  const { branchId, branch } = useActiveBranch();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [filter, setFilter] = useState<Filter>('todo');
  const [deciding, setDeciding] = useState<{ declaration: Declaration; accept: boolean } | null>(
    null,
  );
  const [resolving, setResolving] = useState<Declaration | null>(null);
  const [showing, setShowing] = useState<Declaration | null>(null);
  const { names } = useYearScheme(year);
  const held = rolesIn(viewer.roles, branchId);
  const canDecide = RECORDERS.some((r) => held.has(r));
  const canResolve = DISPUTE_DECIDERS.some((r) => held.has(r));

  const { data, loading } = useQuery(BranchDeclarationsDocument, {
    variables: { filter: { year, branchId } },
    skip: !branchId,
  });
  const all = useMemo(() => data?.declarations ?? [], [data]);
  const rows = useMemo(() => filterDeclarations(all, filter), [all, filter]);
  const todo = filterDeclarations(all, 'todo').length;
  const itemName = (code: string) => {
    const info = names.get(code);
    return info ? (locale === 'en' ? info.nameEn : info.nameZh) : code;
  };

  if (!branchId) return <Empty description={t('roster.noBranch')} />;

  const columns: TableProps<Declaration>['columns'] = [
    {
      title: t('ledger.memberName'),
      key: 'member',
      width: 90,
      fixed: 'start',
      render: (_, d) => d.member?.name ?? d.memberId,
    },
    { title: t('declare.month'), dataIndex: 'month', key: 'month', width: 90 },
    {
      title: t('declare.item'),
      key: 'item',
      width: 150,
      render: (_, d) => itemName(d.itemCode),
    },
    {
      title: t('declare.description'),
      dataIndex: 'description',
      key: 'description',
      ellipsis: true,
    },
    {
      title: t('inbox.points'),
      key: 'points',
      width: 100,
      render: (_, d) => (
        <span>
          {d.declaredPoints ?? t('declare.unitDefault')}
          {d.countedPoints !== null && (
            <Typography.Text type="success"> → {d.countedPoints}</Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t('inbox.evidence'),
      key: 'evidence',
      width: 80,
      render: (_, d) =>
        d.evidenceId ? (
          <Typography.Link href={evidenceUrl(d.evidenceId)} target="_blank" rel="noreferrer">
            <PaperClipOutlined /> {t('inbox.view')}
          </Typography.Link>
        ) : (
          '—'
        ),
    },
    {
      title: t('inbox.status'),
      key: 'status',
      width: 130,
      render: (_, d) => <DeclarationStatusTag declaration={d} />,
    },
    {
      title: t('inbox.actions'),
      key: 'actions',
      width: 220,
      render: (_, d) => (
        <Space size={4} wrap>
          {d.status === 'SUBMITTED' && canDecide && (
            <>
              <Button
                size="small"
                type="primary"
                onClick={() => setDeciding({ declaration: d, accept: true })}
                data-testid="inbox-accept"
              >
                {t('inbox.accept')}
              </Button>
              <Button
                size="small"
                danger
                onClick={() => setDeciding({ declaration: d, accept: false })}
                data-testid="inbox-reject"
              >
                {t('inbox.reject')}
              </Button>
            </>
          )}
          {d.status === 'DISPUTED' && canResolve && (
            <Button
              size="small"
              type="primary"
              onClick={() => setResolving(d)}
              data-testid="inbox-resolve"
            >
              {t('inbox.resolve')}
            </Button>
          )}
          <Button size="small" type="link" onClick={() => setShowing(d)}>
            {t('inbox.history')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{t('inbox.title')}</span>
          {branch && <Typography.Text type="secondary">{branch.name}</Typography.Text>}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('myScores.year')}
          value={year}
          onChange={setYear}
          options={[thisYear, thisYear - 1].map((y) => ({
            value: y,
            label: t('myScores.yearLabel', { year: y }),
          }))}
          style={{ width: 100 }}
        />
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'todo', label: t('inbox.todo', { count: todo }) },
            { value: 'all', label: t('inbox.all') },
            ...STATUSES.map((s) => ({
              value: s,
              label: t(`declaration.status.${s}` as MessageKey),
            })),
          ]}
        />
      </Space>
      {!canResolve && filter === 'todo' && all.some((d) => d.status === 'DISPUTED') && (
        <Typography.Paragraph type="secondary">{t('inbox.disputesToPanel')}</Typography.Paragraph>
      )}
      <Table<Declaration>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
        data-testid="inbox-table"
      />
      {deciding && (
        <DecideModal
          declaration={deciding.declaration}
          accept={deciding.accept}
          itemName={itemName(deciding.declaration.itemCode)}
          onClose={() => setDeciding(null)}
        />
      )}
      {resolving && (
        <ResolveModal
          declaration={resolving}
          itemName={itemName(resolving.itemCode)}
          onClose={() => setResolving(null)}
        />
      )}
      <Drawer
        open={showing !== null}
        onClose={() => setShowing(null)}
        title={showing ? `${showing.member?.name ?? ''} · ${itemName(showing.itemCode)}` : ''}
        size={420}
      >
        {showing && <DeclarationDetails declaration={showing} />}
      </Drawer>
    </Card>
  );
}

function DeclarationDetails({ declaration: d }: { declaration: Declaration }) {
  const t = useLocale().t;
  return (
    <>
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('declare.month')}>{d.month}</Descriptions.Item>
        <Descriptions.Item label={t('declare.description')}>{d.description}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.points')}>
          {d.declaredPoints ?? t('declare.unitDefault')}
          {d.countedPoints !== null && ` → ${d.countedPoints}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('inbox.status')}>
          <DeclarationStatusTag declaration={d} />
        </Descriptions.Item>
        {d.evidenceId && (
          <Descriptions.Item label={t('inbox.evidence')}>
            <Typography.Link href={evidenceUrl(d.evidenceId)} target="_blank" rel="noreferrer">
              {t('evidence.view')}
            </Typography.Link>
          </Descriptions.Item>
        )}
      </Descriptions>
      <DeclarationHistory events={d.events} />
    </>
  );
}

function DecideModal({
  declaration,
  accept,
  itemName,
  onClose,
}: {
  declaration: Declaration;
  accept: boolean;
  itemName: string;
  onClose: () => void;
}) {
  const t = useLocale().t;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; points?: number | null }>();
  const errors = useFormErrors(form, { fields: ['reason', 'points'] });
  const [decide, { loading }] = useMutation(DecideDeclarationDocument, FORM_ERRORS);
  const onOk = async () => {
    const values = await form.validateFields();
    try {
      await decide({
        variables: {
          input: {
            id: declaration.id,
            accept,
            reason: values.reason,
            points: accept && values.points != null ? String(values.points) : null,
            expectedVersion: declaration.version,
          },
        },
      });
      message.success(t(accept ? 'inbox.accepted' : 'inbox.rejected'));
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open
      title={t(accept ? 'inbox.acceptTitle' : 'inbox.rejectTitle', {
        name: declaration.member?.name ?? '',
        item: itemName,
      })}
      okText={t(accept ? 'inbox.accept' : 'inbox.reject')}
      okButtonProps={{ danger: !accept }}
      onOk={() => void onOk()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Typography.Paragraph>{declaration.description}</Typography.Paragraph>
      <FormErrorBanner message={errors.banner} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          reason: accept ? t('inbox.defaultAcceptReason') : '',
          points: declaration.declaredPoints ? Number(declaration.declaredPoints) : null,
        }}
      >
        {accept && (
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
          label={t('inbox.reason')}
          rules={[{ required: true, whitespace: true, message: t('declare.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResolveModal({
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
