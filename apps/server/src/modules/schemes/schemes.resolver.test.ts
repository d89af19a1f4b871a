import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm } from '../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Scheme } from './scheme.entity.js';

let server: TestServer;
let bureauId: string;
let admin: string;

const CREATE = `mutation($year: Int!, $from: SchemeSource!) { createScheme(year: $year, from: $from) { id year version status revision definition } }`;
const UPDATE = `mutation($id: ID!, $d: JSON!, $r: Int!) { updateSchemeDraft(id: $id, definition: $d, expectedRevision: $r) { id revision } }`;
const PUBLISH = `mutation($id: ID!, $r: Int!) { publishScheme(id: $id, expectedRevision: $r) { id status version publishedAt } }`;

type SchemeRow = {
  id: string;
  revision: number;
  version: number;
  status: string;
  definition: Record<string, unknown>;
};

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  ({ bureauId } = await demoLookup(server.db));
  admin = await server.login('admin');
});
afterAll(() => server.close());

describe('yearly schemes', () => {
  it('creates a draft from the 2021 default, refuses an invalid edit with every problem, publishes it', async () => {
    const created = await server.gql<{ createScheme: SchemeRow }>(
      CREATE,
      { year: 2027, from: 'DEFAULT_2021' },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const draft = created.data!.createScheme;
    expect(draft).toMatchObject({ version: 1, status: 'DRAFT' });
    expect(draft.definition['firstMonth']).toBe(1);

    const broken = structuredClone(draft.definition) as {
      sections: { base: { cap: string; categories: { weight: string }[] } };
    };
    broken.sections.base.categories[0]!.weight = '-5';
    const refused = await server.gql(UPDATE, { id: draft.id, d: broken, r: draft.revision }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'definition.sections.base.categories[0].weight',
    });
    const problems = (
      refused.errors?.[0]?.extensions?.['details'] as {
        problems: { path: string; messageZh: string }[];
      }
    ).problems;
    expect(problems.length).toBeGreaterThan(0);

    const published = await server.gql<{ publishScheme: { status: string } }>(
      PUBLISH,
      { id: draft.id, r: draft.revision },
      admin,
    );
    expect(published.data?.publishScheme.status).toBe('PUBLISHED');
    const again = await server.gql(
      UPDATE,
      { id: draft.id, d: draft.definition, r: draft.revision + 1 },
      admin,
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('corrects a published year with a new version, an effective month and a reason; scores name it', async () => {
    const noReason = await server.gql(
      `mutation { createSchemeCorrection(year: 2026, effectiveFromMonth: "2026-07", reason: " ") { id } }`,
      {},
      admin,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const correction = await server.gql<{ createSchemeCorrection: SchemeRow }>(
      `mutation { createSchemeCorrection(year: 2026, effectiveFromMonth: "2026-07", reason: "党费逾期扣分改为每月 2 分") { id version revision definition } }`,
      {},
      admin,
    );
    const v2 = correction.data!.createSchemeCorrection;
    expect(v2.version).toBe(2);
    const def = structuredClone(v2.definition) as {
      sections: {
        base: { categories: { items: { code: string; rule: Record<string, unknown> }[] }[] };
      };
    };
    def.sections.base.categories[1]!.items.find((i) => i.code === 'dues')!.rule[
      'latePenaltyPerMonth'
    ] = '2';
    const saved = await server.gql<{ updateSchemeDraft: { revision: number } }>(
      UPDATE,
      { id: v2.id, d: def, r: v2.revision },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    type Stored = { id: string; period: string; member_id: string; v: number; at: Date };
    const stored = () =>
      server.db.ownerQuery<Stored>(
        `select id, period, member_id, scheme_version as v, computed_at as at from score_summary
          where bureau_id = $1 and year = 2026 order by period, member_id`,
        [bureauId],
      );
    const before = await stored();
    const published = await server.gql(
      PUBLISH,
      { id: v2.id, r: saved.data!.updateSchemeDraft.revision },
      admin,
    );
    expect(published.errors).toBeUndefined();
    // In force from July: the first two quarters keep the summaries version 1 scored, untouched;
    // the year and the quarters from July on are rewritten under version 2.
    const after = await stored();
    const firstHalf = (rows: Stored[]) =>
      rows.filter((r) => r.period === 'q1' || r.period === 'q2');
    expect(firstHalf(before).length).toBeGreaterThan(0);
    expect(firstHalf(after)).toEqual(firstHalf(before));
    expect(firstHalf(after).every((r) => r.v === 1)).toBe(true);
    const rest = after.filter((r) => !firstHalf(after).includes(r));
    expect(rest.filter((r) => r.period === 'year').length).toBe(
      before.filter((r) => r.period === 'year').length,
    );
    expect(rest.every((r) => r.v === 2)).toBe(true);

    const em = bureauEm(server.db, bureauId);
    const versions = await em.find(Scheme, { year: 2026 }, { orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    const office = await branchByName(em, '办公室党支部');
    const q = `query($id: ID!, $quarter: Int) { memberScore(memberId: $id, year: 2026, quarter: $quarter) { schemeVersion } }`;
    const list = await server.gql<{
      scoreList: { edges: { node: { memberId: string; schemeVersion: number } }[] };
    }>(
      `{ scoreList(filter: { year: 2026, branchId: "${office.id}" }, first: 1) { edges { node { memberId schemeVersion } } } }`,
      {},
      admin,
    );
    const first = list.data!.scoreList.edges[0]!.node;
    expect(first.schemeVersion).toBe(2);
    const q1 = await server.gql<{ memberScore: { schemeVersion: number } }>(
      q,
      { id: first.memberId, quarter: 1 },
      admin,
    );
    expect(q1.data!.memberScore.schemeVersion).toBe(1);
    const q3 = await server.gql<{ memberScore: { schemeVersion: number } }>(
      q,
      { id: first.memberId, quarter: 3 },
      admin,
    );
    expect(q3.data!.memberScore.schemeVersion).toBe(2);
    expect(await em.count(AuditEntry, { operation: 'scheme.publish' })).toBe(2);
  });

  it('applies a branch-chosen item only after the committee approves it, with the reason recorded', async () => {
    const em = bureauEm(server.db, bureauId);
    const finance = await branchByName(em, '财务处党支部');
    const shuji2 = await server.login('shuji2');
    const proposed = await server.gql<{
      proposeBranchItem: { id: string; itemCode: string; status: string; version: number };
    }>(
      `mutation($b: ID!) { proposeBranchItem(input: { branchId: $b, year: 2026, code: "audit-help", nameZh: "协助内部审计",
        nameEn: "Internal audit help", unitPoints: "2", cap: "4", evidenceZh: "审计工作记录", reason: "围绕中心工作" }) { id itemCode status version } }`,
      { b: finance.id },
      shuji2,
    );
    expect(proposed.data?.proposeBranchItem).toMatchObject({
      itemCode: 'cwc-audit-help',
      status: 'PROPOSED',
    });
    const byBranch = await server.gql(
      `mutation($id: ID!) { decideBranchItem(id: $id, approve: true, reason: "同意", expectedVersion: 1) { status } }`,
      { id: proposed.data!.proposeBranchItem.id },
      shuji2,
    );
    expect(byBranch.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const noReason = await server.gql(
      `mutation($id: ID!) { decideBranchItem(id: $id, approve: true, reason: "", expectedVersion: 1) { status } }`,
      { id: proposed.data!.proposeBranchItem.id },
      admin,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const approved = await server.gql<{
      decideBranchItem: { status: string; decisionReason: string };
    }>(
      `mutation($id: ID!) { decideBranchItem(id: $id, approve: true, reason: "符合中心工作导向", expectedVersion: 1) { status decisionReason } }`,
      { id: proposed.data!.proposeBranchItem.id },
      admin,
    );
    expect(approved.data?.decideBranchItem).toEqual({
      status: 'APPROVED',
      decisionReason: '符合中心工作导向',
    });
    const sheet = await server.gql<{ monthlySheet: { columns: { itemCode: string }[] } }>(
      `query($b: ID!) { monthlySheet(branchId: $b, month: "2026-05") { columns { itemCode } } }`,
      { b: finance.id },
      shuji2,
    );
    expect(sheet.data!.monthlySheet.columns.map((c) => c.itemCode)).toContain('cwc-audit-help');
  });

  it('names the statuses of versions and proposals in the language the client asks for', async () => {
    const QUERY = `{
      schemes(year: 2026) { status statusLabel origin originLabel }
      branchItemProposals(year: 2026) { itemCode status statusLabel }
      branchItemProposalStatuses { status label }
    }`;
    type Answer = {
      schemes: { status: string; statusLabel: string; origin: string; originLabel: string }[];
      branchItemProposals: { itemCode: string; status: string; statusLabel: string }[];
      branchItemProposalStatuses: { status: string; label: string }[];
    };
    const read = async (language?: string): Promise<Answer> =>
      (await server.gql<Answer>(QUERY, {}, admin, language)).data!;
    const labels = (a: Answer) => ({
      schemes: Object.fromEntries(a.schemes.map((v) => [v.status, v.statusLabel])),
      origins: Object.fromEntries(a.schemes.map((v) => [v.origin, v.originLabel])),
      proposal: a.branchItemProposals.find((p) => p.itemCode === 'cwc-audit-help')?.statusLabel,
      filters: a.branchItemProposalStatuses.map((c) => [c.status, c.label]),
    });
    // The year was corrected above: one version in force, the one before it superseded.
    expect(labels(await read())).toEqual({
      schemes: { PUBLISHED: '现行', SUPERSEDED: '已被取代' },
      origins: { 'default-2021': '2021 年默认方案', correction: '修订' },
      proposal: '已批准',
      filters: [
        ['PROPOSED', '待审批'],
        ['APPROVED', '已批准'],
        ['REJECTED', '未批准'],
      ],
    });
    expect(labels(await read('en'))).toEqual({
      schemes: { PUBLISHED: 'In force', SUPERSEDED: 'Superseded' },
      origins: { 'default-2021': 'The 2021 default', correction: 'A correction' },
      proposal: 'Approved',
      filters: [
        ['PROPOSED', 'Pending'],
        ['APPROVED', 'Approved'],
        ['REJECTED', 'Rejected'],
      ],
    });
  });

  it('analyses the summaries once a publication has rewritten them, so reads are planned on them', async () => {
    const analyses = async () =>
      Number(
        (
          await server.db.ownerQuery<{ n: string }>(
            `select analyze_count as n from pg_stat_user_tables where relname = 'score_summary'`,
          )
        )[0]!.n,
      );
    // Earlier publications' analyses are over (and counted) before this one's.
    await server.app.statistics.settled();
    const before = await analyses();
    const draft = (
      await server.gql<{ createScheme: SchemeRow }>(
        CREATE,
        { year: 2029, from: 'DEFAULT_2021' },
        admin,
      )
    ).data!.createScheme;
    const published = await server.gql(PUBLISH, { id: draft.id, r: draft.revision }, admin);
    expect(published.errors).toBeUndefined();
    await server.app.statistics.settled();
    expect(await analyses()).toBe(before + 1);
  });
});
