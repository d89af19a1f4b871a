import type { EntityManager } from '@mikro-orm/postgresql';
import { isDecimal, validateScheme, type SpecialItem } from '@jifen/scoring';
import type { Actor } from '../../auth/actor.js';
import { COMMITTEE, requireRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { Branch } from '../org/branches/branch.entity.js';
import { withBureauWideAccess } from '../../tenancy/bureau-wide-access.js';
import {
  membersOfYear,
  refreshScoreSummaries,
} from '../scores/summaries/score-summaries.service.js';
import { BranchItemProposal, ProposalStatus } from './branch-item-proposal.entity.js';
import { branchChosenUmbrella, withBranchItems } from './effective-scheme.js';
import { schemeProblemsError } from './scheme-problems.js';
import { Scheme, SchemeStatus } from './scheme.entity.js';
import type { ProposeBranchItemInput } from './schemes.inputs.js';
import { clock } from '../calendar/clock.js';

/** Who proposes a branch's own item: its secretary or branch committee (and the committee itself). */
const PROPOSERS: readonly Role[] = [Role.COMMITTEE_ADMIN, Role.SECRETARY, Role.BRANCH_COMMITTEE];
const PROPOSAL = { zh: '支部自选项目申请', en: 'Branch item proposal' };

function positiveDecimal(value: string, field: string, zh: string, en: string): void {
  if (!isDecimal(value) || Number(value) <= 0) {
    throw new BadInputError(`${zh}应为大于 0 的数`, `${en} must be a number greater than 0`, field);
  }
}

/** The committee publishes the year's items; branches propose their own, the committee decides. */
export class BranchItemService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  list(year: number, branchId: string | null): Promise<BranchItemProposal[]> {
    return this.em.find(
      BranchItemProposal,
      { year, ...(branchId ? { branchId } : {}) },
      { orderBy: { createdAt: 'desc' } },
    );
  }

  async propose(input: ProposeBranchItemInput): Promise<BranchItemProposal> {
    const grant = requireRole(this.actor, PROPOSERS, input.branchId);
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(input.code)) {
      throw new BadInputError(
        '项目编码应为 1–40 个小写字母、数字或连字符',
        'The code must be 1–40 lower-case letters, digits or hyphens',
        'input.code',
      );
    }
    for (const [field, zh, en] of [
      ['nameZh', '中文名称', 'The Chinese name'],
      ['nameEn', '英文名称', 'The English name'],
      ['evidenceZh', '佐证材料说明', 'The evidence'],
      ['reason', '申请理由', 'The reason'],
    ] as const) {
      if (!input[field]?.trim())
        throw new BadInputError(`请填写${zh}`, `${en} is required`, `input.${field}`);
    }
    positiveDecimal(input.unitPoints, 'input.unitPoints', '每次分值', 'The points per declaration');
    positiveDecimal(input.cap, 'input.cap', '全年上限', 'The yearly cap');
    return this.em.transactional(async (tx) => {
      const branch = await tx.findOne(Branch, { id: input.branchId });
      if (!branch) throw new NotFoundError({ zh: '支部', en: 'Branch' }, 'input.branchId');
      const scheme = await tx.findOne(
        Scheme,
        { year: input.year, status: SchemeStatus.PUBLISHED },
        { orderBy: { version: 'desc' } },
      );
      if (!scheme) {
        throw new BadInputError(
          `${input.year} 年还没有已发布的积分方案`,
          `${input.year} has no published scheme`,
          'input.year',
        );
      }
      const umbrella = branchChosenUmbrella(scheme.definition);
      if (!umbrella) {
        throw new BadInputError(
          '本年度方案没有“支部自选”项目',
          'The scheme has no branch-chosen item',
          'input.year',
        );
      }
      if (Number(input.cap) > Number(umbrella.cap)) {
        throw new BadInputError(
          `全年上限不能超过“${umbrella.nameZh}”的 ${String(umbrella.cap)} 分`,
          `The cap cannot exceed the ${String(umbrella.cap)} of "${umbrella.nameEn}"`,
          'input.cap',
        );
      }
      const itemCode = `${branch.code.toLowerCase()}-${input.code}`;
      const schemeCodes = new Set([
        ...scheme.definition.sections.base.categories.flatMap((c) => c.items.map((i) => i.code)),
        ...scheme.definition.sections.special.items.map((i) => i.code),
      ]);
      if (
        schemeCodes.has(itemCode) ||
        (await tx.count(BranchItemProposal, { year: input.year, itemCode })) > 0
      ) {
        throw new ConflictError(
          `项目编码 ${itemCode} 已被使用`,
          `The item code ${itemCode} is taken`,
          { itemCode },
        );
      }
      const item: SpecialItem = {
        code: itemCode,
        nameZh: input.nameZh.trim(),
        nameEn: input.nameEn.trim(),
        rule: { kind: 'declaration', unitPoints: input.unitPoints },
        evidence: {
          zh: input.evidenceZh.trim(),
          en: input.evidenceEn?.trim() || input.evidenceZh.trim(),
        },
        cap: input.cap,
        branchChosen: true,
        ...(input.noteZh?.trim() ? { noteZh: input.noteZh.trim() } : {}),
      };
      const check = validateScheme(
        withBranchItems(scheme.definition, [{ branchId: branch.id, item }]),
      );
      if (!check.ok) throw schemeProblemsError(check.problems, 'input');
      const proposal = tx.create(BranchItemProposal, {
        bureauId: this.actor.bureauId,
        branch,
        branchId: branch.id,
        year: input.year,
        itemCode,
        item,
        reason: input.reason.trim(),
        proposedById: this.actor.userId,
      });
      await tx.flush();
      await recordAudit(
        tx,
        this.actor.bureauId,
        { userId: this.actor.userId, role: grant.role },
        {
          operation: 'branchItem.propose',
          entityName: 'BranchItemProposal',
          entityId: proposal.id,
          branchId: branch.id,
          after: { year: input.year, item, reason: proposal.reason },
        },
      );
      return proposal;
    });
  }

  /** The committee approves (the item scores from then on, for that branch) or rejects, with a reason. */
  async decide(
    id: string,
    approve: boolean,
    reason: string,
    expectedVersion: number,
  ): Promise<BranchItemProposal> {
    requireRole(this.actor, COMMITTEE, null);
    if (!reason.trim())
      throw new BadInputError('请填写审批意见', 'Give the reason for the decision', 'reason');
    return this.em.transactional(async (tx) => {
      const proposal = await tx.findOne(BranchItemProposal, { id });
      if (!proposal) throw new NotFoundError(PROPOSAL, 'id');
      if (proposal.version !== expectedVersion) {
        throw new ConflictError(
          '申请已被他人处理，请刷新',
          'Someone else changed this proposal; reload',
          {
            currentVersion: proposal.version,
          },
        );
      }
      if (proposal.status !== ProposalStatus.PROPOSED) {
        throw new ConflictError('该申请已审批', 'This proposal has already been decided', {
          status: proposal.status,
        });
      }
      if (approve) {
        await withBureauWideAccess(tx, async (wide) => {
          const scheme = await wide.findOne(Scheme, {
            year: proposal.year,
            status: SchemeStatus.PUBLISHED,
          });
          const approved = await wide.find(BranchItemProposal, {
            year: proposal.year,
            status: ProposalStatus.APPROVED,
          });
          const items = [...approved, proposal].map((p) => ({
            branchId: p.branchId,
            item: p.item,
          }));
          const check = scheme
            ? validateScheme(withBranchItems(scheme.definition, items))
            : { ok: true, problems: [] };
          if (!check.ok) throw schemeProblemsError(check.problems, 'id');
        });
      }
      proposal.status = approve ? ProposalStatus.APPROVED : ProposalStatus.REJECTED;
      proposal.decisionReason = reason.trim();
      proposal.decidedById = this.actor.userId;
      proposal.decidedAt = clock().now();
      await tx.flush();
      await recordAudit(
        tx,
        this.actor.bureauId,
        { userId: this.actor.userId, role: Role.COMMITTEE_ADMIN },
        {
          operation: approve ? 'branchItem.approve' : 'branchItem.reject',
          entityName: 'BranchItemProposal',
          entityId: proposal.id,
          branchId: proposal.branchId,
          before: { status: ProposalStatus.PROPOSED },
          after: { status: proposal.status, reason: proposal.decisionReason },
        },
      );
      if (approve) {
        const members = await withBureauWideAccess(tx, (wide) =>
          membersOfYear(wide, proposal.year, proposal.branchId),
        );
        await refreshScoreSummaries(tx, proposal.year, members);
      }
      return proposal;
    });
  }
}
