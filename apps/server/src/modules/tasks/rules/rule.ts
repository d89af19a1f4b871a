import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../../../auth/roles.js';
import { chinaDate } from '../../calendar/clock.js';
import {
  addWorkingDays,
  type IsoDate,
  type WorkingDayCalendar,
} from '../../calendar/working-days.js';
import type { Deadlines, DeadlineKey } from '../deadlines/task-deadlines.js';
import type { TaskItem, TaskKind } from '../task.types.js';

/** What a rule reads: the request's fork (walled), today's China date, the bureau's deadlines. */
export type RuleContext = {
  em: EntityManager;
  today: IsoDate;
  deadlines: Deadlines;
  calendar: WorkingDayCalendar;
  /** Whose own records the 'self' rules read: one member, or every member (the reminder sweep). */
  members: string | 'all' | null;
};

/** An item of a rule, in the branch it belongs to (null: bureau-wide). */
export type RuleItem = Omit<TaskItem, 'overdue'> & {
  branchId: string | null;
  /** 'self' rules: whose record it is. */
  memberId?: string;
};

export type Label = { zh: string; en: string };

export { counted } from '../../../graphql/locale.js';

/**
 * One kind of to-do: who gets it (any of `roles` held in the branch; a bureau role spans every
 * branch) and how its open items are found. An item disappears when the step is done because
 * the rule reads the records' states, never a copy of them.
 */
export type TaskRule = {
  kind: TaskKind;
  roles: readonly Role[];
  /** The menu entry whose badge counts it. */
  menuKey: string;
  link: string;
  /** Where the committee follows an overdue item up, when not on the branch's own page. */
  committeeLink?: string;
  label: (count: number) => Label;
  /** Bureau-wide rules run once for the committee; branch rules for the branches given. */
  scope: 'branch' | 'bureau' | 'self';
  /** False for items that are progress to follow, not steps to remind anyone of one by one. */
  remind?: boolean;
  collect: (ctx: RuleContext, branchIds: readonly string[]) => Promise<RuleItem[]>;
};

/** `days` working days after `from` (a date or an instant, read as China's date). */
export function dueAfter(ctx: RuleContext, from: Date | IsoDate, key: DeadlineKey): IsoDate {
  const start = typeof from === 'string' ? from : chinaDate(from);
  return addWorkingDays(start, ctx.deadlines[key], ctx.calendar);
}
