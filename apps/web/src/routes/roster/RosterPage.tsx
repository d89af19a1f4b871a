import { useQuery } from '@apollo/client/react';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Input,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  MemberStatusesDocument,
  RosterBranchDocument,
  RosterDocument,
  type MemberStatus,
  type RosterMemberFragment,
} from '../../graphql/graphql';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useT } from '../../app/i18n';
import { memberPath } from '../../app/navigation';
import { FullMembershipDialog } from './FullMembershipDialog';
import { LeavingDialog } from './LeavingDialog';
import { MemberActions, type MemberDialog } from './MemberActions';
import { MemberFormDialog } from './MemberFormDialog';
import { RosterExportButton } from './RosterExportButton';
import { RosterImportDialog } from './RosterImportDialog';
import { TransferDialog } from './TransferDialog';

type MemberRow = RosterMemberFragment;
type StatusFilter = 'ALL' | MemberStatus;
type Open = { dialog: MemberDialog | 'add' | 'import'; member: MemberRow | null } | null;

/** Filters by name (any part of it) and by status; pure, for the table and its tests. */
export function filterMembers(
  members: readonly MemberRow[],
  name: string,
  status: StatusFilter,
): MemberRow[] {
  const needle = name.trim();
  return members.filter(
    (m) => (status === 'ALL' || m.status === status) && (!needle || m.name.includes(needle)),
  );
}

/** 党员名册: the active branch's members; editing, import and export as the server allows. */
export default function RosterPage() {
  const t = useT();
  const statuses = useQuery(MemberStatusesDocument).data?.memberStatuses ?? [];
  const { branchId, branch } = useActiveBranch();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [open, setOpen] = useState<Open>(null);
  const { data, loading } = useQuery(RosterDocument, {
    variables: { branchId },
    skip: !branchId,
  });
  const roster = useQuery(RosterBranchDocument, {
    variables: { id: branchId ?? '' },
    skip: !branchId,
  });
  const actions = roster.data?.branch.rosterActions ?? [];
  const groups = roster.data?.branch.groups ?? [];
  const rows = useMemo(
    () => filterMembers(data?.members ?? [], name, status),
    [data, name, status],
  );
  const close = () => setOpen(null);
  const memberIn = (dialog: MemberDialog) => (open?.dialog === dialog ? open.member : null);

  const columns: TableProps<MemberRow>['columns'] = [
    {
      title: t('roster.name'),
      key: 'name',
      fixed: 'start',
      width: 110,
      render: (_, m) => <Link to={memberPath(m.id)}>{m.name}</Link>,
    },
    {
      title: t('roster.status'),
      dataIndex: 'status',
      key: 'status',
      width: 120,
      render: (value: MemberStatus, m) => (
        <Tag color={value === 'FULL' ? 'red' : 'orange'}>{m.statusLabel}</Tag>
      ),
    },
    { title: t('roster.position'), dataIndex: 'position', key: 'position', ellipsis: true },
    {
      title: t('roster.group'),
      key: 'group',
      width: 120,
      render: (_, m) => m.group?.name ?? '',
    },
    { title: t('roster.joinedOn'), dataIndex: 'joinedOn', key: 'joinedOn', width: 120 },
    {
      title: t('roster.active'),
      dataIndex: 'active',
      key: 'active',
      width: 100,
      render: (active: boolean) =>
        active ? t('roster.activeYes') : <Tag>{t('roster.activeNo')}</Tag>,
    },
  ];
  if (rows.some((m) => m.availableActions.some((a) => a !== 'readAudit')))
    columns.push({
      title: t('roster.actions'),
      key: 'actions',
      width: 220,
      render: (_, m) => (
        <MemberActions member={m} onOpen={(dialog, member) => setOpen({ dialog, member })} />
      ),
    });

  if (!branchId) return <Empty description={t('roster.noBranch')} />;

  return (
    <Card
      title={
        <Space wrap>
          <span>{t('roster.title')}</span>
          {branch && <Typography.Text type="secondary">{branch.name}</Typography.Text>}
        </Space>
      }
      extra={
        <Space wrap>
          {actions.includes('create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ dialog: 'add', member: null })}
            >
              {t('roster.add')}
            </Button>
          )}
          {actions.includes('import') && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setOpen({ dialog: 'import', member: null })}
            >
              {t('roster.import')}
            </Button>
          )}
          {actions.includes('export') && <RosterExportButton branchId={branchId} />}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('roster.search')}
          aria-label={t('roster.search')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          style={{ width: 200 }}
        />
        <Segmented<StatusFilter>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'ALL', label: t('roster.all') },
            ...statuses.map((s) => ({ value: s.status, label: s.label })),
          ]}
        />
        <Typography.Text type="secondary" data-testid="roster-count">
          {t('roster.total', { count: rows.length })}
        </Typography.Text>
      </Space>
      <Table<MemberRow>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 800 }}
      />
      <MemberFormDialog
        open={open?.dialog === 'add' || open?.dialog === 'edit'}
        branchId={branchId}
        groups={groups}
        member={memberIn('edit')}
        onClose={close}
      />
      <FullMembershipDialog member={memberIn('fullMembership')} onClose={close} />
      <TransferDialog member={memberIn('transfer')} onClose={close} />
      <LeavingDialog member={memberIn('leave')} onClose={close} />
      {open?.dialog === 'import' && <RosterImportDialog branchId={branchId} onClose={close} />}
    </Card>
  );
}
