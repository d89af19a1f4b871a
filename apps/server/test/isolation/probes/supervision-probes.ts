import ExcelJS from 'exceljs';
import type { Probe } from '../probe-kit.js';
import { row, sameBureau, writeOnRow } from '../probe-helpers.js';

const ITEM_FIELDS = 'id branchId recordId memberId recorded { memberName evidence { id } }';

/** The check that drew the target's item (in its own bureau, the check is bureau-wide). */
const checkOf = (t: Parameters<Probe['build']>[1]) =>
  row(t, 'spot_check_item')?.['spot_check_id'] as string | undefined;

const workbookText = async (data: unknown) => {
  const file = (data as { spotCheckExcel?: { contentBase64: string } } | null)?.spotCheckExcel;
  if (!file) return '';
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
  const cells: string[] = [];
  workbook.worksheets[0]?.eachRow((r) => cells.push(JSON.stringify(r.values)));
  return cells.join('\n');
};

const item = (operation: string, input: string, extra: Record<string, unknown>) =>
  writeOnRow(
    operation,
    'SpotCheckItem',
    'spot_check_item',
    `mutation($i: ${input}!) { ${operation}(input: $i) { id state } }`,
    (r) => ({ i: { itemId: r['id'], ...extra } }),
  );

/** Spot checks: the checks, their items (a branch's findings), the follow-up and the export. */
export const supervisionProbes: Probe[] = [
  {
    operation: 'spotChecks',
    kind: 'list',
    entity: 'SpotCheck',
    build: () => ({ query: `{ spotChecks { id items { ${ITEM_FIELDS} } } }` }),
  },
  {
    operation: 'spotCheck',
    kind: 'read',
    entity: 'SpotCheck',
    // In its own bureau a check is bureau-wide (its items are walled: the nested probe below).
    build: (_o, t) => {
      const id = checkOf(t);
      return id && !sameBureau(t)
        ? { query: 'query($id: ID!) { spotCheck(id: $id) { id } }', variables: { id } }
        : null;
    },
    control: (t) => checkOf(t) ?? 'missing row',
  },
  {
    operation: 'spotCheck',
    kind: 'nested',
    entity: 'SpotCheckItem',
    build: (_o, t) => {
      const id = checkOf(t);
      return id
        ? {
            query: `query($id: ID!) { spotCheck(id: $id) { id items { ${ITEM_FIELDS} } stateCounts { state count } } }`,
            variables: { id },
          }
        : null;
    },
  },
  {
    operation: 'spotCheckExcel',
    kind: 'read',
    entity: 'SpotCheck',
    build: (_o, t) => {
      const id = checkOf(t);
      return id && !sameBureau(t)
        ? {
            query: 'query($id: ID!) { spotCheckExcel(id: $id) { contentBase64 } }',
            variables: { id },
          }
        : null;
    },
    fileText: workbookText,
  },
  {
    operation: 'spotCheckExcel',
    kind: 'nested',
    entity: 'SpotCheckItem',
    build: (_o, t) => {
      const id = checkOf(t);
      return id && sameBureau(t)
        ? {
            query: 'query($id: ID!) { spotCheckExcel(id: $id) { contentBase64 } }',
            variables: { id },
          }
        : null;
    },
    fileText: workbookText,
  },
  {
    operation: 'drawSpotCheck',
    kind: 'create-with-foreign-id',
    entity: 'SpotCheck',
    // A draw names no branch: it is aimed at the roles that may not draw, in their own bureau.
    build: (_o, t) =>
      sameBureau(t)
        ? {
            query: `mutation { drawSpotCheck(input: { title: "探针", fromMonth: "2026-01", toMonth: "2026-03", size: 12 }) { id } }`,
          }
        : null,
  },
  item('recordSpotCheckFinding', 'SpotCheckFindingInput', { discrepancy: true, note: '探针' }),
  item('answerSpotCheckFollowUp', 'AnswerSpotCheckInput', { answer: '探针' }),
  item('closeSpotCheckFollowUp', 'CloseSpotCheckInput', { note: '探针' }),
];
