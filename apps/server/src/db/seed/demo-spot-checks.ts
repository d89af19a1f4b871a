import { drawSpotCheck } from '../../modules/supervision/draw/spot-check-draw.service.js';
import {
  answerFollowUp,
  closeFollowUp,
  recordFinding,
} from '../../modules/supervision/spot-check-finding.service.js';
import { SpotCheckItem } from '../../modules/supervision/spot-check-item.entity.js';
import { quarterLabel } from '../../modules/assessments/quarter/quarter-period.js';
import { addDays } from '../../modules/calendar/working-days.js';
import { demoYears, onDay } from './demo-calendar.js';
import type { DemoContext } from './demo-context.js';

const DISCREPANCY = '台账记录与原始凭证不一致，请支部核实';

type CheckPlan = {
  title: string;
  fromMonth: string;
  toMonth: string;
  seed: string;
  drawnOn: string;
  checkedOn: string;
  /** The branch whose first item is found wrong (the rest are confirmed). */
  flagged: string;
};

/**
 * The committee's spot checks (随机抽查) of the full demo. Last year's third quarter was drawn in
 * October, checked item by item, and its one discrepancy answered by 财务处 and closed. This
 * year's last finished quarter (or its recorded months, before the first quarter is over) was
 * drawn and checked in the days before `today`; its discrepancy, in 办公室, waits for the branch's
 * answer. Nothing is drawn on 1 January, when nothing of the year is recorded. Returns the checks
 * drawn.
 */
export async function seedSpotChecks(ctx: DemoContext, today: string): Promise<number> {
  const { year, recordedMonths, finishedQuarters } = demoYears(today);
  const last = year - 1;
  const lastYearsFinding = await seedCheck(ctx, {
    title: `${quarterLabel(last, 3)}台账抽查`,
    fromMonth: `${last}-07`,
    toMonth: `${last}-09`,
    seed: `demo-${last}-q3`,
    drawnOn: `${last}-10-20`,
    checkedOn: `${last}-10-27`,
    flagged: ctx.branches[1]!.id,
  });
  const answerer = ctx.actorOf(ctx.secretaryOf(ctx.branches[1]!.id));
  await onDay(`${last}-11-03`, () =>
    answerFollowUp(ctx.em, answerer, {
      itemId: lastYearsFinding.id,
      answer: '经核对原始签到表和缴费凭证，台账记录无误，已补充上传凭证照片',
    }),
  );
  await onDay(`${last}-11-10`, () =>
    closeFollowUp(ctx.em, ctx.actorOf(ctx.admin.id), {
      itemId: lastYearsFinding.id,
      note: '答复属实',
    }),
  );
  if (recordedMonths === 0) return 1;
  const mm = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  const [from, to] = finishedQuarters
    ? [finishedQuarters * 3 - 2, finishedQuarters * 3]
    : [1, recordedMonths];
  await seedCheck(ctx, {
    title: finishedQuarters
      ? `${quarterLabel(year, finishedQuarters)}台账抽查`
      : `${year}年${from === to ? from : `${from}—${to}`}月台账抽查`,
    fromMonth: mm(from),
    toMonth: mm(to),
    seed: `demo-${year}-${to}`,
    // Drawn in the days before today (not before the period is over) and checked at once, so
    // that the branch's answer is still within its time when the demo opens.
    drawnOn: latest(`${mm(to + 1)}-01`, addDays(today, -3)),
    checkedOn: latest(`${mm(to + 1)}-01`, addDays(today, -2)),
    flagged: ctx.branches[0]!.id,
  });
  return 2;
}

const latest = (a: string, b: string) => (a > b ? a : b);

/** Draws a check of about 24 records and checks every item; returns the one found wrong. */
async function seedCheck(ctx: DemoContext, plan: CheckPlan): Promise<SpotCheckItem> {
  const committee = ctx.actorOf(ctx.admin.id);
  const check = await onDay(plan.drawnOn, () =>
    drawSpotCheck(ctx.em, committee, {
      title: plan.title,
      fromMonth: plan.fromMonth,
      toMonth: plan.toMonth,
      size: 24,
      seed: plan.seed,
    }),
  );
  const items = await ctx.em.find(
    SpotCheckItem,
    { spotCheckId: check.id },
    { orderBy: { position: 'asc' } },
  );
  const wrong = items.find((i) => i.branchId === plan.flagged) ?? items[0]!;
  await onDay(plan.checkedOn, async () => {
    for (const item of items) {
      const flag = item === wrong;
      await recordFinding(ctx.em, committee, {
        itemId: item.id,
        discrepancy: flag,
        note: flag ? DISCREPANCY : null,
      });
    }
  });
  return wrong;
}
