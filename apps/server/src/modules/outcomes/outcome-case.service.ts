import type { EntityManager } from '@mikro-orm/postgresql';
import { counted } from '../../graphql/locale.js';
import type { Actor } from '../../auth/actor.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { auditStep } from '../assessments/cycle-audit.js';
import { requireDuty } from '../assessments/cycle-roles.js';
import { actorRef } from '../assessments/frozen-rows.js';
import { lockForChange } from '../assessments/row-lock.js';
import { clock, todayInChina } from '../calendar/clock.js';
import { isIsoDate } from '../calendar/working-days.js';
import { caseMachine, CaseState } from './outcome-case-machine.js';
import { OutcomeCase } from './outcome-case.entity.js';
import { RectificationMeasure } from './rectification-measure.entity.js';

const CASE = { zh: '预警处置', en: 'Warning case' };

function caseForChange(tx: EntityManager, id: string): Promise<OutcomeCase> {
  return lockForChange(tx, OutcomeCase, id, CASE, 'caseId');
}

function requireText(value: string | null | undefined, field: string, zh: string, en: string) {
  const text = value?.trim() ?? '';
  if (!text) throw new BadInputError(zh, en, field);
  return text;
}

function requireDate(value: string, field: string): string {
  if (!isIsoDate(value)) {
    throw new BadInputError('日期格式应为 YYYY-MM-DD', 'A date must look like YYYY-MM-DD', field);
  }
  return value;
}

/** The secretary's interview (约谈) of the warned member, with the causes found. */
export async function recordInterview(
  em: EntityManager,
  actor: Actor,
  input: { caseId: string; interviewedOn: string; record: string; causes: string },
): Promise<OutcomeCase> {
  const interviewedOn = requireDate(input.interviewedOn, 'interviewedOn');
  const record = requireText(input.record, 'record', '请填写约谈记录', 'Record the interview');
  const causes = requireText(
    input.causes,
    'causes',
    '请填写积分落后的原因',
    'Record the causes found',
  );
  if (interviewedOn > todayInChina()) {
    throw new BadInputError(
      '约谈日期不能晚于今天',
      'The interview cannot be in the future',
      'interviewedOn',
    );
  }
  return em.transactional(async (tx) => {
    const c = await caseForChange(tx, input.caseId);
    const role = requireDuty(actor, 'secretary', c.branchId);
    c.state = caseMachine.next(c.state, 'recordInterview');
    Object.assign(c, { interviewedOn, interviewRecord: record, causes });
    c.interviewer = actorRef(tx, actor);
    c.interviewerId = actor.userId;
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'outcomeCase.interview',
      entityName: 'OutcomeCase',
      entityId: c.id,
      branchId: c.branchId,
      after: { state: c.state, interviewedOn, record, causes },
    });
    return c;
  });
}

export type MeasureInput = { description: string; deadline: string };

/** The rectification measures (整改措施) agreed after the interview, each with its deadline. */
export async function setRectificationMeasures(
  em: EntityManager,
  actor: Actor,
  input: { caseId: string; measures: MeasureInput[] },
): Promise<OutcomeCase> {
  if (input.measures.length === 0) {
    throw new BadInputError('请至少填写一项整改措施', 'Give at least one measure', 'measures');
  }
  return em.transactional(async (tx) => {
    const c = await caseForChange(tx, input.caseId);
    const role = requireDuty(actor, 'branchCommittee', c.branchId);
    const next = caseMachine.next(c.state, 'setMeasures');
    const measures = input.measures.map((m, i) => {
      const description = requireText(
        m.description,
        `measures.${i}.description`,
        '请填写整改措施',
        'Describe the measure',
      );
      const deadline = requireDate(m.deadline, `measures.${i}.deadline`);
      if (deadline <= c.interviewedOn!) {
        throw new BadInputError(
          '整改期限应晚于约谈日期',
          'The deadline must follow the interview',
          `measures.${i}.deadline`,
        );
      }
      return { description, deadline };
    });
    measures.forEach((m, position) =>
      tx.create(RectificationMeasure, {
        bureauId: actor.bureauId,
        branch: c.branch,
        branchId: c.branchId,
        outcomeCase: c,
        caseId: c.id,
        position,
        ...m,
      }),
    );
    c.state = next;
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'outcomeCase.measures',
      entityName: 'OutcomeCase',
      entityId: c.id,
      branchId: c.branchId,
      after: { state: c.state, measures },
    });
    return c;
  });
}

/** A measure was carried out: when, and how. */
export async function completeMeasure(
  em: EntityManager,
  actor: Actor,
  input: { measureId: string; doneOn: string; note: string },
): Promise<RectificationMeasure> {
  const doneOn = requireDate(input.doneOn, 'doneOn');
  const note = requireText(input.note, 'note', '请填写完成情况', 'Say how it was done');
  return em.transactional(async (tx) => {
    const found = await tx.findOne(RectificationMeasure, { id: input.measureId });
    if (!found) throw new NotFoundError({ zh: '整改措施', en: 'Measure' }, 'measureId');
    const c = await caseForChange(tx, found.caseId);
    const role = requireDuty(actor, 'branchCommittee', c.branchId);
    if (c.state !== CaseState.RECTIFYING) {
      throw new ConflictError(
        `该预警处置当前为「${caseMachine.states[c.state as CaseState].zh}」，不能登记整改完成`,
        `The case is ${caseMachine.states[c.state as CaseState].en}: measures cannot be completed`,
        { machine: 'outcomeCase', state: c.state, action: 'completeMeasure' },
      );
    }
    const m = (await tx.findOne(RectificationMeasure, { id: found.id }, { refresh: true }))!;
    if (m.doneOn) throw new ConflictError('该整改措施已登记完成', 'The measure is already done');
    if (doneOn < c.interviewedOn! || doneOn > todayInChina()) {
      throw new BadInputError(
        '完成日期应在约谈之后、今天之前',
        'The date must be between the interview and today',
        'doneOn',
      );
    }
    m.doneOn = doneOn;
    m.doneNote = note;
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'outcomeCase.measure.done',
      entityName: 'RectificationMeasure',
      entityId: m.id,
      branchId: c.branchId,
      after: { caseId: c.id, doneOn, note, late: doneOn > m.deadline },
    });
    return m;
  });
}

/** The secretary closes the case once every measure is done. */
export async function closeOutcomeCase(
  em: EntityManager,
  actor: Actor,
  input: { caseId: string; note: string },
): Promise<OutcomeCase> {
  const note = requireText(input.note, 'note', '请填写结案意见', 'Give the closing assessment');
  return em.transactional(async (tx) => {
    const c = await caseForChange(tx, input.caseId);
    const role = requireDuty(actor, 'secretary', c.branchId);
    const next = caseMachine.next(c.state, 'close');
    const open = await tx.count(RectificationMeasure, { caseId: c.id, doneOn: null });
    if (open > 0) {
      throw new ConflictError(
        `还有 ${open} 项整改措施未完成，不能结案`,
        `${counted(open, 'measure is', 'measures are')} not done yet`,
      );
    }
    c.state = next;
    c.closedAt = clock().now();
    c.closingNote = note;
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'outcomeCase.close',
      entityName: 'OutcomeCase',
      entityId: c.id,
      branchId: c.branchId,
      after: { state: c.state, note },
    });
    return c;
  });
}
