import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { joinedRowMapper } from '../../../db/rows/joined-row-mapper.js';
import { columnsOf, type Plain, type Properties } from '../../../db/rows/plain-rows.js';
import { BadInputError } from '../../../graphql/errors.js';
import { Branch } from '../../org/branches/branch.entity.js';
import { Member } from '../../org/members/member.entity.js';
import { uuidArray } from '../../../db/rows/sql-arrays.js';
import { readableBranches } from '../score-access.js';
import { ensureFreshSummaries } from '../summaries/score-summaries.service.js';
import { ScoreSummary } from '../score-summary.entity.js';
import type { SummaryFreshness } from '../summaries/summary-freshness.js';
import type { ScoreConnection, ScoreListFilter } from '../scores.types.js';

export const MAX_PAGE = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOBODY = '00000000-0000-0000-0000-000000000000';

type Cursor = { total: string; memberId: string };

/**
 * What the query asks of each line: the summary's properties, and the member's and the branch's
 * when it asks for them (`propertiesFor` each selection); and whether it asks for the total,
 * which then rides in the page's own statement.
 */
export type ScoreListWants = {
  summary: Properties;
  member: Properties | null;
  branch: Properties | null;
  count?: boolean;
};

/** A line's member and branch, read in its page's statement for exactly what the query shows. */
export type JoinedRows = { member?: Plain<Member> | null; branch?: Plain<Branch> | null };
// Kept on the line itself under a symbol (never serialised, never a GraphQL field): a WeakMap
// entry per line cost about 3 % of a page's server time.
const JOINED = Symbol('joined rows');
type WithJoined = { [JOINED]?: JoinedRows };

/** The member and branch read with a ranking line, if its page read them. */
export const joinedRows = (line: object): JoinedRows => (line as WithJoined)[JOINED] ?? {};

/** The page's column that carries the total when it is asked for (never a table's column). */
const TOTAL = 'total__count';
/** The suffix of a joined table's column saying whether the join found its row (`m_found`). */
const FOUND = '_found';

const encodeCursor = (s: Plain<ScoreSummary>) =>
  Buffer.from(JSON.stringify([s.totalSort, s.memberId])).toString('base64url');

/**
 * A line with its cursor, encoded only if the query asks for it (a page's end cursor usually
 * suffices). The getter is the class's: one on each line's object literal made a closure and an
 * accessor per line.
 */
class Edge {
  constructor(readonly node: Plain<ScoreSummary>) {}
  get cursor() {
    return encodeCursor(this.node);
  }
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [total, memberId] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [
      string,
      string,
    ];
    // `total_sort` has 6 places: a total with more was never issued, and would not scale exactly.
    if (/^-?\d+(\.\d{1,6})?$/.test(String(total)) && UUID.test(String(memberId))) {
      return { total: String(total), memberId };
    }
  } catch {
    // fall through
  }
  throw new BadInputError('分页游标无效', 'Invalid cursor', 'after');
}

function checkFilter(filter: ScoreListFilter, first: number): void {
  if (!Number.isInteger(filter.year) || filter.year < 2000 || filter.year > 2100) {
    throw new BadInputError(
      '年度应为 2000 到 2100 之间的整数',
      'Year must be from 2000 to 2100',
      'filter.year',
    );
  }
  if (filter.quarter != null && (filter.quarter < 1 || filter.quarter > 4)) {
    throw new BadInputError('季度应为 1 到 4', 'Quarter must be from 1 to 4', 'filter.quarter');
  }
  if (filter.outcome && filter.quarter != null) {
    throw new BadInputError(
      '结果区间只适用于全年',
      'The outcome filter applies to years only',
      'filter.outcome',
    );
  }
  for (const field of ['branchId', 'groupId'] as const) {
    const id = filter[field];
    if (id != null && !UUID.test(id)) {
      throw new BadInputError('编号格式不正确', 'Not a valid id', `filter.${field}`);
    }
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new BadInputError(
      `每页条数应为 1 到 ${MAX_PAGE}`,
      `first must be from 1 to ${MAX_PAGE}`,
      'first',
    );
  }
}

/**
 * The ranking of a year or a quarter from the score summaries (kept by the scoring package, never
 * recomputed in SQL): total descending, then member id descending, as one index walked backwards
 * (`total_sort_key`: see the entity);
 * the keyset cursor seeks into it, so page 20 costs what page 1 does. Plain SQL under row-level
 * security (the branch wall), with the reader's own wall on top: a plain member sees only their own
 * line, a branch role the branches where it reads. The total count is taken only when asked.
 */
export async function scoreList(
  em: EntityManager,
  actor: Actor,
  filter: ScoreListFilter,
  first: number,
  after: string | null,
  wants: ScoreListWants = { summary: 'all', member: null, branch: null },
  freshness?: SummaryFreshness,
): Promise<ScoreConnection> {
  checkFilter(filter, first);
  const cursor = after ? decodeCursor(after) : null;
  // A walk is as fresh as its first page: later pages continue from the cursor it issued. A year
  // found complete is not checked again until a change (the verdicts statistics remember too).
  if (!cursor) await ensureFreshSummaries(em, filter.year, freshness);
  const readable = readableBranches(actor);
  const period = filter.quarter ? `q${filter.quarter}` : 'year';
  const where: string[] = ['s.bureau_id = ?', 's.year = ?', 's.period = ?'];
  const params: unknown[] = [actor.bureauId, filter.year, period];
  if (filter.branchId) {
    where.push('s.branch_id = ?');
    params.push(filter.branchId);
  }
  if (filter.groupId) {
    where.push(
      'exists (select 1 from member m where m.bureau_id = s.bureau_id and m.id = s.member_id and m.group_id = ?)',
    );
    params.push(filter.groupId);
  }
  if (filter.outcome) {
    // A judged year by its outcome band; a provisional year (no band yet) by its projection's.
    where.push('coalesce(s.outcome_band, s.projection_band) = ?');
    params.push(filter.outcome);
  }
  if (readable !== 'all') {
    where.push('(s.branch_id = any(?::uuid[]) or s.member_id = ?)');
    params.push(uuidArray(readable), actor.memberId ?? NOBODY);
  }
  const filtered = where.join(' and ');
  // The cursor keeps the decimal total (cursors issued before the key still work); the seek
  // compares the bigint key, whose comparison may run inside the index under row-level security.
  const page = cursor
    ? `${filtered} and (s.total_sort_key, s.member_id) < ((?::numeric * 1000000)::bigint, ?::uuid)`
    : filtered;
  // The member and branch of each line come in the same statement when asked for (a list of names
  // is what a ranking is for), read by the left joins under the same walls as their loaders'.
  // The line's key and the cursor's are read whatever was asked.
  const summary: Properties =
    wants.summary === 'all'
      ? 'all'
      : [...wants.summary, 'year', 'period', 'totalSort', 'member', 'branch'];
  // Columns the statement fixes are not read back on every line (about 40 % of a page's bytes):
  // the bureau, year and period are its filter's, and a joined member's or branch's key is the
  // line's own by the join's condition; `joinedRowMapper` fills them in as it maps the rows.
  // Whether the join found its row is read instead (row-level security may hide it).
  const select = [
    columnsOf(em, ScoreSummary, 's', { only: summary, omit: ['bureau_id', 'year', 'period'] }),
  ];
  const joins: string[] = [];
  const joined = (entity: EntityClass<object>, alias: string, only: Properties) =>
    [
      `${alias}.id is not null as ${alias}${FOUND}`,
      columnsOf(em, entity, alias, { prefix: `${alias}__`, only, omit: ['bureau_id', 'id'] }),
    ]
      .filter(Boolean)
      .join(', ');
  if (wants.member) {
    select.push(joined(Member, 'm', wants.member));
    joins.push('left join member m on m.bureau_id = s.bureau_id and m.id = s.member_id');
  }
  if (wants.branch) {
    select.push(joined(Branch, 'b', wants.branch));
    joins.push('left join branch b on b.bureau_id = s.bureau_id and b.id = s.branch_id');
  }
  // The total, when asked, in the same statement: counted once (an init plan), one round trip
  // fewer than a statement of its own.
  if (wants.count)
    select.push(`(select count(*) from score_summary s where ${filtered}) as ${TOTAL}`);
  const rows = await em.execute<Record<string, unknown>[]>(
    `select ${select.join(', ')} from score_summary s ${joins.join(' ')}
      where ${page} order by s.total_sort_key desc, s.member_id desc limit ?`,
    [
      ...(wants.count ? params : []),
      ...params,
      ...(cursor ? [cursor.total, cursor.memberId] : []),
      first + 1,
    ],
  );
  const shown = rows.slice(0, first);
  // Each line straight from its row: the columns the statement fixes are filled in (the filter's
  // bureau, year and period; a joined member's or branch's key is the line's own by the join).
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  const bureau = { bureau_id: actor.bureauId };
  const summaryOf = joinedRowMapper(em, ScoreSummary, columns, {
    fixed: { ...bureau, year: filter.year, period },
  });
  // A joined table's part of the row: its columns under `alias__`, its key the line's own column.
  const joinedOf = <T extends object>(entity: EntityClass<T>, alias: string, key: string) =>
    joinedRowMapper(em, entity, columns, {
      prefix: `${alias}__`,
      fixed: bureau,
      same: { id: key },
    });
  const memberOf = wants.member && joinedOf(Member, 'm', 'member_id');
  const branchOf = wants.branch && joinedOf(Branch, 'b', 'branch_id');
  const nodes = shown.map((row) => {
    const node = summaryOf(row);
    // Row-level security may hide a line's member or branch: the join then found nothing.
    const joined: JoinedRows = {
      member: memberOf ? (row[`m${FOUND}`] === true ? memberOf(row) : null) : undefined,
      branch: branchOf ? (row[`b${FOUND}`] === true ? branchOf(row) : null) : undefined,
    };
    (node as WithJoined)[JOINED] = joined;
    return node;
  });
  return {
    edges: nodes.map((node) => new Edge(node)),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: nodes.length ? encodeCursor(nodes.at(-1)!) : null,
    },
    countTotal: async () => {
      // An empty page (a cursor past the end) carries no total: it is counted on its own.
      if (wants.count && rows[0]) return Number(rows[0][TOTAL]);
      const [row] = await em.execute<{ n: string }[]>(
        `select count(*) as n from score_summary s where ${filtered}`,
        params,
      );
      return Number(row?.n ?? 0);
    },
  };
}
