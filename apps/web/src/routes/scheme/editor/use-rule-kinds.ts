import { useQuery } from '@apollo/client/react';
import type { RuleSection } from '@jifen/scoring';
import { useMemo } from 'react';
import { RuleKindsDocument, type RuleKindsQuery } from '../../../graphql/graphql';

export type RuleKindInfo = RuleKindsQuery['ruleKinds'][number];

export type RuleKinds = {
  /** The description of a kind, or undefined for a kind the server does not know. */
  find(kind: string): RuleKindInfo | undefined;
  /** The kinds an item of a section may use, in the registry's order. */
  forSection(section: RuleSection): RuleKindInfo[];
  /** A fresh rule for an item of `section`: the first kind it may use, with its defaults. */
  newRule(section: RuleSection): Record<string, unknown>;
};

/** The rule kinds as the server describes them (from the scoring package): fetched once, cached. */
export function useRuleKinds(): RuleKinds {
  const { data } = useQuery(RuleKindsDocument, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const kinds = data?.ruleKinds ?? [];
    const forSection = (section: RuleSection) => kinds.filter((k) => k.sections.includes(section));
    return {
      find: (kind) => kinds.find((k) => k.kind === kind),
      forSection,
      newRule(section) {
        const first = forSection(section)[0];
        if (!first) return {};
        return { kind: first.kind, ...(first.defaults as Record<string, unknown>) };
      },
    };
  }, [data]);
}
