import { OUTCOME_BANDS } from '@jifen/scoring';
import { uuidArray } from '../../db/rows/sql-arrays.js';
import { bandSql, projectedSql } from './band.js';
import type { StatisticsRequest } from './statistics-filter.js';
import { StatisticsDimension as D } from './statistics.types.js';

/**
 * An exact score text (`"61.5"` or `"74/3"`) as a numeric to 40 places. Decimal texts are exact;
 * a fraction is off by less than 10⁻⁴⁰, so a mean of up to millions of them is still off by less
 * than 10⁻³⁰, which the service snaps away before applying the scheme's rounding (see there).
 */
export function exactSql(expression: string): string {
  const text = `(${expression})`;
  return `(case when strpos(${text}, '/') > 0
    then round(split_part(${text}, '/', 1)::numeric(80, 40) / split_part(${text}, '/', 2)::numeric, 40)
    else ${text}::numeric end)`;
}

/**
 * What a request asks for: the statement computes only these (a sorted median per part, the
 * categories' figures and the histogram are most of its cost). An export asks for everything.
 */
export type StatisticsParts = {
  base: boolean;
  special: boolean;
  evaluation: boolean;
  categories: boolean;
  bands: boolean;
  histogram: boolean;
  median: boolean;
  /** The latest month scored (`asOf`), read in the same statement. */
  asOf: boolean;
};

export const ALL_PARTS: StatisticsParts = {
  base: true,
  special: true,
  evaluation: true,
  categories: true,
  bands: true,
  histogram: true,
  median: true,
  asOf: true,
};

/** count, sum, min, max and the two middle values of `x` (the median is their mean). */
function aggregate(x: string, name: string, median: boolean, asked = true): string {
  if (!asked) {
    return `0 as ${name}_n, null::text as ${name}_sum, null::text as ${name}_min,
    null::text as ${name}_max, null::text[] as ${name}_mid`;
  }
  return `count(${x})::int as ${name}_n, sum(${x})::text as ${name}_sum,
    min(${x})::text as ${name}_min, max(${x})::text as ${name}_max,
    ${median ? `(percentile_disc(array[0.5, 0.5000000001]) within group (order by ${x}))::text[]` : 'null::text[]'} as ${name}_mid`;
}

/** The column of `r` each dimension groups by, and its name in the key. */
const KEY_COLUMNS: Record<D, [name: string, column: string]> = {
  [D.BRANCH]: ['branch', 'r.branch_id'],
  [D.GROUP]: ['group', 'r.group_id'],
  [D.QUARTER]: ['quarter', 'r.quarter'],
  [D.MONTH]: ['month', 'r.month'],
  [D.CATEGORY]: ['part', 'r.part_code'],
  [D.ITEM]: ['part', 'r.part_code'],
  [D.BAND]: ['band', 'r.band'],
  [D.MEMBER_STATUS]: ['memberStatus', 'r.status'],
};

/**
 * Rows are grouped by their plain columns (hashing uuids and texts, not a jsonb per row); the
 * group's key is built once per group from them. No dimension: one group, none when no rows.
 */
function grouping(groupBy: D[]): { key: string; columns: string[] } {
  if (groupBy.length === 0) return { key: `'{}'::jsonb`, columns: [`'{}'::jsonb`] };
  return {
    key: `jsonb_build_object(${groupBy.map((d) => `'${KEY_COLUMNS[d][0]}', ${KEY_COLUMNS[d][1]}`).join(', ')})`,
    columns: groupBy.map((d) => KEY_COLUMNS[d][1]),
  };
}

/**
 * Whether one member can give a group more than one row: the months of a period not grouped by
 * month, or the parts of a score. Only then are members counted distinct (a sort per group).
 */
export function membersRepeat(req: StatisticsRequest): boolean {
  const dims = new Set(req.groupBy);
  const monthly = req.month !== null || dims.has(D.MONTH);
  return (monthly && !dims.has(D.MONTH)) || dims.has(D.CATEGORY) || dims.has(D.ITEM);
}

/**
 * The member row is joined only when something reads it (group, today's status) or when the
 * caller reads some branches only: its wall then also keeps out a member who has since moved out
 * of them (the summary stays with the branch of its last scored month). For a bureau-wide reader
 * it can hide nothing — every summary's member exists, in the same bureau (summary-writes.ts) — so the
 * statement reads the summaries alone, as a hand-written aggregate would.
 */
export function needsMemberRow(req: StatisticsRequest): boolean {
  const dims = new Set(req.groupBy);
  return (
    !req.readsAllBranches ||
    req.groupIds !== null ||
    req.memberStatuses !== null ||
    dims.has(D.GROUP) ||
    dims.has(D.MEMBER_STATUS)
  );
}

/** The rows counted: one per member and period (year, quarter or month) in the request. */
function sourceSql(
  req: StatisticsRequest,
  params: unknown[],
  bureauId: string,
  parts: StatisticsParts,
): string {
  const when = (asked: boolean, expression: string, empty = 'null::numeric') =>
    asked ? expression : empty;
  const dims = new Set(req.groupBy);
  const monthly = req.month !== null || dims.has(D.MONTH);
  const where: string[] = ['s.bureau_id = ?', 's.year = ?'];
  params.push(bureauId, req.year);
  const joined = needsMemberRow(req);
  const member = joined ? `join member m on m.bureau_id = s.bureau_id and m.id = s.member_id` : '';
  const memberColumns = joined
    ? 'm.group_id, m.status::text as status'
    : 'null::uuid as group_id, null::text as status';
  if (req.groupIds) {
    where.push('m.group_id = any(?::uuid[])');
    params.push(uuidArray(req.groupIds));
  }
  if (req.memberStatuses) {
    where.push('m.status::text = any(?::text[])');
    params.push(`{${req.memberStatuses.join(',')}}`);
  }
  if (monthly) {
    // A year summary carries its months: each month counts in the branch the member was in then,
    // named in the month when it is not the row's (SummaryMonth).
    const branchOf = `coalesce((mo->>'branchId')::uuid, s.branch_id)`;
    where.push(`s.period = 'year'`);
    if (req.month !== null) {
      where.push(`mo->>'month' = ?`);
      params.push(`${req.year}-${String(req.month).padStart(2, '0')}`);
    } else if (req.quarter !== null) {
      where.push(`substr(mo->>'month', 6, 2)::int between ? and ?`);
      params.push(req.quarter * 3 - 2, req.quarter * 3);
    }
    if (req.branchIds !== 'all') {
      where.push(`${branchOf} = any(?::uuid[])`);
      params.push(uuidArray(req.branchIds));
    }
    return `select s.member_id, ${branchOf} as branch_id, ${memberColumns},
        (substr(mo->>'month', 6, 2)::int + 2) / 3 as quarter, mo->>'month' as month,
        ${bandSql('s')} as band, ${projectedSql('s')} as projected,
        ${exactSql(`mo->>'base'`)} as total,
        ${when(parts.base, exactSql(`mo->>'base'`))} as base, null::numeric as special,
        null::numeric as evaluation,
        ${when(parts.histogram, exactSql(`mo->>'base'`))} as shown,
        ${when(
          parts.categories || req.groupBy.includes(D.CATEGORY),
          // A month's categories in its row's order, as stored parts (code, no value, exact).
          `(select jsonb_agg(jsonb_build_array(c->>0, null, mo->'categories'->>(ord::int - 1))
            order by ord)
          from jsonb_array_elements(s.categories) with ordinality as c(c, ord))`,
          `'[]'::jsonb`,
        )} as cats,
        '[]'::jsonb as items
      from score_summary s ${member}
      cross join lateral jsonb_array_elements(s.months) mo
      where ${where.join(' and ')}`;
  }
  const periods =
    req.quarter !== null
      ? [`q${req.quarter}`]
      : dims.has(D.QUARTER)
        ? ['q1', 'q2', 'q3', 'q4']
        : ['year'];
  where.push('s.period = any(?::text[])');
  params.push(`{${periods.join(',')}}`);
  if (req.branchIds !== 'all') {
    where.push('s.branch_id = any(?::uuid[])');
    params.push(uuidArray(req.branchIds));
  }
  // A quarter's band is its member's year band (the year row is its own).
  const yearRow =
    periods[0] === 'year'
      ? ''
      : `left join score_summary y on y.bureau_id = s.bureau_id and y.year = s.year
           and y.period = 'year' and y.member_id = s.member_id`;
  return `select s.member_id, s.branch_id, ${memberColumns},
      case when s.period = 'year' then null else substr(s.period, 2)::int end as quarter,
      null::text as month, ${bandSql(yearRow ? 'y' : 's')} as band,
      ${projectedSql(yearRow ? 'y' : 's')} as projected,
      ${exactSql('s.total_exact')} as total, ${when(parts.base, exactSql('s.base_exact'))} as base,
      ${when(parts.special, exactSql('s.special_exact'))} as special,
      ${when(parts.evaluation, exactSql('s.evaluation_exact'))} as evaluation,
      ${when(parts.histogram, 's.total::numeric')} as shown,
      ${when(parts.categories || req.groupBy.includes(D.CATEGORY), 's.categories', `'[]'::jsonb`)} as cats,
      ${when(req.groupBy.includes(D.ITEM), 's.special_items', `'[]'::jsonb`)} as items
    from score_summary s ${member} ${yearRow}
    where ${where.join(' and ')}`;
}

/** When grouped by category or item, each row is one part of one member's score. */
function measuredSql(req: StatisticsRequest, histogram: boolean): string {
  const dims = new Set(req.groupBy);
  const parts = dims.has(D.CATEGORY) ? 'cats' : dims.has(D.ITEM) ? 'items' : null;
  if (!parts) {
    return `select src.*, null::text as part_code, null::bigint as part_ord from src`;
  }
  return `select src.member_id, src.branch_id, src.group_id, src.status, src.quarter, src.month,
      src.band, src.projected, ${exactSql(`p->>2`)} as total, null::numeric as base,
      null::numeric as special, null::numeric as evaluation,
      ${histogram ? `coalesce(((p->>1))::numeric, ${exactSql(`p->>2`)})` : 'null::numeric'} as shown,
      '[]'::jsonb as cats, '[]'::jsonb as items, p->>0 as part_code, ord as part_ord
    from src cross join lateral jsonb_array_elements(src.${parts}) with ordinality as x(p, ord)`;
}

/**
 * The whole statistics table in ONE statement: the rows in reach (filters and walls), grouped by
 * the chosen dimensions, with counts, exact sums, extremes and middle values of every part, band
 * counts and the histogram, plus the names the keys point at and the year's rounding rule.
 */
export function scoreStatisticsSql(
  req: StatisticsRequest,
  bureauId: string,
  parts: StatisticsParts = ALL_PARTS,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const source = sourceSql(req, params, bureauId, parts);
  const median = parts.median;
  const { key, columns } = grouping(req.groupBy);
  const by = columns.join(', ');
  // A member counts once per group; `count(*)` when a member gives a group one row at most.
  const counted = (condition?: string) => {
    const filter = condition ? ` filter (where ${condition})` : '';
    return membersRepeat(req)
      ? `count(distinct r.member_id)${filter}::int`
      : `count(*)${filter}::int`;
  };
  // Each band's count, and how many of it are projections (a year not yet approved).
  const bands = parts.bands
    ? `jsonb_build_object(${OUTCOME_BANDS.flatMap((b) => [
        `'${b.band}', ${counted(`r.band = '${b.band}'`)}`,
        `'${b.band}:projected', ${counted(`r.band = '${b.band}' and r.projected`)}`,
      ]).join(', ')})`
    : 'null::jsonb';
  const ctes = [
    `src as (${source})`,
    // OFFSET 0 keeps each row's exact values computed once, not once per aggregate that reads them.
    `r as (select * from (${measuredSql(req, parts.histogram)}) r offset 0)`,
    `g as (
      select ${key} as k, ${counted()} as members, min(r.part_ord) as part_ord,
        ${aggregate('r.total', 'total', median)}, ${aggregate('r.base', 'base', median, parts.base)},
        ${aggregate('r.special', 'special', median, parts.special)},
        ${aggregate('r.evaluation', 'evaluation', median, parts.evaluation)},
        ${bands} as bands, coalesce(bool_or(r.projected), false) as provisional
      from r group by ${by})`,
  ];
  // Each part is gathered per group in its own CTE and joined on the key: a subquery per group
  // would scan every row again for each group (quadratic in the branches).
  const joins: string[] = [];
  if (parts.categories) {
    ctes.push(`pc as (
      select ${key} as k, p.code, min(p.ord) as ord, ${aggregate('p.v', 'v', median)}
      from r cross join lateral (
        select c->>0 as code, ord, ${exactSql(`c->>2`)} as v
        from jsonb_array_elements(r.cats) with ordinality as x(c, ord)) p
      group by ${by}, p.code)`);
    ctes.push(`pcj as (select k, jsonb_agg(to_jsonb(pc) - 'k' order by pc.ord) as parts
      from pc group by k)`);
    joins.push('left join pcj on pcj.k = g.k');
  }
  if (parts.histogram) {
    ctes.push(`hc as (
      select ${key} as k, floor(r.shown / ?)::int as bucket, count(*)::int as n
      from r where r.shown is not null group by ${by}, floor(r.shown / ?)::int)`);
    ctes.push(`hcj as (select k, jsonb_agg(jsonb_build_array(bucket, n) order by bucket) as histogram
      from hc group by k)`);
    joins.push('left join hcj on hcj.k = g.k');
    params.push(req.bucketWidth, req.bucketWidth);
  }
  // The latest month scored in reach, only when asked (a lookup of the index alone).
  const asOf = parts.asOf
    ? `(select max(as_of) from score_summary where bureau_id = ? and year = ? and period = 'year')`
    : 'null::text';
  const sql = `with ${ctes.join(',\n    ')}
    select g.*, b.name as branch_name, pg.name as group_name,
      ${parts.categories ? 'pcj.parts' : 'null::jsonb'} as parts,
      ${parts.histogram ? 'hcj.histogram' : 'null::jsonb'} as histogram,
      (select sc.definition->'rounding' from scheme sc where sc.bureau_id = ? and sc.year = ?
         and sc.status <> 'draft' order by sc.version desc limit 1) as rounding,
      ${asOf} as as_of
    from g ${joins.join(' ')}
    left join branch b on b.bureau_id = ? and b.id = (g.k->>'branch')::uuid
    left join party_group pg on pg.bureau_id = ? and pg.id = (g.k->>'group')::uuid`;
  params.push(bureauId, req.year, ...(parts.asOf ? [bureauId, req.year] : []), bureauId, bureauId);
  return { sql, params };
}
