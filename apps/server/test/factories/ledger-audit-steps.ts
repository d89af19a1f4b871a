import ExcelJS from 'exceljs';
import type { DemoLookup } from './demo-lookup.js';
import type { TestServer } from '../test-server.js';

export type Ok = <T = Record<string, { id: string }>>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
) => Promise<T>;

export type AuditStep = {
  mutation: string;
  operations: string[];
  run: (ids: Record<string, string>) => Promise<void>;
};

/**
 * The schemes, ledger, evidence and declarations mutations, each run once successfully in an order
 * where each uses what earlier ones made, for the audit-coverage test (every mutation writes its
 * entries). Runs as the committee administrator unless a step needs the member themselves.
 */
export function ledgerAuditSteps(server: TestServer, ok: Ok, demo: () => DemoLookup): AuditStep[] {
  const member = async (ids: Record<string, string>) => {
    ids['memberToken'] ??= await server.login('dangyuan1');
    ids['ledgerMember'] ??= await demo().memberOf('dangyuan1');
    return { token: ids['memberToken'], id: ids['ledgerMember'] };
  };
  const bgs = () => demo().branch('BGS').id;
  return [
    {
      mutation: 'createScheme',
      operations: ['scheme.create'],
      run: async (ids) => {
        const r = await ok<{ createScheme: { id: string; definition: unknown } }>(
          'mutation { createScheme(year: 2026, from: DEFAULT_2021) { id definition } }',
        );
        ids['scheme'] = r.createScheme.id;
        ids['definition'] = JSON.stringify(r.createScheme.definition);
      },
    },
    {
      mutation: 'updateSchemeDraft',
      operations: ['scheme.updateDraft'],
      run: async (ids) => {
        const definition = { ...JSON.parse(ids['definition']!), nameZh: '2026 年方案' };
        await ok(
          'mutation($id: ID!, $d: JSON!) { updateSchemeDraft(id: $id, definition: $d, expectedRevision: 1) { id } }',
          {
            id: ids['scheme'],
            d: definition,
          },
        );
      },
    },
    {
      mutation: 'publishScheme',
      operations: ['scheme.publish'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!) { publishScheme(id: $id, expectedRevision: 2) { id } }',
          { id: ids['scheme'] },
        )),
    },
    {
      mutation: 'createSchemeCorrection',
      operations: ['scheme.createCorrection'],
      run: async () =>
        void (await ok(
          'mutation { createSchemeCorrection(year: 2026, effectiveFromMonth: "2026-11", reason: "审计覆盖") { id } }',
        )),
    },
    {
      mutation: 'proposeBranchItem',
      operations: ['branchItem.propose'],
      run: async (ids) => {
        const r = await ok<{ proposeBranchItem: { id: string } }>(
          `mutation($b: ID!) { proposeBranchItem(input: { branchId: $b, year: 2026, code: "audit", nameZh: "审计项", nameEn: "Audit",
            unitPoints: "1", cap: "2", evidenceZh: "记录", reason: "审计覆盖" }) { id } }`,
          { b: bgs() },
        );
        ids['proposal'] = r.proposeBranchItem.id;
      },
    },
    {
      mutation: 'decideBranchItem',
      operations: ['branchItem.approve'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!) { decideBranchItem(id: $id, approve: true, reason: "同意", expectedVersion: 1) { id } }',
          {
            id: ids['proposal'],
          },
        )),
    },
    {
      mutation: 'uploadEvidence',
      operations: ['evidence.upload'],
      run: async (ids) => {
        const m = await member(ids);
        const r = await ok<{ uploadEvidence: { id: string } }>(
          'mutation($b: ID!, $c: String!) { uploadEvidence(input: { branchId: $b, fileName: "a.txt", mimeType: "text/plain", contentBase64: $c }) { id } }',
          { b: bgs(), c: Buffer.from(`audit evidence ${Date.now()}`).toString('base64') },
          m.token,
        );
        ids['evidence'] = r.uploadEvidence.id;
      },
    },
    {
      mutation: 'recordSession',
      operations: ['ledger.recordSession'],
      run: async (ids) => {
        const m = await member(ids);
        const r = await ok<{ recordSession: { id: string } }>(
          'mutation($b: ID!, $m: ID!) { recordSession(input: { branchId: $b, itemCode: "party-lecture", date: "2026-03-18", topic: "党课", attendeeIds: [$m] }) { id } }',
          { b: bgs(), m: m.id },
        );
        ids['session'] = r.recordSession.id;
      },
    },
    {
      mutation: 'updateSession',
      operations: ['ledger.updateSession'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!) { updateSession(input: { id: $id, expectedVersion: 1, topic: "书记讲党课" }) { id } }',
          {
            id: ids['session'],
          },
        )),
    },
    {
      mutation: 'deleteSession',
      operations: ['ledger.deleteSession'],
      run: async (ids) =>
        void (await ok('mutation($id: ID!) { deleteSession(id: $id, expectedVersion: 2) }', {
          id: ids['session'],
        })),
    },
    {
      mutation: 'saveMonthlySheet',
      operations: ['ledger.saveMonthlySheet'],
      run: async (ids) => {
        const m = await member(ids);
        await ok(
          `mutation($b: ID!, $m: ID!) { saveMonthlySheet(input: { branchId: $b, month: "2026-03", idempotencyKey: "audit-coverage-save",
            cells: [{ memberId: $m, itemCode: "study-app-login", value: "30", expectedVersion: 0 }] }) { applied } }`,
          { b: bgs(), m: m.id },
        );
      },
    },
    {
      mutation: 'importMonthlySheet',
      operations: ['ledger.importMonthlySheet'],
      run: async () => {
        const file = await ok<{ monthlySheetExcel: { contentBase64: string } }>(
          'query($b: ID!) { monthlySheetExcel(branchId: $b, month: "2026-04") { contentBase64 } }',
          { b: bgs() },
        );
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(
          Buffer.from(file.monthlySheetExcel.contentBase64, 'base64') as unknown as ArrayBuffer,
        );
        const ws = workbook.worksheets[0]!;
        ws.getRow(7).eachCell((cell, col) => {
          if (cell.value === 'item:daily-question') ws.getCell(8, col).value = 12;
        });
        await ok(
          'mutation($b: ID!, $c: String!) { importMonthlySheet(input: { branchId: $b, month: "2026-04", contentBase64: $c, idempotencyKey: "audit-coverage-import" }) { applied } }',
          { b: bgs(), c: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') },
        );
      },
    },
    {
      mutation: 'recordViolation',
      operations: ['ledger.recordViolation'],
      run: async (ids) => {
        const m = await member(ids);
        await ok(
          `mutation($b: ID!, $m: ID!) { recordViolation(input: { branchId: $b, memberId: $m, month: "2026-03", itemCode: "integrity",
            count: 1, decision: "支委会认定", expectedVersion: 0 }) { id } }`,
          { b: bgs(), m: m.id },
        );
      },
    },
    {
      mutation: 'submitDeclaration',
      operations: ['declaration.submitted'],
      run: async (ids) => {
        const m = await member(ids);
        const r = await ok<{ submitDeclaration: { id: string } }>(
          'mutation($e: ID!) { submitDeclaration(input: { month: "2026-03", itemCode: "grid-work", description: "走访", evidenceId: $e }) { id } }',
          { e: ids['evidence'] },
          m.token,
        );
        ids['declaration'] = r.submitDeclaration.id;
      },
    },
    {
      mutation: 'decideDeclaration',
      operations: ['declaration.rejected'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!) { decideDeclaration(input: { id: $id, accept: false, reason: "缺记录", expectedVersion: 1 }) { id } }',
          {
            id: ids['declaration'],
          },
        )),
    },
    {
      mutation: 'disputeDeclaration',
      operations: ['declaration.disputed'],
      run: async (ids) => {
        const m = await member(ids);
        await ok(
          'mutation($id: ID!) { disputeDeclaration(input: { id: $id, reason: "已补记录", expectedVersion: 2 }) { id } }',
          {
            id: ids['declaration'],
          },
          m.token,
        );
      },
    },
    {
      mutation: 'resolveDeclarationDispute',
      operations: ['declaration.overturned'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!) { resolveDeclarationDispute(input: { id: $id, upheld: false, reason: "属实", expectedVersion: 3 }) { id } }',
          {
            id: ids['declaration'],
          },
        )),
    },
  ];
}
