import { attendanceKind } from './attendance.js';
import { conductKind } from './conduct.js';
import { declarationKind } from './declaration.js';
import { monthlyDutyKind } from './monthly-duty.js';
import { monthlyQuotaKind } from './monthly-quota.js';
import { quarterlySessionKind } from './quarterly-session.js';
import type { RuleKindDefinition } from './rule-kind.js';
import { violationKind } from './violation.js';

/**
 * Every rule kind the engine knows. To add one: write its file (a {@link RuleKindDefinition}) and
 * list it here; the `Rule` type, validation, scoring and rendering pick it up.
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

/** A rule of any registered kind, discriminated by `kind`. */
export type Rule = RuleOf<(typeof ruleKinds)[number]>;

/** The kind names, e.g. `'attendance'`. */
export type RuleKindName = Rule['kind'];

const byKind = new Map<string, RuleKindDefinition<{ kind: string }>>(
  ruleKinds.map((definition) => [definition.kind, definition]),
);

/** The definition of a rule kind, or `undefined` for an unknown kind. */
export function findRuleKind(kind: string): RuleKindDefinition<{ kind: string }> | undefined {
  return byKind.get(kind);
}
