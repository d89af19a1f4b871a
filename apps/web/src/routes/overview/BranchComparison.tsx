import { Table, Tag, Typography, type TableProps } from 'antd';
import { useLocale } from '../../app/i18n';
import { BAND_COLORS } from '../../components/outcome-band';
import type { BranchComparisonRowFragment } from '../../graphql/graphql';
import { label } from './overview-charts';

type Group = BranchComparisonRowFragment;

/** 支部对比: each branch's member count, mean, median, extremes, parts and bands, from the server. */
export function BranchComparison({
  groups,
  minGroupSize,
}: {
  groups: Group[];
  minGroupSize: number;
}) {
  const { t, locale } = useLocale();
  const hidden = (g: Group, text: string | null | undefined) =>
    g.suppressed ? (
      <Typography.Text type="secondary">
        {t('overview.suppressed', { n: minGroupSize })}
      </Typography.Text>
    ) : (
      (text ?? '—')
    );
  const categories = groups.find((g) => g.categories.length)?.categories ?? [];
  const columns: TableProps<Group>['columns'] = [
    {
      title: t('cmt.branch'),
      key: 'branch',
      fixed: 'start',
      // A branch's name on one line: the figures scroll, not the names.
      width: 180,
      render: (_, g) => g.key.branchName,
    },
    {
      title: t('overview.members'),
      key: 'members',
      align: 'right',
      render: (_, g) => hidden(g, g.memberCount?.toString()),
    },
    {
      title: t('overview.mean'),
      key: 'mean',
      align: 'right',
      render: (_, g) => hidden(g, g.total?.mean),
    },
    {
      title: t('overview.median'),
      key: 'median',
      align: 'right',
      render: (_, g) => hidden(g, g.total?.median),
    },
    {
      title: t('overview.min'),
      key: 'min',
      align: 'right',
      render: (_, g) => hidden(g, g.total?.min),
    },
    {
      title: t('overview.max'),
      key: 'max',
      align: 'right',
      render: (_, g) => hidden(g, g.total?.max),
    },
    {
      title: t('cmt.base'),
      key: 'base',
      align: 'right',
      render: (_, g) => hidden(g, g.base?.mean),
    },
    ...categories.map((c) => ({
      title: locale === 'en' ? c.nameEn : c.nameZh,
      key: c.code,
      align: 'right' as const,
      render: (_: unknown, g: Group) =>
        hidden(g, g.categories.find((x) => x.code === c.code)?.score.mean),
    })),
    {
      title: t('cmt.special'),
      key: 'special',
      align: 'right',
      render: (_, g) => hidden(g, g.special?.mean),
    },
    {
      title: t('cmt.evaluation'),
      key: 'evaluation',
      align: 'right',
      render: (_, g) => hidden(g, g.evaluation?.mean),
    },
    {
      title: t('cmt.outcome'),
      key: 'bands',
      // What the committee reads first stays in view while the figures scroll beneath it.
      fixed: 'end',
      width: 190,
      render: (_, g) =>
        g.bands.map((b) => (
          <Tag key={b.band} color={BAND_COLORS[b.band]?.tag}>
            {label(locale, b)} {b.count}
          </Tag>
        )),
    },
  ];
  return (
    <Table<Group>
      rowKey={(g) => g.key.branchId ?? ''}
      size="small"
      columns={columns}
      dataSource={groups}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="branch-comparison"
    />
  );
}
