/**
 * What one request may see and change. The bureau is a hard wall; `branchIds` is the branch wall
 * inside it: 'all' for roles that span branches (committee, analyst), else the branches the actor
 * holds roles in. `writeBranchIds` is where it may write: the analyst reads everywhere and writes
 * nowhere, so its write scope is empty.
 */
export type TenantScope = {
  bureauId: string;
  branchIds: readonly string[] | 'all';
  /** Defaults to `branchIds`. */
  writeBranchIds?: readonly string[] | 'all';
};

/** Thrown when a query runs without a scope: fail closed rather than return everything. */
export class MissingTenantScopeError extends Error {
  constructor() {
    super('No tenant scope is set for this database access');
  }
}

export const SESSION_BUREAU = 'app.bureau_id';
export const SESSION_BRANCHES = 'app.branch_ids';
export const SESSION_WRITE_BRANCHES = 'app.write_branch_ids';

const encode = (ids: readonly string[] | 'all') => (ids === 'all' ? '*' : ids.join(','));

/** The session variables row-level security reads (see row-level-security.ts). */
export function sessionVariables(scope: TenantScope): Record<string, string> {
  return {
    [SESSION_BUREAU]: scope.bureauId,
    [SESSION_BRANCHES]: encode(scope.branchIds),
    [SESSION_WRITE_BRANCHES]: encode(scope.writeBranchIds ?? scope.branchIds),
  };
}

export function scopeIncludesBranch(scope: TenantScope, branchId: string): boolean {
  return scope.branchIds === 'all' || scope.branchIds.includes(branchId);
}
