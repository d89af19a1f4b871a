import { LockMode, type EntityManager, type EntityName } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../graphql/errors.js';

/**
 * Loads a row for a change, locked against concurrent steps (SELECT … FOR UPDATE). A row the actor
 * can read but not write (the analyst; row-level security hides it from FOR UPDATE) is refused as
 * FORBIDDEN rather than reported missing; a row the actor cannot see at all is NOT_FOUND.
 */
export async function lockForChange<T extends { id: string }>(
  tx: EntityManager,
  entity: EntityName<T>,
  id: string,
  what: { zh: string; en: string },
  field: string,
): Promise<T> {
  const locked = await tx.findOne(entity, { id } as never, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    // Rows first met as references (a relation of another row) are read in full here.
    refresh: true,
  });
  if (locked) return locked as T;
  const visible = await tx.findOne(entity, { id } as never);
  if (!visible) throw new NotFoundError(what, field);
  throw new ForbiddenError('当前账号没有修改权限', 'Your account may not change this');
}
