import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { BadInputError } from '../../graphql/errors.js';
import { readableBranches } from './score-access.js';
import { ensureFreshSummaries } from './score-summaries.service.js';
import { ScoreSummary } from './score-summary.entity.js';
import type { ScoreConnection, ScoreListFilter } from './scores.types.js';

export const MAX_PAGE = 500;

type Cursor = { total: string; memberId: string };

const encodeCursor = (s: ScoreSummary) =>
  Buffer.from(JSON.stringify([s.totalSort, s.memberId])).toString('base64url');

function decodeCursor(cursor: string): Cursor {
  try {
    const [total, memberId] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [
      string,
      string,
    ];
    if (
      typeof total === 'string' &&
      /^-?\d+(\.\d+)?$/.test(total) &&
      typeof memberId === 'string'
    ) {
      return { total, memberId };
    }
  } catch {
    // fall through
  }
  throw new BadInputError('分页游标无效', 'Invalid cursor', 'after');
}

/**
 * The ranking of a year or a quarter from the score summaries (kept by the scoring package, never
 * recomputed in SQL): total descending, then member id; keyset pagination so page 200 costs what
 * page 1 does. The walls apply through the scoped entity manager; a plain member sees only their
 * own line, a branch role the branches where it reads.
 */
export async function scoreList(
  em: EntityManager,
  actor: Actor,
  filter: ScoreListFilter,
  first: number,
  after: string | null,
): Promise<ScoreConnection> {
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
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new BadInputError(
      `每页条数应为 1 到 ${MAX_PAGE}`,
      `first must be from 1 to ${MAX_PAGE}`,
      'first',
    );
  }
  await ensureFreshSummaries(em, filter.year);
  const readable = readableBranches(actor);
  const where: FilterQuery<ScoreSummary> = {
    year: filter.year,
    period: filter.quarter ? `q${filter.quarter}` : 'year',
    ...(filter.branchId ? { branchId: filter.branchId } : {}),
    ...(filter.groupId ? { member: { groupId: filter.groupId } } : {}),
    ...(filter.outcome ? { outcomeBand: filter.outcome } : {}),
  };
  const walls: FilterQuery<ScoreSummary>[] = [];
  if (readable !== 'all') {
    walls.push({
      $or: [
        ...(readable.length ? [{ branchId: { $in: readable } }] : []),
        { memberId: actor.memberId ?? '00000000-0000-0000-0000-000000000000' },
      ],
    });
  }
  const page: FilterQuery<ScoreSummary>[] = [...walls];
  if (after) {
    const c = decodeCursor(after);
    page.push({
      $or: [{ totalSort: { $lt: c.total } }, { totalSort: c.total, memberId: { $gt: c.memberId } }],
    });
  }
  const rows = await em.find(
    ScoreSummary,
    { ...where, ...(page.length ? { $and: page } : {}) },
    { orderBy: [{ totalSort: 'desc' }, { member: 'asc' }], limit: first + 1 },
  );
  const totalCount = await em.count(ScoreSummary, {
    ...where,
    ...(walls.length ? { $and: walls } : {}),
  });
  const nodes = rows.slice(0, first);
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: nodes.length ? encodeCursor(nodes.at(-1)!) : null,
    },
    totalCount,
  };
}
