import type { Probe } from '../probe-kit.js';
import { YEAR } from '../probe-helpers.js';

/** Scores: one member's, the list, and Member.score. */
export const scoresProbes: Probe[] = [
  {
    operation: 'memberScore',
    kind: 'read',
    entity: 'ScoreSummary',
    build: (_o, t) => ({
      query: `query($m: ID!) { memberScore(memberId: $m, year: ${YEAR}) { memberId schemeId } }`,
      variables: { m: t.member },
    }),
    control: (t) => t.member,
  },
  {
    operation: 'scoreList',
    kind: 'list',
    entity: 'ScoreSummary',
    build: (_o, t) => ({
      query: `query($b: ID) { scoreList(filter: { year: ${YEAR}, branchId: $b }) { totalCount edges { node { id memberId branchId member { id } } } } }`,
      variables: { b: t.branch.id },
    }),
    control: (t) => t.member,
  },
  {
    operation: 'scoreList',
    kind: 'list',
    entity: 'ScoreSummary',
    build: () => ({
      query: `{ scoreList(filter: { year: ${YEAR} }, first: 500) { edges { node { id memberId member { id } branch { id } } } } }`,
    }),
  },
  {
    operation: 'member',
    kind: 'nested',
    entity: 'ScoreSummary',
    // The mover's earlier months belong to another branch: Member.score must not carry them over.
    build: (o) => ({
      query: `query($id: ID!) { member(id: $id) { id score(year: ${YEAR}) { id memberId branchId } } }`,
      variables: { id: o.member },
    }),
  },
];
