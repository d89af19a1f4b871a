import { parseExact, roundToText } from '@jifen/scoring';
import { expect } from 'vitest';
import type { Branch } from '../../src/modules/org/branches/branch.entity.js';
import { MemberStatus } from '../../src/modules/org/members/member.entity.js';
import { refreshScoreSummaries } from '../../src/modules/scores/summaries/score-summaries.service.js';
import type { SummaryMonth } from '../../src/modules/scores/score-summary.entity.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { demoLookup } from './demo-lookup.js';
import {
  branchByName,
  bureauEm,
  createBranch,
  createMember,
  createMembers,
  holdSession,
  publishDefaultScheme,
  recordMonthsThrough,
  recordQuota,
} from './ledger.js';

// The bureau the statistics tests read: a branch of seven whose 2026 totals differ (some are
// thirds, not decimals), a branch of two (below the minimum group size) and the demo's office
// branch, every month recorded and every summary refreshed.

export type Figures = { count: number; mean: string; median: string; min: string; max: string };
export type Group = {
  key: {
    branchId: string | null;
    branchName: string | null;
    groupName: string | null;
    quarter: number | null;
    month: string | null;
    partCode: string | null;
    partNameZh: string | null;
    band: string | null;
    bandLabelZh: string | null;
    memberStatus: string | null;
  };
  suppressed: boolean;
  memberCount: number | null;
  total: Figures | null;
  base: Figures | null;
  special: Figures | null;
  evaluation: Figures | null;
  categories: { code: string; nameZh: string; score: Figures }[];
  bands: { band: string; labelZh: string; count: number; projectedCount: number }[];
  provisional: boolean;
  histogram: { from: string; to: string; count: number }[];
};
export type Stats = { scoreStatistics: { minGroupSize: number; groups: Group[] } };

const FIG = 'count mean median min max';
export const STATS = `query($f: StatisticsFilter!, $g: [StatisticsDimension!], $w: Int) {
  scoreStatistics(filter: $f, groupBy: $g, bucketWidth: $w) {
    minGroupSize
    groups {
      key { branchId branchName groupName quarter month partCode partNameZh band bandLabelZh memberStatus }
      suppressed memberCount provisional
      total { ${FIG} } base { ${FIG} } special { ${FIG} } evaluation { ${FIG} }
      categories { code nameZh score { ${FIG} } }
      bands { band labelZh count projectedCount }
      histogram { from to count }
    }
  }
}`;

/** The exact figures of a list of exact texts, rounded as the 2021 scheme rounds (2 places, half-up). */
export function expected(exacts: string[]): Figures {
  const values = exacts.map((e) => parseExact(e)).sort((a, b) => a.compare(b));
  const n = values.length;
  const round = (v: (typeof values)[number]) => roundToText(v, { decimals: 2, mode: 'half-up' });
  const sum = values.reduce((a, b) => a.add(b));
  const median = values[Math.floor((n - 1) / 2)]!.add(values[Math.floor(n / 2)]!).div(2);
  return {
    count: n,
    mean: round(sum.div(n)),
    median: round(median),
    min: round(values[0]!),
    max: round(values[n - 1]!),
  };
}

export type SummaryRow = {
  branch_id: string;
  member_id: string;
  period: string;
  total_exact: string;
  base_exact: string;
  special_exact: string;
  outcome_band: string | null;
  projection_band: string | null;
  months: SummaryMonth[] | null;
};

export type StatisticsBureau = Awaited<ReturnType<typeof statisticsBureau>>;

export async function statisticsBureau() {
  const server: TestServer = await startTestServer({}, { template: 'roster' });
  const { bureauId } = await demoLookup(server.db);
  const em = bureauEm(server.db, bureauId);
  await publishDefaultScheme(em, bureauId);
  const office: Branch = await branchByName(em, '办公室党支部');
  const tested = await createBranch(em, bureauId, '统计测试党支部', 'STAT');
  const tiny = await createBranch(em, bureauId, '两人党支部', 'TWO');
  const people = await createMembers(em, tested, 6, '统计');
  const probationary = await createMember(em, tested, '预备统计', {
    status: MemberStatus.PROBATIONARY,
  });
  const pair = await createMembers(em, tiny, 2, '两人');
  // Different months, sessions and logins, so totals differ and some are thirds, not decimals.
  await holdSession(em, tested, 'group-study', '2026-01-12', people.slice(0, 4));
  await holdSession(em, tested, 'group-study', '2026-02-10', people.slice(0, 2));
  await holdSession(em, tested, 'party-lecture', '2026-03-05', [...people.slice(1), probationary]);
  const logins = ['31', '29', '27', '20', '12', '0'];
  for (const [i, member] of people.entries()) {
    await recordQuota(em, member, '2026-01', 'study-app-login', logins[i]!);
    await recordQuota(em, member, '2026-02', 'study-app-login', logins[(i + 2) % 6]!);
  }
  await recordQuota(em, pair[0]!, '2026-01', 'study-app-login', '30');
  // A year is scored through each branch's recorded months (issue #16): all twelve are recorded.
  for (const branch of [tested, tiny, office]) await recordMonthsThrough(em, branch, '2026-12');
  await em.transactional((tx) =>
    refreshScoreSummaries(
      tx,
      2026,
      [...people, probationary, ...pair].map((m) => m.id),
    ),
  );
  const stats = (token: string, filter: object, groupBy: string[] = [], w?: number) =>
    server.gql<Stats>(STATS, { f: { year: 2026, ...filter }, g: groupBy, w }, token);
  return {
    server,
    bureauId,
    office,
    tested,
    tiny,
    analyst: await server.login('analyst'),
    secretary: await server.login('shuji1'),
    stats,
    /** The groups of a statistics query that must succeed. */
    async groups(token: string, filter: object, groupBy: string[] = [], w?: number) {
      const res = await stats(token, filter, groupBy, w);
      expect(res.errors).toBeUndefined();
      return res.data!.scoreStatistics.groups;
    },
    /** The bureau's stored 2026 summaries of a period, read past the walls. */
    summaries: (period = 'year') =>
      server.db.ownerQuery<SummaryRow>(
        `select branch_id, member_id, period, total_exact, base_exact, special_exact, outcome_band, projection_band, months
           from score_summary where bureau_id = $1 and year = 2026 and period = $2`,
        [bureauId, period],
      ),
  };
}
