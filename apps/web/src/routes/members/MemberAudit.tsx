import { useQuery } from '@apollo/client/react';
import { Table } from 'antd';
import dayjs from 'dayjs';
import { useLocale } from '../../app/i18n';
import { MemberAuditDocument, type MemberAuditQuery } from '../../graphql/graphql';
import { AuditChange } from '../audit/AuditChange';
import { AuditSubject } from '../audit/AuditSubject';

type Entry = MemberAuditQuery['auditEntries']['entries'][number];

/**
 * The audit entries about one member, newest first, each change in words: their own record,
 * declarations and warning cases, and the entries that record them among others (a quarter's
 * signature, the grades), of which the server sends their own rows only.
 */
export function MemberAudit({ memberId }: { memberId: string }) {
  const { t, locale } = useLocale();
  const en = locale === 'en';
  const { data, loading } = useQuery(MemberAuditDocument, {
    variables: { memberId },
  });
  return (
    <Table<Entry>
      size="small"
      rowKey="seq"
      loading={loading && !data}
      data-testid="member-audit"
      locale={{ emptyText: t('member.auditEmpty') }}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      dataSource={data?.auditEntries.entries ?? []}
      expandable={{ expandedRowRender: (e) => <AuditChange changes={e.changes} /> }}
      columns={[
        {
          title: t('member.auditAt'),
          key: 'at',
          width: 170,
          render: (_, e) => dayjs(e.at).format('YYYY-MM-DD HH:mm'),
        },
        {
          title: t('member.auditOperation'),
          key: 'operation',
          render: (_, e) => (en ? e.operationLabelEn : e.operationLabel),
        },
        {
          title: t('audit.entity'),
          key: 'entity',
          render: (_, e) => <AuditSubject entry={e} />,
        },
        {
          title: t('member.auditActor'),
          key: 'actor',
          render: (_, e) => e.actorName ?? t('audit.system'),
        },
      ]}
    />
  );
}
