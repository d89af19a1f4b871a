import ExcelJS from 'exceljs';
import { outcomeBandLabel } from '@jifen/scoring';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { uuidArray } from '../../db/rows/sql-arrays.js';
import { XLSX_MIME } from '../../http/media-types.js';
import { readYearSchemesAcrossBranches } from '../schemes/year-schemes-read.js';
import type { ScoreOutcome, StoredPart } from '../scores/score-summary.entity.js';
import { yearPartNames } from '../scores/summary-parts.js';
import { ensureFreshSummaries } from '../scores/summaries/score-summaries.service.js';
import type { SummaryFreshness } from '../scores/summaries/summary-freshness.js';
import { readableBranches } from '../scores/score-access.js';
import { MEMBER_STATUS_LABELS } from '../org/members/member-labels.js';
import type { MemberStatus } from '../org/members/member.entity.js';
import type { StatisticsFile } from './statistics.types.js';

type ResultRow = {
  branch: string;
  name: string;
  status: string;
  base: string;
  categories: StoredPart[];
  special: string;
  evaluation: string | null;
  total: string;
  outcome: ScoreOutcome | null;
  projection_band: string | null;
  grade: string | null;
};

/** 结果运用: what the outcome flags lead to, in the plan's words (the strongest first). */
const USES: [keyof ScoreOutcome, string][] = [
  ['priorityCandidate', '优先作为评优评先、提拔任用推荐对象'],
  ['incentive', '学习、培训等激励关怀'],
  ['yellowWarning', '黄色预警，支部书记约谈提醒'],
  ['redWarning', '红色预警，取消本年度评先评优资格'],
  ['redTwoYearsRunning', '连续两年低于 60 分，报机关党委按规定处置'],
  ['probationaryInterview', '预备党员约谈提醒'],
  ['probationExtension', '视情延长预备期'],
];

/**
 * 结果运用 of a line. An approved year: what its outcome flags lead to. A provisional year has no
 * final outcome, so the line says so and names the band its projection falls in (as statistics group it).
 */
function uses(outcome: ScoreOutcome | null, projectionBand: string | null): string {
  if (!outcome)
    return projectionBand ? `年度未审定，预计：${outcomeBandLabel(projectionBand).zh}` : '';
  return USES.filter(([flag]) => outcome[flag] === true)
    .filter(([flag]) => !(flag === 'incentive' && outcome.priorityCandidate))
    .map(([, text]) => text)
    .join('；');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const num = (text: string | null | undefined) => (text == null ? null : Number(text));

/**
 * The annual results list in the bureau's layout (支部, 姓名, 党员类别, 基础分 and its categories,
 * 特色分, 评议分, 合计, 等次, 结果运用), for the caller's readable branches, one statement.
 */
export async function annualResultsExport(
  em: EntityManager,
  actor: Actor,
  year: number,
  branchId: string | null,
  freshness?: SummaryFreshness,
): Promise<StatisticsFile> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new BadInputError(
      '年度应为 2000 到 2100 之间的整数',
      'Year must be from 2000 to 2100',
      'year',
    );
  }
  const reach = readableBranches(actor);
  if (reach !== 'all' && reach.length === 0) {
    throw new ForbiddenError('无权导出年度结果', 'You may not export the annual results');
  }
  if (branchId !== null && !UUID.test(branchId)) {
    throw new BadInputError('编号格式不正确', 'Not a valid id', 'branchId');
  }
  if (branchId !== null && reach === 'all') {
    const found = await em.execute(`select 1 from branch where bureau_id = ? and id = ?`, [
      actor.bureauId,
      branchId,
    ]);
    if (!found.length) throw new NotFoundError({ zh: '支部', en: 'Branch' }, 'branchId');
  }
  if (branchId !== null && reach !== 'all' && !reach.includes(branchId)) {
    throw new ForbiddenError(
      '无权导出该支部的年度结果',
      'You may not export that branch’s results',
    );
  }
  const readable = branchId !== null ? [branchId] : reach;
  await ensureFreshSummaries(em, year, freshness);
  const rows = await em.execute<ResultRow[]>(
    `select b.name as branch, m.name, m.status::text as status, s.base, s.categories, s.special,
       s.evaluation, s.total, s.outcome, s.projection_band,
       (select gr->>'nameZh' from scheme sc
          cross join lateral jsonb_array_elements(sc.definition->'evaluation'->'grades') gr
          where sc.bureau_id = s.bureau_id and sc.year = s.year and sc.status <> 'draft'
            and gr->>'code' = g.grade order by sc.version desc limit 1) as grade
     from score_summary s
     join member m on m.bureau_id = s.bureau_id and m.id = s.member_id
     join branch b on b.bureau_id = s.bureau_id and b.id = s.branch_id
     left join annual_assessment a on a.bureau_id = s.bureau_id and a.branch_id = s.branch_id
       and a.year = s.year
     left join evaluation_grade g on g.bureau_id = s.bureau_id and g.assessment_id = a.id
       and g.member_id = s.member_id
     where s.bureau_id = ? and s.year = ? and s.period = 'year'
       and (?::uuid[] is null or s.branch_id = any(?::uuid[]))
     order by b.sort_order, b.name, s.total_sort desc, m.name`,
    [
      actor.bureauId,
      year,
      readable === 'all' ? null : uuidArray(readable),
      readable === 'all' ? null : uuidArray(readable),
    ],
  );
  // The columns are the first row's categories, named from the year's scheme versions (a
  // summary stores codes and values alone: summary-parts.ts).
  const names =
    rows.length > 0 ? yearPartNames(await readYearSchemesAcrossBranches(em, year)) : undefined;
  const categories = (rows[0]?.categories ?? []).map(([code]) => ({
    code,
    nameZh: names?.get(code)?.zh ?? code,
  }));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`${year}年度考核结果`, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  });
  sheet.addRow([
    '支部',
    '姓名',
    '党员类别',
    '基础分',
    ...categories.map((c) => c.nameZh),
    '特色分',
    '评议分',
    '合计',
    '等次',
    '结果运用',
  ]);
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      r.branch,
      r.name,
      MEMBER_STATUS_LABELS[r.status as MemberStatus]?.zh ?? r.status,
      num(r.base),
      ...categories.map((c) => num(r.categories.find(([code]) => code === c.code)?.[1])),
      num(r.special),
      num(r.evaluation),
      num(r.total),
      r.grade ?? '',
      uses(r.outcome, r.projection_band),
    ]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 22 : i === 3 + categories.length + 5 ? 48 : 10;
  });
  return {
    fileName: `${year}年度党员积分考核结果.xlsx`,
    mimeType: XLSX_MIME,
    contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    rowCount: rows.length,
  };
}
