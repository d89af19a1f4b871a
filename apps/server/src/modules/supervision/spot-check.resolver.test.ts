import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeclarationStatus } from '../declarations/declaration.entity.js';
import { DutyStatus } from '../ledger/duty-entry.entity.js';
import { Member } from '../org/members/member.entity.js';
import { ok, refused } from '../../../test/factories/cycle.js';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import {
  branchByName,
  bureauEm,
  holdSession,
  publishDefaultScheme,
  recordDues,
  recordQuota,
} from '../../../test/factories/ledger.js';
import {
  decidedDeclaration,
  evidenceRow,
  openCorrectionRow,
} from '../../../test/factories/supervision.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { scopedEntityManager } from '../../tenancy/scoped-entity-manager.js';
import { supervisionCounts } from './spot-check-counts.js';

let server: TestServer;
let demo: DemoLookup;
let admin: string;
let shuji1: string;
let shuji2: string;
let bgsCorrection: string;
let cwcCorrection: string;

const BGS = '办公室党支部';
const CWC = '财务处党支部';
const ZCC = '资产管理处党支部';
/** Records of each kind the draw may take, by branch. */
const POPULATION = 6 + 3 + 1 + 1 + 1;

const ITEM = `id position kind kindLabel recordId memberId month itemCode state findingNote answer correctionId
  closingNote availableActions branch { id name }
  recorded { memberName itemNameZh itemNameEn value dutyStatus topic date attendees points note
    evidence { id fileName mimeType } }`;
const DRAW = `mutation($i: DrawSpotCheckInput!) { drawSpotCheck(input: $i) {
  id seed populationSize sampleSize requestedSize requestedShare items { ${ITEM} } } }`;
const CHECK = `query($id: ID!) { spotCheck(id: $id) { id title
  items { ${ITEM} } stateCounts { state count } } }`;
const FINDING = `mutation($i: SpotCheckFindingInput!) { recordSpotCheckFinding(input: $i) { ${ITEM} } }`;
const ANSWER = `mutation($i: AnswerSpotCheckInput!) { answerSpotCheckFollowUp(input: $i) { ${ITEM} } }`;
const CLOSE = `mutation($i: CloseSpotCheckInput!) { closeSpotCheckFollowUp(input: $i) { ${ITEM} } }`;

type Item = {
  id: string;
  kind: string;
  kindLabel: string;
  recordId: string;
  state: string;
  availableActions: string[];
  branch: { id: string; name: string };
  recorded: Record<string, unknown> & { evidence: { fileName: string } | null };
};
type Check = {
  id: string;
  seed: string;
  populationSize: number;
  sampleSize: number;
  items: Item[];
};

const period = { title: '2025 年一季度抽查', fromMonth: '2025-01', toMonth: '2025-03' };
const draw = async (input: Record<string, unknown>) =>
  (await ok<{ drawSpotCheck: Check }>(server, DRAW, { i: { ...period, ...input } }, admin))
    .drawSpotCheck;
const count = async (table: string) =>
  Number((await server.db.ownerQuery<{ n: string }>(`select count(*) n from ${table}`))[0]!.n);

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  const em = bureauEm(server.db, demo.bureauId);
  await publishDefaultScheme(em, demo.bureauId, 2025);
  const [bgs, cwc, zcc] = await Promise.all([BGS, CWC, ZCC].map((n) => branchByName(em, n)));
  const of = async (code: string) =>
    em.find(Member, { id: { $in: (await demo.members(code)).map((m) => m.id) } });
  const bgsMembers = await of('BGS');
  const cwcMembers = await of('CWC');
  const zccMembers = await of('ZCC');
  // 办公室: six quota cells, one cleared cell (not a record), one session with its sign-in sheet.
  for (const m of bgsMembers.slice(0, 6))
    await recordQuota(em, m, '2025-02', 'daily-question', '8');
  await recordQuota(em, bgsMembers[6]!, '2025-02', 'daily-question', null as unknown as string);
  const sheet = await evidenceRow(em, bgs!, '签到表.png');
  const session = await holdSession(em, bgs!, 'party-day', '2025-03-05', bgsMembers.slice(0, 3));
  session.evidence = sheet as never;
  await em.flush();
  // 财务处: dues of three members; 资产管理处: one accepted and one rejected declaration.
  for (const m of cwcMembers.slice(0, 3)) await recordDues(em, m, '2025-01', DutyStatus.LATE);
  const proof = await evidenceRow(em, zcc!, '志愿服务证明.pdf');
  await decidedDeclaration(em, zccMembers[0]!, '2025-03', DeclarationStatus.ACCEPTED, proof);
  await decidedDeclaration(em, zccMembers[1]!, '2025-03', DeclarationStatus.REJECTED);
  // Outside the period: never drawn.
  await recordQuota(em, bgsMembers[0]!, '2025-04', 'daily-question', '9');
  // One violation in 财务处 with the committee's decision.
  await server.db.ownerQuery(
    `insert into violation (bureau_id, id, branch_id, member_id, month, item_code, count, note, decision, decided_on, created_by_id, version, created_at, updated_at)
     values ($1, gen_random_uuid(), $2, $3, '2025-03', 'violations', 1, '迟到', '支委会认定', '2025-03-20', $3, 1, now(), now())`,
    [demo.bureauId, cwc!.id, cwcMembers[0]!.id],
  );
  const secretary = await demo.userId('shuji1');
  bgsCorrection = (await openCorrectionRow(em, bgs!, secretary, [bgsMembers[0]!.id])).id;
  cwcCorrection = (await openCorrectionRow(em, cwc!, secretary, [cwcMembers[0]!.id])).id;
  admin = await server.login('admin');
  shuji1 = await server.login('shuji1');
  shuji2 = await server.login('shuji2');
});
afterAll(() => server.close());

describe('drawing a spot check', () => {
  it('draws across every branch with records, with what each item recorded and its evidence', async () => {
    const check = await draw({ size: 5 });
    expect(check.populationSize).toBe(POPULATION);
    expect(check.sampleSize).toBe(5);
    expect(check.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(check.items.map((i) => i.branch.name))).toEqual(new Set([BGS, CWC, ZCC]));
    expect(check.items.every((i) => i.state === 'PENDING')).toBe(true);
    expect(check.items.every((i) => i.availableActions.join() === 'confirm,flag')).toBe(true);
    const declaration = check.items.find((i) => i.kind === 'DECLARATION')!;
    // Each kind named by the server, as its export names it.
    expect(declaration.kindLabel).toBe('个人申报');
    expect(declaration.recorded).toMatchObject({
      itemNameZh: '志愿服务参与情况',
      points: '2.00',
      note: '社区志愿服务',
      evidence: { fileName: '志愿服务证明.pdf', mimeType: 'application/pdf' },
    });
    expect(declaration.recorded.memberName).toBeTruthy();
    const audit = await server.db.ownerQuery<{ after: { seed: string; sampleSize: number } }>(
      `select after from audit_entry where operation = 'spotCheck.draw' and entity_id = $1`,
      [check.id],
    );
    expect(audit[0]?.after).toMatchObject({ seed: check.seed, sampleSize: 5 });
  });

  it('draws the same sample again from the same seed and records, and shows a session’s sign-in sheet', async () => {
    const first = await draw({ share: 1, seed: 'same-seed' });
    const again = await draw({ share: 1, seed: 'same-seed' });
    const keys = (c: Check) => c.items.map((i) => `${i.kind}:${i.recordId}`);
    expect(keys(again)).toEqual(keys(first));
    expect(first.sampleSize).toBe(POPULATION);
    const session = first.items.find((i) => i.kind === 'SESSION')!;
    expect(session.kindLabel).toBe('支部活动及签到表');
    expect(session.recorded).toMatchObject({
      date: '2025-03-05',
      itemNameZh: '党日活动',
      evidence: { fileName: '签到表.png' },
    });
    expect(session.recorded['attendees']).toHaveLength(3);
    // A quota's value as the monthly sheet shows it: 8, not 8.00.
    const quotas = first.items.filter((i) => i.kind === 'QUOTA_ENTRY');
    expect(quotas).toHaveLength(6);
    expect(new Set(quotas.map((i) => i.recorded['value']))).toEqual(new Set(['8']));
    const smaller = await draw({ size: 4, seed: 'same-seed' });
    const again4 = await draw({ size: 4, seed: 'same-seed' });
    expect(keys(again4)).toEqual(keys(smaller));
  });

  it('refuses bad input with a typed error naming the field, and writes nothing', async () => {
    const before = [await count('spot_check'), await count('spot_check_item')];
    const cases: [Record<string, unknown>, string][] = [
      [{ size: 3, share: 0.5 }, 'size'],
      [{}, 'size'],
      [{ size: 0 }, 'size'],
      [{ share: 1.5 }, 'share'],
      [{ size: 2 }, 'size'],
      [{ size: 5, fromMonth: '2025-13' }, 'fromMonth'],
      [{ size: 5, fromMonth: '2025-04', toMonth: '2025-03' }, 'toMonth'],
      [{ size: 5, fromMonth: '2024-12' }, 'toMonth'],
      [{ size: 5, fromMonth: '2025-06', toMonth: '2025-07' }, 'fromMonth'],
      [{ size: 5, title: '  ' }, 'title'],
      [{ size: 5, seed: 'a b' }, 'seed'],
    ];
    for (const [input, field] of cases) {
      const e = await refused(server, DRAW, { i: { ...period, ...input } }, admin);
      expect({ input, code: e.code, field: e.field }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const tooFew = await refused(server, DRAW, { i: { ...period, size: 2 } }, admin);
    expect(tooFew.details).toEqual({ minimum: 3 });
    for (const login of ['shuji1', 'analyst', 'dangyuan1']) {
      const e = await refused(
        server,
        DRAW,
        { i: { ...period, size: 5 } },
        await server.login(login),
      );
      expect(e.code).toBe('FORBIDDEN');
    }
    expect([await count('spot_check'), await count('spot_check_item')]).toEqual(before);
  });
});

describe('the check, the follow-up and the walls', () => {
  it('runs a discrepancy from the finding to the branch’s answer and the committee’s closing', async () => {
    const check = await draw({ share: 1, seed: 'follow-up' });
    const bgsItem = check.items.find((i) => i.branch.name === BGS && i.kind === 'QUOTA_ENTRY')!;
    const cwcItem = check.items.find((i) => i.branch.name === CWC)!;
    const noNote = await refused(
      server,
      FINDING,
      { i: { itemId: bgsItem.id, discrepancy: true } },
      admin,
    );
    expect(noNote).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const flagged = await ok<{ recordSpotCheckFinding: Item }>(
      server,
      FINDING,
      { i: { itemId: bgsItem.id, discrepancy: true, note: '学习强国截图与记录不符' } },
      admin,
    );
    expect(flagged.recordSpotCheckFinding).toMatchObject({
      state: 'FOLLOW_UP',
      availableActions: [],
    });
    await ok(server, FINDING, { i: { itemId: cwcItem.id, discrepancy: false } }, admin);
    const again = await refused(
      server,
      FINDING,
      { i: { itemId: cwcItem.id, discrepancy: true, note: 'x' } },
      admin,
    );
    expect(again.code).toBe('CONFLICT');

    // The branch sees the check with its own items only, and may answer.
    const seen = (
      await ok<{ spotCheck: { items: Item[] } }>(server, CHECK, { id: check.id }, shuji1)
    ).spotCheck.items;
    expect(new Set(seen.map((i) => i.branch.name))).toEqual(new Set([BGS]));
    expect(seen.find((i) => i.id === bgsItem.id)?.availableActions).toEqual(['answer']);
    const counts = await supervisionCounts(
      scopedEntityManager(server.db.orm, { bureauId: demo.bureauId, branchIds: 'all' }),
    );
    expect(counts.findingsToClose).toBe(0);
    expect(counts.followUpsToAnswer.get(bgsItem.branch.id)).toBe(1);

    expect((await refused(server, CLOSE, { i: { itemId: bgsItem.id } }, admin)).code).toBe(
      'CONFLICT',
    );
    const other = await refused(
      server,
      ANSWER,
      { i: { itemId: bgsItem.id, answer: '已核实' } },
      shuji2,
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(other.code);
    const blank = await refused(server, ANSWER, { i: { itemId: bgsItem.id, answer: ' ' } }, shuji1);
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answer' });
    const foreign = await refused(
      server,
      ANSWER,
      { i: { itemId: bgsItem.id, answer: '已更正', correctionId: cwcCorrection } },
      shuji1,
    );
    expect(foreign).toMatchObject({ code: 'BAD_USER_INPUT', field: 'correctionId' });
    const answered = await ok<{ answerSpotCheckFollowUp: Item & { correctionId: string } }>(
      server,
      ANSWER,
      {
        i: {
          itemId: bgsItem.id,
          answer: '记分员录入有误，已提出更正',
          correctionId: bgsCorrection,
        },
      },
      shuji1,
    );
    expect(answered.answerSpotCheckFollowUp).toMatchObject({
      state: 'ANSWERED',
      correctionId: bgsCorrection,
    });
    const toClose = await supervisionCounts(
      scopedEntityManager(server.db.orm, { bureauId: demo.bureauId, branchIds: 'all' }),
    );
    expect(toClose.findingsToClose).toBe(1);
    expect(toClose.followUpsToAnswer.size).toBe(0);

    const closed = await ok<{ closeSpotCheckFollowUp: Item }>(
      server,
      CLOSE,
      { i: { itemId: bgsItem.id, note: '更正已生效' } },
      admin,
    );
    expect(closed.closeSpotCheckFollowUp.state).toBe('CLOSED');
    const audit = await server.db.ownerQuery<{ operation: string; branch_id: string }>(
      `select operation, branch_id from audit_entry where entity_id = $1 order by seq`,
      [bgsItem.id],
    );
    expect(audit.map((a) => a.operation)).toEqual([
      'spotCheck.finding',
      'spotCheck.answer',
      'spotCheck.close',
    ]);
    expect(audit.every((a) => a.branch_id === bgsItem.branch.id)).toBe(true);

    // The export lists what the reader may see, with each state in words.
    const rows = async (token: string) => {
      const file = await ok<{ spotCheckExcel: { fileName: string; contentBase64: string } }>(
        server,
        `query($id: ID!) { spotCheckExcel(id: $id) { fileName contentBase64 } }`,
        { id: check.id },
        token,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.spotCheckExcel.contentBase64, 'base64') as never);
      const sheet = workbook.worksheets[0]!;
      const out: string[][] = [];
      sheet.eachRow((row, n) => {
        if (n >= 5) out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
      });
      return out;
    };
    const all = await rows(admin);
    expect(all).toHaveLength(POPULATION);
    const closedRow = all.find((r) => r[9] === '学习强国截图与记录不符')!;
    expect(closedRow).toEqual(
      expect.arrayContaining([BGS, '已关闭', '记分员录入有误，已提出更正', '更正已生效']),
    );
    expect(all.some((r) => r[1] === CWC && r[8] === '核查无误')).toBe(true);
    const own = await rows(shuji1);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r[1] === BGS)).toBe(true);
  });

  it('shows a member nothing, and a malformed or foreign id as not found', async () => {
    const check = await draw({ size: 3 });
    const member = await server.login('dangyuan1');
    const list = await ok<{ spotChecks: unknown[] }>(server, '{ spotChecks { id } }', {}, member);
    expect(list.spotChecks).toEqual([]);
    expect((await refused(server, CHECK, { id: check.id }, member)).code).toBe('NOT_FOUND');
    // Malformed ids are refused at the edge, naming the argument; an unknown one is not found.
    expect(await refused(server, CHECK, { id: 'nope' }, admin)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    const e = await refused(server, CLOSE, { i: { itemId: '1; drop table x' } }, admin);
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringContaining('itemId') });
    const unknown = await refused(
      server,
      CLOSE,
      { i: { itemId: '00000000-0000-4000-8000-000000000000' } },
      admin,
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'itemId' });
    const analyst = await server.login('analyst');
    const item = check.items[0]!;
    const write = await refused(
      server,
      FINDING,
      { i: { itemId: item.id, discrepancy: false } },
      analyst,
    );
    expect(write.code).toBe('FORBIDDEN');
  });
});
