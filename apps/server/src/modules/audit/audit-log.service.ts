import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Acting } from '../../auth/permissions.js';
import { COMMITTEE, holdsRole, requireRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import { BadInputError } from '../../graphql/errors.js';
import { AuditEntry } from './audit-entry.entity.js';
import { ENTITY_LABELS, OPERATION_LABELS } from './audit-labels.js';
import { UUID } from './audit-fields.js';
import { verifyChain } from './audit-verify.js';

export type AuditFilter = {
  branchId?: string | null;
  actorUserId?: string | null;
  operation?: string | null;
  entityName?: string | null;
  entityId?: string | null;
  memberId?: string | null;
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

function whereOf(
  acting: Acting,
  filter: AuditFilter,
): FilterQuery<AuditEntry> & Record<string, unknown> {
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

// An entry is about a member when it is about the member, one of their declarations, warning
// cases or measures, or when it records them by name among others: a field holding their id, a
// list of members, or a map keyed by member (totals, grades, confirmations; at the top level in
// entries written before those maps were named).
const ABOUT_MEMBER = `select a.seq from audit_entry a where a.bureau_id = ? and (
    a.entity_id = ?
    or a.entity_id in (select id::text from declaration where bureau_id = ? and member_id = ?)
    or a.entity_id in (select id::text from outcome_case where bureau_id = ? and member_id = ?)
    or a.entity_id in (select m.id::text from rectification_measure m
      join outcome_case c on c.bureau_id = m.bureau_id and c.id = m.case_id
      where c.bureau_id = ? and c.member_id = ?)
    or exists (select 1 from (values (a.before), (a.after)) as s(doc) where
      s.doc->>'memberId' = ? or jsonb_exists(s.doc, ?)
      or jsonb_exists(s.doc->'memberIds', ?) or jsonb_exists(s.doc->'attendees', ?)
      or jsonb_exists(s.doc->'totals', ?) or jsonb_exists(s.doc->'grades', ?)
      or jsonb_exists(s.doc->'confirmations', ?)))`;

async function entriesAboutMember(acting: Acting, memberId: string): Promise<number[]> {
  if (!UUID.test(memberId))
    throw new BadInputError('党员编号无效', 'Not a member id', 'filter.memberId');
  const bureau = acting.actor.bureauId;
  const rows = await acting.em.execute<{ seq: number }[]>(ABOUT_MEMBER, [
    bureau,
    memberId,
    ...[bureau, memberId, bureau, memberId, bureau, memberId],
    ...Array(8).fill(memberId),
  ]);
  return rows.map((r) => r.seq);
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
  if (filter.memberId) where.seq = { $in: await entriesAboutMember(acting, filter.memberId) };
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
