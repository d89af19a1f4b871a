import {
  ENTITY_FIELD_LABELS,
  ENTITY_VALUE_LABELS,
  FIELD_LABELS,
  VALUE_LABELS,
} from './audit-field-labels.js';
import { operationLabel, type Label } from './audit-labels.js';
import { NESTED_STATES, stateValueLabel } from './audit-state-labels.js';
import { say } from '../../graphql/locale.js';

const l = (zh: string, en: string): Label => ({ zh, en });

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Fields that hold the id of a branch, a party group or a member: shown by name when visible. */
export const ID_FIELDS: Record<string, 'branch' | 'group' | 'member' | 'user'> = {
  branchId: 'branch',
  toBranchId: 'branch',
  fromBranchId: 'branch',
  groupId: 'group',
  leaderId: 'member',
  memberId: 'member',
  userId: 'user',
};

export type AuditFieldChange = {
  field: string;
  label: string;
  labelEn: string;
  before: string | null;
  beforeEn: string | null;
  after: string | null;
  afterEn: string | null;
  changed: boolean;
};

/** A field's label; one not named here keeps its code, so nothing recorded is hidden. */
export function fieldLabel(path: string, entityName = ''): Label {
  const own = ENTITY_FIELD_LABELS[entityName] ?? {};
  const parts = path.split('.').map((p) => own[p] ?? FIELD_LABELS[p] ?? l(p, p));
  return l(parts.map((p) => p.zh).join(' · '), parts.map((p) => p.en).join(' · '));
}

function valueText(path: string, value: unknown, en: boolean, entityName: string): string | null {
  if (value === null || value === undefined) return null;
  const field = fieldOf(path);
  if (typeof value === 'boolean') return en ? (value ? 'Yes' : 'No') : value ? '是' : '否';
  if (typeof value === 'string') {
    const word =
      field === 'via'
        ? operationLabel(value)
        : (stateValueLabel(entityName, field, value) ??
          ENTITY_VALUE_LABELS[entityName]?.[field]?.[value] ??
          VALUE_LABELS[field]?.[value]);
    return word ? say(word, en ? 'en' : 'zh-CN') : value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value
      .map((v) =>
        isRecord(v)
          ? recordText(path, v, en, entityName)
          : (valueText(path, v, en, entityName) ?? ''),
      )
      .join(en ? '; ' : '；');
  // A member's confirmation within a review: from one state to another, at a total.
  const transition = value as { from?: string; to?: string; total?: string };
  const states = NESTED_STATES[`${entityName}.${field}`];
  if (states && typeof transition.to === 'string') {
    const word = (code: string | undefined) =>
      code ? say(states[code] ?? l(code, code), en ? 'en' : 'zh-CN') : '';
    const moved = transition.from
      ? `${word(transition.from)} → ${word(transition.to)}`
      : word(transition.to);
    return transition.total
      ? `${moved}${en ? ` (${transition.total})` : `（${transition.total}）`}`
      : moved;
  }
  if (isRecord(value)) return recordText(path, value, en, entityName);
  return JSON.stringify(value);
}

/** A small record inside a value (a measure: its description and deadline), field by field. */
function recordText(path: string, value: Record<string, unknown>, en: boolean, entityName: string) {
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => {
      const label = fieldLabel(k, entityName);
      return `${en ? label.en : label.zh}${en ? ': ' : '：'}${valueText(`${path}.${k}`, v, en, entityName)}`;
    })
    .join(en ? ', ' : '，');
}

/** The field a path names: its last segment that is not an id (`totals.<member>` is `totals`). */
function fieldOf(path: string): string {
  const parts = path.split('.');
  for (let i = parts.length - 1; i >= 0; i--) if (!UUID.test(parts[i]!)) return parts[i]!;
  return '';
}

type Flat = Map<string, unknown>;

/** A record of named fields (not a map keyed by ids, like a correction's totals per member). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !Object.keys(value).some((k) => UUID.test(k))
  );
}

/** A map keyed by ids: each member's total, grade or confirmation. */
function isIdMap(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => UUID.test(k));
}

/** `{ before, after }` of one id in a map that records both sides (grades). */
const isPair = (v: unknown): v is { before: unknown; after: unknown } =>
  !!v &&
  typeof v === 'object' &&
  'after' in v &&
  Object.keys(v).every((k) => k === 'before' || k === 'after');

/**
 * Nested snapshots (a transfer's member and membership) become dotted paths, one row each; two
 * levels at most, so a whole document (a scheme's definition) stays one value. A map keyed by
 * ids becomes one row per id (named on screen by the resolver); where each id holds its own
 * before and after (grades), they go to their sides.
 */
function flatten(value: unknown, prefix: string, out: Flat, depth = 0, before?: Flat): Flat {
  if (isIdMap(value) && depth < 2) {
    for (const [id, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${id}` : id;
      if (isPair(v) && before) {
        out.set(path, v.after);
        before.set(path, v.before);
      } else out.set(path, v);
    }
  } else if (isRecord(value) && depth < 2) {
    for (const [k, v] of Object.entries(value))
      flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1, before);
  } else if (prefix) out.set(prefix, value);
  return out;
}

/** An entry's before and after, field by field, labelled and with codes in words. */
export function auditChanges(before: unknown, after: unknown, entityName = ''): AuditFieldChange[] {
  const b = flatten(before, '', new Map());
  const a = flatten(after, '', new Map(), 0, b);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.map((path) => {
    const label = fieldLabel(path, entityName);
    return {
      field: path,
      label: label.zh,
      labelEn: label.en,
      before: valueText(path, b.get(path), false, entityName),
      beforeEn: valueText(path, b.get(path), true, entityName),
      after: valueText(path, a.get(path), false, entityName),
      afterEn: valueText(path, a.get(path), true, entityName),
      changed: JSON.stringify(b.get(path)) !== JSON.stringify(a.get(path)),
    };
  });
}
