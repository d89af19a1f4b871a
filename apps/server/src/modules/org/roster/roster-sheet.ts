import ExcelJS from 'exceljs';
import { MEMBER_GENDER_LABELS, MEMBER_STATUS_LABELS } from '../members/member-labels.js';
import { MemberGender, MemberStatus } from '../members/member.entity.js';
import { isDate } from '../months.js';

/**
 * The roster workbook (党员名册): one sheet, one header row, one member per row. Export writes
 * these columns in this order; import finds them by header, in any order. 系统编号 is the member's
 * id, so an exported sheet edited and imported again updates the same people.
 */
export const ROSTER_COLUMNS = {
  name: '姓名',
  status: '党员类别',
  joinedOn: '入党日期',
  fullMemberOn: '转正日期',
  position: '职务',
  gender: '性别',
  birthDate: '出生日期',
  phone: '联系电话',
  group: '党小组',
  branch: '所在支部',
  memberId: '系统编号',
} as const;
export type RosterColumn = keyof typeof ROSTER_COLUMNS;
const REQUIRED: RosterColumn[] = ['name', 'status', 'joinedOn'];

// The sheet is in Chinese: its statuses and genders in the API's own words.
export const STATUS_LABELS = {
  [MemberStatus.FULL]: MEMBER_STATUS_LABELS[MemberStatus.FULL].zh,
  [MemberStatus.PROBATIONARY]: MEMBER_STATUS_LABELS[MemberStatus.PROBATIONARY].zh,
} satisfies Record<MemberStatus, string>;

export const GENDER_LABELS = {
  [MemberGender.MALE]: MEMBER_GENDER_LABELS[MemberGender.MALE].zh,
  [MemberGender.FEMALE]: MEMBER_GENDER_LABELS[MemberGender.FEMALE].zh,
} satisfies Record<MemberGender, string>;

export const MAX_ROSTER_ROWS = 2000;
export const MAX_ROSTER_BYTES = 2 * 1024 * 1024;

/** A row as read: text trimmed, dates normalised to 'YYYY-MM-DD' where they could be read. */
export type SheetRow = {
  row: number;
  name: string;
  status: MemberStatus | null;
  joinedOn: string | null;
  fullMemberOn: string | null;
  position: string | null;
  gender: MemberGender | null;
  birthDate: string | null;
  phone: string | null;
  group: string | null;
  branch: string | null;
  memberId: string | null;
};

export type SheetProblem = { row: number; column: RosterColumn | null; zh: string; en: string };

export class RosterFileError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell, an Excel serial number, or text like 2021-07-01, 2021/7/1, 2021.7.1 or 2021年7月1日. */
function cellDate(value: ExcelJS.CellValue): { date: string | null } | { error: true } {
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === 'number' && value > 0 && value < 100000)
    return {
      date: new Date(EXCEL_EPOCH + Math.round(value) * 86_400_000).toISOString().slice(0, 10),
    };
  const text = cellText(value);
  if (!text) return { date: null };
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return { error: true };
  const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isDate(date) ? { date } : { error: true };
}

function cellStatus(text: string): MemberStatus | null {
  if (text === '正式党员' || text === '正式') return MemberStatus.FULL;
  if (text === '预备党员' || text === '预备') return MemberStatus.PROBATIONARY;
  return null;
}

function cellGender(text: string): MemberGender | null {
  if (text === '男' || text === '男性') return MemberGender.MALE;
  if (text === '女' || text === '女性') return MemberGender.FEMALE;
  return null;
}

/** Reads the first worksheet. Throws RosterFileError when the file as a whole cannot be used. */
export async function readRosterSheet(
  file: Buffer,
): Promise<{ rows: SheetRow[]; problems: SheetProblem[]; columns: ReadonlySet<RosterColumn> }> {
  if (file.length > MAX_ROSTER_BYTES)
    throw new RosterFileError('文件超过 2 MB', 'The file is larger than 2 MB');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw new RosterFileError(
      '文件不是有效的 Excel (.xlsx) 文件',
      'The file is not a valid Excel (.xlsx) workbook',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RosterFileError('文件中没有工作表', 'The workbook has no worksheet');
  const header = sheet.getRow(1);
  const columnOf = new Map<RosterColumn, number>();
  header.eachCell((cell, col) => {
    const text = cellText(cell.value);
    for (const [key, label] of Object.entries(ROSTER_COLUMNS))
      if (text === label) columnOf.set(key as RosterColumn, col);
  });
  const missing = REQUIRED.filter((c) => !columnOf.has(c));
  if (missing.length)
    throw new RosterFileError(
      `第 1 行缺少列：${missing.map((c) => ROSTER_COLUMNS[c]).join('、')}`,
      `Row 1 lacks the columns: ${missing.map((c) => ROSTER_COLUMNS[c]).join(', ')}`,
    );
  if (sheet.rowCount - 1 > MAX_ROSTER_ROWS)
    throw new RosterFileError(
      `一次最多导入 ${MAX_ROSTER_ROWS} 行`,
      `At most ${MAX_ROSTER_ROWS} rows can be imported at once`,
    );
  const rows: SheetRow[] = [];
  const problems: SheetProblem[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const raw = (c: RosterColumn) => {
      const col = columnOf.get(c);
      return col ? sheet.getRow(r).getCell(col).value : null;
    };
    const text = (c: RosterColumn) => cellText(raw(c)) || null;
    if (Object.keys(ROSTER_COLUMNS).every((c) => !text(c as RosterColumn))) continue;
    const statusText = text('status') ?? '';
    const status = cellStatus(statusText);
    if (!status)
      problems.push({
        row: r,
        column: 'status',
        zh: '党员类别应为“正式党员”或“预备党员”',
        en: 'The category must be 正式党员 (full) or 预备党员 (probationary)',
      });
    const genderText = text('gender');
    const gender = genderText ? cellGender(genderText) : null;
    if (genderText && !gender)
      problems.push({
        row: r,
        column: 'gender',
        zh: '性别应为“男”或“女”',
        en: 'The gender must be 男 (male) or 女 (female)',
      });
    const dates = {
      joinedOn: cellDate(raw('joinedOn')),
      fullMemberOn: cellDate(raw('fullMemberOn')),
      birthDate: cellDate(raw('birthDate')),
    };
    for (const [column, parsed] of Object.entries(dates))
      if ('error' in parsed)
        problems.push({
          row: r,
          column: column as RosterColumn,
          zh: `${ROSTER_COLUMNS[column as RosterColumn]}无法识别（应为日期，如 2021-07-01）`,
          en: `${ROSTER_COLUMNS[column as RosterColumn]} is not a date (e.g. 2021-07-01)`,
        });
    rows.push({
      row: r,
      name: text('name') ?? '',
      status,
      joinedOn: 'date' in dates.joinedOn ? dates.joinedOn.date : null,
      fullMemberOn: 'date' in dates.fullMemberOn ? dates.fullMemberOn.date : null,
      position: text('position'),
      gender,
      birthDate: 'date' in dates.birthDate ? dates.birthDate.date : null,
      phone: text('phone'),
      group: text('group'),
      branch: text('branch'),
      memberId: text('memberId'),
    });
  }
  return { rows, problems, columns: new Set(columnOf.keys()) };
}

export type RosterExportRow = {
  name: string;
  status: MemberStatus;
  joinedOn: string | null;
  fullMemberOn: string | null;
  position: string | null;
  gender: MemberGender | null;
  birthDate: string | null;
  /** Null where the exporter may not see the number (roster-access seesPhone). */
  phone: string | null;
  group: string | null;
  branch: string;
  memberId: string;
};

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Writes the roster with Chinese headers; dates are real date cells shown as yyyy-mm-dd. */
export async function writeRosterSheet(
  rows: RosterExportRow[],
  { phone = true }: { phone?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jifen 积分';
  const sheet = workbook.addWorksheet('党员名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: ROSTER_COLUMNS.name, key: 'name', width: 12 },
    { header: ROSTER_COLUMNS.status, key: 'status', width: 10 },
    {
      header: ROSTER_COLUMNS.joinedOn,
      key: 'joinedOn',
      width: 12,
      style: { numFmt: 'yyyy-mm-dd' },
    },
    {
      header: ROSTER_COLUMNS.fullMemberOn,
      key: 'fullMemberOn',
      width: 12,
      style: { numFmt: 'yyyy-mm-dd' },
    },
    { header: ROSTER_COLUMNS.position, key: 'position', width: 16 },
    { header: ROSTER_COLUMNS.gender, key: 'gender', width: 6 },
    {
      header: ROSTER_COLUMNS.birthDate,
      key: 'birthDate',
      width: 12,
      style: { numFmt: 'yyyy-mm-dd' },
    },
    // Without the column, rather than empty cells: re-importing the sheet then leaves phones alone.
    ...(phone ? [{ header: ROSTER_COLUMNS.phone, key: 'phone', width: 16 }] : []),
    { header: ROSTER_COLUMNS.group, key: 'group', width: 14 },
    { header: ROSTER_COLUMNS.branch, key: 'branch', width: 26 },
    { header: ROSTER_COLUMNS.memberId, key: 'memberId', width: 38 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows)
    sheet.addRow({
      ...r,
      status: STATUS_LABELS[r.status],
      joinedOn: asDate(r.joinedOn),
      fullMemberOn: asDate(r.fullMemberOn),
      gender: r.gender ? GENDER_LABELS[r.gender] : null,
      birthDate: asDate(r.birthDate),
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
