import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm } from '../../../../../test/factories/ledger.js';
import { ledgerSnapshot } from '../../../../../test/factories/row-counts.js';
import { startTestServer, type TestServer } from '../../../../../test/test-server.js';

let server: TestServer;
let officeId: string;
let token: string;

const EXPORT = `query($b: ID!) { monthlySheetExcel(branchId: $b, month: "2026-03") { fileName mimeType contentBase64 } }`;
const PREVIEW = `query($input: SheetImportInput!) { monthlySheetImportPreview(input: $input) {
  ok changes { row cell memberName itemCode from to expectedVersion } errors { row cell itemCode messageZh } } }`;
const IMPORT = `mutation($input: SheetImportInput!) { importMonthlySheet(input: $input) { applied replayed } }`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const { bureauId } = await demoLookup(server.db);
  officeId = (await branchByName(bureauEm(server.db, bureauId), '办公室党支部')).id;
  token = await server.login('jifenyuan1');
});
afterAll(() => server.close());

async function exported() {
  const res = await server.gql<{ monthlySheetExcel: { fileName: string; contentBase64: string } }>(
    EXPORT,
    { b: officeId },
    token,
  );
  expect(res.errors).toBeUndefined();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    Buffer.from(res.data!.monthlySheetExcel.contentBase64, 'base64') as unknown as ArrayBuffer,
  );
  return { file: res.data!.monthlySheetExcel, workbook, ws: workbook.worksheets[0]! };
}

/** The column of an item in the form, found by its (hidden) key. */
function columnOf(ws: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  ws.getRow(7).eachCell((cell, col) => {
    if (cell.value === key) found = col;
  });
  return found;
}

const base64 = async (workbook: ExcelJS.Workbook) =>
  Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');

describe('the monthly form in Excel', () => {
  it('exports the month in the layout of the bureau’s form', async () => {
    const { file, ws } = await exported();
    expect(file.fileName).toBe('办公室党支部-2026-03-考核表.xlsx');
    expect(ws.getCell('A1').value).toBe('常州市机关事务管理局党员积分管理考核表');
    expect(ws.getCell('A2').value).toBe('所在支部：办公室党支部');
    const heading = ws.getRow(2).values as unknown[];
    expect(heading).toContain('考核年月：2026 年 3 月');
    expect(heading).toContain('支部书记签名：');
    const categories = ws.getRow(4).values as unknown[];
    expect(categories).toEqual(expect.arrayContaining(['政治学习', '组织生活', '政治建设']));
    expect(ws.getRow(6).values).toEqual(
      expect.arrayContaining(['10 分/月', '5 分/次', '扣 10 分/次']),
    );
    expect(ws.rowCount).toBe(7 + 30);
  });

  it('previews an edited form with its changes and per-cell errors, and writes nothing until all are fixed', async () => {
    const { workbook, ws } = await exported();
    const login = columnOf(ws, 'item:study-app-login');
    const dues = columnOf(ws, 'item:dues');
    ws.getCell(8, login).value = 3;
    ws.getCell(9, dues).value = ws.getCell(9, dues).value === '延期' ? '按时' : '延期';
    ws.getCell(10, login).value = '三十';
    const input = {
      branchId: officeId,
      month: '2026-03',
      contentBase64: await base64(workbook),
      idempotencyKey: 'excel-import-0001',
    };

    const preview = await server.gql<{
      monthlySheetImportPreview: {
        ok: boolean;
        changes: { cell: string; to: string }[];
        errors: { cell: string; itemCode: string }[];
      };
    }>(PREVIEW, { input }, token);
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.monthlySheetImportPreview;
    expect(p.ok).toBe(false);
    expect(p.changes.map((c) => c.to).sort()).toEqual(
      ['3', expect.stringMatching(/^(late|onTime)$/)].sort(),
    );
    expect(p.errors).toEqual([
      expect.objectContaining({ cell: ws.getCell(10, login).address, itemCode: 'study-app-login' }),
    ]);

    const before = await ledgerSnapshot(server.db);
    const refused = await server.gql(IMPORT, { input }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contentBase64',
    });
    expect(await ledgerSnapshot(server.db)).toEqual(before);

    ws.getCell(10, login).value = 30;
    const fixed = { ...input, contentBase64: await base64(workbook) };
    const applied = await server.gql<{
      importMonthlySheet: { applied: number; replayed: boolean };
    }>(IMPORT, { input: fixed }, token);
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.importMonthlySheet.applied).toBeGreaterThanOrEqual(2);
    const again = await server.gql<{ importMonthlySheet: { replayed: boolean } }>(
      IMPORT,
      { input: fixed },
      token,
    );
    expect(again.data!.importMonthlySheet.replayed).toBe(true);
    const after = await server.gql<{ monthlySheetImportPreview: { changes: unknown[] } }>(
      PREVIEW,
      { input: fixed },
      token,
    );
    expect(after.data!.monthlySheetImportPreview.changes).toEqual([]);
  });
});
