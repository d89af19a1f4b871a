import { useQuery } from '@apollo/client/react';
import { Empty, Table } from 'antd';
import { useLocale } from '../../app/i18n';
import {
  DeclarationHistory,
  DeclarationStatusTag,
} from '../../components/declarations/DeclarationHistory';
import { useYearScheme } from '../../components/use-year-scheme';
import { MemberDeclarationsDocument, type DeclarationFieldsFragment } from '../../graphql/graphql';

/** The member's declarations of the year: item, points, state, and each one's history. */
export function MemberDeclarations({ memberId, year }: { memberId: string; year: number }) {
  const { t, locale } = useLocale();
  const { names } = useYearScheme(year);
  const { data, loading } = useQuery(MemberDeclarationsDocument, {
    variables: { filter: { year, memberId } },
  });
  const rows = data?.declarations ?? [];
  const itemName = (code: string) => {
    const info = names.get(code);
    return info ? (locale === 'en' ? info.nameEn : info.nameZh) : '';
  };
  if (!loading && rows.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('member.declarationsEmpty')} />
    );
  return (
    <Table<DeclarationFieldsFragment>
      size="small"
      rowKey="id"
      loading={loading && !data}
      pagination={{ pageSize: 12, hideOnSinglePage: true, showSizeChanger: false }}
      data-testid="member-declarations"
      dataSource={[...rows]}
      expandable={{
        expandedRowRender: (d) => <DeclarationHistory events={d.events} />,
        rowExpandable: (d) => d.events.length > 0,
      }}
      columns={[
        { title: t('declare.month'), dataIndex: 'month', key: 'month', width: 90 },
        {
          title: t('declare.item'),
          key: 'item',
          render: (_, d) => (
            <>
              {itemName(d.itemCode)}
              {d.description && <div style={{ opacity: 0.65 }}>{d.description}</div>}
            </>
          ),
        },
        {
          title: t('declare.points'),
          dataIndex: 'declaredPoints',
          key: 'declared',
          align: 'end',
          width: 90,
        },
        {
          title: t('member.countedPoints'),
          key: 'counted',
          align: 'end',
          width: 90,
          render: (_, d) => d.countedPoints ?? '',
        },
        {
          title: t('member.declarationState'),
          key: 'status',
          render: (_, d) => <DeclarationStatusTag declaration={d} />,
        },
      ]}
    />
  );
}
