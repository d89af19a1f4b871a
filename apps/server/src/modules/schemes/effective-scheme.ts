import type { Scheme as SchemeDefinition, SpecialItem } from '@jifen/scoring';

/**
 * The umbrella item branch-chosen items count under (其他支部自选分, 10): the scheme's special item
 * marked `branchChosen` without branches of its own. Its cap is shared with the branch items.
 */
export function branchChosenUmbrella(definition: SchemeDefinition): SpecialItem | undefined {
  return definition.sections.special.items.find(
    (i) => i.branchChosen && !i.branchIds && i.parent === undefined,
  );
}

/** An approved branch item as it joins the scheme: only for its branch, under the umbrella. */
export type ApprovedBranchItem = { branchId: string; item: SpecialItem };

/**
 * The definition a branch's members are scored with: the published version plus every approved
 * branch-chosen item of the year, each limited to its branch (the scoring package skips an item
 * in months the member was in another branch) and capped together under the umbrella item.
 */
export function withBranchItems(
  definition: SchemeDefinition,
  approved: readonly ApprovedBranchItem[],
): SchemeDefinition {
  if (approved.length === 0) return definition;
  const umbrella = branchChosenUmbrella(definition);
  const items: SpecialItem[] = approved.map(({ branchId, item }) => ({
    ...item,
    branchChosen: true,
    branchIds: [branchId],
    ...(umbrella ? { parent: umbrella.code } : {}),
  }));
  return {
    ...definition,
    sections: {
      ...definition.sections,
      special: {
        ...definition.sections.special,
        items: [...definition.sections.special.items, ...items],
      },
    },
  };
}
