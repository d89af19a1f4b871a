import { uuidArray } from '../../db/rows/sql-arrays.js';
import type { StatisticsRequest } from './statistics-filter.js';
import { ParticipationDimension as D } from './participation.types.js';

/** The items of the year's scheme the ledger records, by how their cells are kept. */
export type ParticipationItems = {
  sessions: string[];
  /** Quota items with their monthly target: a number, or the days of the month. */
  quotas: { code: string; target: string | 'daysInMonth' }[];
  dues: string[];
  violations: string[];
};

const KEY: Record<D, (alias: string) => string> = {
  [D.BRANCH]: (x) => `'branch', ${x}.branch_id`,
  [D.QUARTER]: (x) => `'quarter', (substr(${x}.month, 6, 2)::int + 2) / 3`,
  [D.MONTH]: (x) => `'month', ${x}.month`,
};

function keySql(dims: readonly D[], alias: string): string {
  return dims.length
    ? `jsonb_build_object(${dims.map((d) => KEY[d](alias)).join(', ')})`
    : `'{}'::jsonb`;
}

const pct = (part: string, whole: string) =>
  `round(100 * ${part}::numeric / nullif(${whole}, 0), 2)::text`;

/**
 * Participation from the ledger in one statement: the branch-months in scope (`cells`, up to the
 * server's current month), the members each had (`people`, by membership, so a transferred member
 * counts where they were), each table's facts per branch-month and item, summed per group.
 * Rates and averages are exact numerics rounded half-up to two places by PostgreSQL.
 */
export function participationSql(
  req: StatisticsRequest,
  dims: readonly D[],
  items: ParticipationItems,
  bureauId: string,
  lastMonth: string,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return '?';
  };
  // Placeholders are positional: every piece below pushes its values when the text is built.
  const monthWhere = () => {
    const where = [`to_char(make_date(${p(req.year)}, m, 1), 'YYYY-MM') <= ${p(lastMonth)}`];
    if (req.quarter !== null) where.push(`(m + 2) / 3 = ${p(req.quarter)}`);
    if (req.month !== null) where.push(`m = ${p(req.month)}`);
    return where.join(' and ');
  };
  const branchWhere = () =>
    req.branchIds === 'all' ? '' : `and b.id = any(${p(uuidArray(req.branchIds))}::uuid[])`;
  const memberWhere = () =>
    [
      req.groupIds ? `and m.group_id = any(${p(uuidArray(req.groupIds))}::uuid[])` : '',
      req.memberStatuses
        ? `and m.status::text = any(${p(`{${req.memberStatuses.join(',')}}`)}::text[])`
        : '',
    ].join(' ');
  const bureau = () => p(bureauId);
  const codes = (list: string[]) => `${p(`{${list.map((c) => `"${c}"`).join(',')}}`)}::text[]`;
  const quotaTargets = JSON.stringify(
    Object.fromEntries(items.quotas.map((q) => [q.code, q.target])),
  );
  const daysIn = `extract(day from (to_date(q.month, 'YYYY-MM') + interval '1 month - 1 day'))`;
  const target = () => `(case when ${p(quotaTargets)}::jsonb->>q.item_code = 'daysInMonth'
    then ${daysIn} else (${p(quotaTargets)}::jsonb->>q.item_code)::numeric end)`;
  const inScope = (x: string) =>
    `join people pe on pe.member_id = ${x}.member_id and pe.branch_id = ${x}.branch_id and pe.month = ${x}.month`;

  const sql = `with months as (
      select to_char(make_date(${p(req.year)}, m, 1), 'YYYY-MM') as month
      from generate_series(1, 12) m where ${monthWhere()}),
    cells as (
      select b.id as branch_id, mo.month,
        not exists (select 1 from closed_period cp where cp.bureau_id = b.bureau_id
          and cp.branch_id = b.id and cp.month = mo.month) as open
      from branch b cross join months mo where b.bureau_id = ${bureau()} ${branchWhere()}),
    people as (
      select distinct c.branch_id, c.month, ms.member_id
      from membership ms
      join cells c on c.branch_id = ms.branch_id and ms.from_month <= c.month
        and (ms.to_month is null or ms.to_month >= c.month)
      join member m on m.bureau_id = ms.bureau_id and m.id = ms.member_id
      where ms.bureau_id = ${bureau()} ${memberWhere()}),
    -- Per branch-month and per session, aggregated once and joined (not asked per session).
    expected as (
      select branch_id, month, count(*) as n from people group by 1, 2),
    came as (
      select a.session_id, count(*) as n from attendance a ${inScope('a')}
      where a.bureau_id = ${bureau()} and a.present group by 1),
    held as (
      select s.id, s.branch_id, s.month, s.item_code,
        coalesce(e.n, 0) as expected, coalesce(ca.n, 0) as attended
      from branch_session s join cells c on c.branch_id = s.branch_id and c.month = s.month
      left join expected e on e.branch_id = s.branch_id and e.month = s.month
      left join came ca on ca.session_id = s.id
      where s.bureau_id = ${bureau()} and s.item_code = any(${codes(items.sessions)})),
    facts as (
      select branch_id, month, 'session' as kind, item_code,
        1::numeric as a, expected::numeric as b, attended::numeric as c, 0::numeric as d, null::uuid as who
      from held
      union all
      select q.branch_id, q.month, 'quota', q.item_code, 1, q.value,
        case when q.value >= ${target()} then 1 else 0 end, 0, null
      from quota_entry q ${inScope('q')}
      where q.bureau_id = ${bureau()} and q.value is not null
        and q.item_code = any(${codes(items.quotas.map((x) => x.code))})
      union all
      select d.branch_id, d.month, 'dues', d.item_code,
        (d.status = 'onTime')::int, (d.status = 'late')::int, (d.status = 'missing')::int, 0, null
      from duty_entry d ${inScope('d')}
      where d.bureau_id = ${bureau()} and d.status is not null
        and d.item_code = any(${codes(items.dues)})
      union all
      select v.branch_id, v.month, 'violation', v.item_code, v.count, 0, 0, 0, v.member_id
      from violation v ${inScope('v')}
      where v.bureau_id = ${bureau()} and v.count > 0
        and v.item_code = any(${codes(items.violations)})),
    lines as (
      select ${keySql(dims, 'f')} as k, kind, item_code, sum(a) as a, sum(b) as b, sum(c) as c,
        count(distinct who)::int as who
      from facts f group by 1, 2, 3),
    keys as (
      select ${keySql(dims, 'c')} as k, bool_or(open) as provisional from cells c group by 1),
    counts as (
      select ${keySql(dims, 'pe')} as k, count(distinct member_id)::int as members
      from people pe group by 1)
    select keys.k, keys.provisional, coalesce(counts.members, 0) as members,
      (select name from branch b where b.bureau_id = ${bureau()} and b.id = (keys.k->>'branch')::uuid) as branch_name,
      (select ${pct('sum(l.c)', 'sum(l.b)')} from lines l where l.k = keys.k and l.kind = 'session')
        as attendance_rate,
      (select coalesce(jsonb_agg(jsonb_build_object('kind', l.kind, 'code', l.item_code,
          'a', l.a::int, 'b', l.b::text, 'c', l.c::int, 'who', l.who,
          'rate', case l.kind when 'session' then ${pct('l.c', 'l.b')}
            when 'quota' then ${pct('l.c', 'l.a')} when 'dues' then ${pct('l.a', 'l.a + l.b + l.c')} end,
          'average', case when l.kind = 'quota' then round(l.b / nullif(l.a, 0), 2)::text end)), '[]')
        from lines l where l.k = keys.k) as lines
    from keys left join counts on counts.k = keys.k`;
  return { sql, params };
}
