import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n';
import type { MyScoreQuery } from '../../graphql/graphql';
import { defaultPeriod, groupLines, totalColor } from './MyScoresPage';

type Score = MyScoreQuery['memberScore'];
const line = (over: Partial<Score['lines'][number]>): Score['lines'][number] => ({
  section: 'base',
  category: 'political-study',
  itemCode: 'study-app-login',
  kind: 'monthlyQuota',
  month: '2026-03',
  labelZh: '登录学习强国',
  labelEn: 'Study app login',
  textZh: '登录学习强国 2026-03',
  textEn: 'Study app login 2026-03',
  points: '12',
  ...over,
});

describe('my scores', () => {
  it('opens on last month', () => {
    expect(defaultPeriod(dayjs('2026-11-23'))).toMatchObject({
      kind: 'month',
      year: 2026,
      month: 10,
      quarter: 4,
    });
    expect(defaultPeriod(dayjs('2026-01-05'))).toMatchObject({ year: 2025, month: 12, quarter: 4 });
  });

  it('colours the total by its band only once the year is final', () => {
    const outcome = (band: string) => ({ band }) as Score['outcome'];
    // A month, a quarter or a running year: no band, the text's own colour (never the red of a warning).
    expect(totalColor({ provisional: true, outcome: null })).toBeUndefined();
    expect(totalColor({ provisional: true, outcome: outcome('redWarning') })).toBeUndefined();
    expect(totalColor({ provisional: false, outcome: null })).toBeUndefined();
    expect(totalColor({ provisional: false, outcome: outcome('none') })).toBeUndefined();
    expect(totalColor({ provisional: false, outcome: outcome('redWarning') })).toBe('#cf1322');
    expect(totalColor({ provisional: false, outcome: outcome('priorityCandidate') })).toBe(
      '#389e0d',
    );
  });

  it('groups the lines as the form does: categories, then special, evaluation and rounding', () => {
    const score = {
      categories: [
        { code: 'political-study', nameZh: '政治学习', nameEn: 'Political study', value: '28.80' },
        {
          code: 'organisational-life',
          nameZh: '组织生活',
          nameEn: 'Organisational life',
          value: '30.00',
        },
      ],
      special: { value: '5.00' },
      evaluation: null,
      lines: [
        line({ month: '2026-04' }),
        line({ month: '2026-03' }),
        line({ section: 'special', category: null, itemCode: 'volunteer-service' }),
        line({ section: 'total', category: null, itemCode: null, kind: 'rounding', month: null }),
      ],
    } as unknown as Score;
    const groups = groupLines(score, 'zh-CN', translator('zh-CN'));
    expect(groups.map((g) => [g.title, g.points, g.lines.length])).toEqual([
      ['政治学习', '28.80', 2],
      ['特色分', '5.00', 1],
      ['合计与舍入', null, 1],
    ]);
    expect(groups[0]!.lines.map((l) => l.month)).toEqual(['2026-03', '2026-04']);
    expect(groupLines(score, 'en', translator('en'))[0]!.title).toBe('Political study');
  });
});
