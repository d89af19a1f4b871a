import type { EntityManager } from '@mikro-orm/postgresql';
import { Correction } from './correction.entity.js';
import { CorrectionState } from './correction-machine.js';

/** The open correction of an assessment that reopens a member, if any. */
export async function openCorrectionFor(
  tx: EntityManager,
  assessmentId: string,
  memberId: string,
): Promise<Correction | null> {
  const open = await tx.find(Correction, { assessmentId, state: CorrectionState.OPEN });
  return open.find((c) => c.memberIds.includes(memberId)) ?? null;
}

/** Open corrections of a branch's year (quarters and the year itself). */
export function openCorrectionsOfYear(
  tx: EntityManager,
  branchId: string,
  year: number,
): Promise<Correction[]> {
  return tx.find(Correction, { branchId, year, state: CorrectionState.OPEN });
}
