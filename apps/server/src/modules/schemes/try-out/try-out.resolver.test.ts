import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scheme as SchemeDefinition } from '@jifen/scoring';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  approveYear,
  branchByName,
  bureauEm,
  createBranch,
  createMember,
  moveMember,
  publishDefaultScheme,
  recordMonthsThrough,
  recordAcceptedDeclaration,
  recordDues,
  recordQuota,
} from '../../../../test/factories/ledger.js';
import { readWorkbook } from '../../../../test/factories/roster-workbook.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { DutyStatus } from '../../ledger/duty-entry.entity.js';
import type { Member } from '../../org/members/member.entity.js';
import { schemeFromDefault } from '../scheme-templates.js';

// Last year's records (2025, scored whole) tried with next year's draft.
const RECORDS = 2025;
let server: TestServer;
let tried: Record<string, Member>;
let officeMember: Member;
let branchId: string;
// A year in progress in these tests: recorded through June, not yet approved.
const RUNNING = 2023;
let runningMember: Member;
// Moved in December to the running branch from one that has approved its 2023.
let movedMember: Member;

/** Dues on time and full 学习强国 / 每日一题 every month: the whole base section (70). */
async function fullBase(em: Parameters<typeof recordDues>[0], member: Member) {
  for (let m = 1; m <= 12; m++) {
    const month = `${RECORDS}-${String(m).padStart(2, '0')}`;
    await recordDues(em, member, month, DutyStatus.ON_TIME);
    await recordQuota(em, member, month, 'study-app-login', '31');
    await recordQuota(em, member, month, 'daily-question', '15');
  }
}

/** The 2021 default with 志愿服务 worth 2 points instead of 5. */
function volunteerDraft(year: number): SchemeDefinition {
  const draft = schemeFromDefault(year);
  const item = draft.sections.special.items.find((i) => i.code === 'volunteer-service')!;
  item.rule = { kind: 'declaration', unitPoints: '2' };
  item.cap = '2';
  return draft;
}

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  const { bureauId } = await demoLookup(server.db);
  const em = bureauEm(server.db, bureauId);
  await publishDefaultScheme(em, bureauId, RECORDS);
  const branch = await createBranch(em, bureauId, '试算支部', 'tryout');
  branchId = branch.id;
  const from = `${RECORDS}-01`;
  const names = ['甲满分双申报', '乙网格', '丙志愿', '丁缺学习志愿', '戊无申报'];
  tried = {};
  for (const name of names) tried[name] = await createMember(em, branch, name, { from });
  for (const name of ['甲满分双申报', '乙网格', '丙志愿', '戊无申报'])
    await fullBase(em, tried[name]!);
  for (let m = 1; m <= 12; m++)
    await recordDues(
      em,
      tried['丁缺学习志愿']!,
      `${RECORDS}-${String(m).padStart(2, '0')}`,
      DutyStatus.ON_TIME,
    );
  await recordAcceptedDeclaration(em, tried['甲满分双申报']!, '2025-05', 'volunteer-service', '5');
  await recordAcceptedDeclaration(em, tried['甲满分双申报']!, '2025-06', 'grid-work', '5');
  await recordAcceptedDeclaration(em, tried['乙网格']!, '2025-06', 'grid-work', '5');
  await recordAcceptedDeclaration(em, tried['丙志愿']!, '2025-07', 'volunteer-service', '5');
  await recordAcceptedDeclaration(em, tried['丁缺学习志愿']!, '2025-07', 'volunteer-service', '5');
  const office = await branchByName(em, '办公室党支部');
  officeMember = await createMember(em, office, '办公室试算', { from });
  await fullBase(em, officeMember);
  // 2025 is over: recorded and approved, so it is tried by its final results.
  await approveYear(em, branch, RECORDS);
  await approveYear(em, office, RECORDS);

  // 2023 is still running in this test: one branch has recorded January–June, nothing approved.
  await publishDefaultScheme(em, bureauId, RUNNING);
  const running = await createBranch(em, bureauId, '进行中支部', 'running');
  runningMember = await createMember(em, running, '己进行中', { from: `${RUNNING}-01` });
  for (let m = 1; m <= 6; m++) {
    const month = `${RUNNING}-${String(m).padStart(2, '0')}`;
    await recordDues(em, runningMember, month, DutyStatus.ON_TIME);
    await recordQuota(em, runningMember, month, 'study-app-login', '31');
    await recordQuota(em, runningMember, month, 'daily-question', '15');
  }
  await recordAcceptedDeclaration(em, runningMember, `${RUNNING}-03`, 'volunteer-service', '5');
  await recordMonthsThrough(em, running, `${RUNNING}-06`);
  // Scored through November in a branch that has approved its year; the running branch has not
  // recorded December: the year is final, as the member's own scores show it.
  const approved = await createBranch(em, bureauId, '已审定支部', 'approved');
  movedMember = await createMember(em, approved, '庚十二月调入', { from: `${RUNNING}-01` });
  for (let m = 1; m <= 11; m++) {
    const month = `${RUNNING}-${String(m).padStart(2, '0')}`;
    await recordDues(em, movedMember, month, DutyStatus.ON_TIME);
    await recordQuota(em, movedMember, month, 'study-app-login', '31');
    await recordQuota(em, movedMember, month, 'daily-question', '15');
  }
  await recordAcceptedDeclaration(em, movedMember, `${RUNNING}-04`, 'volunteer-service', '5');
  await approveYear(em, approved, RUNNING);
  await moveMember(em, movedMember, running, `${RUNNING}-12`);
});
afterAll(() => server.close());

const TRY_OUT = `query($d: SchemeDraftInput!, $m: ID!, $y: Int!, $q: Int) {
  schemeTryOut(draft: $d, memberId: $m, recordsYear: $y, quarter: $q) {
    recordsYear asOf delta
    current { schemeVersion total { value } special { value } outcome { band } }
    draft { schemeVersion total { value } special { value } outcome { band } warnings { code } }
    lines { change changeLabel current { itemCode points textZh } draft { itemCode points textZh } }
  }
}`;

type TryOut = {
  schemeTryOut: {
    asOf: string;
    delta: string;
    current: { total: { value: string }; outcome: { band: string } };
    draft: { total: { value: string }; outcome: { band: string }; warnings: { code: string }[] };
    lines: {
      change: string;
      changeLabel: string;
      current: { itemCode: string; points: string; textZh: string } | null;
      draft: { itemCode: string; points: string; textZh: string } | null;
    }[];
  };
};

const WHAT_IF = `query($d: SchemeDraftInput!, $y: Int!) {
  schemeWhatIf(draft: $d, recordsYear: $y) {
    asOf currentVersion draftYear
    members { memberId name branchId current draft delta currentBand draftBand changed }
    branches { branchId members meanCurrent meanDraft meanShift changed bandChanged
      bands { band current draft movedIn movedOut } distribution { from to current draft } }
    bureau { members bandChanged }
  }
}`;

type WhatIf = {
  schemeWhatIf: {
    asOf: string;
    draftYear: number;
    members: {
      memberId: string;
      name: string;
      branchId: string;
      current: string;
      draft: string;
      delta: string;
      currentBand: string;
      draftBand: string;
      changed: boolean;
    }[];
    branches: {
      branchId: string;
      members: number;
      meanCurrent: string;
      meanDraft: string;
      meanShift: string;
      changed: number;
      bandChanged: number;
      bands: { band: string; current: number; draft: number; movedIn: number; movedOut: number }[];
      distribution: { from: number; current: number; draft: number }[];
    }[];
  };
};

const byName = (w: WhatIf['schemeWhatIf']) => new Map(w.members.map((m) => [m.name, m]));

describe('schemeTryOut', () => {
  it('scores a member’s real year under the draft beside the scheme in force, line by line', async () => {
    const token = await server.login('admin');
    const res = await server.gql<TryOut>(
      TRY_OUT,
      { d: { definition: volunteerDraft(2027) }, m: tried['甲满分双申报']!.id, y: RECORDS },
      token,
    );
    expect(res.errors).toBeUndefined();
    const t = res.data!.schemeTryOut;
    // 70 base + 5 网格 + 5 志愿 = 80 in force; the draft counts 志愿服务 at 2: 77.
    expect(t.asOf).toBe('2025-12');
    expect(t.current.total.value).toBe('80.00');
    expect(t.current.outcome.band).toBe('priorityCandidate');
    expect(t.draft.total.value).toBe('77.00');
    expect(t.draft.outcome.band).toBe('incentive');
    expect(t.delta).toBe('-3');
    expect(t.draft.warnings.map((w) => w.code)).toContain('schemeOfAnotherYear');
    const changed = t.lines.filter((l) => l.change !== 'SAME');
    // The declaration's line, and the lines that add up to the section and the total.
    const volunteer = changed.find((l) => l.current?.itemCode === 'volunteer-service')!;
    expect(volunteer.change).toBe('CHANGED');
    expect(volunteer.changeLabel).toBe('有变化');
    expect(volunteer.current!.points).toBe('5');
    expect(volunteer.draft!.points).toBe('2');
    expect(changed.filter((l) => l.current?.itemCode === 'grid-work')).toEqual([]);
    expect(
      t.lines.filter((l) => l.current?.itemCode === 'dues').every((l) => l.change === 'SAME'),
    ).toBe(true);
  });

  it('tries a quarter, and a saved draft by its id', async () => {
    const admin = await server.login('admin');
    const created = await server.gql<{ createScheme: { id: string; revision: number } }>(
      'mutation { createScheme(year: 2027, from: DEFAULT_2021) { id revision } }',
      {},
      admin,
    );
    const { id, revision } = created.data!.createScheme;
    const saved = await server.gql(
      'mutation($id: ID!, $r: Int!, $d: JSON!) { updateSchemeDraft(id: $id, expectedRevision: $r, definition: $d) { id } }',
      { id, r: revision, d: volunteerDraft(2027) },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    const res = await server.gql<TryOut>(
      TRY_OUT,
      { d: { schemeId: id }, m: tried['丙志愿']!.id, y: RECORDS, q: 3 },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const t = res.data!.schemeTryOut;
    // July's 志愿服务 falls in the third quarter: 5 in force, 2 under the draft.
    expect(t.delta).toBe('-3');
  });

  it('refuses an invalid draft with the problems, and a year without a scheme in force', async () => {
    const token = await server.login('admin');
    const bad = volunteerDraft(2027) as unknown as {
      sections: { special: { items: { cap: string }[] } };
    };
    bad.sections.special.items[1]!.cap = '-1';
    const invalid = await server.gql(
      TRY_OUT,
      { d: { definition: bad }, m: tried['甲满分双申报']!.id, y: RECORDS },
      token,
    );
    const error = invalid.errors![0]!;
    expect(error.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions!['field']).toBe('draft.definition.sections.special.items[1].cap');
    // The message names the field in words; the path is only in `field`.
    expect(error.message).toContain('特色分第 2 项的上限');
    expect(error.message).not.toContain('sections.');
    expect(
      (error.extensions!['details'] as { problems: unknown[] }).problems.length,
    ).toBeGreaterThan(0);

    const both = await server.gql(
      TRY_OUT,
      { d: {}, m: tried['甲满分双申报']!.id, y: RECORDS },
      token,
    );
    expect(both.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(both.errors![0]!.extensions!['field']).toBe('draft');

    const noScheme = await server.gql(
      WHAT_IF,
      { d: { definition: volunteerDraft(2027) }, y: 2024 },
      token,
    );
    expect(noScheme.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(noScheme.errors![0]!.extensions!['field']).toBe('recordsYear');
  });

  it('lets a secretary try out only their own branch’s members', async () => {
    const token = await server.login('shuji1');
    const own = await server.gql<TryOut>(
      TRY_OUT,
      { d: { definition: volunteerDraft(2027) }, m: officeMember.id, y: RECORDS },
      token,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.schemeTryOut.current.total.value).toBe('70.00');
    const other = await server.gql(
      TRY_OUT,
      { d: { definition: volunteerDraft(2027) }, m: tried['甲满分双申报']!.id, y: RECORDS },
      token,
    );
    expect(other.errors![0]!.extensions!['code']).toBe('NOT_FOUND');
    const whatIf = await server.gql(
      WHAT_IF,
      { d: { definition: volunteerDraft(2027) }, y: RECORDS },
      token,
    );
    expect(whatIf.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
  });
});

describe('schemeWhatIf', () => {
  it('moves exactly the members whose 志愿服务 points cross a band', async () => {
    const token = await server.login('admin');
    const res = await server.gql<WhatIf>(
      WHAT_IF,
      { d: { definition: volunteerDraft(2027) }, y: RECORDS },
      token,
    );
    expect(res.errors).toBeUndefined();
    const w = res.data!.schemeWhatIf;
    expect(w.asOf).toBe('2025-12');
    expect(w.draftYear).toBe(2027);
    const members = byName(w);
    const totals = (name: string) => {
      const m = members.get(name)!;
      return [m.current, m.draft, m.delta, m.currentBand, m.draftBand];
    };
    expect(totals('甲满分双申报')).toEqual([
      '80.00',
      '77.00',
      '-3',
      'PRIORITY_CANDIDATE',
      'INCENTIVE',
    ]);
    expect(totals('乙网格')).toEqual(['75.00', '75.00', '0', 'INCENTIVE', 'INCENTIVE']);
    expect(totals('丙志愿')).toEqual(['75.00', '72.00', '-3', 'INCENTIVE', 'INCENTIVE']);
    // Dues only: 43.75 of the base (学习 3.75, 组织生活 30, 政治表现 10).
    expect(totals('丁缺学习志愿')).toEqual(['48.75', '45.75', '-3', 'RED_WARNING', 'RED_WARNING']);
    expect(totals('戊无申报')).toEqual(['70.00', '70.00', '0', 'INCENTIVE', 'INCENTIVE']);
    const moved = w.members.filter((m) => m.currentBand !== m.draftBand).map((m) => m.name);
    expect(moved).toEqual(['甲满分双申报']);

    const branch = w.branches.find((b) => b.branchId === branchId)!;
    expect(branch.members).toBe(5);
    // (80 + 75 + 75 + 48.75 + 70) / 5 and (77 + 75 + 72 + 45.75 + 70) / 5.
    expect([branch.meanCurrent, branch.meanDraft, branch.meanShift]).toEqual([
      '69.75',
      '67.95',
      '-1.80',
    ]);
    expect([branch.changed, branch.bandChanged]).toEqual([3, 1]);
    const band = (b: string) => branch.bands.find((x) => x.band === b)!;
    expect(band('PRIORITY_CANDIDATE')).toMatchObject({
      current: 1,
      draft: 0,
      movedIn: 0,
      movedOut: 1,
    });
    expect(band('INCENTIVE')).toMatchObject({ current: 3, draft: 4, movedIn: 1, movedOut: 0 });
    const bucket = (from: number) => branch.distribution.find((d) => d.from === from)!;
    expect(bucket(80)).toMatchObject({ current: 1, draft: 0 });
    expect(bucket(70)).toMatchObject({ current: 3, draft: 4 });
  });

  it('lets the analyst compare a saved draft and export the members who move, but not save', async () => {
    const token = await server.login('analyst');
    const drafts = await server.gql<{
      schemes: { id: string; revision: number; definition: unknown }[];
    }>('{ schemes(year: 2027) { id revision definition } }', {}, token);
    const draft = drafts.data!.schemes[0]!;
    const res = await server.gql<WhatIf>(WHAT_IF, { d: { schemeId: draft.id }, y: RECORDS }, token);
    expect(res.errors).toBeUndefined();
    expect(byName(res.data!.schemeWhatIf).get('甲满分双申报')!.draftBand).toBe('INCENTIVE');

    const file = await server.gql<{
      schemeWhatIfExport: { contentBase64: string; fileName: string };
    }>(
      `query($d: SchemeDraftInput!, $y: Int!) { schemeWhatIfExport(draft: $d, recordsYear: $y) { fileName contentBase64 } }`,
      { d: { schemeId: draft.id }, y: RECORDS },
      token,
    );
    expect(file.errors, JSON.stringify(file.errors)).toBeUndefined();
    expect(file.data!.schemeWhatIfExport.fileName).toMatch(/\.xlsx$/);
    const { rows } = await readWorkbook(file.data!.schemeWhatIfExport.contentBase64);
    expect(JSON.stringify(rows)).toContain('甲满分双申报');
    expect(JSON.stringify(rows)).not.toContain('丙志愿');

    const save = await server.gql(
      'mutation($id: ID!, $r: Int!, $d: JSON!) { updateSchemeDraft(id: $id, expectedRevision: $r, definition: $d) { id } }',
      { id: draft.id, r: draft.revision, d: draft.definition },
      token,
    );
    expect(save.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
  });

  it('compares a year still running by its projections, through the months recorded', async () => {
    const token = await server.login('admin');
    const res = await server.gql<{
      schemeWhatIf: WhatIf['schemeWhatIf'] & {
        provisional: boolean;
        members: { name: string; projected: boolean }[];
      };
    }>(
      `query($d: SchemeDraftInput!, $y: Int!) { schemeWhatIf(draft: $d, recordsYear: $y) {
        asOf provisional members { name current draft currentBand draftBand projected } } }`,
      { d: { definition: volunteerDraft(2027) }, y: RUNNING },
      token,
    );
    expect(res.errors).toBeUndefined();
    const w = res.data!.schemeWhatIf;
    expect(w.provisional).toBe(true);
    // The last month any branch has recorded: the approved branch's December.
    expect(w.asOf).toBe(`${RUNNING}-12`);
    // Only members whose branches have recorded months. The running one: 70 + 志愿服务 + the
    // assumed 合格 (7), not the 75 of a year that ended in June with no evaluation.
    expect(w.members).toEqual([
      // By name, in pinyin order: 庚 (gēng) before 己 (jǐ). This one is judged by the branch of
      // their last scored month (November), which has approved the year:
      // final, as their own score shows it, though their branch now is the running one.
      {
        name: '庚十二月调入',
        current: '75.00',
        draft: '72.00',
        currentBand: 'INCENTIVE',
        draftBand: 'INCENTIVE',
        projected: false,
      },
      {
        name: '己进行中',
        current: '82.00',
        draft: '79.00',
        currentBand: 'PRIORITY_CANDIDATE',
        draftBand: 'INCENTIVE',
        projected: true,
      },
    ]);
    const own = await server.gql<{
      memberScore: { provisional: boolean; total: { value: string }; outcome: { band: string } };
    }>(
      `query($id: ID!, $y: Int!) { memberScore(memberId: $id, year: $y) {
        provisional total { value } outcome { band } } }`,
      { id: movedMember.id, y: RUNNING },
      token,
    );
    expect(own.data!.memberScore).toEqual({
      provisional: false,
      total: { value: '75.00' },
      outcome: { band: 'incentive' },
    });
    const file = await server.gql<{ schemeWhatIfExport: { contentBase64: string } }>(
      `query($d: SchemeDraftInput!, $y: Int!) { schemeWhatIfExport(draft: $d, recordsYear: $y) { contentBase64 } }`,
      { d: { definition: volunteerDraft(2027) }, y: RUNNING },
      token,
    );
    const { header } = await readWorkbook(file.data!.schemeWhatIfExport.contentBase64);
    expect(header).toContain('现行方案预计总分');

    // A draft that says nothing of how a year in progress is projected cannot be compared on it.
    const unprojected = volunteerDraft(2027);
    delete unprojected.projection;
    const refused = await server.gql(
      `query($d: SchemeDraftInput!, $y: Int!) { schemeWhatIf(draft: $d, recordsYear: $y) { asOf } }`,
      { d: { definition: unprojected }, y: RUNNING },
      token,
    );
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'draft',
    });
    expect(refused.errors![0]!.message).toContain('尚未审定');
  });

  it('tries one member’s year still running as provisional, with its projection', async () => {
    const token = await server.login('admin');
    const res = await server.gql<{
      schemeTryOut: {
        asOf: string;
        current: {
          provisional: boolean;
          outcome: unknown;
          projection: { total: string; band: string };
        };
        draft: { provisional: boolean; projection: { total: string; band: string } };
      };
    }>(
      `query($d: SchemeDraftInput!, $m: ID!, $y: Int!) {
        schemeTryOut(draft: $d, memberId: $m, recordsYear: $y) { asOf
          current { provisional outcome { band } projection { total band } }
          draft { provisional projection { total band } } } }`,
      { d: { definition: volunteerDraft(2027) }, m: runningMember.id, y: RUNNING },
      token,
    );
    expect(res.errors).toBeUndefined();
    const t = res.data!.schemeTryOut;
    expect(t.asOf).toBe(`${RUNNING}-06`);
    expect(t.current).toMatchObject({
      provisional: true,
      outcome: null,
      projection: { total: '82.00', band: 'priorityCandidate' },
    });
    expect(t.draft).toMatchObject({
      provisional: true,
      projection: { total: '79.00', band: 'incentive' },
    });

    // The member who moved to the running branch in December: final, as in the what-if.
    const moved = await server.gql<{
      schemeTryOut: { current: { provisional: boolean; outcome: { band: string } | null } };
    }>(
      `query($d: SchemeDraftInput!, $m: ID!, $y: Int!) {
        schemeTryOut(draft: $d, memberId: $m, recordsYear: $y) {
          current { provisional outcome { band } } } }`,
      { d: { definition: volunteerDraft(2027) }, m: movedMember.id, y: RUNNING },
      token,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.schemeTryOut.current).toEqual({
      provisional: false,
      outcome: { band: 'incentive' },
    });
  });
});
