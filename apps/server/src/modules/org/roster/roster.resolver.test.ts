import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  editWorkbook,
  readWorkbook,
  rosterWorkbook,
} from '../../../../test/factories/roster-workbook.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
let shuji1: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  shuji1 = await server.login('shuji1');
});
afterAll(() => server.close());

const EXPORT = `query($branchId: ID) { rosterExport(branchId: $branchId) { fileName mimeType contentBase64 rowCount } }`;
const RESULT = `valid fromMonth created updated unchanged
  rows { row action actionLabel memberId name branchName changes { column before after } }
  errors { row column message messageEn } groupsToCreate { branchName name }`;
const PREVIEW = `query($input: RosterImportInput!) { rosterImportPreview(input: $input) { ${RESULT} } }`;
const IMPORT = `mutation($input: RosterImportInput!) { importRoster(input: $input) { ${RESULT} } }`;
const HEADER = ['姓名', '党员类别', '入党日期', '转正日期', '职务', '党小组', '所在支部'];

type Result = {
  valid: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: {
    row: number;
    action: string;
    actionLabel: string;
    name: string;
    changes: { column: string; before: string; after: string }[];
  }[];
  errors: { row: number; column: string | null; message: string }[];
  groupsToCreate: { branchName: string; name: string }[];
};

async function exportBgs(token = shuji1) {
  const res = await server.gql<{
    rosterExport: { contentBase64: string; fileName: string; mimeType: string; rowCount: number };
  }>(EXPORT, { branchId: demo.branch('BGS').id }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.rosterExport;
}

const memberCount = async () =>
  Number((await server.db.ownerQuery<{ n: string }>('select count(*) as n from member'))[0]!.n);

describe('roster export', () => {
  it('writes the branch roster with the Chinese headers, one row per current member', async () => {
    const file = await exportBgs();
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.fileName).toMatch(/^办公室党支部-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const { header, rows } = await readWorkbook(file.contentBase64);
    expect(header).toEqual([
      ...HEADER.slice(0, 5),
      '性别',
      '出生日期',
      '联系电话',
      ...HEADER.slice(5),
      '系统编号',
    ]);
    const members = await demo.members('BGS');
    expect(rows.length).toBe(members.length);
    expect(file.rowCount).toBe(members.length);
    expect(new Set(rows.map((r) => r[9]))).toEqual(new Set(['办公室党支部']));
    expect(rows.every((r) => ['正式党员', '预备党员'].includes(r[1]!))).toBe(true);
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[2]!))).toBe(true);
    expect(new Set(rows.map((r) => r[10]))).toEqual(new Set(members.map((m) => m.id)));
  });

  it('leaves the phone column out for a reader who may not see phones, so a re-import keeps them', async () => {
    const [m] = await demo.members('BGS');
    await server.db.ownerQuery(`update member set phone = '13812345678' where id = $1`, [m!.id]);
    const mine = await readWorkbook((await exportBgs()).contentBase64);
    expect(mine.header).toContain('联系电话');
    expect(mine.rows.some((r) => r.includes('13812345678'))).toBe(true);
    const theirs = await readWorkbook(
      (await exportBgs(await server.login('zhiwei1'))).contentBase64,
    );
    expect(theirs.header).not.toContain('联系电话');
    expect(theirs.rows.some((r) => r.includes('13812345678'))).toBe(false);
  });

  it('does not give a plain member the roster file', async () => {
    const res = await server.gql(
      EXPORT,
      { branchId: demo.branch('BGS').id },
      await server.login('dangyuan1'),
    );
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('roster import', () => {
  it('previews an edited export: the changed post, a new member and a new group; writes nothing until applied', async () => {
    const file = await exportBgs();
    let changedName = '';
    const edited = await editWorkbook(
      file.contentBase64,
      (row, i) => {
        if (i === 0) {
          changedName = String(row['姓名']);
          row['职务'] = '副主任';
        }
      },
      [
        [
          '新党员',
          '预备党员',
          '2025-12-01',
          null,
          '科员',
          '女',
          '1998-05-04',
          '13812345678',
          '第九党小组',
          '办公室党支部',
        ],
      ],
    );
    const before = await memberCount();
    const auditBefore = await demo.auditCount();
    const preview = await server.gql<{ rosterImportPreview: Result }>(
      PREVIEW,
      { input: { fileBase64: edited, fromMonth: '2026-09' } },
      shuji1,
    );
    expect(preview.errors).toBeUndefined();
    const result = preview.data!.rosterImportPreview;
    expect(result).toMatchObject({ valid: true, created: 1, updated: 1, errors: [] });
    expect(result.unchanged).toBe(file.rowCount - 1);
    expect(result.groupsToCreate).toEqual([{ branchName: '办公室党支部', name: '第九党小组' }]);
    const update = result.rows.find((r) => r.action === 'UPDATE')!;
    expect(update.actionLabel).toBe('修改');
    expect(update.name).toBe(changedName);
    expect(update.changes).toEqual([
      { column: '职务', before: expect.any(String), after: '副主任' },
    ]);
    expect(await memberCount()).toBe(before);
    expect(await demo.auditCount()).toBe(auditBefore);

    const applied = await server.gql<{ importRoster: Result }>(
      IMPORT,
      { input: { fileBase64: edited, fromMonth: '2026-09' } },
      shuji1,
    );
    expect(applied.data?.importRoster).toMatchObject({ valid: true, created: 1, updated: 1 });
    const [added] = await server.db.ownerQuery<Record<string, string>>(
      `select gender, to_char(birth_date, 'YYYY-MM-DD') as birth_date, phone from member where name = '新党员'`,
    );
    expect(added).toEqual({ gender: 'female', birth_date: '1998-05-04', phone: '13812345678' });
    expect(await memberCount()).toBe(before + 1);
    const [created] = await server.db.ownerQuery<{
      status: string;
      from_month: string;
      group_name: string;
    }>(
      `select m.status, ms.from_month, g.name as group_name from member m
       join membership ms on ms.member_id = m.id join party_group g on g.id = m.group_id
       where m.name = '新党员'`,
    );
    expect(created).toEqual({
      status: 'probationary',
      from_month: '2026-09',
      group_name: '第九党小组',
    });
    const [posted] = await server.db.ownerQuery<{ position: string }>(
      `select position from member where name = $1 and branch_id = $2`,
      [changedName, demo.branch('BGS').id],
    );
    expect(posted!.position).toBe('副主任');
    const ops = await server.db.ownerQuery<{ operation: string }>(
      `select operation from audit_entry where seq > $1 order by seq`,
      [auditBefore],
    );
    expect(ops.map((o) => o.operation)).toEqual([
      'partyGroup.create',
      'member.update',
      'member.create',
      'roster.import',
    ]);
  });

  it('lists every row’s problems with row and column, and imports nothing from a sheet with any', async () => {
    const file = await rosterWorkbook(HEADER, [
      ['好党员', '正式党员', '2001-07-01', '2002-07-01', '科员', '第一党小组', '办公室党支部'],
      ['', '正式党员', '2001-07-01', null, null, null, '办公室党支部'],
      ['李四', '党员', '2001-07-01', null, null, null, '办公室党支部'],
      ['王五', '正式党员', '2001-13-01', null, null, null, '办公室党支部'],
      ['赵六', '预备党员', '2025-07-01', '2026-07-01', null, null, '办公室党支部'],
      ['钱七', '正式党员', '2001-07-01', null, null, null, '财务处党支部'],
      ['孙八', '正式党员', '2001-07-01', null, null, null, '不存在的支部'],
      ['周九', '正式党员', '2001-07-01', null, null, null, '办公室党支部'],
      ['周九', '正式党员', '2001-07-01', null, null, null, '办公室党支部'],
    ]);
    const preview = await server.gql<{ rosterImportPreview: Result }>(
      PREVIEW,
      { input: { fileBase64: file } },
      shuji1,
    );
    const errors = preview.data!.rosterImportPreview.errors.map((e) => [e.row, e.column]);
    expect(preview.data!.rosterImportPreview.valid).toBe(false);
    expect(errors).toEqual([
      [3, '姓名'],
      [4, '党员类别'],
      [5, '入党日期'],
      [6, '转正日期'],
      [7, '所在支部'],
      [8, '所在支部'],
      [10, '姓名'],
    ]);
    const before = await memberCount();
    const applied = await server.gql(IMPORT, { input: { fileBase64: file } }, shuji1);
    expect(applied.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.fileBase64',
      details: {
        errors: expect.arrayContaining([expect.objectContaining({ row: 4, column: '党员类别' })]),
      },
    });
    expect(applied.errors?.[0]?.message).toBe('名册有 7 处错误，未导入任何数据');
    expect(await memberCount()).toBe(before);
  });

  it('reads dates written the ways people write them', async () => {
    const file = await rosterWorkbook(HEADER, [
      ['日期甲', '正式党员', '2001/7/1', '2002.7.1', null, null, '办公室党支部'],
      [
        '日期乙',
        '正式党员',
        '2001年7月1日',
        new Date(Date.UTC(2002, 6, 1)),
        null,
        null,
        '办公室党支部',
      ],
    ]);
    const preview = await server.gql<{ rosterImportPreview: Result }>(
      PREVIEW,
      { input: { fileBase64: file } },
      shuji1,
    );
    expect(preview.data?.rosterImportPreview).toMatchObject({ valid: true, created: 2 });
  });

  it('refuses a file that is not a workbook, or lacks a required column, naming the file', async () => {
    const notXlsx = Buffer.from('姓名,党员类别\n张三,正式党员').toString('base64');
    const res = await server.gql(PREVIEW, { input: { fileBase64: notXlsx } }, shuji1);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.fileBase64',
    });
    expect(res.errors?.[0]?.message).toBe('文件不是有效的 Excel (.xlsx) 文件');
    const noDate = await rosterWorkbook(['姓名', '党员类别'], [['张三', '正式党员']]);
    const missing = await server.gql(PREVIEW, { input: { fileBase64: noDate } }, shuji1);
    expect(missing.errors?.[0]?.message).toBe('第 1 行缺少列：入党日期');
  });

  it('puts rows without a branch in the branch given, and refuses a branch of someone else', async () => {
    const file = await rosterWorkbook(
      ['姓名', '党员类别', '入党日期'],
      [['无支部', '正式党员', '2001-07-01']],
    );
    const own = await server.gql<{ rosterImportPreview: Result }>(
      PREVIEW,
      { input: { fileBase64: file, branchId: demo.branch('BGS').id } },
      shuji1,
    );
    expect(own.data?.rosterImportPreview).toMatchObject({ valid: true, created: 1 });
    const other = await server.gql(
      PREVIEW,
      { input: { fileBase64: file, branchId: demo.branch('CWC').id } },
      shuji1,
    );
    expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const scorekeeper = await server.gql(
      PREVIEW,
      { input: { fileBase64: file } },
      await server.login('jifenyuan1'),
    );
    expect(scorekeeper.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
