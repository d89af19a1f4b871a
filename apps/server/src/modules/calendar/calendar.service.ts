import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { COMMITTEE, requireRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { UserAccount } from '../org/users/user-account.entity.js';
import { CalendarAmendment, CalendarDayKind } from './calendar-amendment.entity.js';
import { STATUTORY_CALENDAR } from './statutory-holidays.js';
import {
  addDays,
  daysBetween,
  isIsoDate,
  isWeekend,
  type DayOverride,
  type IsoDate,
  type WorkingDayCalendar,
} from './working-days.js';

/** Where a day's status comes from, for display. */
export type DaySource = 'weekly' | 'statutory' | 'amendment';

export type CalendarDayView = {
  date: IsoDate;
  working: boolean;
  source: DaySource;
  /** Holiday or 调休 name from the dataset, or the amendment's note. */
  name: string | null;
  /** False when the year's holidays are not known (weekly rule only). */
  known: boolean;
};

/** The longest range one calendar query may ask for. */
const MAX_RANGE_DAYS = 400;

function requireDate(value: string, field: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new BadInputError(
      `日期格式应为 YYYY-MM-DD：${value}`,
      `A date must look like YYYY-MM-DD: ${value}`,
      field,
    );
  }
  return value;
}

/**
 * The bureau's working-day calendar: the statutory dataset overlaid with the committee's
 * amendments. A year becomes known once the dataset or an amendment covers it.
 */
export async function loadWorkingCalendar(em: EntityManager): Promise<WorkingDayCalendar> {
  const amendments = await em.find(CalendarAmendment, {});
  const overrides = new Map<IsoDate, DayOverride>();
  for (const [date, day] of STATUTORY_CALENDAR.days) overrides.set(date, day.kind);
  const knownYears = new Set(STATUTORY_CALENDAR.years);
  for (const a of amendments) {
    overrides.set(a.date, a.kind === CalendarDayKind.HOLIDAY ? 'holiday' : 'workday');
    knownYears.add(Number(a.date.slice(0, 4)));
  }
  return { overrides, knownYears };
}

/** Each day of `from`..`to` with whether it is worked and why. */
export async function calendarDays(
  em: EntityManager,
  from: string,
  to: string,
): Promise<CalendarDayView[]> {
  requireDate(from, 'from');
  requireDate(to, 'to');
  const span = daysBetween(from, to);
  if (span < 0 || span >= MAX_RANGE_DAYS) {
    throw new BadInputError(
      `日期范围应在 1 至 ${MAX_RANGE_DAYS} 天之间`,
      `The range must cover 1 to ${MAX_RANGE_DAYS} days`,
      'to',
    );
  }
  const amendments = new Map(
    (await em.find(CalendarAmendment, { date: { $gte: from, $lte: to } })).map((a) => [a.date, a]),
  );
  const calendar = await loadWorkingCalendar(em);
  const days: CalendarDayView[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const amendment = amendments.get(date);
    const statutory = STATUTORY_CALENDAR.days.get(date);
    const override = calendar.overrides.get(date);
    days.push({
      date,
      working: override ? override === 'workday' : !isWeekend(date),
      source: amendment ? 'amendment' : statutory ? 'statutory' : 'weekly',
      name: amendment ? amendment.note : (statutory?.nameZh ?? null),
      known: calendar.knownYears.has(Number(date.slice(0, 4))),
    });
  }
  return days;
}

export type AmendmentInput = { date: string; kind: CalendarDayKind; note: string };

/** Sets (or replaces) the committee's ruling on one date. */
export async function setCalendarDay(
  em: EntityManager,
  actor: Actor,
  input: AmendmentInput,
): Promise<CalendarAmendment> {
  requireRole(actor, COMMITTEE, null);
  const date = requireDate(input.date, 'date');
  const note = input.note.trim();
  if (!note) {
    throw new BadInputError('请说明调整原因', 'Say why the day is amended', 'note');
  }
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(CalendarAmendment, { date });
    const before = existing ? { kind: existing.kind, note: existing.note } : null;
    const by = tx.getReference(UserAccount, [actor.bureauId, actor.userId]);
    const row =
      existing ??
      tx.create(CalendarAmendment, {
        bureauId: actor.bureauId,
        date,
        kind: input.kind,
        note,
        by,
        byUserId: actor.userId,
      });
    Object.assign(row, {
      kind: input.kind,
      note,
      by,
      byUserId: actor.userId,
      updatedAt: new Date(),
    });
    await tx.flush();
    await recordAudit(
      tx,
      actor.bureauId,
      { userId: actor.userId, role: Role.COMMITTEE_ADMIN },
      {
        operation: existing ? 'calendar.amendment.update' : 'calendar.amendment.create',
        entityName: 'CalendarAmendment',
        entityId: row.id,
        before,
        after: { date, kind: row.kind, note },
      },
    );
    return row;
  });
}

/** Removes an amendment: the date follows the dataset (or the weekly rule) again. */
export async function removeCalendarAmendment(
  em: EntityManager,
  actor: Actor,
  date: string,
): Promise<void> {
  requireRole(actor, COMMITTEE, null);
  requireDate(date, 'date');
  await em.transactional(async (tx) => {
    const existing = await tx.findOne(CalendarAmendment, { date });
    if (!existing)
      throw new NotFoundError({ zh: '该日期的日历调整', en: 'An amendment of that date' }, 'date');
    const before = { date, kind: existing.kind, note: existing.note };
    tx.remove(existing);
    await tx.flush();
    await recordAudit(
      tx,
      actor.bureauId,
      { userId: actor.userId, role: Role.COMMITTEE_ADMIN },
      {
        operation: 'calendar.amendment.delete',
        entityName: 'CalendarAmendment',
        entityId: existing.id,
        before,
      },
    );
  });
}
