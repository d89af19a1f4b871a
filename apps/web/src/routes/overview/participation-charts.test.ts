import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n';
import { itemsOf, participationChart, type ParticipationRow } from './participation-charts';

const study = { itemCode: 'study-app-login', nameZh: '学习强国', nameEn: 'Xuexi Qiangguo' };
const dues = { itemCode: 'dues', nameZh: '党费', nameEn: 'Party dues' };
const row = (
  id: string,
  name: string,
  figures: Partial<ParticipationRow> & { suppressed?: boolean },
): ParticipationRow => ({
  key: { branchId: id, branchName: name },
  provisional: false,
  suppressed: false,
  memberCount: 10,
  attendanceRate: null,
  quotas: [],
  dues: [],
  violations: [],
  ...figures,
});

const groups = [
  row('a', '甲支部', {
    attendanceRate: '87.50',
    quotas: [{ ...study, unitZh: '天', unitEn: 'days', average: '25.10', fullShare: '40.00' }],
    dues: [{ ...dues, onTimeShare: '97.00' }],
  }),
  // No 学习强国 line in its ledger: the chart leaves a gap, not a zero.
  row('b', '乙支部', { attendanceRate: '66.67', dues: [{ ...dues, onTimeShare: '100.00' }] }),
  row('c', '丙支部', { suppressed: true, memberCount: null }),
];

describe('participation by branch draws the server’s rates as they are', () => {
  it('puts each branch’s attendance, full-month and on-time shares side by side', () => {
    const option = participationChart(groups, 'zh-CN', translator('zh-CN')) as {
      xAxis: { data: string[] };
      series: { name: string; data: (number | null)[] }[];
      legend: { top?: number; bottom?: number };
      dataZoom?: unknown;
    };
    // A suppressed branch is left out rather than drawn as zero.
    expect(option.xAxis.data).toEqual(['甲支部', '乙支部']);
    // The legend sits above the bars, clear of the slanted branch names at the bottom.
    expect(option.legend).toMatchObject({ top: 0 });
    expect(option.legend.bottom).toBeUndefined();
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['组织生活出席率', [87.5, 66.67]],
      ['学习强国达标占比', [40, null]],
      ['党费按时缴纳占比', [97, 100]],
    ]);
    expect(option.dataZoom).toBeUndefined();
  });

  it('names the series in English for an English reader and scrolls a large bureau', () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      row(`b${i}`, `Branch ${i}`, { attendanceRate: '50.00' }),
    );
    const option = participationChart(many, 'en', translator('en')) as {
      series: { name: string }[];
      dataZoom?: unknown[];
    };
    expect(option.series.map((s) => s.name)).toEqual(['Attendance rate']);
    expect(option.dataZoom).toHaveLength(1);
  });

  it('draws nothing when every branch is too small to show', () => {
    expect(participationChart([groups[2]!], 'zh-CN', translator('zh-CN'))).toBeNull();
  });

  it('lists each item once, in the order the server gives them', () => {
    expect(itemsOf(groups, (g) => g.dues).map((d) => d.itemCode)).toEqual(['dues']);
    expect(itemsOf(groups, (g) => g.quotas).map((q) => q.itemCode)).toEqual(['study-app-login']);
  });
});
