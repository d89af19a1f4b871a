import type { AuditOperation } from '../audit/audit-labels.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { Correction } from '../assessments/corrections/correction.entity.js';
import { CorrectionState } from '../assessments/corrections/correction-machine.js';
import { auditStep } from '../assessments/cycle-audit.js';
import { requireDuty } from '../assessments/cycle-roles.js';
import { lockForChange } from '../assessments/row-lock.js';
import { clock } from '../calendar/clock.js';
import { SpotCheckItem } from './spot-check-item.entity.js';
import {
  FINDING_DUTY,
  findingMachine,
  FindingState,
  type FindingAction,
} from './spot-check-machine.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ITEM = { zh: '抽查项', en: 'Spot-check item' };
const NOTE_LIMIT = 2000;

function note(
  value: string | null | undefined,
  field: string,
  required: { zh: string; en: string } | null,
) {
  const text = value?.trim() ?? '';
  if (!text && required) throw new BadInputError(required.zh, required.en, field);
  if (text.length > NOTE_LIMIT) {
    throw new BadInputError(
      `说明不能超过 ${NOTE_LIMIT} 个字`,
      `At most ${NOTE_LIMIT} characters`,
      field,
    );
  }
  return text || null;
}

/** Locks the item, checks the actor's duty for its branch and the step; returns the role used. */
async function step(tx: EntityManager, actor: Actor, itemId: string, action: FindingAction) {
  if (!UUID.test(itemId)) throw new NotFoundError(ITEM, 'itemId');
  const item = await lockForChange(tx, SpotCheckItem, itemId, ITEM, 'itemId');
  const role = requireDuty(actor, FINDING_DUTY[action], item.branchId);
  const before = item.state;
  item.state = findingMachine.next(item.state, action);
  return { item, role, before };
}

async function audited(
  tx: EntityManager,
  actor: Actor,
  role: string,
  item: SpotCheckItem,
  operation: AuditOperation,
  before: FindingState,
  after: Record<string, unknown>,
) {
  await tx.flush();
  await auditStep(tx, actor, role, {
    operation,
    entityName: 'SpotCheckItem',
    entityId: item.id,
    branchId: item.branchId,
    before: { state: before },
    after: { spotCheckId: item.spotCheckId, state: item.state, ...after },
  });
  return item;
}

/** The checker's finding: the item is as recorded, or a discrepancy (with a note) to follow up. */
export function recordFinding(
  em: EntityManager,
  actor: Actor,
  input: { itemId: string; discrepancy: boolean; note?: string | null },
): Promise<SpotCheckItem> {
  const text = note(
    input.note,
    'note',
    input.discrepancy ? { zh: '请说明发现的问题', en: 'Describe the discrepancy' } : null,
  );
  return em.transactional(async (tx) => {
    const { item, role, before } = await step(
      tx,
      actor,
      input.itemId,
      input.discrepancy ? 'flag' : 'confirm',
    );
    item.findingNote = text;
    item.checkedById = actor.userId;
    item.checkedAt = clock().now();
    return audited(tx, actor, role, item, 'spotCheck.finding', before, { note: text });
  });
}

/**
 * The branch's answer to a discrepancy: an explanation, and the correction it opened through the
 * correction flow when the record was wrong in a closed period (a record of an open month is
 * simply fixed in the ledger, and the explanation says so).
 */
export function answerFollowUp(
  em: EntityManager,
  actor: Actor,
  input: { itemId: string; answer: string; correctionId?: string | null },
): Promise<SpotCheckItem> {
  const answer = note(input.answer, 'answer', {
    zh: '请填写答复说明',
    en: 'Give the branch’s explanation',
  });
  return em.transactional(async (tx) => {
    const { item, role, before } = await step(tx, actor, input.itemId, 'answer');
    if (input.correctionId) {
      const correction = UUID.test(input.correctionId)
        ? await tx.findOne(Correction, { id: input.correctionId })
        : null;
      if (!correction || correction.branchId !== item.branchId) {
        throw new BadInputError(
          '所选更正不存在或不属于本支部',
          'No such correction in this branch',
          'correctionId',
        );
      }
      if (correction.state === CorrectionState.WITHDRAWN) {
        throw new BadInputError(
          '所选更正已撤回，不能作为答复',
          'That correction was withdrawn',
          'correctionId',
        );
      }
    }
    item.answer = answer;
    item.correctionId = input.correctionId ?? null;
    item.answeredById = actor.userId;
    item.answeredAt = clock().now();
    return audited(tx, actor, role, item, 'spotCheck.answer', before, {
      answer,
      correctionId: item.correctionId,
    });
  });
}

/** The committee closes an answered follow-up, with an optional note. */
export function closeFollowUp(
  em: EntityManager,
  actor: Actor,
  input: { itemId: string; note?: string | null },
): Promise<SpotCheckItem> {
  const text = note(input.note, 'note', null);
  return em.transactional(async (tx) => {
    const { item, role, before } = await step(tx, actor, input.itemId, 'close');
    item.closingNote = text;
    item.closedById = actor.userId;
    item.closedAt = clock().now();
    return audited(tx, actor, role, item, 'spotCheck.close', before, { note: text });
  });
}
