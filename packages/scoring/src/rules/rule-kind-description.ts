import type { LocalizedText } from '../i18n/locale.js';
import { settingWords } from '../scheme/field-words.js';
import { allRuleKinds } from './registry.js';
import type {
  LedgerCellKind,
  RuleFieldInput,
  RuleKindDefinition,
  RuleSection,
} from './rule-kind.js';

/** One editor field of a rule kind, with its label in both languages. */
export type RuleFieldDescription = { key: string; input: RuleFieldInput; label: LocalizedText };

/**
 * What the screens need to know about a rule kind, as plain data (the API serves it): its name,
 * where it may be used, how the ledger records it, and the editor's fields and defaults.
 */
export type RuleKindDescription = {
  kind: string;
  label: LocalizedText;
  sections: readonly RuleSection[];
  cell: LedgerCellKind;
  fields: RuleFieldDescription[];
  /** A new rule's settings, without `kind`. */
  defaults: Readonly<Record<string, unknown>>;
};

/** The description of one rule kind. */
export function describeRuleKind(
  definition: RuleKindDefinition<{ kind: string }>,
): RuleKindDescription {
  return {
    kind: definition.kind,
    label: definition.label,
    sections: definition.sections,
    cell: definition.ledger.cell,
    fields: definition.fields.map((field) => ({
      key: field.key,
      input: field.input,
      label: field.label ?? settingWords(field.key),
    })),
    defaults: { ...definition.defaults },
  };
}

/** Every known rule kind's description, in the registry's order. */
export function describeRuleKinds(): RuleKindDescription[] {
  return allRuleKinds().map(describeRuleKind);
}
