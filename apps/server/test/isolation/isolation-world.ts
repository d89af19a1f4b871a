import { seedDemoBureau, seedOtherBureau, OTHER_BUREAU_PREFIX } from '../factories/demo.js';
import { seedCycleRows, type CycleRows } from '../factories/cycle-rows.js';
import { demoLookup } from '../factories/demo-lookup.js';
import type { TestServer } from '../test-server.js';

/** Rows of one tenant the probes aim at, and every id whose appearance in a response is a leak. */
export type Target = {
  kind: 'another-branch' | 'another-bureau' | 'own-bureau-read-only';
  bureauId: string;
  branch: { id: string; name: string };
  member: string;
  group: string;
  user: string;
  roleAssignment: string;
  /** Ids that must never appear in what the prober gets back. */
  leakIds: ReadonlySet<string>;
  /** Logs in as someone entitled to the target, for the control runs of read probes. */
  ownerLogin: string;
  /** The assessment cycle's rows in the target's branch (test/factories/cycle-rows.ts). */
  cycle: CycleRows;
};

/** The prober's own side: rows it is entitled to, used as the "own" half of mixed requests. */
export type Own = {
  login: string;
  token: string;
  userId: string;
  branch: string;
  otherBranch: string;
  member: string;
  group: string;
};

export type Prober = Own & { targets: Target[] };

type Ids = { id: string }[];

/**
 * Two bureaus seeded alike; in the first, 资产管理处 (ZCC) is the branch none of the demo branch
 * roles belongs to. A ZCC member gets an account and role so that every kind of row exists there,
 * and two transfers make rows that point across the branch wall (a member whose earlier months
 * are in another branch).
 */
export async function buildWorld(server: TestServer): Promise<Prober[]> {
  await seedDemoBureau(server.db);
  await seedOtherBureau(server.db);
  const a = await demoLookup(server.db, 'CZJGSW');
  const b = await demoLookup(server.db, 'WXJGSW');
  const admin = await server.login('admin');
  const zcc = a.branch('ZCC');

  const call = async (query: string, variables: Record<string, unknown>, token = admin) => {
    const res = await server.gql<Record<string, { id: string }>>(query, variables, token);
    if (res.errors) throw new Error(`world set-up failed: ${JSON.stringify(res.errors)}`);
    return Object.values(res.data!)[0]!;
  };
  // An account and a role in ZCC, so users and role assignments exist behind the branch wall.
  const [zccMember, zccSecond] = await a.members('ZCC');
  const zccUser = await call('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: {
      loginName: 'zcc.secretary',
      displayName: 'ZCC',
      password: 'Zcc12345',
      memberId: zccMember!.id,
    },
  });
  const zccGrant = await call('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
    i: { userId: zccUser.id, role: 'SECRETARY', branchId: zcc.id },
  });
  // A member moved out of BGS into ZCC (BGS keeps January–March), and one moved from ZCC into BGS.
  const [, , , , , , bgsMover] = await a.members('BGS');
  await call('mutation($i: TransferMemberInput!) { transferMember(input: $i) { id } }', {
    i: { memberId: bgsMover!.id, toBranchId: zcc.id, month: '2026-04' },
  });
  await call('mutation($i: TransferMemberInput!) { transferMember(input: $i) { id } }', {
    i: { memberId: zccSecond!.id, toBranchId: a.branch('BGS').id, month: '2026-04' },
  });
  // A row of every assessment-cycle table behind each wall (and in BGS, for read-only probes).
  const [bBranch] = b.branches;
  const zccCycle = await seedCycleRows(server.db, a.bureauId, zcc.id);
  const bgsCycle = await seedCycleRows(server.db, a.bureauId, a.branch('BGS').id, {
    amendment: true,
  });
  const bCycle = await seedCycleRows(server.db, b.bureauId, bBranch!.id, { amendment: true });
  // Sessions and audit entries in the other bureau too.
  await server.login(`${OTHER_BUREAU_PREFIX}admin`);

  const q = server.db.ownerQuery;
  const ids = async (sql: string, params: unknown[]) =>
    new Set((await q<{ id: string }>(sql, params)).map((r) => r.id));
  const branchLeaks = await ids(
    `select id from member where branch_id = $1
     union select id from party_group where branch_id = $1
     union select id from membership where branch_id = $1
     union select id from role_assignment where branch_id = $1
     union select u.id from user_account u join member m on m.bureau_id = u.bureau_id and m.id = u.member_id where m.branch_id = $1`,
    [zcc.id],
  );
  for (const [key, id] of Object.entries(zccCycle))
    if (key !== 'amendment' && id) branchLeaks.add(id);
  const tables = await q<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id'
     intersect select table_name from information_schema.columns where table_schema = 'public' and column_name = 'bureau_id'`,
  );
  const bureauLeaks = new Set<string>([b.bureauId]);
  for (const { table_name } of tables)
    for (const id of await ids(`select id::text from "${table_name}" where bureau_id = $1`, [
      b.bureauId,
    ]))
      bureauLeaks.add(id);

  const first = async (sql: string, params: unknown[]) =>
    (await q<{ id: string }>(sql, params))[0]!.id;
  const anotherBranch: Target = {
    kind: 'another-branch',
    bureauId: a.bureauId,
    branch: { id: zcc.id, name: zcc.name },
    member: zccMember!.id,
    group: (await a.groups('ZCC'))[0]!.id,
    user: zccUser.id,
    roleAssignment: zccGrant.id,
    leakIds: branchLeaks,
    ownerLogin: 'zcc.secretary',
    cycle: zccCycle,
  };
  const anotherBureau: Target = {
    kind: 'another-bureau',
    bureauId: b.bureauId,
    branch: { id: bBranch!.id, name: bBranch!.name },
    member: (await b.members(bBranch!.code))[0]!.id,
    group: (await b.groups(bBranch!.code))[0]!.id,
    user: await b.userId(`${OTHER_BUREAU_PREFIX}shuji1`),
    roleAssignment: await first(
      'select id from role_assignment where bureau_id = $1 and branch_id = $2',
      [b.bureauId, bBranch!.id],
    ),
    leakIds: bureauLeaks,
    ownerLogin: `${OTHER_BUREAU_PREFIX}admin`,
    cycle: bCycle,
  };
  const bgs = a.branch('BGS');
  const ownBureau: Target = {
    kind: 'own-bureau-read-only',
    bureauId: a.bureauId,
    branch: { id: bgs.id, name: bgs.name },
    member: (await a.members('BGS'))[0]!.id,
    group: (await a.groups('BGS'))[0]!.id,
    user: await a.userId('dangyuan1'),
    roleAssignment: await first('select id from role_assignment where branch_id = $1', [bgs.id]),
    leakIds: new Set(),
    ownerLogin: 'admin',
    cycle: bgsCycle,
  };

  const prober = async (login: string, branchCode: string, targets: Target[]): Promise<Prober> => {
    const members = await a.members(branchCode);
    return {
      login,
      token: await server.login(login),
      userId: await a.userId(login),
      branch: a.branch(branchCode).id,
      otherBranch: a.branch('GWC').id,
      member: members.at(-1)!.id,
      group: (await a.groups(branchCode))[0]!.id,
      targets,
    };
  };
  const branchTargets = [anotherBranch, anotherBureau];
  return [
    await prober('admin', 'BGS', [anotherBureau]),
    await prober('analyst', 'BGS', [anotherBureau, ownBureau]),
    await prober('shuji1', 'BGS', branchTargets),
    await prober('zhiwei1', 'BGS', branchTargets),
    await prober('jifenyuan1', 'BGS', branchTargets),
    await prober('zuzhang1', 'BGS', branchTargets),
    await prober('dangyuan1', 'BGS', branchTargets),
    await prober('shuji2', 'CWC', branchTargets),
  ];
}

/**
 * A fingerprint of every table as the owner sees it: a refused request must leave every one of
 * them exactly as it was (no row written, no audit entry, nothing half-done).
 */
export async function snapshot(server: TestServer): Promise<Map<string, string>> {
  const tables = await server.db.ownerQuery<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
     and table_name <> 'mikro_orm_migrations' order by table_name`,
  );
  const sql = tables
    .map(
      ({ table_name }) =>
        `select '${table_name}' as t, md5(coalesce(string_agg(x::text, '|' order by x.ctid), '')) as h from "${table_name}" x`,
    )
    .join(' union all ');
  const rows = await server.db.ownerQuery<{ t: string; h: string }>(sql);
  return new Map(rows.map((r) => [r.t, r.h]));
}

export type { Ids };
