import { useQuery } from '@apollo/client/react';
import {
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
import { RosterDocument, type MemberStatus, type RosterQuery } from '../../graphql/graphql';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useT } from '../../app/i18n';

type MemberRow = RosterQuery['members'][number];
type StatusFilter = 'ALL' | MemberStatus;

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

/** 党员名册: the active branch's members. */
export default function RosterPage() {
  const t = useT();
  const { branchId, branch } = useActiveBranch();
  const [name, setName] = useState('');
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const { data, loading } = useQuery(RosterDocument, {
    variables: { branchId },
    skip: !branchId,
  });
  const rows = useMemo(
    () => filterMembers(data?.members ?? [], name, status),
    [data, name, status],
  );

  const columns: TableProps<MemberRow>['columns'] = [
    { title: t('roster.name'), dataIndex: 'name', key: 'name', fixed: 'start', width: 110 },
    {
      title: t('roster.status'),
      dataIndex: 'status',
      key: 'status',
      width: 120,
      render: (value: MemberStatus) => (
        <Tag color={value === 'FULL' ? 'red' : 'orange'}>{t(`status.${value}`)}</Tag>
      ),
    },
    { title: t('roster.position'), dataIndex: 'position', key: 'position', ellipsis: true },
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

  if (!branchId) return <Empty description={t('roster.noBranch')} />;

  return (
    <Card
      title={
        <Space wrap>
          <span>{t('roster.title')}</span>
          {branch && <Typography.Text type="secondary">{branch.name}</Typography.Text>}
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
            { value: 'FULL', label: t('status.FULL') },
            { value: 'PROBATIONARY', label: t('status.PROBATIONARY') },
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
        scroll={{ x: 600 }}
      />
    </Card>
  );
}
