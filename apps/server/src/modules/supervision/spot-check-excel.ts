import ExcelJS from 'exceljs';
import { dutyStatusWords } from '@jifen/scoring';
import type { RecordedItem } from './draw/recorded-item.js';
import { KIND_LABELS, SpotCheckItemKind } from './spot-check-kind.js';
import type { SpotCheckItem } from './spot-check-item.entity.js';
import { findingMachine, type FindingState } from './spot-check-machine.js';
import type { SpotCheck } from './spot-check.entity.js';

/** The record as a line of text, in the words of the form. */
export function describeRecorded(kind: SpotCheckItemKind, r: RecordedItem): string {
  switch (kind) {
    case SpotCheckItemKind.QUOTA_ENTRY:
      return `数值 ${r.value ?? ''}`;
    case SpotCheckItemKind.DUTY_ENTRY:
      return [
        dutyStatusWords(r.dutyStatus ?? '')?.words.zh ?? r.dutyStatus,
        r.paidOn ? `缴纳日期 ${r.paidOn}` : null,
      ]
        .filter(Boolean)
        .join('，');
    case SpotCheckItemKind.VIOLATION:
      return [`${r.count ?? 0} 次`, r.note, r.decision ? `支委会决定：${r.decision}` : null]
        .filter(Boolean)
        .join('，');
    case SpotCheckItemKind.SESSION:
      return `${r.date ?? ''} ${r.topic ?? ''}，签到 ${r.attendees?.length ?? 0} 人`;
    case SpotCheckItemKind.DECLARATION:
      return `${r.note ?? ''}，计入 ${r.points ?? ''} 分`;
  }
}

const COLUMNS: [string, string, number][] = [
  ['序号', 'No.', 6],
  ['支部', 'Branch', 18],
  ['类别', 'Kind', 14],
  ['月份', 'Month', 9],
  ['党员', 'Member', 10],
  ['考核项目', 'Item', 18],
  ['记录内容', 'Recorded', 32],
  ['佐证材料', 'Evidence', 18],
  ['核查结果', 'State', 14],
  ['发现的问题', 'Discrepancy', 28],
  ['支部答复', 'Branch’s answer', 28],
  ['关联更正', 'Correction', 12],
  ['关闭意见', 'Closing note', 24],
  // Hidden, as the monthly form's 系统编号: ties a line back to the item when the sheet returns.
  ['系统编号', 'Item id', 38],
];

/** The check as a workbook: what was drawn, each finding, answer and closure (zh-CN, English below). */
export async function writeSpotCheckWorkbook(
  check: SpotCheck,
  items: readonly SpotCheckItem[],
  branchNames: ReadonlyMap<string, string>,
  bureau: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jifen';
  const ws = workbook.addWorksheet('随机抽查', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  ws.getCell(1, 1).value = `${bureau}随机抽查：${check.title}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value =
    `抽查期间：${check.fromMonth} 至 ${check.toMonth}，抽样种子：${check.seed}，` +
    `样本 ${check.sampleSize} 项 / 可抽记录 ${check.populationSize} 项`;
  COLUMNS.forEach(([zh, en, width], i) => {
    ws.getCell(3, i + 1).value = zh;
    ws.getCell(4, i + 1).value = en;
    ws.getColumn(i + 1).width = width;
  });
  ws.getColumn(COLUMNS.length).hidden = true;
  ws.getRow(3).font = { bold: true };
  ws.getRow(4).font = { italic: true, color: { argb: 'FF666666' } };
  items.forEach((item, r) => {
    const row = ws.getRow(5 + r);
    row.values = [
      item.position,
      branchNames.get(item.branchId) ?? '',
      KIND_LABELS[item.kind].zh,
      item.month,
      item.recorded.memberName ?? '',
      item.recorded.itemNameZh,
      describeRecorded(item.kind, item.recorded),
      item.recorded.evidence?.fileName ?? '',
      findingMachine.states[item.state as FindingState].zh,
      item.findingNote ?? '',
      item.answer ?? '',
      item.correctionId ? '已附更正' : '',
      item.closingNote ?? '',
      item.id,
    ];
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
