import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import {
  BRANCH_READERS,
  BRANCH_RECORDERS,
  holdsRole,
  requireRole,
} from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { evidenceOfBranch } from '../evidence/evidence.service.js';
import { periodLock } from '../ledger/period-lock.js';
import { Branch } from '../org/branches/branch.entity.js';
import { Member } from '../org/members/member.entity.js';
import { withBureauWideAccess } from '../../tenancy/bureau-wide-access.js';
import {
  periodsOfMonth,
  refreshScoreSummaries,
} from '../scores/summaries/score-summaries.service.js';
import { DISPUTE_DECIDERS } from './declaration-actions.js';
import { DeclarationEvent } from './declaration-event.entity.js';
import { branchOfMonth, checkPoints, declarableItem, requireReason } from './declaration-rules.js';
import { Declaration, DeclarationStatus } from './declaration.entity.js';
import type {
  DecideDeclarationInput,
  DeclarationFilter,
  DisputeDeclarationInput,
  ResolveDeclarationDisputeInput,
  SubmitDeclarationInput,
} from './declarations.inputs.js';

const DECLARATION = { zh: '申报', en: 'Declaration' };

/**
 * 个人申报: submitted → accepted | rejected (scorekeeper, with a reason) → disputed (the member) →
 * upheld | overturned (branch committee). Each step leaves a DeclarationEvent the member sees, an
 * audit entry, and — when what counts changes — fresh score summaries, in one transaction.
 */
export class DeclarationService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  /** Declarations the actor may see: their own, and those of branches where they read. */
  list(filter: DeclarationFilter): Promise<Declaration[]> {
    const where: FilterQuery<Declaration> = {
      month: { $gte: `${filter.year}-01`, $lte: `${filter.year}-12` },
      ...(filter.branchId ? { branchId: filter.branchId } : {}),
      ...(filter.memberId ? { memberId: filter.memberId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    };
    const readable = this.actor.roles.some(
      (g) => g.branchId === null && BRANCH_READERS.includes(g.role),
    )
      ? null
      : this.actor.roles.filter((g) => BRANCH_READERS.includes(g.role)).map((g) => g.branchId!);
    const wall: FilterQuery<Declaration> =
      readable === null
        ? {}
        : {
            $or: [
              { branchId: { $in: readable } },
              { memberId: this.actor.memberId ?? '00000000-0000-0000-0000-000000000000' },
            ],
          };
    return this.em.find(
      Declaration,
      { $and: [where, wall] },
      { orderBy: { month: 'desc', createdAt: 'desc' } },
    );
  }

  async submit(input: SubmitDeclarationInput): Promise<Declaration> {
    const memberId = input.memberId ?? this.actor.memberId;
    if (!memberId) {
      throw new ForbiddenError(
        '当前账号未关联党员，不能申报',
        'This account is not linked to a member',
      );
    }
    const description = input.description.trim();
    if (!description)
      throw new BadInputError('请填写申报内容', 'Describe what is declared', 'input.description');
    return this.em.transactional(async (tx) => {
      const { branchId, item } = await withBureauWideAccess(tx, async (wide) => {
        const member = await wide.findOne(Member, { id: memberId });
        if (!member) throw new BadInputError('没有该党员', 'No such member', 'input.memberId');
        const branchId = await branchOfMonth(wide, memberId, input.month);
        if (!branchId) {
          throw new BadInputError(
            `${input.month} 该党员不在任何支部`,
            `The member was in no branch in ${input.month}`,
            'input.month',
          );
        }
        return {
          branchId,
          item: await declarableItem(wide, input.month, input.itemCode, branchId, 'input.itemCode'),
        };
      });
      // On one's own behalf as a member of the branch, or for a member as the branch's recorder.
      const grant =
        memberId === this.actor.memberId
          ? { role: Role.MEMBER }
          : requireRole(this.actor, BRANCH_RECORDERS, branchId);
      const points = checkPoints(input.points, item, 'input.points');
      await periodLock.assertMonthsOpen(tx, branchId, [input.month], 'input.month');
      const evidence = await evidenceOfBranch(tx, input.evidenceId, branchId, 'input.evidenceId');
      const declaration = tx.create(Declaration, {
        bureauId: this.actor.bureauId,
        branch: tx.getReference(Branch, [this.actor.bureauId, branchId]),
        branchId,
        member: tx.getReference(Member, [this.actor.bureauId, memberId]),
        memberId,
        month: input.month,
        itemCode: input.itemCode,
        description,
        declaredPoints: points,
        evidence,
        evidenceId: evidence?.id ?? null,
        createdById: this.actor.userId,
      });
      await this.step(
        tx,
        declaration,
        grant.role,
        DeclarationStatus.SUBMITTED,
        null,
        points,
        false,
      );
      return declaration;
    });
  }

  async decide(input: DecideDeclarationInput): Promise<Declaration> {
    const reason = requireReason(input.reason);
    return this.em.transactional(async (tx) => {
      const declaration = await this.find(tx, input.id, input.expectedVersion);
      const grant = requireRole(this.actor, BRANCH_RECORDERS, declaration.branchId);
      this.expect(declaration, [DeclarationStatus.SUBMITTED]);
      await periodLock.assertMonthsOpen(tx, declaration.branchId, [declaration.month], 'input.id');
      const item = await withBureauWideAccess(tx, (wide) =>
        declarableItem(
          wide,
          declaration.month,
          declaration.itemCode,
          declaration.branchId,
          'input.id',
        ),
      );
      const points = input.accept
        ? (checkPoints(input.points, item, 'input.points') ??
          declaration.declaredPoints ??
          String((item.rule as { unitPoints: string | number }).unitPoints))
        : null;
      declaration.scorekeeperAccepted = input.accept;
      declaration.countedPoints = points;
      declaration.lastReason = reason;
      await this.step(
        tx,
        declaration,
        grant.role,
        input.accept ? DeclarationStatus.ACCEPTED : DeclarationStatus.REJECTED,
        reason,
        points,
        input.accept,
      );
      return declaration;
    });
  }

  async dispute(input: DisputeDeclarationInput): Promise<Declaration> {
    const reason = requireReason(input.reason);
    return this.em.transactional(async (tx) => {
      const declaration = await this.find(tx, input.id, input.expectedVersion);
      if (declaration.memberId !== this.actor.memberId) {
        throw new ForbiddenError(
          '只有申报人本人可以提出异议',
          'Only the member who declared may dispute',
        );
      }
      this.expect(declaration, [DeclarationStatus.ACCEPTED, DeclarationStatus.REJECTED]);
      await periodLock.assertMonthsOpen(tx, declaration.branchId, [declaration.month], 'input.id');
      declaration.lastReason = reason;
      await this.step(
        tx,
        declaration,
        Role.MEMBER,
        DeclarationStatus.DISPUTED,
        reason,
        null,
        false,
      );
      return declaration;
    });
  }

  async resolveDispute(input: ResolveDeclarationDisputeInput): Promise<Declaration> {
    const reason = requireReason(input.reason);
    return this.em.transactional(async (tx) => {
      const declaration = await this.find(tx, input.id, input.expectedVersion);
      const grant = requireRole(this.actor, DISPUTE_DECIDERS, declaration.branchId);
      this.expect(declaration, [DeclarationStatus.DISPUTED]);
      await periodLock.assertMonthsOpen(tx, declaration.branchId, [declaration.month], 'input.id');
      // Overturning a rejection accepts the declaration; overturning an acceptance takes it back.
      const nowAccepted = input.upheld
        ? declaration.scorekeeperAccepted === true
        : declaration.scorekeeperAccepted !== true;
      let points: string | null = null;
      if (nowAccepted) {
        const item = await withBureauWideAccess(tx, (wide) =>
          declarableItem(
            wide,
            declaration.month,
            declaration.itemCode,
            declaration.branchId,
            'input.id',
          ),
        );
        points = input.upheld
          ? (declaration.countedPoints ?? null)
          : (checkPoints(input.points, item, 'input.points') ??
            declaration.declaredPoints ??
            String((item.rule as { unitPoints: string | number }).unitPoints));
      }
      const changed = (declaration.countedPoints ?? null) !== points;
      declaration.countedPoints = points;
      declaration.lastReason = reason;
      await this.step(
        tx,
        declaration,
        grant.role,
        input.upheld ? DeclarationStatus.UPHELD : DeclarationStatus.OVERTURNED,
        reason,
        points,
        changed,
      );
      return declaration;
    });
  }

  private async find(tx: EntityManager, id: string, expectedVersion: number): Promise<Declaration> {
    const declaration = await tx.findOne(Declaration, { id });
    const visible =
      declaration &&
      (declaration.memberId === this.actor.memberId ||
        holdsRole(this.actor, BRANCH_READERS, declaration.branchId));
    if (!declaration || !visible) throw new NotFoundError(DECLARATION, 'input.id');
    if (declaration.version !== expectedVersion) {
      throw new ConflictError(
        '该申报已被他人处理，请刷新后重试',
        'Someone else acted on this declaration; reload and try again',
        {
          currentVersion: declaration.version,
          status: declaration.status,
        },
      );
    }
    return declaration;
  }

  private expect(declaration: Declaration, allowed: DeclarationStatus[]): void {
    if (!allowed.includes(declaration.status)) {
      throw new ConflictError(
        `该申报当前状态为“${declaration.status}”，不能执行此操作`,
        `The declaration is ${declaration.status}; this step does not apply`,
        { status: declaration.status },
      );
    }
  }

  /** Moves the declaration, leaves the history row and the audit entry, refreshes scores if needed. */
  private async step(
    tx: EntityManager,
    declaration: Declaration,
    role: string,
    step: DeclarationStatus,
    reason: string | null,
    points: string | null,
    scoresMove: boolean,
  ): Promise<void> {
    const before = declaration.status;
    declaration.status = step;
    if (step !== DeclarationStatus.SUBMITTED) declaration.updatedById = this.actor.userId;
    tx.create(DeclarationEvent, {
      bureauId: this.actor.bureauId,
      branch: tx.getReference(Branch, [this.actor.bureauId, declaration.branchId]),
      branchId: declaration.branchId,
      declaration,
      declarationId: declaration.id,
      step,
      actorUserId: this.actor.userId,
      actorRole: role,
      reason,
      points,
    });
    await tx.flush();
    await recordAudit(
      tx,
      this.actor.bureauId,
      { userId: this.actor.userId, role },
      {
        operation: `declaration.${step}`,
        entityName: 'Declaration',
        entityId: declaration.id,
        branchId: declaration.branchId,
        before: step === DeclarationStatus.SUBMITTED ? null : { status: before },
        after: {
          status: step,
          reason,
          countedPoints: declaration.countedPoints ?? null,
          itemCode: declaration.itemCode,
          month: declaration.month,
        },
      },
    );
    if (scoresMove)
      await refreshScoreSummaries(
        tx,
        Number(declaration.month.slice(0, 4)),
        [declaration.memberId],
        periodsOfMonth(declaration.month),
      );
  }
}
