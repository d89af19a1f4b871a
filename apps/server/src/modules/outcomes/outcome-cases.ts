import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import type { AnnualResult } from '../assessments/annual/annual-result.entity.js';
import type { AuditChange } from '../audit/audit.service.js';
import { auditSteps } from '../assessments/cycle-audit.js';
import { clock } from '../calendar/clock.js';
import { Branch } from '../org/branches/branch.entity.js';
import { Member } from '../org/members/member.entity.js';
import { caseMachine, CaseState } from './outcome-case-machine.js';
import { OutcomeCase, WarningLevel } from './outcome-case.entity.js';

/** The warning a result carries under its scheme's thresholds (red outranks yellow), if any. */
export function warningOf(result: AnnualResult): WarningLevel | null {
  if (result.outcome['redWarning'] === true) return WarningLevel.RED;
  if (result.outcome['yellowWarning'] === true) return WarningLevel.YELLOW;
  return null;
}

function flagsOf(result: AnnualResult) {
  return {
    level: warningOf(result)!,
    total: result.total,
    redTwoYearsRunning: result.outcome['redTwoYearsRunning'] === true,
    probationExtension: result.outcome['probationExtension'] === true,
  };
}

/**
 * Brings the warning cases of a year in line with its results, when the year is approved and
 * when a correction changes a result: a warned member gets a case; a case whose warning a
 * correction lifted is withdrawn with the reason; a changed level is updated on the open case.
 */
export async function syncOutcomeCases(
  tx: EntityManager,
  actor: Actor,
  role: string,
  results: readonly AnnualResult[],
  /** A correction's reason; none when the year's approval opens the cases (the step says why). */
  why: string | null,
): Promise<void> {
  if (results.length === 0) return;
  const year = results[0]!.year;
  const existing = await tx.find(OutcomeCase, {
    year,
    memberId: { $in: results.map((r) => r.memberId) },
  });
  const caseOf = new Map(existing.map((c) => [c.memberId, c]));
  // One flush and one audit append for the whole year: a flush diffs every entity the
  // transaction holds, so one per case made approving a branch quadratic in its warnings.
  const changes: AuditChange[] = [];
  for (const result of results) {
    const level = warningOf(result);
    const open = caseOf.get(result.memberId);
    if (!open && level) {
      const created = tx.create(OutcomeCase, {
        bureauId: actor.bureauId,
        branch: tx.getReference(Branch, [actor.bureauId, result.branchId]),
        branchId: result.branchId,
        member: tx.getReference(Member, [actor.bureauId, result.memberId]),
        memberId: result.memberId,
        year,
        annualAssessmentId: result.assessmentId,
        ...flagsOf(result),
      });
      changes.push({
        operation: 'outcomeCase.open',
        entityName: 'OutcomeCase',
        entityId: created.id,
        branchId: created.branchId,
        after: { memberId: created.memberId, year, ...flagsOf(result), ...(why ? { why } : {}) },
      });
      continue;
    }
    if (!open || open.state === CaseState.CLOSED) continue;
    const before = { level: open.level, total: open.total, state: open.state };
    if (!level) {
      open.state = caseMachine.next(open.state, 'withdraw');
      open.closedAt = clock().now();
      open.closingNote = why;
      open.withdrawnTotal = result.total;
    } else {
      Object.assign(open, flagsOf(result));
    }
    changes.push({
      operation: level ? 'outcomeCase.update' : 'outcomeCase.withdraw',
      entityName: 'OutcomeCase',
      entityId: open.id,
      branchId: open.branchId,
      before,
      after: { level: open.level, total: open.total, state: open.state, ...(why ? { why } : {}) },
    });
  }
  await tx.flush();
  await auditSteps(tx, actor, role, changes);
}
