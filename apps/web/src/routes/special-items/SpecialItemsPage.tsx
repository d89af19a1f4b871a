import { useMutation, useQuery } from '@apollo/client/react';
import type { SpecialItem } from '@jifen/scoring';
import {
  Badge,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { FORM_ERRORS, FormErrorBanner, useFormErrors } from '../../app/forms/form-errors';
import { useLocale } from '../../app/i18n';
import { YearSelect, currentYear } from '../../components/YearSelect';
import {
  BranchItemProposalsDocument,
  BranchItemProposalStatusesDocument,
  DecideBranchItemDocument,
  type BranchItemProposalsQuery,
  type ProposalStatus,
} from '../../graphql/graphql';
import { useYearParam } from '../../components/use-year-param';

type Proposal = BranchItemProposalsQuery['branchItemProposals'][number];
type Filter = ProposalStatus | 'ALL';

const STATUS_COLORS: Record<ProposalStatus, string> = {
  PROPOSED: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
};

/** Pending proposals first, then by branch and code. */
export function sortProposals(list: readonly Proposal[]): Proposal[] {
  const rank = (p: Proposal) => (p.status === 'PROPOSED' ? 0 : 1);
  return [...list].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.branch?.name ?? '').localeCompare(b.branch?.name ?? '', 'zh-CN') ||
      a.itemCode.localeCompare(b.itemCode),
  );
}

function DecisionDialog({
  proposal,
  approve,
  onClose,
}: {
  proposal: Proposal | null;
  approve: boolean;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<{ reason: string }>();
  const errors = useFormErrors(form, { fields: ['reason'] });
  const [decide, { loading }] = useMutation(DecideBranchItemDocument, FORM_ERRORS);
  const item = proposal?.item as SpecialItem | undefined;
  const submit = async ({ reason }: { reason: string }) => {
    if (!proposal) return;
    errors.clear();
    try {
      await decide({
        variables: { id: proposal.id, approve, reason, expectedVersion: proposal.version },
      });
      form.resetFields();
      onClose();
    } catch (error) {
      errors.handle(error);
    }
  };
  return (
    <Modal
      open={!!proposal}
      title={t(approve ? 'specialItems.approveTitle' : 'specialItems.rejectTitle', {
        name: item ? (locale === 'zh-CN' ? item.nameZh : item.nameEn) : '',
      })}
      okText={t(approve ? 'specialItems.approve' : 'specialItems.reject')}
      okButtonProps={{ danger: !approve }}
      cancelText={t('cmt.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormErrorBanner message={errors.banner} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          label={t('specialItems.opinion')}
          rules={[{ required: true, whitespace: true, message: t('specialItems.opinionRequired') }]}
        >
          <Input.TextArea
            rows={3}
            placeholder={t(approve ? 'specialItems.approveHint' : 'specialItems.rejectHint')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 特色项目审批: the branch-chosen special items (支部自选) branches propose for a year; each scores
 * only once the committee approves it, and the decision carries the committee's opinion.
 */
export default function SpecialItemsPage() {
  const { t, locale } = useLocale();
  const [year, setYear] = useYearParam(currentYear());
  const [filter, setFilter] = useState<Filter>('PROPOSED');
  const [deciding, setDeciding] = useState<{ proposal: Proposal; approve: boolean } | null>(null);
  const { data, loading } = useQuery(BranchItemProposalsDocument, { variables: { year } });
  const all = useMemo(() => sortProposals(data?.branchItemProposals ?? []), [data]);
  const pending = all.filter((p) => p.status === 'PROPOSED').length;
  // The filters are named by the server, as the statuses in the table are.
  const statuses = useQuery(BranchItemProposalStatusesDocument).data?.branchItemProposalStatuses;
  const statusLabel = (status: ProposalStatus) =>
    statuses?.find((s) => s.status === status)?.label ?? '';
  const rows = filter === 'ALL' ? all : all.filter((p) => p.status === filter);
  const name = (item: SpecialItem) => (locale === 'zh-CN' ? item.nameZh : item.nameEn);

  const columns: TableProps<Proposal>['columns'] = [
    { title: t('cmt.branch'), key: 'branch', width: 140, render: (_, p) => p.branch?.name },
    {
      // The item with its points and code in one cell: the table fits a 1,280 px screen with the
      // proposal's reason and its status in view beside the actions.
      title: t('specialItems.item'),
      key: 'item',
      width: 230,
      render: (_, p) => {
        const item = p.item as SpecialItem & { rule: { unitPoints?: string } };
        return (
          <Space orientation="vertical" size={0}>
            <Typography.Text strong>{name(item)}</Typography.Text>
            <Typography.Text>
              {t('specialItems.pointsText', {
                unit: String(item.rule.unitPoints ?? '—'),
                cap: String(item.cap),
              })}
            </Typography.Text>
            <Typography.Text type="secondary" code>
              {p.itemCode}
            </Typography.Text>
          </Space>
        );
      },
    },
    {
      title: t('scheme.evidence'),
      key: 'evidence',
      width: 140,
      render: (_, p) => {
        const item = p.item as SpecialItem;
        return locale === 'zh-CN' ? item.evidence.zh : item.evidence.en;
      },
    },
    { title: t('specialItems.reason'), dataIndex: 'reason', key: 'reason' },
    {
      title: t('cmt.status'),
      key: 'status',
      width: 170,
      render: (_, p) => (
        <Space orientation="vertical" size={2}>
          <Tag color={STATUS_COLORS[p.status]}>{p.statusLabel}</Tag>
          {p.decisionReason && (
            <Typography.Text type="secondary">{p.decisionReason}</Typography.Text>
          )}
          {p.decidedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dayjs(p.decidedAt).format('YYYY-MM-DD HH:mm')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('cmt.actions'),
      key: 'actions',
      width: 150,
      fixed: 'end',
      render: (_, p) =>
        p.status === 'PROPOSED' ? (
          <Space>
            <Button
              size="small"
              type="primary"
              onClick={() => setDeciding({ proposal: p, approve: true })}
            >
              {t('specialItems.approve')}
            </Button>
            <Button
              size="small"
              danger
              onClick={() => setDeciding({ proposal: p, approve: false })}
            >
              {t('specialItems.reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <Card
      title={
        <Space wrap>
          <span>{t('specialItems.title')}</span>
          <YearSelect value={year} onChange={setYear} />
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('specialItems.intro')}
        </Typography.Paragraph>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            {
              value: 'PROPOSED',
              label: (
                <Space size={4}>
                  {statusLabel('PROPOSED')}
                  <Badge count={pending} size="small" />
                </Space>
              ),
            },
            { value: 'APPROVED', label: statusLabel('APPROVED') },
            { value: 'REJECTED', label: statusLabel('REJECTED') },
            { value: 'ALL', label: t('specialItems.all') },
          ]}
        />
        <Table<Proposal>
          rowKey="id"
          size="middle"
          loading={loading && !data}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 960 }}
          data-testid="proposals"
        />
      </Space>
      <DecisionDialog
        proposal={deciding?.proposal ?? null}
        approve={deciding?.approve ?? true}
        onClose={() => setDeciding(null)}
      />
    </Card>
  );
}
