import type { Actor } from '../../auth/actor.js';
import { BadInputError, ForbiddenError } from '../../graphql/errors.js';
import { MemberStatus } from '../org/members/member.entity.js';
import { readableBranches } from '../scores/score-access.js';
import { StatisticsDimension, type StatisticsFilter } from './statistics.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_IDS = 500;

/** A request checked and resolved against the caller's walls. */
export type StatisticsRequest = {
  year: number;
  quarter: number | null;
  month: number | null;
  /** The branches whose rows count: the filter's, all readable ones, or 'all' (bureau-wide reader). */
  branchIds: string[] | 'all';
  /** Whether the filter named the branches (then each must exist). */
  namedBranches: boolean;
  /** Whether the caller reads every branch of the bureau (the committee, analysts). */
  readsAllBranches: boolean;
  groupIds: string[] | null;
  memberStatuses: MemberStatus[] | null;
  groupBy: StatisticsDimension[];
  bucketWidth: number;
};

function ids(list: string[] | null | undefined, field: string): string[] | null {
  if (list == null) return null;
  if (list.length === 0) {
    throw new BadInputError(
      '列表不能为空 (不筛选请省略)',
      'Leave the list out rather than empty',
      field,
    );
  }
  if (list.length > MAX_IDS) {
    throw new BadInputError(`最多 ${MAX_IDS} 个`, `At most ${MAX_IDS} ids`, field);
  }
  for (const id of list) {
    if (!UUID.test(id)) throw new BadInputError('编号格式不正确', 'Not a valid id', field);
  }
  return [...new Set(list)];
}

/**
 * Checks a statistics request and narrows it to what the caller may read: a secretary's own
 * branches, the whole bureau for the committee and analysts. A branch out of reach named in the
 * filter is refused rather than silently dropped, so a script never mistakes a wall for a zero.
 */
export function statisticsRequest(
  actor: Actor,
  filter: StatisticsFilter,
  groupBy: StatisticsDimension[],
  bucketWidth: number,
): StatisticsRequest {
  if (!Number.isInteger(filter.year) || filter.year < 2000 || filter.year > 2100) {
    throw new BadInputError(
      '年度应为 2000 到 2100 之间的整数',
      'Year must be from 2000 to 2100',
      'filter.year',
    );
  }
  const quarter = filter.quarter ?? null;
  if (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
    throw new BadInputError('季度应为 1 到 4', 'Quarter must be from 1 to 4', 'filter.quarter');
  }
  const month = filter.month ?? null;
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12)) {
    throw new BadInputError('月份应为 1 到 12', 'Month must be from 1 to 12', 'filter.month');
  }
  if (month !== null && quarter !== null && Math.ceil(month / 3) !== quarter) {
    throw new BadInputError(
      `${month} 月不在第 ${quarter} 季度`,
      `Month ${month} is not in quarter ${quarter}`,
      'filter.month',
    );
  }
  const dims = new Set(groupBy);
  if (dims.size !== groupBy.length) {
    throw new BadInputError('分组维度重复', 'A dimension is named twice', 'groupBy');
  }
  if (dims.has(StatisticsDimension.CATEGORY) && dims.has(StatisticsDimension.ITEM)) {
    throw new BadInputError(
      '不能同时按基础分类别和特色分项目分组',
      'Group by category or by item, not both',
      'groupBy',
    );
  }
  const monthly = month !== null || dims.has(StatisticsDimension.MONTH);
  if (monthly && dims.has(StatisticsDimension.ITEM)) {
    throw new BadInputError(
      '特色分按季度和全年统计, 不按月',
      'Special items are counted by quarter and year, not by month',
      'groupBy',
    );
  }
  if (!Number.isInteger(bucketWidth) || bucketWidth < 1 || bucketWidth > 100) {
    throw new BadInputError(
      '分布宽度应为 1 到 100 的整数',
      'The bucket width must be a whole number from 1 to 100',
      'bucketWidth',
    );
  }
  const readable = readableBranches(actor);
  if (readable !== 'all' && readable.length === 0) {
    throw new ForbiddenError('无权查看统计', 'You may not read statistics');
  }
  const asked = ids(filter.branchIds, 'filter.branchIds');
  if (asked && readable !== 'all') {
    const outside = asked.find((id) => !readable.includes(id));
    if (outside) {
      throw new ForbiddenError('无权查看该支部的统计', 'You may not read that branch’s statistics');
    }
  }
  return {
    year: filter.year,
    quarter,
    month,
    branchIds: asked ?? readable,
    namedBranches: asked !== null,
    readsAllBranches: readable === 'all',
    groupIds: ids(filter.groupIds, 'filter.groupIds'),
    memberStatuses: filter.memberStatuses?.length ? [...new Set(filter.memberStatuses)] : null,
    groupBy,
    bucketWidth,
  };
}
