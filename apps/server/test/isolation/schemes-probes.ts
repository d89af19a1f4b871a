import type { Probe } from './org-probes.js';
import { idOf, readById, writeOnRow, YEAR } from './probe-helpers.js';

/** A bureau-level write: it names no row, so it is aimed only at roles that may not make it. */
const bureauWrite = (operation: string, query: string): Probe => ({
  operation,
  kind: 'create-with-foreign-id',
  entity: 'Scheme',
  // The committee of the other bureau can only write its own bureau: nothing to name across.
  build: (_o, t) => (t.kind === 'another-bureau' ? null : { query }),
});

/** Schemes and branch item proposals. */
export const schemesProbes: Probe[] = [
  {
    operation: 'schemes',
    kind: 'list',
    entity: 'Scheme',
    build: () => ({ query: '{ schemes { id } }' }),
  },
  readById('scheme', 'Scheme', 'scheme', 'id'),
  bureauWrite(
    'createScheme',
    `mutation { createScheme(from: PREVIOUS_YEAR, year: ${YEAR + 1}) { id } }`,
  ),
  bureauWrite(
    'createSchemeCorrection',
    `mutation { createSchemeCorrection(year: ${YEAR}, effectiveFromMonth: "2026-11", reason: "探针") { id } }`,
  ),
  writeOnRow(
    'updateSchemeDraft',
    'Scheme',
    'scheme',
    'mutation($id: ID!, $r: Int!, $d: JSON!) { updateSchemeDraft(id: $id, expectedRevision: $r, definition: $d) { id } }',
    (r) => ({ id: r['id'], r: r['revision'], d: r['definition'] }),
  ),
  writeOnRow(
    'publishScheme',
    'Scheme',
    'scheme',
    'mutation($id: ID!, $r: Int!) { publishScheme(id: $id, expectedRevision: $r) { id } }',
    (r) => ({ id: r['id'], r: r['revision'] }),
  ),
  {
    operation: 'branchItemProposals',
    kind: 'list',
    entity: 'BranchItemProposal',
    build: (_o, t) => ({
      query: `query($b: ID) { branchItemProposals(branchId: $b, year: ${YEAR}) { id branch { id } } }`,
      variables: { b: t.branch.id },
    }),
    control: (t) => idOf(t, 'branch_item_proposal') ?? t.branch.id,
  },
  {
    operation: 'branchItemProposals',
    kind: 'nested',
    entity: 'BranchItemProposal',
    build: () => ({
      query: `{ branchItemProposals(year: ${YEAR}) { id branchId branch { id } } }`,
    }),
  },
  {
    operation: 'proposeBranchItem',
    kind: 'create-with-foreign-id',
    entity: 'BranchItemProposal',
    build: (_o, t) => ({
      query: 'mutation($i: ProposeBranchItemInput!) { proposeBranchItem(input: $i) { id } }',
      variables: {
        i: {
          branchId: t.branch.id,
          year: YEAR,
          code: 'probe-item',
          nameZh: '探针',
          nameEn: 'Probe',
          evidenceZh: '探针',
          unitPoints: '1',
          cap: '2',
          reason: '探针',
        },
      },
    }),
  },
  writeOnRow(
    'decideBranchItem',
    'BranchItemProposal',
    'branch_item_proposal',
    'mutation($id: ID!, $v: Int!) { decideBranchItem(id: $id, expectedVersion: $v, approve: true, reason: "探针") { id } }',
    (r) => ({ id: r['id'], v: r['version'] }),
  ),
];
