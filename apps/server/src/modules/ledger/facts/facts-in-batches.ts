import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberYearFacts } from '@jifen/scoring';
import { loadMemberYearFacts } from './facts-loader.js';

/**
 * The year's facts of `memberIds`, `size` members at a time, each batch's statements sent before
 * the batch before it is handed out: PostgreSQL reads the next batch while the caller scores this
 * one (statements go out on the connection in the order they are sent). At most two batches are
 * held at once. A read that fails is reported when its batch is asked for. `options` are
 * `loadMemberYearFacts`'s.
 */
export async function* factsInBatches(
  em: EntityManager,
  year: number,
  memberIds: readonly string[],
  size: number,
  options: Parameters<typeof loadMemberYearFacts>[3] = {},
): AsyncGenerator<{ memberIds: string[]; facts: MemberYearFacts[] }> {
  const batches: string[][] = [];
  for (let i = 0; i < memberIds.length; i += size) batches.push(memberIds.slice(i, i + size));
  // Asked for ahead of being awaited: its rejection is handled here until it is awaited, so that
  // it is not an unhandled rejection of the process when the caller stops early.
  const ask = (ids: string[]) => {
    const facts = loadMemberYearFacts(em, year, ids, options);
    facts.catch(() => undefined);
    return facts;
  };
  let next = batches[0] ? ask(batches[0]) : null;
  for (let b = 0; b < batches.length; b++) {
    const facts = await next!;
    next = batches[b + 1] ? ask(batches[b + 1]!) : null;
    yield { memberIds: batches[b]!, facts };
  }
}
