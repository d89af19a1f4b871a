import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { requestedFields } from './requested-fields.js';

/** The resolve info of the document's first top-level field, as graphql-js passes it. */
function infoOf(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('the fields a query asks for', () => {
  it('finds the fields of the nodes, through named and inline fragments and aliases', () => {
    const info = infoOf(`
      query { scoreList(filter: { year: 2026 }) {
        totalCount
        edges { node { memberId top: total ...Names ... on ScoreSummary { categories { code } } } }
      } }
      fragment Names on ScoreSummary { member { name } }`);
    expect([...requestedFields(info, ['edges', 'node'])].sort()).toEqual(
      ['categories', 'member', 'memberId', 'total'].sort(),
    );
    expect(requestedFields(info, [])).toEqual(new Set(['totalCount', 'edges']));
  });

  it('is empty for a path the query does not go down', () => {
    const info = infoOf('query { scoreList(filter: { year: 2026 }) { totalCount } }');
    expect(requestedFields(info, ['edges', 'node']).size).toBe(0);
  });
});
