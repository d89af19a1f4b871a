import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { chinaDate, clock, todayInChina } from '../../calendar/clock.js';
import { loadWorkingCalendar } from '../../calendar/calendar.service.js';
import { noticeOpenOn, noticeWindow } from '../../calendar/working-days.js';
import { Branch } from '../../org/branches/branch.entity.js';
import { Member } from '../../org/members/member.entity.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import { auditStep } from '../cycle-audit.js';
import type { FrozenScore } from '../frozen-score.js';
import { NoticeState } from './notice-machines.js';
import { Publication, PublicationKind, type PublishedRow } from './publication.entity.js';
import { QuarterAssessment } from '../quarter/quarter-assessment.entity.js';
import { QuarterState } from '../quarter/quarter-machines.js';
import { lockForChange } from '../row-lock.js';

const QUARTER = { zh: '季度考评', en: 'Quarter assessment' };
import { actorRef } from '../frozen-rows.js';

/**
 * A notice is open from publication to the end of its last working day (China time); a list
 * replaced by a corrected one takes no more objections — they go to the list now shown.
 */
export function noticeStateOf(
  publication: Publication,
  latestNumber: number,
  today: string = todayInChina(),
): NoticeState {
  if (publication.number < latestNumber) return NoticeState.CLOSED;
  return noticeOpenOn(publication.noticeEndsOn, today) ? NoticeState.OPEN : NoticeState.CLOSED;
}

/** The quarter's state as people see it: a published quarter whose notice ended is closed. */
export function effectiveQuarterState(
  q: QuarterAssessment,
  today: string = todayInChina(),
): QuarterState {
  if (
    q.state === QuarterState.PUBLISHED &&
    q.noticeEndsOn &&
    !noticeOpenOn(q.noticeEndsOn, today)
  ) {
    return QuarterState.CLOSED;
  }
  return q.state;
}

/** When a notice ending on `endsOn` closed: midnight after that day, China time. */
function noticeClosedAt(endsOn: string): Date {
  const next = new Date(`${endsOn}T00:00:00+08:00`);
  return new Date(next.getTime() + 86_400_000);
}

/**
 * Loads a quarter for a change, locked against concurrent steps, and first records the close of
 * a notice that ended since the last change (notices close by themselves; nothing else needs a
 * background job, as every read derives the state from the date).
 */
export async function lockQuarter(tx: EntityManager, id: string): Promise<QuarterAssessment> {
  const q = await lockForChange(tx, QuarterAssessment, id, QUARTER, 'assessmentId');
  if (q.state === QuarterState.PUBLISHED && effectiveQuarterState(q) === QuarterState.CLOSED) {
    q.state = QuarterState.CLOSED;
    q.closedAt = noticeClosedAt(q.noticeEndsOn!);
    await tx.flush();
    await auditStep(tx, null, 'system', {
      operation: 'quarter.notice.close',
      entityName: 'QuarterAssessment',
      entityId: q.id,
      branchId: q.branchId,
      after: { state: q.state, noticeEndsOn: q.noticeEndsOn },
    });
  }
  return q;
}

/** The list as it will be shown: current frozen scores with the members' names of today. */
export async function publishedRows(
  tx: EntityManager,
  scores: readonly (FrozenScore & { evaluation?: string; grade?: string | null; band?: string })[],
): Promise<PublishedRow[]> {
  const ids = scores.map((s) => s.memberId);
  // Members who have moved on since still appear under this branch's list, by name.
  const members = await withBureauWideAccess(tx, (wide) => wide.find(Member, { id: { $in: ids } }));
  const names = new Map<string, string>(members.map((m: Member) => [m.id, m.name]));
  return scores
    .map((s) => ({
      memberId: s.memberId,
      name: names.get(s.memberId) ?? '',
      total: s.total,
      base: s.base,
      special: s.special,
      ...(s.evaluation !== undefined ? { evaluation: s.evaluation } : {}),
      ...(s.evaluation !== undefined ? { grade: s.grade ?? null } : {}),
      ...(s.band !== undefined ? { band: s.band } : {}),
      revision: s.revision,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.memberId.localeCompare(b.memberId));
}

export type PublishInput = {
  kind: PublicationKind;
  branchId: string;
  year: number;
  quarter: number;
  assessmentId: string;
  rows: PublishedRow[];
  note?: string | null;
  correctionId?: string | null;
};

/** Puts a list up for notice: the next number of the period, a notice window on the calendar. */
export async function publishList(
  tx: EntityManager,
  actor: Actor,
  role: string,
  input: PublishInput,
): Promise<Publication> {
  const previous = await tx.find(
    Publication,
    { branchId: input.branchId, kind: input.kind, year: input.year, quarter: input.quarter },
    { orderBy: { number: 'desc' }, limit: 1 },
  );
  const now = clock().now();
  const publishedOn = chinaDate(now);
  const window = noticeWindow(publishedOn, await loadWorkingCalendar(tx));
  const publication = tx.create(Publication, {
    bureauId: actor.bureauId,
    branch: tx.getReference(Branch, [actor.bureauId, input.branchId]),
    branchId: input.branchId,
    kind: input.kind,
    year: input.year,
    quarter: input.quarter,
    assessmentId: input.assessmentId,
    number: (previous[0]?.number ?? 0) + 1,
    publishedAt: now,
    publishedBy: actorRef(tx, actor),
    publishedById: actor.userId,
    publishedOn,
    firstCountedDay: window.firstCountedDay,
    noticeEndsOn: window.endsOn,
    provisionalYears: window.provisionalYears,
    rows: input.rows,
    note: input.note ?? null,
    correctionId: input.correctionId ?? null,
  });
  await tx.flush();
  await auditStep(tx, actor, role, {
    operation: `${input.kind}.publish`,
    entityName: 'Publication',
    entityId: publication.id,
    branchId: input.branchId,
    after: {
      assessmentId: input.assessmentId,
      number: publication.number,
      publishedOn,
      noticeEndsOn: window.endsOn,
      rows: input.rows.length,
      note: publication.note,
    },
  });
  return publication;
}
