import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Acting } from '../../auth/permissions.js';
import { COMMITTEE, holdsRole, requireRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import { BadInputError } from '../../graphql/errors.js';
import { AuditEntry } from './audit-entry.entity.js';
import { ENTITY_LABELS, OPERATION_LABELS } from './audit-labels.js';
import { verifyChain } from './audit-verify.js';

export type AuditFilter = {
  branchId?: string | null;
  actorUserId?: string | null;
  operation?: string | null;
  entityName?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
};

const MAX_PAGE = 200;

/**
 * The branches whose entries the actor may read: the committee every entry of the bureau (its own
 * bureau-wide ones included); a secretary only entries recorded against their own branches.
 */
function readableBranches(acting: Acting, branchId: string | null): string[] | 'all' {
  if (holdsRole(acting.actor, COMMITTEE, null)) return branchId ? [branchId] : 'all';
  if (branchId) {
    requireRole(acting.actor, [Role.SECRETARY], branchId);
    return [branchId];
  }
  const mine = acting.actor.roles
    .filter((g) => g.role === Role.SECRETARY && g.branchId)
    .map((g) => g.branchId!);
  if (mine.length === 0) requireRole(acting.actor, [Role.COMMITTEE_ADMIN, Role.SECRETARY], null);
  return mine;
}

function whereOf(acting: Acting, filter: AuditFilter): FilterQuery<AuditEntry> {
  if (filter.from && filter.to && filter.from > filter.to)
    throw new BadInputError(
      '开始时间不能晚于结束时间',
      'The start must not be after the end',
      'filter.from',
    );
  const branches = readableBranches(acting, filter.branchId ?? null);
  const where: FilterQuery<AuditEntry> & Record<string, unknown> = {
    bureauId: acting.actor.bureauId,
  };
  if (branches !== 'all') where.branchId = { $in: branches };
  if (filter.actorUserId) where.actorUserId = filter.actorUserId;
  if (filter.operation) where.operation = filter.operation.trim();
  if (filter.entityName) where.entityName = filter.entityName.trim();
  if (filter.entityId) where.entityId = filter.entityId.trim();
  if (filter.from || filter.to)
    where.at = {
      ...(filter.from ? { $gte: filter.from } : {}),
      ...(filter.to ? { $lte: filter.to } : {}),
    };
  return where;
}

/** 审计日志: one page, newest first, with the number of entries the filter matches. */
export async function auditLog(
  acting: Acting,
  filter: AuditFilter,
  offset: number,
  limit: number,
): Promise<{ total: number; entries: AuditEntry[] }> {
  if (offset < 0)
    throw new BadInputError('页码不能为负', 'The offset must not be negative', 'offset');
  if (limit < 1 || limit > MAX_PAGE)
    throw new BadInputError(`每页 1–${MAX_PAGE} 条`, `A page holds 1–${MAX_PAGE} entries`, 'limit');
  const where = whereOf(acting, filter);
  const [entries, total] = await acting.em.findAndCount(AuditEntry, where, {
    orderBy: { seq: 'desc' },
    offset,
    limit,
  });
  return { total, entries };
}

/** The operations and entity kinds the log names, with their labels, for the filters. */
export function auditCatalogue(acting: Acting) {
  const codes = (labels: Record<string, { zh: string; en: string }>) =>
    Object.entries(labels).map(([code, label]) => ({ code, label: label.zh, labelEn: label.en }));
  return {
    operations: codes(OPERATION_LABELS),
    entities: codes(ENTITY_LABELS),
    canVerifyChain: holdsRole(acting.actor, COMMITTEE, null),
  };
}

/**
 * Walks the bureau's audit chain through the request's own fork (the committee's scope reads every
 * entry of its bureau, and only of it), as `audit:verify` does as the owner.
 */
export async function verifyAuditChainFor(acting: Acting) {
  requireRole(acting.actor, COMMITTEE, null);
  const em = acting.em;
  const report = await verifyChain(
    <T extends object>(sql: string, params: unknown[]) => em.execute<T[]>(sql, params),
    acting.actor.bureauId,
  );
  return {
    ok: report.ok,
    entries: report.entries,
    brokenAt: report.ok ? null : report.brokenAt,
    reason: report.ok ? null : report.reasonZh,
    reasonEn: report.ok ? null : report.reason,
    checkedAt: new Date(),
  };
}
