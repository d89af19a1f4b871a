import type { EntityManager } from '@mikro-orm/postgresql';
import {
  OUTCOME_BANDS,
  parseDecimal,
  roundToText,
  type Exact,
  type RoundingRule,
} from '@jifen/scoring';
import type { Actor } from '../../auth/actor.js';
import { NotFoundError } from '../../graphql/errors.js';
import { uuidArray } from '../../db/rows/sql-arrays.js';
import { say } from '../../graphql/locale.js';
import { MEMBER_STATUS_LABELS } from '../org/members/member-labels.js';
import type { MemberStatus } from '../org/members/member.entity.js';
import { readYearSchemesAcrossBranches } from '../schemes/year-schemes-read.js';
import { type PartNames, yearPartNames } from '../scores/summary-parts.js';
import { ensureFreshSummaries } from '../scores/summaries/score-summaries.service.js';
import type { SummaryFreshness } from '../scores/summaries/summary-freshness.js';
import { countedBandLabel } from './band.js';
import { ALL_PARTS, scoreStatisticsSql, type StatisticsParts } from './score-statistics.sql.js';
import { statisticsRequest } from './statistics-filter.js';
import { StatisticsDimension } from './statistics.types.js';
import { compareGroupNames } from '../org/branches/group-order.js';
import type {
  ScoreStatistics,
  StatisticsAggregate,
  StatisticsFilter,
  StatisticsGroup,
  StatisticsKey,
} from './statistics.types.js';

type Agg = {
  n: number;
  sum: string | null;
  min: string | null;
  max: string | null;
  mid: string[] | null;
};
type Row = Record<string, unknown> & {
  k: Record<string, string | number | null>;
  members: number;
  part_ord: string | null;
  branch_name: string | null;
  group_name: string | null;
  parts: (Record<string, unknown> & { code: string })[] | null;
  bands: Record<string, number> | null;
  provisional: boolean;
  histogram: [number, number][] | null;
  rounding: RoundingRule | null;
  as_of: string | null;
};

const DEFAULT_ROUNDING: RoundingRule = { decimals: 2, mode: 'half-up' };
// The numerics come to 40 places with an error below 10⁻³⁰ (score-statistics.sql.ts): rounding
// them to 30 places first gives the exact value whenever it has 30 places or fewer — every mean
// of scores on a bounded denominator lands on a rounding boundary exactly, never just beside it.
const SNAP: RoundingRule = { decimals: 30, mode: 'half-up' };

function agg(row: Record<string, unknown>, name: string): Agg {
  return {
    n: Number(row[`${name}_n`] ?? 0),
    sum: (row[`${name}_sum`] as string | null) ?? null,
    min: (row[`${name}_min`] as string | null) ?? null,
    max: (row[`${name}_max`] as string | null) ?? null,
    mid: (row[`${name}_mid`] as string[] | null) ?? null,
  };
}

/**
 * Exact figures from PostgreSQL, rounded once by the scheme's rule. Each is rounded when read:
 * exact decimal arithmetic is most of the server's own time for a table of hundreds of groups,
 * and a query asking only for means then rounds nothing else. The getters are the class's: on an
 * object literal each group's figures got a hidden class of their own, kept in the old generation
 * with what they held until a full collection (tests/bench/README.md, "requests that died old").
 */
class Figures implements StatisticsAggregate {
  readonly count: number;
  constructor(
    private readonly a: Agg & { sum: string },
    private readonly rounding: RoundingRule,
  ) {
    this.count = a.n;
  }
  #round(value: Exact) {
    return roundToText(parseDecimal(roundToText(value, SNAP)), this.rounding);
  }
  get mean() {
    return this.#round(parseDecimal(this.a.sum).div(this.a.n));
  }
  get median() {
    const [lo, hi] = this.a.mid ?? [];
    return lo && hi ? this.#round(parseDecimal(lo).add(parseDecimal(hi)).div(2)) : null;
  }
  get min() {
    return this.a.min === null ? null : this.#round(parseDecimal(this.a.min));
  }
  get max() {
    return this.a.max === null ? null : this.#round(parseDecimal(this.a.max));
  }
}

function figures(a: Agg, rounding: RoundingRule): StatisticsAggregate | null {
  if (a.n === 0 || a.sum === null) return null;
  return new Figures({ ...a, sum: a.sum }, rounding);
}

/** A part's name from the scheme (summaries store codes alone: summary-parts.ts). */
const nameOf = (names: PartNames, code: string, locale: 'zh' | 'en') =>
  names.get(code)?.[locale] ?? code;

function keyOf(row: Row, names: PartNames): StatisticsKey {
  const k = row.k;
  const part = (k['part'] as string | undefined) ?? null;
  const band = (k['band'] as string | undefined) ?? null;
  const status = (k['memberStatus'] as MemberStatus | undefined) ?? null;
  // A band group is a projection when its members' years are not approved yet.
  const count = band ? (row.bands?.[band] ?? row.members) : 0;
  const projected = band ? (row.bands?.[`${band}:projected`] ?? (row.provisional ? count : 0)) : 0;
  const label = band ? countedBandLabel(band, count, projected) : null;
  return {
    branchId: (k['branch'] as string | undefined) ?? null,
    branchName: row.branch_name,
    groupId: (k['group'] as string | undefined) ?? null,
    groupName: row.group_name,
    quarter: (k['quarter'] as number | undefined) ?? null,
    month: (k['month'] as string | undefined) ?? null,
    partCode: part,
    partNameZh: part !== null ? nameOf(names, part, 'zh') : null,
    partNameEn: part !== null ? nameOf(names, part, 'en') : null,
    band,
    bandLabelZh: label?.zh ?? null,
    bandLabelEn: label?.en ?? null,
    memberStatus: status,
    memberStatusLabelZh: status ? say(MEMBER_STATUS_LABELS[status], 'zh-CN') : null,
    memberStatusLabelEn: status ? say(MEMBER_STATUS_LABELS[status], 'en') : null,
  };
}

function groupOf(
  row: Row,
  names: PartNames,
  minGroupSize: number,
  bucketWidth: number,
): StatisticsGroup {
  const key = keyOf(row, names);
  if (row.members < minGroupSize) {
    return {
      key,
      suppressed: true,
      memberCount: null,
      total: null,
      base: null,
      special: null,
      evaluation: null,
      categories: [],
      bands: [],
      provisional: row.provisional,
      histogram: [],
    };
  }
  const rounding = row.rounding ?? DEFAULT_ROUNDING;
  return {
    key,
    suppressed: false,
    memberCount: row.members,
    total: figures(agg(row, 'total'), rounding),
    base: figures(agg(row, 'base'), rounding),
    special: figures(agg(row, 'special'), rounding),
    evaluation: figures(agg(row, 'evaluation'), rounding),
    categories: (row.parts ?? []).flatMap((p) => {
      const score = figures(agg(p, 'v'), rounding);
      const [nameZh, nameEn] = [nameOf(names, p.code, 'zh'), nameOf(names, p.code, 'en')];
      return score ? [{ code: p.code, nameZh, nameEn, score }] : [];
    }),
    bands: OUTCOME_BANDS.filter((b) => row.bands?.[b.band]).map((b) => {
      const count = row.bands![b.band]!;
      const projectedCount = row.bands![`${b.band}:projected`] ?? 0;
      const label = countedBandLabel(b.band, count, projectedCount);
      return { band: b.band, labelZh: label.zh, labelEn: label.en, count, projectedCount };
    }),
    provisional: row.provisional,
    histogram: (row.histogram ?? []).map(([bucket, count]) => ({
      from: String(bucket * bucketWidth),
      to: String((bucket + 1) * bucketWidth),
      count,
    })),
  };
}

const NO_NAMES: PartNames = new Map();
const BAND_ORDER: string[] = OUTCOME_BANDS.map((b) => b.band);
const collator = new Intl.Collator('zh-CN');

/** Groups in reading order: branch by name, party group by number, then periods, parts, bands, status. */
function compareRows(a: Row, b: Row): number {
  // A missing name (a row of no branch or group) first.
  const nullsFirst =
    (compare: (x: string, y: string) => number) => (x: string | null, y: string | null) =>
      x === y ? 0 : x === null ? -1 : y === null ? 1 : compare(x, y);
  const text = nullsFirst(collator.compare);
  const groupText = nullsFirst(compareGroupNames);
  const num = (x: unknown, y: unknown) => Number(x ?? -1) - Number(y ?? -1);
  return (
    text(a.branch_name, b.branch_name) ||
    groupText(a.group_name, b.group_name) ||
    num(a.k['quarter'], b.k['quarter']) ||
    text((a.k['month'] as string) ?? null, (b.k['month'] as string) ?? null) ||
    num(a.part_ord, b.part_ord) ||
    num(BAND_ORDER.indexOf(String(a.k['band'])), BAND_ORDER.indexOf(String(b.k['band']))) ||
    text((a.k['memberStatus'] as string) ?? null, (b.k['memberStatus'] as string) ?? null) ||
    text(JSON.stringify(a.k), JSON.stringify(b.k))
  );
}

/**
 * Scores run through each branch's recorded months: the statistics are as of the latest of them
 * (read by the statement itself; looked up alone only when no group came back).
 */
async function asOfMonth(
  em: EntityManager,
  bureauId: string,
  year: number,
  rows: Row[],
): Promise<string> {
  if (rows.length > 0) return rows[0]!.as_of ?? `${year}-01`;
  const [latest] = await em.execute<{ as_of: string | null }[]>(
    `select max(as_of) as as_of from score_summary where bureau_id = ? and year = ? and period = 'year'`,
    [bureauId, year],
  );
  return latest?.as_of ?? `${year}-01`;
}

/**
 * Branches and groups named in the filter must exist in the caller's reach: a script that names
 * another bureau's branch, or a group behind the branch wall, gets NOT_FOUND, not an empty table.
 */
export async function checkNamedRows(
  em: EntityManager,
  bureauId: string,
  req: ReturnType<typeof statisticsRequest>,
): Promise<void> {
  const branches = req.namedBranches ? req.branchIds : null;
  if (!branches && !req.groupIds) return;
  const [row] = await em.execute<{ branches: number; groups: number }[]>(
    `select (select count(*) from branch where bureau_id = ? and id = any(?::uuid[]))::int as branches,
       (select count(*) from party_group where bureau_id = ? and id = any(?::uuid[])
         and (?::uuid[] is null or branch_id = any(?::uuid[])))::int as groups`,
    [
      bureauId,
      uuidArray(branches === 'all' || !branches ? [] : branches),
      bureauId,
      uuidArray(req.groupIds ?? []),
      req.branchIds === 'all' ? null : uuidArray(req.branchIds),
      req.branchIds === 'all' ? null : uuidArray(req.branchIds),
    ],
  );
  if (branches && branches !== 'all' && row!.branches !== branches.length) {
    throw new NotFoundError({ zh: '支部', en: 'Branch' }, 'filter.branchIds');
  }
  if (req.groupIds && row!.groups !== req.groupIds.length) {
    throw new NotFoundError({ zh: '党小组', en: 'Party group' }, 'filter.groupIds');
  }
}

/**
 * Score statistics from the summaries, computed in PostgreSQL in one statement (after the usual
 * freshness check), limited to the caller's readable branches. Groups smaller than
 * `minGroupSize` members show no figures, so no one's score can be read off a small group.
 * `parts` limits the work to what the caller asks for (all of it unless given).
 */
export async function scoreStatistics(
  em: EntityManager,
  actor: Actor,
  filter: StatisticsFilter,
  groupBy: StatisticsDimension[],
  options: {
    bucketWidth: number;
    minGroupSize: number;
    parts?: StatisticsParts;
    freshness?: SummaryFreshness;
  },
): Promise<ScoreStatistics> {
  const req = statisticsRequest(actor, filter, groupBy, options.bucketWidth);
  const parts = options.parts ?? ALL_PARTS;
  await checkNamedRows(em, actor.bureauId, req);
  await ensureFreshSummaries(em, req.year, options.freshness);
  const { sql, params } = scoreStatisticsSql(req, actor.bureauId, parts);
  const rows = await em.execute<Row[]>(sql, params);
  const named =
    parts.categories ||
    groupBy.includes(StatisticsDimension.CATEGORY) ||
    groupBy.includes(StatisticsDimension.ITEM);
  // Parts are named from the year's scheme versions, read only when a part is shown.
  const names =
    named && rows.length > 0
      ? yearPartNames(await readYearSchemesAcrossBranches(em, req.year))
      : NO_NAMES;
  return {
    groupBy,
    minGroupSize: options.minGroupSize,
    // Not asked: never sent, so not looked up either.
    asOf: parts.asOf ? await asOfMonth(em, actor.bureauId, req.year, rows) : '',
    groups: rows
      .sort(compareRows)
      .map((row) => groupOf(row, names, options.minGroupSize, options.bucketWidth)),
  };
}
