/**
 * What one request may see. The bureau is a hard wall; `branchIds` is the branch wall inside it:
 * 'all' for roles that span branches (committee, analyst), else the branches the actor holds roles in.
 */
export type TenantScope = {
  bureauId: string;
  branchIds: readonly string[] | 'all';
};

/** Thrown when a query runs without a scope: fail closed rather than return everything. */
export class MissingTenantScopeError extends Error {
  constructor() {
    super('No tenant scope is set for this database access');
  }
}

export const SESSION_BUREAU = 'app.bureau_id';
export const SESSION_BRANCHES = 'app.branch_ids';

/** The session variables row-level security reads (see row-level-security.ts). */
export function sessionVariables(scope: TenantScope): Record<string, string> {
  return {
    [SESSION_BUREAU]: scope.bureauId,
    [SESSION_BRANCHES]: scope.branchIds === 'all' ? '*' : scope.branchIds.join(','),
  };
}

export function scopeIncludesBranch(scope: TenantScope, branchId: string): boolean {
  return scope.branchIds === 'all' || scope.branchIds.includes(branchId);
}
