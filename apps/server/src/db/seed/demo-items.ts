import type { EntityManager } from '@mikro-orm/postgresql';
import { Violation } from '../../modules/ledger/violation.entity.js';
import {
  BranchItemProposal,
  ProposalStatus,
} from '../../modules/schemes/branch-item-proposal.entity.js';
import { Scheme, SchemeStatus } from '../../modules/schemes/scheme.entity.js';
import { schemeFromDefault } from '../../modules/schemes/scheme-templates.js';
import { yearKeys, type DemoContext, type LedgerCounts } from './demo-context.js';

/** The year's scheme, published from the 2021 default in the first days of January. */
export function publishScheme(ctx: DemoContext, year: number): Scheme {
  return ctx.em.create(Scheme, {
    bureauId: ctx.bureauId,
    year,
    version: 1,
    status: SchemeStatus.PUBLISHED,
    definition: schemeFromDefault(year),
    effectiveFromMonth: `${year}-01`,
    origin: 'default-2021',
    createdById: ctx.admin.id,
    publishedById: ctx.admin.id,
    publishedAt: new Date(`${year}-01-05T02:00:00Z`),
  });
}

/**
 * Two findings of branch committees (in recorded months only), 办公室's own item approved by the
 * committee and 财务处's proposal still waiting for it.
 */
export function seedFindingsAndItems(
  ctx: DemoContext,
  year: number,
  months: number,
  counts: LedgerCounts,
): void {
  const em: EntityManager = ctx.em;
  const { bureauId, admin, branchRef, memberRef, branchOfMonth } = ctx;
  const { month, day } = yearKeys(year);
  const office = ctx.branches[0]!;
  const finance = ctx.branches[1]!;
  const inBranch = (b: { id: string }) => ctx.rosterOf(b.id, month(3));
  // Two findings of branch committees: a breach of integrity and a rumour-spreading violation.
  const findings = [
    {
      member: inBranch(office)[7]!,
      m: 3,
      itemCode: 'integrity',
      note: '公务接待超标准',
      decision: '支委会认定违反廉洁自律要求，当月该项不得分',
    },
    {
      member: inBranch(finance)[5]!,
      m: 5,
      itemCode: 'violations',
      note: '在工作群传播不实信息',
      decision: '支委会认定属制造传播流言蜚语，扣 10 分',
    },
  ];
  for (const f of findings) {
    if (f.m > months) continue;
    const branchId = branchOfMonth(f.member.id, month(f.m))!;
    em.create(Violation, {
      bureauId,
      branch: branchRef(branchId),
      branchId,
      member: memberRef(f.member.id),
      memberId: f.member.id,
      month: month(f.m),
      itemCode: f.itemCode,
      count: 1,
      note: f.note,
      decision: f.decision,
      decidedOn: day(f.m, 27),
      createdById: ctx.recorderOf(branchId),
    });
    counts.violations++;
  }

  // 办公室's own item, approved; 财务处's proposal still waiting for the committee.
  em.create(BranchItemProposal, {
    bureauId,
    branch: branchRef(office.id),
    branchId: office.id,
    year: year,
    itemCode: 'bgs-info-writing',
    item: {
      code: 'bgs-info-writing',
      nameZh: '信息撰稿',
      nameEn: 'Information reports',
      rule: { kind: 'declaration', unitPoints: '2' },
      evidence: { zh: '采用的信息稿件', en: 'Reports published' },
      cap: '6',
      branchChosen: true,
    },
    reason: '围绕机关事务中心工作撰写信息，每篇被采用计 2 分，全年不超过 6 分',
    status: ProposalStatus.APPROVED,
    decisionReason: '符合排头兵、办实事中心工作导向，同意实施',
    decidedById: admin.id,
    decidedAt: new Date(`${year}-02-10T02:00:00Z`),
    proposedById: ctx.secretaryOf(office.id),
  });
  em.create(BranchItemProposal, {
    bureauId,
    branch: branchRef(finance.id),
    branchId: finance.id,
    year: year,
    itemCode: 'cwc-budget-service',
    item: {
      code: 'cwc-budget-service',
      nameZh: '预算服务进处室',
      nameEn: 'Budget service visits',
      rule: { kind: 'declaration', unitPoints: '2' },
      evidence: { zh: '走访记录', en: 'Visit records' },
      cap: '4',
      branchChosen: true,
    },
    reason: '上门为各处室讲解预算编制，每次计 2 分',
    proposedById: ctx.secretaryOf(finance.id),
  });
}
