import type { EntityManager } from '@mikro-orm/postgresql';
import { findRuleKind, type BaseItem, type SpecialItem } from '@jifen/scoring';
import type { Actor } from '../../auth/actor.js';
import { todayInChina } from '../calendar/clock.js';
import { loadYearSchemes } from '../schemes/year-schemes.js';
import { participationSql, type ParticipationItems } from './participation.sql.js';
import {
  ParticipationDimension,
  type ParticipationGroup,
  type ParticipationStatistics,
} from './participation.types.js';
import { checkNamedRows } from './score-statistics.service.js';
import { statisticsRequest } from './statistics-filter.js';
import { StatisticsDimension, type StatisticsFilter } from './statistics.types.js';

type Line = {
  kind: 'session' | 'quota' | 'dues' | 'violation';
  code: string;
  a: number;
  b: string;
  c: number;
  who: number;
  rate: string | null;
  average: string | null;
};
type Row = {
  k: { branch?: string; quarter?: number; month?: string };
  provisional: boolean;
  members: number;
  branch_name: string | null;
  attendance_rate: string | null;
  lines: Line[];
};
type Item = (BaseItem | SpecialItem) & { unitZh: string; unitEn: string };

/** The scheme's items by how the ledger keeps them (the rule kind says, @jifen/scoring). */
function ledgerItems(items: readonly (BaseItem | SpecialItem)[]): {
  byCode: Map<string, Item>;
  kinds: ParticipationItems;
} {
  const byCode = new Map<string, Item>();
  const kinds: ParticipationItems = { sessions: [], quotas: [], dues: [], violations: [] };
  for (const item of items) {
    const ledger = findRuleKind(item.rule.kind)?.ledger;
    if (!ledger) continue;
    // A quota's own unit (天, 分), not the points it earns.
    const rule = item.rule as { unitZh?: string; unitEn?: string };
    byCode.set(item.code, { ...item, unitZh: rule.unitZh ?? '', unitEn: rule.unitEn ?? '' });
    if (ledger.cell === 'attendance') kinds.sessions.push(item.code);
    if (ledger.cell === 'duty') kinds.dues.push(item.code);
    if (ledger.cell === 'breach') kinds.violations.push(item.code);
    if (ledger.cell === 'quota') {
      const target = (item.rule as { target?: string }).target ?? '0';
      kinds.quotas.push({ code: item.code, target });
    }
  }
  return { byCode, kinds };
}

function groupOf(row: Row, byCode: Map<string, Item>, minGroupSize: number): ParticipationGroup {
  const key = {
    branchId: row.k.branch ?? null,
    branchName: row.branch_name,
    quarter: row.k.quarter ?? null,
    month: row.k.month ?? null,
  };
  const empty = { sessions: [], quotas: [], dues: [], violations: [] };
  if (row.members < minGroupSize) {
    return {
      key,
      provisional: row.provisional,
      suppressed: true,
      memberCount: null,
      attendanceRate: null,
      ...empty,
    };
  }
  const group: ParticipationGroup = {
    key,
    provisional: row.provisional,
    suppressed: false,
    memberCount: row.members,
    attendanceRate: row.attendance_rate,
    ...empty,
  };
  // Lines follow the scheme's order of items, so every group reads the same way.
  const order = [...byCode.keys()];
  const lines = [...row.lines].sort((x, y) => order.indexOf(x.code) - order.indexOf(y.code));
  for (const line of lines) {
    const item = byCode.get(line.code)!;
    const names = { itemCode: line.code, nameZh: item.nameZh, nameEn: item.nameEn };
    if (line.kind === 'session') {
      const expected = Number(line.b);
      group.sessions.push({
        ...names,
        held: line.a,
        expected,
        attended: line.c,
        attendanceRate: line.rate,
      });
    } else if (line.kind === 'quota') {
      group.quotas.push({
        ...names,
        unitZh: item.unitZh,
        unitEn: item.unitEn,
        entries: line.a,
        average: line.average,
        fullMonths: line.c,
        fullShare: line.rate,
      });
    } else if (line.kind === 'dues') {
      group.dues.push({
        ...names,
        onTime: line.a,
        late: Number(line.b),
        missing: line.c,
        onTimeShare: line.rate,
      });
    } else {
      group.violations.push({ ...names, count: line.a, members: line.who });
    }
  }
  return group;
}

const AS_SCORE_DIMENSION: Record<ParticipationDimension, StatisticsDimension> = {
  [ParticipationDimension.BRANCH]: StatisticsDimension.BRANCH,
  [ParticipationDimension.QUARTER]: StatisticsDimension.QUARTER,
  [ParticipationDimension.MONTH]: StatisticsDimension.MONTH,
};

const collator = new Intl.Collator('zh-CN');

/**
 * Participation statistics from the ledger (sessions and attendance, quota items, dues,
 * violations) per branch, quarter or month, within the caller's readable branches, in one
 * statement. Months after the server's current month are left out; a group is provisional while
 * any of its branch-months is not yet closed (quarter signed, year approved).
 */
export async function participationStatistics(
  em: EntityManager,
  actor: Actor,
  filter: StatisticsFilter,
  groupBy: ParticipationDimension[],
  minGroupSize: number,
): Promise<ParticipationStatistics> {
  const dims = groupBy.map((d) => AS_SCORE_DIMENSION[d]);
  const req = statisticsRequest(actor, filter, dims, 10);
  await checkNamedRows(em, actor.bureauId, req);
  const schemes = await loadYearSchemes(em, req.year);
  const definition = schemes.latest?.compiled.scheme;
  const allItems = definition
    ? [
        ...definition.sections.base.categories.flatMap((c) => c.items),
        ...definition.sections.special.items,
      ]
    : [];
  const { byCode, kinds } = ledgerItems(allItems);
  const { sql, params } = participationSql(
    req,
    groupBy,
    kinds,
    actor.bureauId,
    todayInChina().slice(0, 7),
  );
  const rows = await em.execute<Row[]>(sql, params);
  const text = (x: string | undefined | null, y: string | undefined | null) =>
    x === y ? 0 : x == null ? -1 : y == null ? 1 : collator.compare(x, y);
  rows.sort(
    (a, b) =>
      text(a.branch_name, b.branch_name) ||
      (a.k.quarter ?? 0) - (b.k.quarter ?? 0) ||
      text(a.k.month, b.k.month),
  );
  return {
    groupBy,
    minGroupSize,
    groups: rows.map((row) => groupOf(row, byCode, minGroupSize)),
  };
}
