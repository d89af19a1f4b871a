import type { Probe } from '../probe-kit.js';
import { idOf, writeOnRow, YEAR } from '../probe-helpers.js';

const decl = (operation: string, input: string, extra: Record<string, unknown>) =>
  writeOnRow(
    operation,
    'Declaration',
    'declaration',
    `mutation($i: ${input}!) { ${operation}(input: $i) { id } }`,
    (r) => ({ i: { id: r['id'], expectedVersion: r['version'], reason: '探针', ...extra } }),
  );

/** Declarations, their events, and evidence files. */
export const declarationsProbes: Probe[] = [
  {
    operation: 'declarations',
    kind: 'list',
    entity: 'Declaration',
    build: (_o, t) => ({
      query:
        'query($f: DeclarationFilter!) { declarations(filter: $f) { id memberId evidenceId } }',
      variables: { f: { year: YEAR, branchId: t.branch.id } },
    }),
    control: (t) => idOf(t, 'declaration') ?? 'missing row',
  },
  {
    operation: 'declarations',
    kind: 'list',
    entity: 'Declaration',
    build: (_o, t) => ({
      query: 'query($f: DeclarationFilter!) { declarations(filter: $f) { id } }',
      variables: { f: { year: YEAR, memberId: t.member } },
    }),
  },
  {
    operation: 'declarations',
    kind: 'nested',
    entity: 'DeclarationEvent',
    build: () => ({
      query: `{ declarations(filter: { year: ${YEAR} }) { id member { id branchId } events { id declarationId } } }`,
    }),
  },
  {
    operation: 'submitDeclaration',
    kind: 'create-with-foreign-id',
    entity: 'Declaration',
    build: (_o, t) => {
      const evidenceId = idOf(t, 'evidence_file');
      return evidenceId
        ? {
            query: 'mutation($i: SubmitDeclarationInput!) { submitDeclaration(input: $i) { id } }',
            variables: {
              i: {
                memberId: t.member,
                evidenceId,
                itemCode: 'volunteer',
                month: '2026-03',
                description: '探针',
              },
            },
          }
        : null;
    },
  },
  decl('decideDeclaration', 'DecideDeclarationInput', { accept: true }),
  decl('disputeDeclaration', 'DisputeDeclarationInput', {}),
  decl('resolveDeclarationDispute', 'ResolveDeclarationDisputeInput', { upheld: true }),
  {
    operation: 'uploadEvidence',
    kind: 'create-with-foreign-id',
    entity: 'EvidenceFile',
    build: (_o, t) => ({
      query: 'mutation($i: UploadEvidenceInput!) { uploadEvidence(input: $i) { id } }',
      variables: {
        i: {
          branchId: t.branch.id,
          fileName: 'probe.pdf',
          mimeType: 'application/pdf',
          contentBase64: 'JVBERi0xLjQK',
        },
      },
    }),
  },
];
