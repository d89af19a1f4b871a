import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

/**
 * A summary stores its categories and items as `[code, value, exact]`; GraphQL names them from
 * the scheme version the row was scored under, and only when a query asks for the names.
 */
let server: TestServer;
let bureauId: string;
let admin: string;

type Named = { code: string; nameZh: string; nameEn: string; value: string; exact: string };
type Definition = {
  sections: {
    base: { categories: { code: string; nameZh: string; nameEn: string }[] };
    special: { items: { code: string; nameZh: string; nameEn: string }[] };
  };
};

const ROSTER = `query($b: ID!) { members(branchId: $b) {
  id
  year: score(year: 2026) {
    categories { code nameZh nameEn value exact } specialItems { code nameZh nameEn value exact }
  }
  q1: score(year: 2026, quarter: 1) { categories { code nameZh } }
} }`;
type Roster = {
  members: {
    id: string;
    year: { categories: Named[]; specialItems: Named[] } | null;
    q1: { categories: { code: string; nameZh: string }[] } | null;
  }[];
};

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  ({ bureauId } = await demoLookup(server.db));
  admin = await server.login('admin');
}, 120_000);
afterAll(() => server.close());

/** A year summary as stored, with the definition of the version that scored it. */
async function storedYear() {
  const [row] = await server.db.ownerQuery<{
    member_id: string;
    branch_id: string;
    categories: unknown[];
    special_items: unknown[];
    definition: Definition;
  }>(
    `select s.member_id, s.branch_id, s.categories, s.special_items, sc.definition
       from score_summary s join scheme sc on sc.bureau_id = s.bureau_id and sc.id = s.scheme_id
      where s.bureau_id = $1 and s.year = 2026 and s.period = 'year'
      order by s.member_id limit 1`,
    [bureauId],
  );
  return row!;
}

async function roster(branchId: string, memberId: string) {
  const res = await server.gql<Roster>(ROSTER, { b: branchId }, admin);
  expect(res.errors).toBeUndefined();
  return res.data!.members.find((m) => m.id === memberId)!;
}

describe('a summary’s categories and items', () => {
  it('are stored as code, value and exact value, and named from the scheme on reading', async () => {
    const row = await storedYear();
    const { categories, items } = {
      categories: row.definition.sections.base.categories,
      items: row.definition.sections.special.items,
    };
    expect(row.categories).toHaveLength(categories.length);
    for (const part of [...row.categories, ...row.special_items]) {
      expect(part).toEqual([expect.any(String), expect.any(String), expect.any(String)]);
    }
    expect(JSON.stringify(row.categories)).not.toContain(categories[0]!.nameZh);

    const member = await roster(row.branch_id, row.member_id);
    const named = (stored: unknown[], defs: typeof categories) =>
      (stored as [string, string, string][]).map(([code, value, exact]) => {
        const def = defs.find((d) => d.code === code)!;
        return { code, nameZh: def.nameZh, nameEn: def.nameEn, value, exact };
      });
    expect(member.year!.categories).toEqual(named(row.categories, categories));
    // The year's approved branch items are named as the committee approved them.
    const approved = await server.db.ownerQuery<{ item: (typeof items)[number] }>(
      `select item from branch_item_proposal where bureau_id = $1 and year = 2026 and status = 'approved'`,
      [bureauId],
    );
    expect(approved.length).toBeGreaterThan(0);
    expect(member.year!.specialItems).toEqual(
      named(row.special_items, [...items, ...approved.map((a) => a.item)]),
    );
    expect(member.year!.categories.map((c) => c.code)).toEqual(categories.map((c) => c.code));
  });

  it('are named for a branch’s secretary too, another branch’s approved item included', async () => {
    // Every summary lists every approved branch item of the year, whoever's branch it is.
    const [other] = await server.db.ownerQuery<{ code: string; name: string; branch_id: string }>(
      `select item_code as code, item->>'nameZh' as name, branch_id from branch_item_proposal
        where bureau_id = $1 and year = 2026 and status = 'approved' limit 1`,
      [bureauId],
    );
    const [branch] = await server.db.ownerQuery<{ id: string }>(
      `select r.branch_id as id from role_assignment r
         join user_account u on u.bureau_id = r.bureau_id and u.id = r.user_id
        where r.bureau_id = $1 and u.login_name = 'shuji2' and r.branch_id is not null`,
      [bureauId],
    );
    expect(branch!.id).not.toBe(other!.branch_id);
    const res = await server.gql<{
      members: { score: { specialItems: { code: string; nameZh: string }[] } | null }[];
    }>(
      `query($b: ID!) { members(branchId: $b) { score(year: 2026) { specialItems { code nameZh } } } }`,
      { b: branch!.id },
      await server.login('shuji2'),
    );
    expect(res.errors).toBeUndefined();
    const scored = res.data!.members.find((m) => m.score)!;
    expect(scored.score!.specialItems).toContainEqual({ code: other!.code, nameZh: other!.name });
  });

  it('are named by the version each period was scored under', async () => {
    const row = await storedYear();
    const first = row.definition.sections.base.categories[0]!;
    const created = await server.gql<{
      createSchemeCorrection: { id: string; revision: number; definition: Definition };
    }>(
      `mutation { createSchemeCorrection(year: 2026, effectiveFromMonth: "2026-07", reason: "类别更名") { id revision definition } }`,
      {},
      admin,
    );
    expect(created.errors).toBeUndefined();
    const draft = created.data!.createSchemeCorrection;
    const renamed = structuredClone(draft.definition);
    renamed.sections.base.categories[0]!.nameZh = `${first.nameZh}（更名）`;
    renamed.sections.base.categories[0]!.nameEn = `${first.nameEn} (renamed)`;
    const saved = await server.gql<{ updateSchemeDraft: { revision: number } }>(
      `mutation($id: ID!, $d: JSON!, $r: Int!) { updateSchemeDraft(id: $id, definition: $d, expectedRevision: $r) { revision } }`,
      { id: draft.id, d: renamed, r: draft.revision },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    const published = await server.gql(
      `mutation($id: ID!, $r: Int!) { publishScheme(id: $id, expectedRevision: $r) { version } }`,
      { id: draft.id, r: saved.data!.updateSchemeDraft.revision },
      admin,
    );
    expect(published.errors).toBeUndefined();

    // The first quarter keeps version 1 and its name; the year is version 2's.
    const member = await roster(row.branch_id, row.member_id);
    expect(member.q1!.categories[0]).toEqual({ code: first.code, nameZh: first.nameZh });
    expect(member.year!.categories[0]).toMatchObject({
      code: first.code,
      nameZh: `${first.nameZh}（更名）`,
      nameEn: `${first.nameEn} (renamed)`,
    });
    // Statistics and the ranking name it as the year's latest version does.
    const stats = await server.gql<{
      scoreStatistics: { groups: { key: { partCode: string; partNameZh: string } }[] };
    }>(
      `{ scoreStatistics(filter: { year: 2026 }, groupBy: [CATEGORY]) { groups { key { partCode partNameZh } } } }`,
      {},
      admin,
    );
    expect(stats.errors).toBeUndefined();
    expect(
      stats.data!.scoreStatistics.groups.find((g) => g.key.partCode === first.code)?.key.partNameZh,
    ).toBe(`${first.nameZh}（更名）`);
    const ranking = await server.gql<{
      scoreList: { edges: { node: { categories: { code: string; nameEn: string }[] } }[] };
    }>(
      `{ scoreList(filter: { year: 2026 }, first: 3) { edges { node { categories { code nameEn } } } } }`,
      {},
      admin,
    );
    expect(ranking.errors).toBeUndefined();
    expect(ranking.data!.scoreList.edges[0]!.node.categories[0]).toEqual({
      code: first.code,
      nameEn: `${first.nameEn} (renamed)`,
    });
  });
});
