import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, DatePicker, Select, Space, Table, Tag, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useLocale } from '../../app/i18n';
import { roleLabelKey } from '../../app/roles';
import type { AuditEntriesQuery } from '../../graphql/graphql';
import {
  AuditChainStatusDocument,
  AuditEntriesDocument,
  AuditFiltersDocument,
} from '../../graphql/graphql';
import { AuditChange } from './AuditChange';
import { AuditSubject } from './AuditSubject';

type Entry = AuditEntriesQuery['auditEntries']['entries'][number];
type Filters = {
  branchId?: string;
  actorUserId?: string;
  operation?: string;
  entityName?: string;
  period?: [Dayjs, Dayjs] | null;
};
const PAGE = 20;

/** 审计日志: the committee browses the whole bureau's log, a secretary their branch's (server-walled). */
export default function AuditPage() {
  const { t, locale } = useLocale();
  const en = locale === 'en';
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const options = useQuery(AuditFiltersDocument);
  const { period, ...rest } = filters;
  const { data, loading } = useQuery(AuditEntriesDocument, {
    variables: {
      filter: {
        ...rest,
        from: period ? period[0].startOf('day').toISOString() : null,
        to: period ? period[1].endOf('day').toISOString() : null,
      },
      offset: (page - 1) * PAGE,
      limit: PAGE,
    },
  });
  const [verify, chain] = useLazyQuery(AuditChainStatusDocument, { fetchPolicy: 'network-only' });
  const set = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const catalogue = options.data?.auditCatalogue;
  const label = (c: { label: string; labelEn: string }) => (en ? c.labelEn : c.label);

  const columns: TableProps<Entry>['columns'] = [
    { title: t('audit.seq'), dataIndex: 'seq', key: 'seq', width: 64 },
    {
      title: t('audit.at'),
      dataIndex: 'at',
      key: 'at',
      width: 170,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      title: t('audit.operation'),
      key: 'operation',
      render: (_, e) => (en ? e.operationLabelEn : e.operationLabel),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 220,
      render: (_, e) => <AuditSubject entry={e} />,
    },
    {
      title: t('audit.branch'),
      key: 'branch',
      width: 150,
      render: (_, e) => e.branch?.name ?? t('audit.bureauWide'),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 180,
      render: (_, e) => (
        <Space size={4} wrap>
          <span>{e.actorName ?? t('audit.system')}</span>
          {e.role && <Tag>{t(roleLabelKey(e.role))}</Tag>}
        </Space>
      ),
    },
  ];

  const status = chain.data?.auditChainStatus;
  return (
    <Card
      title={t('audit.title')}
      extra={
        catalogue?.canVerifyChain && (
          <Button loading={chain.loading} onClick={() => void verify()}>
            {t('audit.verify')}
          </Button>
        )
      }
    >
      {status && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={status.ok ? 'success' : 'error'}
          data-testid="chain-status"
          title={
            status.ok
              ? t('audit.verifyOk', { entries: status.entries })
              : t('audit.verifyBroken', {
                  seq: status.brokenAt ?? '',
                  reason: (en ? status.reasonEn : status.reason) ?? '',
                })
          }
          description={t('audit.checkedAt', {
            at: dayjs(status.checkedAt).format('YYYY-MM-DD HH:mm:ss'),
          })}
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={t('audit.branch')}
          placeholder={t('audit.allBranches')}
          style={{ width: 180 }}
          value={filters.branchId}
          onChange={(branchId?: string) => set({ branchId })}
          options={(options.data?.branches ?? []).map((b) => ({ value: b.id, label: b.name }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('audit.actor')}
          placeholder={t('audit.allActors')}
          style={{ width: 180 }}
          value={filters.actorUserId}
          onChange={(actorUserId?: string) => set({ actorUserId })}
          options={(options.data?.users ?? []).map((u) => ({
            value: u.id,
            label: `${u.displayName}${t('app.aside', { text: u.loginName })}`,
          }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('audit.operation')}
          placeholder={t('audit.allOperations')}
          style={{ width: 200 }}
          value={filters.operation}
          onChange={(operation?: string) => set({ operation })}
          options={(catalogue?.operations ?? []).map((o) => ({ value: o.code, label: label(o) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('audit.entity')}
          placeholder={t('audit.allEntities')}
          style={{ width: 160 }}
          value={filters.entityName}
          onChange={(entityName?: string) => set({ entityName })}
          options={(catalogue?.entities ?? []).map((o) => ({ value: o.code, label: label(o) }))}
        />
        <DatePicker.RangePicker
          aria-label={t('audit.period')}
          value={filters.period ?? null}
          onChange={(range) =>
            set({ period: range?.[0] && range[1] ? [range[0], range[1]] : null })
          }
        />
      </Space>
      <Table<Entry>
        rowKey="seq"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.auditEntries.entries ?? []}
        expandable={{
          expandedRowRender: (e) => <AuditChange changes={e.changes} />,
        }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: data?.auditEntries.total ?? 0,
          showSizeChanger: false,
          showTotal: (count) => t('audit.total', { count }),
          onChange: setPage,
        }}
        scroll={{ x: 900 }}
      />
    </Card>
  );
}
