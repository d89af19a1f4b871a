import type { AuditEntry } from '../audit-entry.entity.js';
import type { AuditEntityName, Label } from '../audit-labels.js';
import { SUBJECTS, WHOLE_SUBJECTS, type Doc } from './subject-kinds.js';
import type { SubjectLookups } from './subject-lookups.js';

const asDoc = (v: unknown): Doc =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Doc) : {};

// Both languages' fields of one entry read one answer.
const answers = new WeakMap<AuditEntry, Promise<Label | null>>();

/**
 * Which record an entry is about, named as a person would (张三 · 2026年3月; 2026年第三季度), read
 * within the reader's walls; null for a kind that names nothing more than its label (a log-in,
 * the bureau's task settings) or a record gone from view with nothing in the entry to name it.
 */
export function auditSubject(entry: AuditEntry, look: SubjectLookups): Promise<Label | null> {
  let answer = answers.get(entry);
  if (!answer) {
    const doc = { ...asDoc(entry.before), ...asDoc(entry.after) };
    const describe = SUBJECTS[entry.entityName as AuditEntityName];
    const whole = WHOLE_SUBJECTS[entry.operation];
    answer = whole
      ? Promise.resolve(whole(doc))
      : describe && entry.entityId
        ? describe(entry.entityId, doc, look)
        : Promise.resolve(null);
    answers.set(entry, answer);
  }
  return answer;
}
