import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { BUREAU_ROLES, type Role } from '../../auth/roles.js';
import { loadWorkingCalendar } from '../calendar/calendar.service.js';
import { todayInChina } from '../calendar/clock.js';
import { Branch } from '../org/branches/branch.entity.js';
import { counted, type RuleContext, type RuleItem, type TaskRule } from './rules/rule.js';
import { mergeDeadlines } from './deadlines/task-deadlines.js';
import { TASK_RULES } from './task-rules.js';
import { TaskSetting } from './deadlines/task-setting.entity.js';
import { Task, TASK_KIND_LABELS, TaskKind, TaskList } from './task.types.js';

export type Collected = { rule: TaskRule; items: RuleItem[] };

/** Today's date, the bureau's deadlines and calendar: what every rule reads besides records. */
export async function ruleContext(
  em: EntityManager,
  members: RuleContext['members'],
): Promise<RuleContext> {
  const [setting, calendar] = await Promise.all([
    em.findOne(TaskSetting, {}),
    loadWorkingCalendar(em),
  ]);
  return {
    em,
    today: todayInChina(),
    deadlines: mergeDeadlines(setting?.deadlines),
    calendar,
    members,
  };
}

/** The branches where the actor holds one of `roles` ('all' for a bureau role). */
function branchesWith(actor: Actor, roles: readonly Role[]): string[] | 'all' {
  const grants = actor.roles.filter((g) => roles.includes(g.role));
  if (grants.some((g) => g.branchId === null || BUREAU_ROLES.has(g.role))) return 'all';
  return [...new Set(grants.map((g) => g.branchId!))];
}

/** Runs each rule over the branches given (the actor's, or every branch for the sweep). */
export async function collectTasks(
  ctx: RuleContext,
  branchesFor: (rule: TaskRule) => readonly string[] | null,
): Promise<Collected[]> {
  const collected: Collected[] = [];
  // One after another: the request's fork runs in one transaction on one connection.
  for (const rule of TASK_RULES) {
    const branchIds = branchesFor(rule);
    if (branchIds === null) continue;
    if (rule.scope === 'branch' && branchIds.length === 0) continue;
    collected.push({ rule, items: await rule.collect(ctx, branchIds) });
  }
  return collected;
}

/** Whether the actor receives `item` of `rule`: the rule's role held where the item is. */
function receives(actor: Actor, rule: TaskRule, item: RuleItem): boolean {
  if (rule.scope === 'self') return item.memberId === actor.memberId;
  const where = branchesWith(actor, rule.roles);
  if (rule.scope === 'bureau') return where === 'all';
  return where === 'all' || (item.branchId !== null && where.includes(item.branchId));
}

/**
 * The actor's list: each rule's items they receive, grouped by branch (bureau-wide rules in one
 * group), counted, with the earliest due date; an item is overdue once its due date has passed.
 */
export function assembleTasks(
  actor: Actor,
  collected: readonly Collected[],
  today: string,
  branchNames: ReadonlyMap<string, string>,
): TaskList {
  const tasks: Task[] = [];
  for (const { rule, items } of collected) {
    const groups = new Map<string | null, RuleItem[]>();
    for (const item of items) {
      if (!receives(actor, rule, item)) continue;
      const key = rule.scope === 'bureau' ? null : item.branchId;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    for (const [branchId, group] of groups) {
      tasks.push(taskOf(actor, rule, branchId, group, today, branchNames));
    }
  }
  return {
    tasks,
    total: tasks.reduce((n, t) => n + t.count, 0),
    overdue: tasks.reduce((n, t) => n + t.overdueCount, 0),
    today,
  };
}

function taskOf(
  actor: Actor,
  rule: TaskRule,
  branchId: string | null,
  group: RuleItem[],
  today: string,
  branchNames: ReadonlyMap<string, string>,
): Task {
  const items = group
    .map(({ branchId: _b, memberId: _m, ...item }) => ({
      ...item,
      labelZh:
        rule.scope === 'bureau'
          ? `${branchNames.get(_b ?? '') ?? ''} ${item.labelZh}`
          : item.labelZh,
      labelEn:
        rule.scope === 'bureau'
          ? `${branchNames.get(_b ?? '') ?? ''} ${item.labelEn}`
          : item.labelEn,
      overdue: item.dueOn !== null && item.dueOn < today,
    }))
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  const label = rule.label(items.length);
  const role =
    actor.roles.find(
      (g) =>
        rule.roles.includes(g.role) &&
        (branchId === null || g.branchId === null || g.branchId === branchId),
    )?.role ?? rule.roles[0]!;
  const overdueCount = items.filter((i) => i.overdue).length;
  return {
    kind: rule.kind,
    role,
    branchId,
    branchName: branchId ? (branchNames.get(branchId) ?? null) : null,
    labelZh: label.zh,
    labelEn: label.en,
    count: items.length,
    overdueCount,
    dueOn: items.find((i) => i.dueOn)?.dueOn ?? null,
    overdue: overdueCount > 0,
    // Items that all lead to one place (one year's warning cases) lead there; others to the list.
    link: new Set(items.map((i) => i.link)).size === 1 ? items[0]!.link : rule.link,
    followUp: false,
    menuKey: rule.menuKey,
    items,
  };
}

/**
 * The committee's view of the branches: every branch step now overdue, one group per branch
 * (the branches' own rules, run over every branch), each item linked to where it is followed up.
 */
function branchOverdueSteps(
  collected: readonly Collected[],
  today: string,
  names: ReadonlyMap<string, string>,
): Task[] {
  const byBranch = new Map<string, Task['items']>();
  for (const { rule, items } of collected) {
    if (rule.scope !== 'branch' || rule.roles.every((r) => r === 'member')) continue;
    for (const item of items) {
      if (!item.branchId || item.dueOn === null || item.dueOn >= today) continue;
      const label = TASK_KIND_LABELS[rule.kind];
      byBranch.set(item.branchId, [
        ...(byBranch.get(item.branchId) ?? []),
        {
          ref: `${rule.kind}:${item.ref}`,
          labelZh: `${label.zh}：${item.labelZh}`,
          labelEn: `${label.en}: ${item.labelEn}`,
          dueOn: item.dueOn,
          overdue: true,
          link: rule.committeeLink ?? item.link,
        },
      ]);
    }
  }
  return [...byBranch].map(([branchId, items]) => ({
    kind: TaskKind.BRANCH_OVERDUE_STEPS,
    role: 'committee_admin' as Role,
    branchId,
    branchName: names.get(branchId) ?? null,
    labelZh: `${items.length} 个环节已逾期`,
    labelEn: `${counted(items.length, 'step', 'steps')} overdue`,
    count: items.length,
    overdueCount: items.length,
    dueOn: items.map((i) => i.dueOn!).sort()[0] ?? null,
    overdue: true,
    link: '/overview',
    followUp: true,
    menuKey: 'overview',
    items: items.sort((a, b) => a.dueOn!.localeCompare(b.dueOn!)),
  }));
}

export async function branchNamesOf(em: EntityManager): Promise<Map<string, string>> {
  const branches = await em.find(Branch, {}, { fields: ['id', 'name'] });
  return new Map(branches.map((b) => [b.id, b.name]));
}

/** What waits for the actor, from one call: the `myTasks` query and the home page's counts. */
export async function tasksOf(em: EntityManager, actor: Actor): Promise<TaskList> {
  const ctx = await ruleContext(em, actor.memberId);
  const names = await branchNamesOf(em);
  const all = [...names.keys()];
  const collected = await collectTasks(ctx, (rule) => {
    const holds = actor.roles.some((g) => rule.roles.includes(g.role));
    // Every Party member answers for their own record, whatever else they hold.
    if (rule.scope === 'self') return actor.memberId ? [] : null;
    if (!holds) return null;
    const where = branchesWith(actor, rule.roles);
    if (rule.scope === 'bureau') return where === 'all' ? [] : null;
    return where === 'all' ? all : where;
  });
  const list = assembleTasks(actor, collected, ctx.today, names);
  if (actor.roles.some((g) => g.role === 'committee_admin')) {
    const everyBranch = await collectTasks(ctx, (rule) => (rule.scope === 'branch' ? all : null));
    // Followed up, not counted (`followUp`): the branches act on them.
    list.tasks.push(...branchOverdueSteps(everyBranch, ctx.today, names));
  }
  return list;
}
