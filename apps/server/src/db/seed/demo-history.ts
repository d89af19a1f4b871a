import {
  approveYear,
  publishYear,
  submitYear,
} from '../../modules/assessments/annual/annual-approval.service.js';
import {
  completeAnnualReview,
  recordEvaluationGrades,
  startAnnualEvaluation,
} from '../../modules/assessments/annual/annual-evaluation.service.js';
import { yearMonths } from '../../modules/assessments/quarter/quarter-period.js';
import { reviewRoster } from '../../modules/assessments/review-roster.js';
import { OutcomeCase, WarningLevel } from '../../modules/outcomes/outcome-case.entity.js';
import {
  closeOutcomeCase,
  completeMeasure,
  recordInterview,
  setRectificationMeasures,
} from '../../modules/outcomes/outcome-case.service.js';
import { RectificationMeasure } from '../../modules/outcomes/rectification-measure.entity.js';
import { refreshYearSummaries } from '../../modules/scores/summaries/score-summaries.service.js';
import { notAfter, onDay } from './demo-calendar.js';
import type { DemoContext, LedgerCounts } from './demo-context.js';
import { acceptedDeclaration } from './demo-declarations.js';
import { publishScheme } from './demo-items.js';
import { seedYearRecords } from './demo-records.js';
import { reviewDay, reviewQuarter } from './demo-quarters.js';
import { seededRandom } from './seeded-random.js';

/** Who of the history year falls behind: [branch index, place in its roster by name]. */
const RED = [
  [0, 10],
  [1, 8],
] as const;
const YELLOW = [
  [2, 6],
  [3, 5],
  [5, 4],
] as const;
/** Who kept every record and was graded 优秀: the priority candidates (≥ 80). */
const MODELS = [
  [0, 12],
  [2, 9],
  [4, 7],
] as const;

/**
 * A year of the demo's history, complete (the previous year, or with `pilot` the year before,
 * when only 办公室党支部 kept the assessment, the bureau's pilot branch): every month recorded; every branch's four quarters reviewed and
 * published on their meeting days; the democratic evaluation started in December and graded
 * (every fifth member 优秀, the members who fell behind 基本合格 or 不合格); the year re-reviewed,
 * submitted, approved by the committee and published in January. Approval opens a warning case
 * for each yellow or red member; each has its interview and rectification measures. Steps dated
 * after `today` (seeded early in January) happen today. The same 办公室 member is red in the pilot
 * year and the previous one (so red two years running) and falls behind again in the current year;
 * the result names them.
 */
export async function seedHistoryYear(
  ctx: DemoContext,
  year: number,
  today: string,
  counts: LedgerCounts,
  pilot = false,
): Promise<{ redTwice: string }> {
  const { em } = ctx;
  const branches = pilot ? [ctx.branches[0]!] : ctx.branches;
  const kept = ([b]: readonly [number, number]) => !pilot || b === 0;
  const pick = ([b, k]: readonly [number, number]) =>
    ctx
      // The pilot picks from the next year's roster, so its red member is the same person.
      .rosterOf(ctx.branches[b]!.id, `${pilot ? year + 1 : year}-12`)
      .filter((m) => !ctx.users.some((u) => u.memberId === m.id))[k]!.id;
  const red = new Set(RED.filter(kept).map(pick));
  const yellow = new Set(YELLOW.filter(kept).map(pick));
  const models = new Set(MODELS.filter(kept).map(pick));
  const habitOverride = new Map<string, number>([
    ...[...models].map((id) => [id, 1] as const),
    ...[...red].map((id) => [id, 0.3] as const),
    // About 60 of the base's 70, and 基本合格: yellow (at 0.45 they fell into the red).
    ...[...yellow].map((id) => [id, 0.8] as const),
  ]);
  publishScheme(ctx, year);
  seedYearRecords(
    ctx,
    {
      year,
      months: 12,
      random: seededRandom(pilot ? 2024 : 2025),
      today,
      branches,
      habitOverride,
      neglects: (id) => red.has(id),
    },
    counts,
  );
  // The models also volunteer through the year: special points on top of a full ledger.
  for (const id of models) {
    for (const m of [3, 6, 9])
      acceptedDeclaration(ctx, year, id, m, '参加社区志愿服务活动', counts);
  }
  await em.flush();
  await refreshYearSummaries(em, year);
  // The year's records are written: a smaller identity map keeps every later flush cheap.
  em.clear();

  const years = new Map<string, string>();
  for (let quarter = 1; quarter <= 3; quarter++) {
    await onDay(reviewDay(year, quarter), async () => {
      for (const branch of branches) await reviewQuarter(ctx, branch.id, year, quarter);
    });
    em.clear();
  }
  await onDay(`${year}-12-10`, async () => {
    for (const branch of branches) {
      const committee = ctx.actorOf(ctx.committeeMemberOf(branch.id));
      const a = await startAnnualEvaluation(em, committee, { branchId: branch.id, year });
      years.set(branch.id, a.id);
    }
  });
  await onDay(notAfter(reviewDay(year, 4), today), async () => {
    for (const branch of branches) await reviewQuarter(ctx, branch.id, year, 4);
  });
  const decidedOn = notAfter(`${year + 1}-01-12`, today);
  await onDay(decidedOn, async () => {
    const admin = ctx.actorOf(ctx.admin.id);
    for (const branch of branches) {
      const committee = ctx.actorOf(ctx.committeeMemberOf(branch.id));
      const secretary = ctx.actorOf(ctx.secretaryOf(branch.id));
      const assessmentId = years.get(branch.id)!;
      const roster = await reviewRoster(em, branch.id, yearMonths(year));
      const grades = roster.map(({ id }, k) => ({
        memberId: id,
        grade: red.has(id)
          ? 'unqualified'
          : yellow.has(id)
            ? 'basicallyQualified'
            : models.has(id) || k % 5 === 0
              ? 'excellent'
              : 'qualified',
      }));
      await recordEvaluationGrades(em, committee, { assessmentId, grades });
      await completeAnnualReview(em, committee, {
        assessmentId,
        note: '基础分、特色分逐项复核无误',
      });
      await submitYear(em, secretary, assessmentId);
      await approveYear(em, admin, { assessmentId, comment: '同意' });
    }
  });
  const publishedOn = notAfter(`${year + 1}-01-15`, today);
  await onDay(publishedOn, async () => {
    for (const branch of branches) {
      await publishYear(em, ctx.actorOf(ctx.secretaryOf(branch.id)), years.get(branch.id)!);
    }
    await followUpWarnings(ctx, year, publishedOn, today, !pilot);
  });
  return { redTwice: pick(RED[0]) };
}

/**
 * Each warned member's secretary interviews them and agrees measures, due within the quarter.
 * Where that quarter is over by `today`, the measures were carried out and the case closed, as a
 * bureau would have done; only the red cases of the year just past (with `redStillOpen`) have a
 * measure outstanding, so the overdue lists show a few cases, not every case of two years.
 */
async function followUpWarnings(
  ctx: DemoContext,
  year: number,
  on: string,
  today: string,
  redStillOpen: boolean,
) {
  const cases = (await ctx.em.find(OutcomeCase, { year }, { orderBy: { total: 'asc' } })).map(
    (c) => ({ id: c.id, branchId: c.branchId, level: c.level }),
  );
  const due = `${year + 1}-03-31`;
  const doneOn = `${year + 1}-03-20`;
  const closedOn = `${year + 1}-03-27`;
  for (const c of cases) {
    // Each step's flush diffs every entity the seed still holds (the year's results among them).
    ctx.em.clear();
    const secretary = ctx.actorOf(ctx.secretaryOf(c.branchId));
    const red = c.level === WarningLevel.RED;
    await recordInterview(ctx.em, secretary, {
      caseId: c.id,
      interviewedOn: on,
      record: red
        ? '支部书记与本人谈话，指出全年学习强国、每日一题缺记，党费未按月缴纳，本人表示接受'
        : '支部书记与本人谈话，指出组织生活参加不够经常，本人表示今后改进',
      causes: red ? '工作调整期间放松了理论学习，党费缴纳未设提醒' : '出差较多，请假后未补学',
    });
    await setRectificationMeasures(ctx.em, secretary, {
      caseId: c.id,
      measures: [
        { description: '每月按时缴纳党费，由党小组长提醒', deadline: due },
        {
          description: red ? '每日登录学习强国并完成每日一题' : '缺席的组织生活按要求补学',
          deadline: due,
        },
      ],
    });
    if (closedOn >= today) continue;
    const open = red && redStillOpen;
    await onDay(closedOn, async () => {
      const measures = await ctx.em.find(
        RectificationMeasure,
        { caseId: c.id },
        { orderBy: { position: 'asc' } },
      );
      for (const m of open ? measures.slice(0, 1) : measures)
        await completeMeasure(ctx.em, secretary, {
          measureId: m.id,
          doneOn,
          note: '已按要求落实，党小组长核实',
        });
      if (!open)
        await closeOutcomeCase(ctx.em, secretary, {
          caseId: c.id,
          note: '整改措施均已落实，予以结案',
        });
    });
  }
}
