import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { findPlain } from '../../db/rows/plain-rows.js';
import { holdsRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import { NotFoundError } from '../../graphql/errors.js';
import { canReadBranch, CYCLE_ROLES } from '../assessments/cycle-roles.js';
import { UUID } from './spot-check-finding.service.js';
import { SpotCheckItem } from './spot-check-item.entity.js';
import { FINDING_DUTY, findingMachine, type FindingAction } from './spot-check-machine.js';
import { SpotCheck } from './spot-check.entity.js';

const BUREAU_READERS = [Role.COMMITTEE_ADMIN, Role.ANALYST];
const CHECK = { zh: '抽查', en: 'Spot check' };

/** Findings about a branch are read by the committee, the analyst and that branch's panel. */
export const mayReadFindings = (actor: Actor, branchId: string) => canReadBranch(actor, branchId);

/** The steps the viewer may take on an item now: the state allows them and the role covers it. */
export function availableActions(actor: Actor, item: SpotCheckItem): FindingAction[] {
  return findingMachine
    .available(item.state)
    .filter((a) => holdsRole(actor, CYCLE_ROLES[FINDING_DUTY[a]], item.branchId));
}

/**
 * The checks the viewer may see: every check of the bureau for the committee and the analyst; for
 * a branch, the checks that drew something of a branch it reads (never the others' findings).
 */
export async function visibleSpotChecks(em: EntityManager, actor: Actor): Promise<SpotCheck[]> {
  const order = { orderBy: { createdAt: 'desc', id: 'asc' } } as const;
  if (holdsRole(actor, BUREAU_READERS, null)) return em.find(SpotCheck, {}, order);
  const items = await findPlain(em, SpotCheckItem, {}, undefined, ['recorded']);
  const ids = [
    ...new Set(items.filter((i) => mayReadFindings(actor, i.branchId)).map((i) => i.spotCheckId)),
  ];
  return ids.length ? em.find(SpotCheck, { id: { $in: ids } }, order) : [];
}

/** One check, if the viewer may see it; NOT_FOUND otherwise (never "exists but forbidden"). */
export async function visibleSpotCheck(
  em: EntityManager,
  actor: Actor,
  id: string,
): Promise<SpotCheck> {
  const check = UUID.test(id) ? await em.findOne(SpotCheck, { id }) : null;
  if (!check) throw new NotFoundError(CHECK, 'id');
  if (holdsRole(actor, BUREAU_READERS, null)) return check;
  const items = await findPlain(em, SpotCheckItem, { spotCheckId: id }, undefined, ['recorded']);
  if (!items.some((i) => mayReadFindings(actor, i.branchId))) throw new NotFoundError(CHECK, 'id');
  return check;
}
