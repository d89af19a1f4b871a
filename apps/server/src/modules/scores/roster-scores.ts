import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Plain, type Properties, propertiesFor } from '../../db/rows/plain-rows.js';
import type { AuthedContext } from '../../graphql/context.js';
import {
  requestedFieldNodes,
  requestedFieldsOf,
} from '../../graphql/execution/requested-fields.js';
import type { Member } from '../org/members/member.entity.js';
import { maySeeScoresOf } from './score-access.js';
import { ScoreSummary } from './score-summary.entity.js';
import { type ScoreSummaryLoader, summaryPeriod } from './scores.loaders.js';

// Per field (its nodes are the parsed document's, which Apollo keeps for repeated queries): the
// properties a `score` selection needs are worked out once, not once per member.
const asked = new WeakMap<FieldNode, Properties>();

/** The summary properties a `score` field (its nodes under one response key) needs. */
export function summaryPropertiesAsked(
  em: EntityManager,
  fieldNodes: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): Properties {
  const first = fieldNodes[0]!;
  let properties = asked.get(first);
  if (!properties) {
    properties = propertiesFor(em, ScoreSummary, requestedFieldsOf(fieldNodes, fragments));
    asked.set(first, properties);
  }
  return properties;
}

/**
 * Reads, before a roster's members are resolved, every score the query asks of them (`score` under
 * each of its aliases: the year and four quarters, say) in the loaders' statements, so that each
 * member's `score` answers synchronously from what is already known.
 */
export async function prefetchRosterScores(
  ctx: AuthedContext,
  info: GraphQLResolveInfo,
  members: readonly Plain<Member>[],
): Promise<void> {
  const groups = requestedFieldNodes(info, 'score');
  if (groups.length === 0 || members.length === 0) return;
  const field = (info.schema.getType('Member') as GraphQLObjectType).getFields()['score'];
  if (!field) return;
  const seen = members.filter((m) => maySeeScoresOf(ctx.actor, m.id, [m.branchId]));
  // The periods of a year asked with the same fields share a loader, which reads them in one
  // statement.
  const asked = new Map<ScoreSummaryLoader, Map<number, Set<string>>>();
  for (const nodes of groups) {
    const args = getArgumentValues(field, nodes[0]!, info.variableValues) as {
      year: number;
      quarter?: number | null;
    };
    // Checked once here, so a bad period fails the roster with one error, not one per member.
    const period = summaryPeriod(args.year, args.quarter);
    const loader = ctx.loaders.scoreSummaries.with(
      summaryPropertiesAsked(ctx.em, nodes, info.fragments),
    );
    const years = asked.get(loader) ?? new Map<number, Set<string>>();
    years.set(args.year, (years.get(args.year) ?? new Set()).add(period));
    asked.set(loader, years);
  }
  const ids = seen.map((m) => m.id);
  await Promise.all(
    [...asked].flatMap(([loader, years]) =>
      [...years].map(([year, periods]) => loader.prefetch(year, [...periods], ids)),
    ),
  );
}
