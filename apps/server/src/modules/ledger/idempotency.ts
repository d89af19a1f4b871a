import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../graphql/errors.js';
import { canonicalJson } from '../audit/audit.service.js';
import { IdempotencyKey } from './idempotency-key.entity.js';

export const requestHash = (request: unknown) =>
  createHash('sha256').update(canonicalJson(request)).digest('hex');

export function checkIdempotencyKey(key: string, field = 'idempotencyKey'): void {
  if (!/^[\w.:-]{8,100}$/.test(key)) {
    throw new BadInputError(
      '幂等键应为 8–100 个字母、数字或 ._:- 字符',
      'The idempotency key must be 8–100 letters, digits or ._:-',
      field,
    );
  }
}

/**
 * The stored result of a write already done under `key`, or null. Run it inside the write's
 * transaction after taking the write's lock, so a retry racing the original waits and then replays.
 */
export async function replayOf<T>(
  em: EntityManager,
  key: string,
  operation: string,
  hash: string,
): Promise<T | null> {
  const found = await em.findOne(IdempotencyKey, { key });
  if (!found) return null;
  if (found.operation !== operation || found.requestHash !== hash) {
    throw new BadInputError(
      '该幂等键已用于另一次不同的提交',
      'This idempotency key was already used for a different request',
      'idempotencyKey',
    );
  }
  return found.result as T;
}

export function rememberResult(
  em: EntityManager,
  bureauId: string,
  userId: string,
  key: string,
  operation: string,
  hash: string,
  result: unknown,
): void {
  em.create(IdempotencyKey, { bureauId, key, operation, requestHash: hash, result, userId });
}
