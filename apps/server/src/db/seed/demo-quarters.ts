import { AppError } from '../../graphql/errors.js';
import { MemberConfirmation } from '../../modules/assessments/quarter/member-confirmation.entity.js';
import {
  decideNoticeObjection,
  publishQuarter,
  raiseNoticeObjection,
} from '../../modules/assessments/notices/notice.service.js';
import { applyCorrection } from '../../modules/assessments/corrections/correction-apply.service.js';
import { Publication } from '../../modules/assessments/notices/publication.entity.js';
import { recordPanelConfirmations } from '../../modules/assessments/quarter/quarter-confirmation.service.js';
import {
  signQuarter,
  startQuarterReview,
} from '../../modules/assessments/quarter/quarter-review.service.js';
import { DutyEntry, DutyStatus } from '../../modules/ledger/duty-entry.entity.js';
import { demoYears, notAfter, onDay } from './demo-calendar.js';
import type { DemoContext } from './demo-context.js';

/** The working morning after each quarter on which the branches meet (Q3: after 国庆). */
export function reviewDay(year: number, quarter: number): string {
  return [`${year}-04-03`, `${year}-07-03`, `${year}-10-10`, `${year + 1}-01-05`][quarter - 1]!;
}

/**
 * One branch's quarter through the whole review as its panel would at the meeting: started,
 * every member's answer recorded, signed by the secretary (with the reason the rule asks for
 * when a declaration is still undecided) and published. Returns the quarter's id.
 */
export async function reviewQuarter(
  ctx: DemoContext,
  branchId: string,
  year: number,
  quarter: number,
): Promise<string> {
  const { em } = ctx;
  const secretary = ctx.actorOf(ctx.secretaryOf(branchId));
  const q = await startQuarterReview(em, secretary, { branchId, year, quarter });
  const rows = await em.find(MemberConfirmation, { assessmentId: q.id });
  await recordPanelConfirmations(em, secretary, {
    assessmentId: q.id,
    memberIds: rows.map((r) => r.memberId),
  });
  try {
    await signQuarter(em, secretary, q.id);
  } catch (error) {
    const details = error instanceof AppError ? error.extensions['details'] : null;
    const field = (details as { field?: string } | null)?.field;
    if (field !== 'overrideReason') throw error;
    await signQuarter(em, secretary, q.id, '申报待支委会下次会议处理');
  }
  await publishQuarter(em, secretary, q.id);
  em.clear();
  return q.id;
}

/**
 * The current year's finished quarters (all three months recorded) reviewed and published by
 * every branch on its meeting day, or today if that is still to come. In 办公室's first
 * quarter a member objects to the notice: the branch committee upholds it (a late dues payment
 * was paid on time), the record is fixed and the secretary republishes. Returns how many
 * quarters each branch reviewed.
 */
export async function reviewFinishedQuarters(
  ctx: DemoContext,
  year: number,
  today: string,
): Promise<number> {
  const { finishedQuarters } = demoYears(today);
  for (let quarter = 1; quarter <= finishedQuarters; quarter++) {
    const day = notAfter(reviewDay(year, quarter), today);
    await onDay(day, async () => {
      for (const branch of ctx.branches) {
        const id = await reviewQuarter(ctx, branch.id, year, quarter);
        if (quarter === 1 && branch === ctx.branches[0]) await upheldObjection(ctx, id, year);
      }
    });
  }
  return finishedQuarters;
}

async function upheldObjection(ctx: DemoContext, quarterId: string, year: number) {
  const { em } = ctx;
  const office = ctx.branches[0]!;
  const publication = await em.findOneOrFail(Publication, { assessmentId: quarterId });
  // The objector: a member of the list with a late dues payment, else the list's first member.
  const listed = publication.rows.map((r) => r.memberId);
  const late = await em.findOne(DutyEntry, {
    memberId: { $in: listed },
    month: { $gte: `${year}-01`, $lte: `${year}-03` },
    status: DutyStatus.LATE,
  });
  const memberId = late?.memberId ?? listed[0]!;
  const objector = ctx.actorOf(ctx.userOfMember(memberId));
  const raiser =
    objector.memberId === memberId ? objector : ctx.actorOf(ctx.secretaryOf(office.id));
  const objection = await raiseNoticeObjection(em, raiser, {
    publicationId: publication.id,
    memberId,
    content: late
      ? `${late.month} 党费已按时缴纳，有缴费凭证，记为逾期有误`
      : '第一季度一次主题党日已参加，签到表漏记',
  });
  const committee = ctx.actorOf(ctx.committeeMemberOf(office.id));
  const decided = await decideNoticeObjection(em, committee, {
    objectionId: objection.id,
    uphold: true,
    decision: '经核对缴费凭证，异议成立，予以更正',
  });
  if (late) {
    late.status = DutyStatus.ON_TIME;
    late.paidOn = `${late.month}-05`;
    await em.flush();
  }
  // The member confirms the corrected record at the panel, then the secretary applies it.
  const secretary = ctx.actorOf(ctx.secretaryOf(office.id));
  await recordPanelConfirmations(em, secretary, { assessmentId: quarterId, memberIds: [memberId] });
  await applyCorrection(em, secretary, decided.correctionId!);
}
