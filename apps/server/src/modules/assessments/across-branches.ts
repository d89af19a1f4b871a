/**
 * Relation filter options for a relation to a member. A member's rows stay with the branch that
 * kept them (a transfer moves the member, not the records), so the branch wall is the row's own
 * branch_id: without this, MikroORM joins the member to apply its tenant filter and a branch
 * would lose sight of its own rows about a member who has since moved to another branch.
 */
export const ACROSS_BRANCHES = { tenant: false };
