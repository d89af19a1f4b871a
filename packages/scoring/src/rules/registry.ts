import { attendanceKind } from './attendance.js';
import { conductKind } from './conduct.js';
import { declarationKind } from './declaration.js';
import { monthlyDutyKind } from './monthly-duty.js';
import { monthlyQuotaKind } from './monthly-quota.js';
import { quarterlySessionKind } from './quarterly-session.js';
import type { RuleKindDefinition } from './rule-kind.js';
import { violationKind } from './violation.js';

/**
 * Every rule kind the engine is built with. To add one: write its file (a {@link RuleKindDefinition})
 * and list it here; the `Rule` type, validation, scoring, rendering, the ledger's columns and the
 * scheme editor's fields pick it up.
 */
export const ruleKinds = [
  attendanceKind,
  monthlyQuotaKind,
  quarterlySessionKind,
  monthlyDutyKind,
  conductKind,
  violationKind,
  declarationKind,
] as const;

type RuleOf<D> = D extends RuleKindDefinition<infer R> ? R : never;

/** A rule of any built-in kind, discriminated by `kind`. */
export type Rule = RuleOf<(typeof ruleKinds)[number]>;

/** The built-in kind names, e.g. `'attendance'`. */
export type RuleKindName = Rule['kind'];

type AnyRuleKind = RuleKindDefinition<{ kind: string }>;

const byKind = new Map<string, AnyRuleKind>(
  ruleKinds.map((definition) => [definition.kind, definition as unknown as AnyRuleKind]),
);
let version = 0;

/** The definition of a rule kind, or `undefined` for an unknown kind. */
export function findRuleKind(kind: string): AnyRuleKind | undefined {
  return byKind.get(kind);
}

/** Every known rule kind, built-in ones first, in the order they were listed or registered. */
export function allRuleKinds(): readonly AnyRuleKind[] {
  return [...byKind.values()];
}

/**
 * Adds a rule kind at run time (an extension, or a kind defined only in a test) and returns how to
 * take it away again. A kind that is already known is refused.
 */
export function registerRuleKind<R extends { kind: string }>(
  definition: RuleKindDefinition<R>,
): () => void {
  if (byKind.has(definition.kind)) throw new Error(`Rule kind ${definition.kind} already exists`);
  byKind.set(definition.kind, definition as unknown as AnyRuleKind);
  version += 1;
  return () => {
    if (byKind.get(definition.kind) !== (definition as unknown as AnyRuleKind)) return;
    byKind.delete(definition.kind);
    version += 1;
  };
}

/** Changes whenever a kind is registered or removed: what a cache built from the kinds keys on. */
export function ruleKindsVersion(): number {
  return version;
}
