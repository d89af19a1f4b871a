import { schemeFromDefault } from '../../../src/modules/schemes/scheme-templates.js';
import { readWorkbook } from '../../factories/roster-workbook.js';
import type { Probe } from '../probe-kit.js';
import { idOf, readById, sameBureau, writeOnRow, YEAR } from '../probe-helpers.js';

/** A bureau-level write: it names no row, so it is aimed only at roles that may not make it. */
const bureauWrite = (operation: string, query: string): Probe => ({
  operation,
  kind: 'create-with-foreign-id',
  entity: 'Scheme',
  // The committee of the other bureau can only write its own bureau: nothing to name across.
  build: (_o, t) => (t.kind === 'another-bureau' ? null : { query }),
});

/** Next year's draft as the editor would send it, unsaved. */
const draft = () => ({ definition: schemeFromDefault(YEAR + 1) });
const TRY_OUT = `query($d: SchemeDraftInput!, $m: ID!) {
  schemeTryOut(draft: $d, memberId: $m, recordsYear: ${YEAR}) { current { memberId } draft { memberId } }
}`;
const WHAT_IF_FIELDS = 'members { memberId branchId } branches { branchId }';

/** Schemes, branch item proposals, and trying a draft on members' records. */
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
  {
    operation: 'schemeTryOut',
    kind: 'read',
    entity: 'Member',
    build: (_o, t) => ({ query: TRY_OUT, variables: { d: draft(), m: t.member } }),
    control: (t) => t.member,
  },
  {
    // The target's saved scheme as the draft, on the prober's own member.
    operation: 'schemeTryOut',
    kind: 'read',
    entity: 'Scheme',
    build: (own, t) => {
      const id = idOf(t, 'scheme');
      return id && !sameBureau(t)
        ? { query: TRY_OUT, variables: { d: { schemeId: id }, m: own.member } }
        : null;
    },
  },
  {
    // Months and counts only: how far the caller's branches are recorded, no row of the target's.
    operation: 'tryOutRecordsYears',
    kind: 'list',
    entity: 'RecordedMonth',
    build: () => ({
      query: `{ tryOutRecordsYears(draftYear: ${YEAR + 1}) { year recordedThrough branchesRecorded } }`,
    }),
  },
  {
    operation: 'schemeWhatIf',
    kind: 'list',
    entity: 'Member',
    build: () => ({
      query: `query($d: SchemeDraftInput!) { schemeWhatIf(draft: $d, recordsYear: ${YEAR}) { ${WHAT_IF_FIELDS} } }`,
      variables: { d: draft() },
    }),
  },
  {
    operation: 'schemeWhatIf',
    kind: 'read',
    entity: 'Scheme',
    build: (_o, t) => {
      const id = idOf(t, 'scheme');
      return id && !sameBureau(t)
        ? {
            query: `query($d: SchemeDraftInput!) { schemeWhatIf(draft: $d, recordsYear: ${YEAR}) { ${WHAT_IF_FIELDS} } }`,
            variables: { d: { schemeId: id } },
          }
        : null;
    },
  },
  {
    operation: 'schemeWhatIfExport',
    kind: 'list',
    entity: 'Member',
    build: () => ({
      query: `query($d: SchemeDraftInput!) { schemeWhatIfExport(draft: $d, recordsYear: ${YEAR}) { contentBase64 } }`,
      variables: { d: draft() },
    }),
    fileText: async (data) => {
      const file = (data as { schemeWhatIfExport?: { contentBase64: string } } | null)
        ?.schemeWhatIfExport;
      return file ? JSON.stringify((await readWorkbook(file.contentBase64)).rows) : '';
    },
  },
];
