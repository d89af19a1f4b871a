import ExcelJS from 'exceljs';
import { OUTCOME_BANDS } from '@jifen/scoring';
import { XLSX_MIME } from '../../http/media-types.js';
import type {
  ScoreStatistics,
  StatisticsAggregate,
  StatisticsFile,
  StatisticsGroup,
  StatisticsKey,
} from './statistics.types.js';
import { StatisticsDimension as D } from './statistics.types.js';

/** The columns a dimension adds to the table (zh-CN / English header) and its cell. */
const KEY_COLUMNS: Record<
  D,
  { header: string; cell: (k: StatisticsKey) => string | number | null }
> = {
  [D.BRANCH]: { header: '支部 Branch', cell: (k) => k.branchName },
  [D.GROUP]: { header: '党小组 Group', cell: (k) => k.groupName ?? '未分组' },
  [D.QUARTER]: { header: '季度 Quarter', cell: (k) => (k.quarter ? `第${k.quarter}季度` : null) },
  [D.MONTH]: { header: '月份 Month', cell: (k) => k.month },
  [D.CATEGORY]: { header: '类别 Category', cell: (k) => k.partNameZh },
  [D.ITEM]: { header: '项目 Item', cell: (k) => k.partNameZh },
  [D.BAND]: { header: '结果区间 Band', cell: (k) => k.bandLabelZh },
  [D.MEMBER_STATUS]: { header: '党员类别 Status', cell: (k) => k.memberStatusLabelZh },
};

const MEASURES = [
  ['total', '合计 Total'],
  ['base', '基础分 Base'],
  ['special', '特色分 Special'],
  ['evaluation', '评议分 Evaluation'],
] as const;
const FIGURES = [
  ['mean', '均值 mean'],
  ['median', '中位数 median'],
  ['min', '最低 min'],
  ['max', '最高 max'],
] as const;

const number = (text: string | null | undefined) => (text == null ? null : Number(text));

/**
 * A statistics table as the screen shows it: one row per group, its keys, the member count, each
 * part's mean, median, minimum and maximum, and the count in each band. Figures are the server's
 * rounded texts written as numbers, so Excel sums and charts them.
 */
export async function statisticsWorkbook(
  year: number,
  stats: ScoreStatistics,
): Promise<StatisticsFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('得分统计', { views: [{ state: 'frozen', ySplit: 1 }] });
  const keys = stats.groupBy.map((d) => KEY_COLUMNS[d]);
  const header = [
    ...keys.map((k) => k.header),
    '人数 Members',
    ...MEASURES.flatMap(([, m]) => FIGURES.map(([, f]) => `${m} ${f}`)),
    ...OUTCOME_BANDS.map((b) => `${b.label.zh} ${b.label.en}`),
  ];
  sheet.addRow(header);
  sheet.getRow(1).font = { bold: true };
  const cells = (g: StatisticsGroup) => {
    const part = (a: StatisticsAggregate | null) => FIGURES.map(([f]) => number(a?.[f]));
    return [
      ...keys.map((k) => k.cell(g.key)),
      g.suppressed ? `< ${stats.minGroupSize}` : g.memberCount,
      ...MEASURES.flatMap(([m]) => part(g[m])),
      ...OUTCOME_BANDS.map((b) =>
        g.suppressed ? null : (g.bands.find((x) => x.band === b.band)?.count ?? 0),
      ),
    ];
  };
  for (const group of stats.groups) sheet.addRow(cells(group));
  sheet.columns.forEach((column, i) => {
    column.width = i < keys.length ? 18 : 12;
  });
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${year}年得分统计.xlsx`,
    mimeType: XLSX_MIME,
    contentBase64: file.toString('base64'),
    rowCount: stats.groups.length,
  };
}
