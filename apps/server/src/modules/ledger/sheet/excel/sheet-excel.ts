import ExcelJS from 'exceljs';
import type { MonthlySheet, SheetColumn } from '../sheet.types.js';

/** Rows of the layout: title, 所在支部/考核年月/签名, 类别, 考核内容, 考核分值, hidden keys, members. */
const ROW = {
  title: 1,
  heading: 2,
  section: 3,
  category: 4,
  item: 5,
  unit: 6,
  keys: 7,
  firstMember: 8,
} as const;
/** Columns: 姓名, hidden 系统编号, then one per form column, then 基础分 / 特色分 / 合计. */
const FIRST_ITEM_COLUMN = 3;

const DUTY_LABELS: Record<string, string> = { onTime: '按时', late: '延期', missing: '未缴' };

/** How a stored value is written into the form's cell (√ for a sign-in, 按时/延期/未缴 for dues). */
function shown(column: SheetColumn, value: string | null): string | number | null {
  if (value === null) return null;
  switch (column.kind) {
    case 'attendance':
      return '√';
    case 'duty':
      return DUTY_LABELS[value] ?? value;
    default:
      return /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
}

function sectionLabel(section: string): string {
  return section === 'base' ? '基础 70%' : '特色 20%';
}

/** Writes the month in the layout of the form; a hidden row of column keys lets import read it back. */
/** The bureau's form (附件: …党员积分管理考核表), one month; `title` names the bureau. */
export async function writeSheetWorkbook(sheet: MonthlySheet, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jifen';
  const ws = workbook.addWorksheet(sheet.month, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: ROW.keys }],
  });
  const columns = sheet.columns;
  const lastItem = FIRST_ITEM_COLUMN + columns.length - 1;
  const totals = ['基础分', '特色分', '合计'];
  const lastColumn = lastItem + totals.length;
  const [year, month] = sheet.month.split('-');

  ws.mergeCells(ROW.title, 1, ROW.title, lastColumn);
  ws.getCell(ROW.title, 1).value = title;
  ws.getCell(ROW.title, 1).font = { bold: true, size: 16 };
  ws.getCell(ROW.title, 1).alignment = { horizontal: 'center' };
  ws.getCell(ROW.heading, 1).value = `所在支部：${sheet.branchName}`;
  ws.getCell(ROW.heading, FIRST_ITEM_COLUMN + 2).value = `考核年月：${year} 年 ${Number(month)} 月`;
  ws.getCell(ROW.heading, Math.max(lastColumn - 2, FIRST_ITEM_COLUMN + 5)).value = '支部书记签名：';

  ws.getCell(ROW.section, 1).value = '考核类别';
  ws.getCell(ROW.category, 1).value = '考核内容';
  ws.getCell(ROW.item, 1).value = '姓名';
  ws.getCell(ROW.unit, 1).value = '考核分值';
  ws.getCell(ROW.item, 2).value = '系统编号';
  // Spans of equal section / category headings become one merged cell, as on the paper form.
  const span = (row: number, label: (c: SheetColumn) => string) => {
    let start = 0;
    for (let i = 1; i <= columns.length; i++) {
      if (i === columns.length || label(columns[i]!) !== label(columns[start]!)) {
        const from = FIRST_ITEM_COLUMN + start;
        const to = FIRST_ITEM_COLUMN + i - 1;
        if (to > from) ws.mergeCells(row, from, row, to);
        ws.getCell(row, from).value = label(columns[start]!);
        start = i;
      }
    }
  };
  if (columns.length) {
    span(ROW.section, (c) => sectionLabel(c.section));
    span(ROW.category, (c) => c.categoryNameZh);
  }
  columns.forEach((c, i) => {
    const col = FIRST_ITEM_COLUMN + i;
    ws.getCell(ROW.item, col).value = c.sessionDate
      ? `${c.nameZh}\n${c.sessionDate.slice(5)}`
      : c.nameZh;
    ws.getCell(ROW.unit, col).value = c.unitZh;
    ws.getCell(ROW.keys, col).value = c.key;
    ws.getColumn(col).width = c.sessionId ? 10 : 12;
  });
  totals.forEach((label, i) => {
    ws.getCell(ROW.item, lastItem + 1 + i).value = label;
  });
  ws.getRow(ROW.keys).hidden = true;
  ws.getColumn(2).hidden = true;
  ws.getColumn(1).width = 12;
  for (const row of [ROW.section, ROW.category, ROW.item, ROW.unit]) {
    ws.getRow(row).font = { bold: row !== ROW.unit };
    ws.getRow(row).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }

  sheet.rows.forEach((member, r) => {
    const row = ROW.firstMember + r;
    ws.getCell(row, 1).value = member.memberName;
    ws.getCell(row, 2).value = member.memberId;
    member.cells.forEach((cell, i) => {
      ws.getCell(row, FIRST_ITEM_COLUMN + i).value = shown(columns[i]!, cell.value);
    });
    [member.base, member.special, member.total].forEach((value, i) => {
      ws.getCell(row, lastItem + 1 + i).value = Number(value);
    });
  });
  const border = { style: 'thin' as const };
  for (let row: number = ROW.section; row < ROW.firstMember + sheet.rows.length; row++) {
    if (row === ROW.keys) continue;
    for (let col = 1; col <= lastColumn; col++) {
      ws.getCell(row, col).border = { top: border, left: border, bottom: border, right: border };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One member row of an imported form: the cells by column key, with their spreadsheet address. */
export type ImportedRow = {
  row: number;
  memberId: string | null;
  name: string;
  cells: { key: string; address: string; text: string }[];
};

export class SheetFileError extends Error {}

/** A cell's content as text: numbers as written, rich text flattened, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
}

/** Reads a form written by writeSheetWorkbook (possibly edited): keys from the hidden row. */
export async function readSheetWorkbook(
  content: Buffer,
): Promise<{ month: string | null; rows: ImportedRow[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new SheetFileError('not an xlsx workbook');
  }
  const ws = workbook.worksheets[0];
  if (!ws) throw new SheetFileError('no worksheet');
  const keys = new Map<number, string>();
  ws.getRow(ROW.keys).eachCell((cell, col) => {
    const key = cellText(cell.value);
    if (/^(item|session):/.test(key)) keys.set(col, key);
  });
  if (keys.size === 0) throw new SheetFileError('no column keys: not an exported monthly form');
  const rows: ImportedRow[] = [];
  for (let r = ROW.firstMember; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const name = cellText(row.getCell(1).value);
    const memberId = cellText(row.getCell(2).value) || null;
    if (!name && !memberId) continue;
    rows.push({
      row: r,
      memberId,
      name,
      cells: [...keys].map(([col, key]) => ({
        key,
        address: row.getCell(col).address,
        text: cellText(row.getCell(col).value),
      })),
    });
  }
  const heading = cellText(ws.getCell(ROW.heading, FIRST_ITEM_COLUMN + 2).value);
  const match = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(heading);
  return { month: match ? `${match[1]}-${match[2]!.padStart(2, '0')}` : null, rows };
}
