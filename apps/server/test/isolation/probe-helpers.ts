import { randomUUID } from 'node:crypto';
import type { Own, Target } from './isolation-world.js';
import type { Probe } from './probe-kit.js';

export type Request = { query: string; variables?: Record<string, unknown> };

/** A row of `table` behind the target's wall (owner's view), or undefined when none was seeded. */
export const row = (t: Target, table: string) => t.rows[table];
export const idOf = (t: Target, table: string) => row(t, table)?.['id'] as string | undefined;
export const sameBureau = (t: Target) => t.kind !== 'another-bureau';
export const YEAR = 2026;
export const uuid = randomUUID;

/**
 * A write aimed at one row of `table` behind the wall (`vars` builds the variables from it), or
 * nothing when the target has no such row.
 */
export function writeOnRow(
  operation: string,
  entity: string,
  table: string,
  query: string,
  vars: (r: Record<string, unknown>, own: Own, t: Target) => Record<string, unknown>,
): Probe {
  return {
    operation,
    kind: 'update',
    entity,
    build: (own, t) => {
      const r = row(t, table);
      return r ? { query, variables: vars(r, own, t) } : null;
    },
  };
}

/** A read by id of one row of `table`; a null answer (not found) counts as refused. */
export function readById(
  operation: string,
  entity: string,
  table: string,
  select: string,
  nullable = false,
): Probe {
  return {
    operation,
    kind: 'read',
    entity,
    build: (_o, t) => {
      const id = idOf(t, table);
      return id
        ? { query: `query($id: ID!) { ${operation}(id: $id) { ${select} } }`, variables: { id } }
        : null;
    },
    control: (t) => idOf(t, table) ?? 'missing row',
    ...(nullable && {
      refusedWhen: (data: unknown) => (data as Record<string, unknown> | null)?.[operation] == null,
    }),
  };
}
