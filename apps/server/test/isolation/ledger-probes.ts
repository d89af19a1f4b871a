import ExcelJS from 'exceljs';
import type { Own, Target } from './isolation-world.js';
import type { Probe } from './org-probes.js';

type Query = <R extends Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<R[]>;

/** The target's ledger rows the probes aim at (null where the target has none of that kind). */
export type LedgerTarget = {
  scheme: string | null;
  proposal: string | null;
  session: string | null;
  declaration: string | null;
  evidence: string | null;
};

const firstId = async (q: Query, sql: string, params: unknown[]) =>
  (await q<{ id: string }>(sql, params))[0]?.id ?? null;

/** Finds a row of each ledger kind in the target's bureau (schemes) or branch (everything else). */
export async function ledgerTarget(
  q: Query,
  bureauId: string,
  branchId: string,
): Promise<LedgerTarget> {
  const inBranch = (table: string) =>
    firstId(
      q,
      `select id::text as id from ${table} where bureau_id = $1 and branch_id = $2 order by id limit 1`,
      [bureauId, branchId],
    );
  return {
    scheme: await firstId(
      q,
      `select id::text as id from scheme where bureau_id = $1 order by version desc limit 1`,
      [bureauId],
    ),
    proposal: await inBranch('branch_item_proposal'),
    session: await inBranch('branch_session'),
    declaration: await inBranch('declaration'),
    evidence: await inBranch('evidence_file'),
  };
}

/** Ids of every ledger row kept by a branch: none may reach a prober outside it. */
export async function ledgerLeaks(q: Query, branchId: string): Promise<string[]> {
  const tables = [
    'branch_session',
    'attendance',
    'quota_entry',
    'duty_entry',
    'violation',
    'declaration',
    'declaration_event',
    'evidence_file',
    'branch_item_proposal',
    'closed_period',
    'score_summary',
  ];
  const rows = await q<{ id: string }>(
    tables.map((t) => `select id::text as id from ${t} where branch_id = $1`).join(' union '),
    [branchId],
  );
  return rows.map((r) => r.id);
}

const M = (name: string, args: string, select = 'id') =>
  `mutation($i: ${args}) { ${name}(input: $i) { ${select} } }`;
const sameBureau = (t: Target) => t.kind !== 'another-bureau';
const KEY = () => `probe-${Math.random().toString(36).slice(2, 12)}`;

/** A small form naming the target's member in a study-app-login column (for import probes). */
async function foreignForm(t: Target): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('2026-05');
  ws.getCell(2, 5).value = '考核年月：2026 年 5 月';
  ws.getCell(7, 3).value = 'item:study-app-login';
  ws.getCell(8, 1).value = '探针';
  ws.getCell(8, 2).value = t.member;
  ws.getCell(8, 3).value = 1;
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
const workbookText = async (data: unknown) => {
  const file = (data as { monthlySheetExcel?: { contentBase64: string } } | null)
    ?.monthlySheetExcel;
  if (!file) return '';
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const values: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => values.push(JSON.stringify(row.values)));
  return values.join('\n');
};

/** Schemes, ledger, evidence, declarations and scores: every operation of those modules. */
export const ledgerProbes: Probe[] = [
  // Reads
  {
    operation: 'scheme',
    kind: 'read',
    entity: 'Scheme',
    // A scheme is the bureau's: any role of the same bureau reads it.
    build: (_o, t) =>
      sameBureau(t) || !t.ledger.scheme
        ? null
        : {
            query: 'query($id: ID!) { scheme(id: $id) { id } }',
            variables: { id: t.ledger.scheme },
          },
    control: (t) => t.ledger.scheme!,
  },
  {
    operation: 'memberScore',
    kind: 'read',
    entity: 'ScoreSummary',
    build: (_o, t) => ({
      query:
        'query($m: ID!) { memberScore(memberId: $m, year: 2026, quarter: 2) { memberId lines { records } } }',
      variables: { m: t.member },
    }),
    control: (t) => t.member,
  },
  {
    operation: 'monthlySheet',
    kind: 'read',
    entity: 'QuotaEntry',
    build: (_o, t) => ({
      query:
        'query($b: ID!) { monthlySheet(branchId: $b, month: "2026-05") { rows { memberId cells { recordId } } } }',
      variables: { b: t.branch.id },
    }),
    control: (t) => t.member,
  },
  {
    operation: 'monthlySheetExcel',
    kind: 'read',
    entity: 'QuotaEntry',
    build: (_o, t) => ({
      query:
        'query($b: ID!) { monthlySheetExcel(branchId: $b, month: "2026-05") { contentBase64 } }',
      variables: { b: t.branch.id },
    }),
    fileText: workbookText,
    control: (t) => t.member,
  },
  {
    operation: 'monthlySheetImportPreview',
    kind: 'read',
    entity: 'QuotaEntry',
    build: async (_o, t) => ({
      query:
        'query($i: SheetImportInput!) { monthlySheetImportPreview(input: $i) { ok changes { memberId from } } }',
      variables: {
        i: { branchId: t.branch.id, month: '2026-05', contentBase64: await foreignForm(t) },
      },
    }),
  },
  // Lists
  {
    operation: 'schemes',
    kind: 'list',
    entity: 'Scheme',
    build: () => ({ query: '{ schemes { id definition } }' }),
  },
  {
    operation: 'branchItemProposals',
    kind: 'list',
    entity: 'BranchItemProposal',
    build: (_o, t) => ({
      query: 'query($b: ID) { branchItemProposals(year: 2026, branchId: $b) { id } }',
      variables: { b: t.branch.id },
    }),
  },
  {
    operation: 'branchItemProposals',
    kind: 'list',
    entity: 'BranchItemProposal',
    build: () => ({ query: '{ branchItemProposals(year: 2026) { id item } }' }),
  },
  {
    operation: 'declarations',
    kind: 'list',
    entity: 'Declaration',
    build: (_o, t) => ({
      query:
        'query($b: ID) { declarations(filter: { year: 2026, branchId: $b }) { id events { id } } }',
      variables: { b: t.branch.id },
    }),
  },
  {
    operation: 'declarations',
    kind: 'list',
    entity: 'Declaration',
    build: () => ({
      query: '{ declarations(filter: { year: 2026 }) { id memberId evidenceId events { id } } }',
    }),
  },
  {
    operation: 'sessions',
    kind: 'list',
    entity: 'BranchSession',
    build: (_o, t) => ({
      query:
        'query($b: ID!) { sessions(branchId: $b, month: "2026-05") { id attendance { id memberId } } }',
      variables: { b: t.branch.id },
    }),
  },
  {
    operation: 'scoreList',
    kind: 'list',
    entity: 'ScoreSummary',
    build: (_o, t) => ({
      query:
        'query($b: ID) { scoreList(filter: { year: 2026, branchId: $b }, first: 500) { edges { node { id memberId } } } }',
      variables: { b: t.branch.id },
    }),
    control: (t) => t.member,
  },
  {
    operation: 'scoreList',
    kind: 'list',
    entity: 'ScoreSummary',
    build: () => ({
      query:
        '{ scoreList(filter: { year: 2026 }, first: 500) { edges { node { id memberId branchId } } } }',
    }),
  },
  // Writes on the target's rows
  {
    operation: 'updateSchemeDraft',
    kind: 'update',
    entity: 'Scheme',
    build: (_o, t) =>
      t.ledger.scheme
        ? {
            query:
              'mutation($id: ID!) { updateSchemeDraft(id: $id, definition: {}, expectedRevision: 1) { id } }',
            variables: { id: t.ledger.scheme },
          }
        : null,
  },
  {
    operation: 'publishScheme',
    kind: 'update',
    entity: 'Scheme',
    build: (_o, t) =>
      t.ledger.scheme
        ? {
            query: 'mutation($id: ID!) { publishScheme(id: $id, expectedRevision: 1) { id } }',
            variables: { id: t.ledger.scheme },
          }
        : null,
  },
  {
    operation: 'proposeBranchItem',
    kind: 'create-with-foreign-id',
    entity: 'Branch',
    build: (_o, t) => ({
      query: M('proposeBranchItem', 'ProposeBranchItemInput!'),
      variables: {
        i: {
          branchId: t.branch.id,
          year: 2026,
          code: 'probe',
          nameZh: '探针',
          nameEn: 'Probe',
          unitPoints: '1',
          cap: '1',
          evidenceZh: '无',
          reason: '探针',
        },
      },
    }),
  },
  {
    operation: 'decideBranchItem',
    kind: 'update',
    entity: 'BranchItemProposal',
    build: (_o, t) =>
      t.ledger.proposal
        ? {
            query:
              'mutation($id: ID!) { decideBranchItem(id: $id, approve: false, reason: "探针", expectedVersion: 1) { id } }',
            variables: { id: t.ledger.proposal },
          }
        : null,
  },
  {
    operation: 'uploadEvidence',
    kind: 'create-with-foreign-id',
    entity: 'Branch',
    build: (_o, t) => ({
      query: M('uploadEvidence', 'UploadEvidenceInput!'),
      variables: {
        i: {
          branchId: t.branch.id,
          fileName: 'p.txt',
          mimeType: 'text/plain',
          contentBase64: Buffer.from('probe').toString('base64'),
        },
      },
    }),
  },
  {
    operation: 'recordSession',
    kind: 'create-with-foreign-id',
    entity: 'Branch',
    build: (_o, t) => ({
      query: M('recordSession', 'RecordSessionInput!'),
      variables: {
        i: {
          branchId: t.branch.id,
          itemCode: 'party-lecture',
          date: '2026-05-20',
          topic: '探针',
          attendeeIds: [t.member],
        },
      },
    }),
  },
  {
    operation: 'recordSession',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: (o: Own, t) =>
      t.kind === 'own-bureau-read-only'
        ? null
        : {
            query: M('recordSession', 'RecordSessionInput!'),
            variables: {
              i: {
                branchId: o.branch,
                itemCode: 'party-lecture',
                date: '2026-05-20',
                topic: '探针',
                attendeeIds: [t.member],
              },
            },
          },
  },
  {
    operation: 'updateSession',
    kind: 'update',
    entity: 'BranchSession',
    build: (_o, t) =>
      t.ledger.session
        ? {
            query: M('updateSession', 'UpdateSessionInput!'),
            variables: { i: { id: t.ledger.session, expectedVersion: 1, topic: '被改' } },
          }
        : null,
  },
  {
    operation: 'deleteSession',
    kind: 'delete',
    entity: 'BranchSession',
    build: (_o, t) =>
      t.ledger.session
        ? {
            query: 'mutation($id: ID!) { deleteSession(id: $id, expectedVersion: 1) }',
            variables: { id: t.ledger.session },
          }
        : null,
  },
  {
    operation: 'saveMonthlySheet',
    kind: 'update',
    entity: 'QuotaEntry',
    build: (_o, t) => ({
      query: M('saveMonthlySheet', 'SaveMonthlySheetInput!', 'applied'),
      variables: {
        i: {
          branchId: t.branch.id,
          month: '2026-05',
          idempotencyKey: KEY(),
          cells: [
            { memberId: t.member, itemCode: 'study-app-login', value: '1', expectedVersion: 1 },
          ],
        },
      },
    }),
  },
  {
    operation: 'saveMonthlySheet',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: (o, t) =>
      t.kind === 'own-bureau-read-only'
        ? null
        : {
            query: M('saveMonthlySheet', 'SaveMonthlySheetInput!', 'applied'),
            variables: {
              i: {
                branchId: o.branch,
                month: '2026-05',
                idempotencyKey: KEY(),
                cells: [
                  {
                    memberId: t.member,
                    itemCode: 'study-app-login',
                    value: '1',
                    expectedVersion: 0,
                  },
                ],
              },
            },
          },
  },
  {
    operation: 'importMonthlySheet',
    kind: 'update',
    entity: 'QuotaEntry',
    build: async (_o, t) => ({
      query: M('importMonthlySheet', 'SheetImportInput!', 'applied'),
      variables: {
        i: {
          branchId: t.branch.id,
          month: '2026-05',
          contentBase64: await foreignForm(t),
          idempotencyKey: KEY(),
        },
      },
    }),
  },
  {
    operation: 'recordViolation',
    kind: 'update',
    entity: 'Violation',
    build: (_o, t) => ({
      query: M('recordViolation', 'RecordViolationInput!'),
      variables: {
        i: {
          branchId: t.branch.id,
          memberId: t.member,
          month: '2026-05',
          itemCode: 'violations',
          count: 1,
          decision: '探针',
          expectedVersion: 0,
        },
      },
    }),
  },
  {
    operation: 'recordViolation',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: (o, t) =>
      t.kind === 'own-bureau-read-only'
        ? null
        : {
            query: M('recordViolation', 'RecordViolationInput!'),
            variables: {
              i: {
                branchId: o.branch,
                memberId: t.member,
                month: '2026-05',
                itemCode: 'violations',
                count: 1,
                decision: '探针',
                expectedVersion: 0,
              },
            },
          },
  },
  {
    operation: 'submitDeclaration',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: (_o, t) => ({
      query: M('submitDeclaration', 'SubmitDeclarationInput!'),
      variables: {
        i: {
          memberId: t.member,
          month: '2026-05',
          itemCode: 'volunteer-service',
          description: '探针',
          evidenceId: t.ledger.evidence ?? t.member,
        },
      },
    }),
  },
  {
    operation: 'submitDeclaration',
    kind: 'create-with-foreign-id',
    entity: 'EvidenceFile',
    build: (_o, t) =>
      t.ledger.evidence && t.kind !== 'own-bureau-read-only'
        ? {
            query: M('submitDeclaration', 'SubmitDeclarationInput!'),
            variables: {
              i: {
                month: '2026-05',
                itemCode: 'volunteer-service',
                description: '探针',
                evidenceId: t.ledger.evidence,
              },
            },
          }
        : null,
  },
  {
    operation: 'decideDeclaration',
    kind: 'update',
    entity: 'Declaration',
    build: (_o, t) =>
      t.ledger.declaration
        ? {
            query: M('decideDeclaration', 'DecideDeclarationInput!'),
            variables: {
              i: { id: t.ledger.declaration, accept: true, reason: '探针', expectedVersion: 1 },
            },
          }
        : null,
  },
  {
    operation: 'disputeDeclaration',
    kind: 'update',
    entity: 'Declaration',
    build: (_o, t) =>
      t.ledger.declaration
        ? {
            query: M('disputeDeclaration', 'DisputeDeclarationInput!'),
            variables: { i: { id: t.ledger.declaration, reason: '探针', expectedVersion: 1 } },
          }
        : null,
  },
  {
    operation: 'resolveDeclarationDispute',
    kind: 'update',
    entity: 'Declaration',
    build: (_o, t) =>
      t.ledger.declaration
        ? {
            query: M('resolveDeclarationDispute', 'ResolveDeclarationDisputeInput!'),
            variables: {
              i: { id: t.ledger.declaration, upheld: false, reason: '探针', expectedVersion: 1 },
            },
          }
        : null,
  },
];

/** Operations that name no row of any wall, with why. */
export const LEDGER_UNPROBED: Record<string, string> = {
  validateSchemeDefinition: 'checks a definition given in the request; reads and writes nothing',
  createScheme: 'names only a year of the caller’s own bureau; committee-only (schemes tests)',
  createSchemeCorrection:
    'names only a year of the caller’s own bureau; committee-only (schemes tests)',
};
