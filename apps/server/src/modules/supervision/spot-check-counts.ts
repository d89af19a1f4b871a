import type { EntityManager } from '@mikro-orm/postgresql';
import { findPlain } from '../../db/rows/plain-rows.js';
import { SpotCheckItem } from './spot-check-item.entity.js';
import { FindingState } from './spot-check-machine.js';

export type SupervisionCounts = {
  /** Answered follow-ups waiting for the committee to close them. */
  findingsToClose: number;
  /** Open follow-ups waiting for each branch's answer, by branch id (branches with none omitted). */
  followUpsToAnswer: Map<string, number>;
};

/**
 * What spot checks leave to do, within the fork's walls: the committee's findings to close and
 * each branch's follow-ups to answer (for the to-do list). Two grouped counts.
 */
export async function supervisionCounts(em: EntityManager): Promise<SupervisionCounts> {
  const findingsToClose = await em.count(SpotCheckItem, { state: FindingState.ANSWERED });
  const open = await findPlain(em, SpotCheckItem, { state: FindingState.FOLLOW_UP }, undefined, [
    'recorded',
  ]);
  const followUpsToAnswer = new Map<string, number>();
  for (const item of open)
    followUpsToAnswer.set(item.branchId, (followUpsToAnswer.get(item.branchId) ?? 0) + 1);
  return { findingsToClose, followUpsToAnswer };
}
