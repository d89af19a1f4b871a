import type { Probe } from '../probe-kit.js';
import { sameBureau } from '../probe-helpers.js';

/** The audit trail in the app: entries are walled by branch and bureau like the rows they record. */
export const auditProbes: Probe[] = [
  {
    operation: 'auditEntries',
    kind: 'list',
    entity: 'AuditEntry',
    build: (_o, t) => ({
      query:
        'query($b: ID) { auditEntries(filter: { branchId: $b }, limit: 200) { total entries { seq entityId subject subjectEn before after } } }',
      variables: { b: t.branch.id },
    }),
  },
  {
    operation: 'auditEntries',
    kind: 'list',
    entity: 'AuditEntry',
    build: (_o, t) => ({
      query:
        'query($e: String) { auditEntries(filter: { entityId: $e }, limit: 200) { entries { seq entityId before after changes { field before after } } } }',
      variables: { e: t.member },
    }),
  },
  {
    operation: 'auditEntries',
    kind: 'list',
    entity: 'AuditEntry',
    // The entries about a member, as their page asks them.
    build: (_o, t) => ({
      query:
        'query($m: ID) { auditEntries(filter: { memberId: $m }, limit: 200) { entries { seq entityId before after changes(memberId: $m) { field label before after } } } }',
      variables: { m: t.member },
    }),
  },
  {
    operation: 'auditEntries',
    kind: 'list',
    entity: 'AuditEntry',
    build: () => ({
      query:
        '{ auditEntries(limit: 200) { entries { seq entityId subject subjectEn branch { id } before after } } }',
    }),
  },
  {
    operation: 'auditChainStatus',
    kind: 'list',
    entity: 'AuditEntry',
    // Walks the caller's own bureau only: aimed at the roles that may not run it.
    build: (_o, t) => (sameBureau(t) ? { query: '{ auditChainStatus { ok entries } }' } : null),
  },
  {
    operation: 'grantableRoles',
    kind: 'list',
    entity: 'RoleAssignment',
    build: (_o, t) => ({
      query: 'query($b: ID) { grantableRoles(branchId: $b) }',
      variables: { b: t.branch.id },
    }),
    // Another branch's or bureau's roles are never the caller's to grant.
    refusedWhen: (data) =>
      ((data as { grantableRoles?: string[] } | null)?.grantableRoles ?? []).length === 0,
  },
];
