import ExcelJS from 'exceljs';
import { outcomeBandLabel } from '@jifen/scoring';
import { XLSX_MIME } from '../../../http/media-types.js';
import type { SchemeWhatIf } from './what-if.types.js';

export type SheetLocale = 'zh-CN' | 'en';

const TEXT = {
  members: { zh: '档次变化的党员', en: 'Members whose band changes' },
  summary: { zh: '各支部汇总', en: 'By branch' },
  name: { zh: '姓名', en: 'Name' },
  branch: { zh: '所在支部', en: 'Branch' },
  current: { zh: '现行方案总分', en: 'Total in force' },
  draft: { zh: '草稿总分', en: 'Total under the draft' },
  delta: { zh: '差值', en: 'Difference' },
  currentBand: { zh: '现行档次', en: 'Band in force' },
  draftBand: { zh: '草稿档次', en: 'Band under the draft' },
  memberId: { zh: '系统编号', en: 'Member id' },
  count: { zh: '人数', en: 'Members' },
  meanCurrent: { zh: '现行平均分', en: 'Mean in force' },
  meanDraft: { zh: '草稿平均分', en: 'Mean under the draft' },
  bandChanged: { zh: '档次变化人数', en: 'Band changes' },
  bureau: { zh: '全局', en: 'Whole bureau' },
  in: { zh: '进入', en: 'in' },
  out: { zh: '离开', en: 'out' },
} as const;

/** A year not yet approved is compared by projections: its columns say so. */
const PROJECTED = {
  current: { zh: '现行方案预计总分', en: 'Projected total in force' },
  draft: { zh: '草稿预计总分', en: 'Projected total under the draft' },
  currentBand: { zh: '现行预计档次', en: 'Projected band in force' },
  draftBand: { zh: '草稿预计档次', en: 'Projected band under the draft' },
  meanCurrent: { zh: '现行预计平均分', en: 'Projected mean in force' },
  meanDraft: { zh: '草稿预计平均分', en: 'Projected mean under the draft' },
} as const;

/**
 * The what-if as an .xlsx: the members whose band changes (the list a committee acts on) and the
 * summary by branch with each band's moves, headers in the reader's language (and marked 预计
 * when the year is compared by its projections).
 */
export async function whatIfWorkbook(
  result: SchemeWhatIf,
  locale: SheetLocale,
): Promise<{ fileName: string; mimeType: string; contentBase64: string; rowCount: number }> {
  const l = (t: { zh: string; en: string }) => (locale === 'en' ? t.en : t.zh);
  const band = (b: string) => l(outcomeBandLabel(b));
  const text = result.provisional ? { ...TEXT, ...PROJECTED } : TEXT;
  const book = new ExcelJS.Workbook();
  const list = book.addWorksheet(l(TEXT.members));
  list.addRow(
    [
      TEXT.name,
      TEXT.branch,
      text.current,
      text.draft,
      TEXT.delta,
      text.currentBand,
      text.draftBand,
      TEXT.memberId,
    ].map(l),
  );
  const moved = result.members.filter((m) => m.currentBand !== m.draftBand);
  for (const m of moved) {
    list.addRow([
      m.name,
      m.branchName,
      Number(m.current),
      Number(m.draft),
      Number(m.delta),
      band(m.currentBand),
      band(m.draftBand),
      m.memberId,
    ]);
  }
  list.columns.forEach((c, i) => (c.width = i === 7 ? 38 : 14));
  const summary = book.addWorksheet(l(TEXT.summary));
  summary.addRow([
    l(TEXT.branch),
    l(TEXT.count),
    l(text.meanCurrent),
    l(text.meanDraft),
    l(TEXT.bandChanged),
    ...result.bureau.bands.flatMap((b) => [
      `${band(b.band)} ${l(TEXT.in)}`,
      `${band(b.band)} ${l(TEXT.out)}`,
    ]),
  ]);
  for (const s of [result.bureau, ...result.branches]) {
    summary.addRow([
      s.branchName ?? l(TEXT.bureau),
      s.members,
      Number(s.meanCurrent),
      Number(s.meanDraft),
      s.bandChanged,
      ...s.bands.flatMap((b) => [b.movedIn, b.movedOut]),
    ]);
  }
  summary.columns.forEach((c) => (c.width = 14));
  const buffer = await book.xlsx.writeBuffer();
  return {
    fileName: `${locale === 'en' ? 'what-if' : '方案对比试算'}-${result.draftYear}-${result.recordsYear}.xlsx`,
    mimeType: XLSX_MIME,
    contentBase64: Buffer.from(buffer).toString('base64'),
    rowCount: moved.length,
  };
}
