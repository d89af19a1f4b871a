import { OTHER_BUREAU_PREFIX } from '../factories/other-bureau.js';
import { demoLookup } from '../factories/demo-lookup.js';
import { seedAnnualRows, seedBranchLedgerRows, seedQuarterCycle } from './cycle-world.js';
import type { TestServer } from '../test-server.js';
import { installWriteCounters, writeCounts } from './write-counters.js';
import { sendReminders } from '../../src/modules/tasks/reminders/reminders.service.js';
import { seedSpotCheck } from './supervision-world.js';

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
  /** A row of each tenant table behind the wall (owner's view, snake_case), where one exists. */
  rows: Record<string, Record<string, unknown> | undefined>;
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
  // Both bureaus with the 2026 scheme and the January–October ledger: the server's database is
  // cloned from the 'two-bureaus' template.
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
      mustChangePassword: false,
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
  // Score summaries follow the transfers (the first ranking read refreshes them) before the
  // leak ids are taken: a transferred member's year belongs to the receiving branch.
  await call('query { scoreList(filter: { year: 2026 }, first: 1) { totalCount } }', {});
  // A branch committee member in ZCC, to start its quarter review.
  const zccCommitteeUser = await call(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: {
        loginName: 'zcc.committee',
        displayName: 'ZCC 支委',
        password: 'Zcc12345',
        mustChangePassword: false,
      },
    },
  );
  await call('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
    i: { userId: zccCommitteeUser.id, role: 'BRANCH_COMMITTEE', branchId: zcc.id },
  });
  // Sessions and audit entries in the other bureau too.
  const bAdmin = await server.login(`${OTHER_BUREAU_PREFIX}admin`);
  // The first quarter's review, its notice, an objection and a correction in ZCC and in bureau B.
  const [bBranch] = b.branches;
  const cycleCall = (query: string, variables: Record<string, unknown>, token: string) =>
    call(query, variables, token);
  const zccSecretary = await server.login('zcc.secretary', 'Zcc12345');
  await seedQuarterCycle(
    server,
    cycleCall,
    zcc.id,
    { secretary: zccSecretary, committee: await server.login('zcc.committee', 'Zcc12345'), admin },
    '2026-12-26',
  );
  await seedBranchLedgerRows(cycleCall, zcc.id, zccMember!.id, { member: zccSecretary, admin });
  await seedQuarterCycle(
    server,
    cycleCall,
    bBranch!.id,
    {
      secretary: await server.login(`${OTHER_BUREAU_PREFIX}shuji1`),
      committee: await server.login(`${OTHER_BUREAU_PREFIX}zhiwei1`),
      admin: bAdmin,
    },
    '2026-12-27',
  );
  await seedAnnualRows(server, a.bureauId, zcc.id, zccMember!.id, zccUser.id);
  const bMember = (await b.members(bBranch!.code))[0]!.id;
  const bUser = await b.userId(`${OTHER_BUREAU_PREFIX}shuji1`);
  await seedAnnualRows(server, b.bureauId, bBranch!.id, bMember, bUser);
  // Reminders for everyone in both bureaus: personal rows, walled by bureau.
  await sendReminders(server.db.orm, a.bureauId);
  await sendReminders(server.db.orm, b.bureauId);
  await seedSpotCheck(cycleCall, admin, zcc.id);
  await seedSpotCheck(cycleCall, bAdmin, bBranch!.id);
  // Each bureau's task settings (one bureau-wide row), so the probes have a row to look for.
  for (const token of [admin, bAdmin])
    await call(
      'mutation($i: TaskSettingsInput!) { setTaskSettings(input: $i) { webhookEnabled } }',
      { i: { webhookEnabled: false } },
      token,
    );
  // An API token of each bureau's analyst (bureau-wide rows), made by its committee.
  for (const [token, lookup, analystLogin] of [
    [admin, a, 'analyst'],
    [bAdmin, b, `${OTHER_BUREAU_PREFIX}analyst`],
  ] as const)
    await call(
      'mutation($u: ID) { createApiToken(input: { name: "探针", expiresInDays: 30, userId: $u }) { token } }',
      { u: await lookup.userId(analystLogin) },
      token,
    );

  const q = server.db.ownerQuery;
  const ids = async (sql: string, params: unknown[]) =>
    new Set((await q<{ id: string }>(sql, params)).map((r) => r.id));
  const branchLeaks = await ids(
    `select u.id from user_account u join member m on m.bureau_id = u.bureau_id and m.id = u.member_id where m.branch_id = $1`,
    [zcc.id],
  );
  const tables = await q<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id'
     intersect select table_name from information_schema.columns where table_schema = 'public' and column_name = 'bureau_id'`,
  );
  const branchTables = await q<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id'
     intersect select table_name from information_schema.columns where table_schema = 'public' and column_name = 'branch_id'`,
  );
  // Every row of ZCC is a leak, except audit entries (ids nobody is shown) and the member who
  // moved into ZCC, whose earlier months BGS keeps seeing.
  for (const { table_name } of branchTables)
    if (table_name !== 'audit_entry')
      for (const id of await ids(`select id::text from "${table_name}" where branch_id = $1`, [
        zcc.id,
      ]))
        branchLeaks.add(id);
  branchLeaks.delete(bgsMover!.id);
  const rowsOf = async (where: string, param: string, names: { table_name: string }[]) => {
    const rows: Target['rows'] = {};
    for (const { table_name } of names)
      rows[table_name] = (
        await q<{ r: Record<string, unknown> }>(
          `select row_to_json(t) as r from "${table_name}" t where ${where} = $1 order by id limit 1`,
          [param],
        )
      )[0]?.r;
    return rows;
  };
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
    rows: await rowsOf('branch_id', zcc.id, branchTables),
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
    rows: {
      ...(await rowsOf('bureau_id', b.bureauId, tables)),
      ...(await rowsOf('branch_id', bBranch!.id, branchTables)),
    },
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
    rows: {
      ...(await rowsOf('bureau_id', a.bureauId, tables)),
      ...(await rowsOf('branch_id', bgs.id, branchTables)),
    },
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
  // Counted from here on: the world's own writes are done.
  await installWriteCounters(server.db);
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
 * What has been written so far, per table, as the owner sees it: a refused request must leave every
 * table exactly as it was (no row written, no audit entry, nothing half-done). See write-counters.ts.
 */
export function snapshot(server: TestServer): Promise<Map<string, string>> {
  return writeCounts(server.db);
}

export type { Ids };
