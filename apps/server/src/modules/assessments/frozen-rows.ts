import { ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { UserAccount } from '../org/users/user-account.entity.js';
import { AnnualResult } from './annual/annual-result.entity.js';
import type { FrozenScore } from './frozen-score.js';
import { PublicationKind } from './notices/publication.entity.js';
import { QuarterSnapshot } from './quarter/quarter-snapshot.entity.js';

/** The frozen rows in force for an assessment (optionally for some members). */
export function currentFrozen(
  tx: EntityManager,
  kind: PublicationKind,
  assessmentId: string,
  memberIds?: readonly string[],
): Promise<FrozenScore[]> {
  const where = {
    assessmentId,
    supersededAt: null,
    ...(memberIds ? { memberId: { $in: [...memberIds] } } : {}),
  };
  return kind === PublicationKind.QUARTER
    ? tx.find(QuarterSnapshot, where)
    : tx.find(AnnualResult, where);
}

/** The acting user as a reference, for the "who did it" columns. */
export function actorRef(tx: EntityManager, actor: Actor) {
  return ref(tx.getReference(UserAccount, [actor.bureauId, actor.userId]));
}
