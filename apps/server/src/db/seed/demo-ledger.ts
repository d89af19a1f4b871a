import { ref, type EntityManager } from '@mikro-orm/postgresql';
import type { EvidenceStorage } from '../../modules/evidence/evidence-storage.js';
import { uploadEvidence } from '../../modules/evidence/evidence.service.js';
import { BranchSession } from '../../modules/ledger/branch-session.entity.js';
import { ClosedPeriod } from '../../modules/ledger/closed-period.entity.js';
import { QuotaEntry } from '../../modules/ledger/quota-entry.entity.js';
import { saveMonthlySheet } from '../../modules/ledger/sheet/save/sheet-save.service.js';
import { refreshYearSummaries } from '../../modules/scores/summaries/score-summaries.service.js';
import { demoYears, LIGHT_DEMO, type DemoScope } from './demo-calendar.js';
import { demoContext, yearKeys, type DemoContext, type LedgerCounts } from './demo-context.js';
import { seedDeclarations } from './demo-declarations.js';
import { seedHistoryYear } from './demo-history.js';
import { publishScheme, seedFindingsAndItems } from './demo-items.js';
import { reviewFinishedQuarters } from './demo-quarters.js';
import { seedYearRecords } from './demo-records.js';
import { seededRandom } from './seeded-random.js';
import { seedSpotChecks } from './demo-spot-checks.js';

export type LedgerSeedSummary = LedgerCounts & {
  schemeId: string;
  year: number;
  recordedMonths: number;
  historyYear: number | null;
  reviewedQuarters: number;
  spotChecks: number;
};

/**
 * The demo bureau's ledger, deterministic for a given day: the current year's scheme and its
 * records through the month before `scope.today`, two violations, a branch-chosen item approved
 * for 办公室 and one awaiting the committee, and declarations in every state; with
 * `scope.history` the previous year complete and the year before in the pilot branch
 * (demo-history.ts), with `scope.reviewedQuarters` the
 * current year's finished quarters reviewed (demo-quarters.ts). `em` must be scoped to the bureau
 * (all branches), inside a transaction.
 */
export async function seedDemoLedger(
  em: EntityManager,
  bureauId: string,
  evidence: EvidenceStorage,
  scope: DemoScope = LIGHT_DEMO,
): Promise<LedgerSeedSummary> {
  const ctx = await demoContext(em, bureauId);
  const { year, recordedMonths: months } = demoYears(scope.today);
  const counts: LedgerCounts = {
    sessions: 0,
    attendance: 0,
    quotas: 0,
    duties: 0,
    violations: 0,
    declarations: 0,
  };
  // The year before last only the pilot branch kept; last year every branch did.
  if (scope.history) await seedHistoryYear(ctx, year - 2, scope.today, counts, true);
  const history = scope.history ? await seedHistoryYear(ctx, year - 1, scope.today, counts) : null;

  const random = seededRandom(2026);
  const scheme = publishScheme(ctx, year);
  const laggard = history?.redTwice;
  seedYearRecords(
    ctx,
    { year, months, random, today: scope.today, neglects: (id) => id === laggard },
    counts,
  );
  seedFindingsAndItems(ctx, year, months, counts);
  seedDeclarations(ctx, year, months, scope.today, counts);
  if (!scope.reviewedQuarters) closeFirstQuarterByHand(ctx, year, months);
  await em.flush();
  em.clear();
  if (months > 0) await saveThroughTheApp(ctx, year, months, evidence);
  await refreshYearSummaries(em, year);
  const reviewed = scope.reviewedQuarters
    ? await reviewFinishedQuarters(ctx, year, scope.today)
    : 0;
  const spotChecks = scope.history ? await seedSpotChecks(ctx, scope.today) : 0;
  return {
    schemeId: scheme.id,
    year,
    recordedMonths: months,
    historyYear: history ? year - 1 : null,
    reviewedQuarters: reviewed,
    spotChecks,
    ...counts,
  };
}

/**
 * The light demo's stand-in for a signed first quarter: 资产管理处 and 公务用车服务中心 have closed
 * January–March (the full demo signs its quarters through the review instead).
 */
function closeFirstQuarterByHand(ctx: DemoContext, year: number, months: number): void {
  if (months < 3) return;
  const { month } = yearKeys(year);
  for (const branch of [ctx.branches[2]!, ctx.branches[3]!]) {
    for (const m of [1, 2, 3]) {
      ctx.em.create(ClosedPeriod, {
        bureauId: ctx.bureauId,
        branch: ctx.branchRef(branch.id),
        branchId: branch.id,
        month: month(m),
        reason: `${year}年第一季度得分已由支部书记签字`,
        closedById: ctx.secretaryOf(branch.id),
      });
    }
  }
}

/**
 * The last recorded month in 办公室 goes through the app itself: the sign-in sheet of the Party
 * day is uploaded and two corrections are saved, leaving evidence, an idempotency key and audit
 * entries.
 */
async function saveThroughTheApp(
  ctx: DemoContext,
  year: number,
  last: number,
  evidence: EvidenceStorage,
): Promise<void> {
  const { em } = ctx;
  const { month } = yearKeys(year);
  const office = ctx.branches[0]!;
  const officeMembers = ctx.rosterOf(office.id, month(3));
  const keeper = ctx.actorOf(ctx.recorderOf(office.id));
  const partyDay = await em.findOneOrFail(BranchSession, {
    branchId: office.id,
    month: month(last),
    itemCode: 'party-day',
  });
  const signIn = await uploadEvidence(em, keeper, evidence, {
    branchId: office.id,
    fileName: `主题党日签到表-${month(last)}.csv`,
    mimeType: 'text/csv',
    contentBase64: Buffer.from(
      ['姓名,签到', ...officeMembers.map((m) => `${m.name},√`)].join('\n'),
    ).toString('base64'),
  });
  partyDay.evidence = ref(signIn);
  partyDay.evidenceId = signIn.id;
  await em.flush();
  // The first two of the roster's order, not of their random ids: the same two on every run.
  const firstTwo = officeMembers.slice(0, 2).map((m) => m.id);
  const cells = await em.find(QuotaEntry, {
    branchId: office.id,
    month: month(last),
    itemCode: 'daily-question',
    memberId: { $in: firstTwo },
  });
  await saveMonthlySheet(em, keeper, {
    branchId: office.id,
    month: month(last),
    idempotencyKey: `demo-seed-${month(last)}`,
    cells: cells.map((q) => ({
      memberId: q.memberId,
      itemCode: 'daily-question',
      value: '15',
      expectedVersion: q.version,
    })),
  });
}
