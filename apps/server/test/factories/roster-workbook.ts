import ExcelJS from 'exceljs';

/** Builds an .xlsx from a header row and data rows, base64-encoded as the API takes it. */
export async function rosterWorkbook(header: string[], rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** Reads an exported roster back: the header and every row as text. */
export async function readWorkbook(
  base64: string,
): Promise<{ header: string[]; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const text = (v: ExcelJS.CellValue) =>
    v instanceof Date
      ? v.toISOString().slice(0, 10)
      : v === null || v === undefined
        ? ''
        : String(v);
  const all: string[][] = [];
  sheet.eachRow((row) => {
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(text(row.getCell(c).value));
    all.push(values);
  });
  return { header: all[0] ?? [], rows: all.slice(1) };
}

/** Edits an exported workbook: `edit` gets each data row's values by header and may change them. */
export async function editWorkbook(
  base64: string,
  edit: (row: Record<string, ExcelJS.CellValue>, index: number) => void,
  extraRows: unknown[][] = [],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values = Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value]));
    edit(values, r - 2);
    header.forEach((h, i) => (row.getCell(i + 1).value = values[h] ?? null));
  }
  for (const extra of extraRows) sheet.addRow(extra);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
