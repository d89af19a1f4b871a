import { ENTITY_FIELD_LABELS, FIELD_LABELS, VALUE_LABELS } from './audit-field-labels.js';
import { operationLabel, type Label } from './audit-labels.js';
import { stateValueLabel } from './audit-state-labels.js';
import { say } from '../../graphql/locale.js';

const l = (zh: string, en: string): Label => ({ zh, en });

/** Fields that hold the id of a branch, a party group or a member: shown by name when visible. */
export const ID_FIELDS: Record<string, 'branch' | 'group' | 'member'> = {
  branchId: 'branch',
  toBranchId: 'branch',
  fromBranchId: 'branch',
  groupId: 'group',
  leaderId: 'member',
  memberId: 'member',
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

function valueText(field: string, value: unknown, en: boolean, entityName: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return en ? (value ? 'Yes' : 'No') : value ? '是' : '否';
  if (typeof value === 'string') {
    const word =
      field === 'via'
        ? operationLabel(value)
        : (stateValueLabel(entityName, field, value) ?? VALUE_LABELS[field]?.[value]);
    return word ? say(word, en ? 'en' : 'zh-CN') : value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return value.map((v) => valueText(field, v, en, entityName) ?? '').join(en ? ', ' : '、');
  return JSON.stringify(value);
}

type Flat = Map<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record of named fields (not a map keyed by ids, like a correction's totals per member). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !Object.keys(value).some((k) => UUID.test(k))
  );
}

/**
 * Nested snapshots (a transfer's member and membership) become dotted paths, one row each; two
 * levels at most, so a whole document (a scheme's definition) stays one value.
 */
function flatten(value: unknown, prefix: string, out: Flat, depth = 0): Flat {
  if (isRecord(value) && depth < 2) {
    for (const [k, v] of Object.entries(value))
      flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
  } else if (prefix) out.set(prefix, value);
  return out;
}

/** An entry's before and after, field by field, labelled and with codes in words. */
export function auditChanges(before: unknown, after: unknown, entityName = ''): AuditFieldChange[] {
  const b = flatten(before, '', new Map());
  const a = flatten(after, '', new Map());
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.map((path) => {
    const field = path.split('.').pop()!;
    const label = fieldLabel(path, entityName);
    return {
      field: path,
      label: label.zh,
      labelEn: label.en,
      before: valueText(field, b.get(path), false, entityName),
      beforeEn: valueText(field, b.get(path), true, entityName),
      after: valueText(field, a.get(path), false, entityName),
      afterEn: valueText(field, a.get(path), true, entityName),
      changed: JSON.stringify(b.get(path)) !== JSON.stringify(a.get(path)),
    };
  });
}
