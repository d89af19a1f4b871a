import type { EntityManager } from '@mikro-orm/postgresql';
import {
  compileScheme,
  validateScheme,
  type CompiledScheme,
  type Scheme as SchemeDefinition,
} from '@jifen/scoring';
import { Field, ID, InputType } from 'type-graphql';
import { BadInputError, NotFoundError } from '../../../graphql/errors.js';
import { GraphQLJSON } from '../../../graphql/json-scalar.js';
import { BranchItemProposal, ProposalStatus } from '../branch-item-proposal.entity.js';
import { withBranchItems, type ApprovedBranchItem } from '../effective-scheme.js';
import { schemeProblemsError } from '../scheme-problems.js';
import { Scheme } from '../scheme.entity.js';

@InputType('SchemeDraftInput', {
  description: '试算所用的方案: 已保存的方案 (schemeId) 或未保存的定义 (definition), 二选一',
})
export class SchemeDraftInput {
  @Field(() => ID, { nullable: true })
  schemeId?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '编辑器中尚未保存的方案定义' })
  definition?: unknown;
}

/** The scheme a try-out applies to the records, compiled, and how to name it. */
export type TriedScheme = {
  compiled: CompiledScheme;
  /** The saved scheme's id and version; an unsaved definition has neither. */
  schemeId: string | null;
  version: number | null;
  year: number;
};

const SCHEME = { zh: '积分方案', en: 'Scheme' };

/** The year's approved branch items (one statement): both schemes of a try-out score them alike. */
export async function approvedBranchItems(
  em: EntityManager,
  year: number,
): Promise<ApprovedBranchItem[]> {
  const approved = await em.find(
    BranchItemProposal,
    { year, status: ProposalStatus.APPROVED },
    { orderBy: { itemCode: 'asc' } },
  );
  return approved.map((p) => ({ branchId: p.branchId, item: p.item }));
}

/**
 * Reads and checks the draft of a try-out: a saved scheme of the bureau (any status) or a
 * definition from the editor, validated by the scoring package. The branch items approved for the
 * records' year join it as they join the scheme in force, so the comparison shows the draft's own
 * changes, not the items' absence.
 */
export async function resolveDraft(
  em: EntityManager,
  draft: SchemeDraftInput,
  branchItems: readonly ApprovedBranchItem[],
): Promise<TriedScheme> {
  const hasId = draft.schemeId != null;
  const hasDefinition = draft.definition != null;
  if (hasId === hasDefinition) {
    throw new BadInputError(
      '请选择一个已保存的方案，或提供方案定义（二者只能选一）',
      'Give either a saved scheme or a scheme definition, not both',
      'draft',
    );
  }
  if (hasId) {
    const scheme = await em.findOne(Scheme, { id: draft.schemeId! });
    if (!scheme) throw new NotFoundError(SCHEME, 'draft.schemeId');
    return {
      compiled: compileScheme(withBranchItems(scheme.definition, branchItems)),
      schemeId: scheme.id,
      version: scheme.version,
      year: scheme.year,
    };
  }
  const validation = validateScheme(draft.definition);
  if (!validation.ok) throw schemeProblemsError(validation.problems, 'draft.definition');
  const definition = draft.definition as SchemeDefinition;
  return {
    compiled: compileScheme(withBranchItems(definition, branchItems)),
    schemeId: null,
    version: null,
    year: definition.year,
  };
}
