import type { TestDatabase } from '../test-database.js';

export type DemoBranch = { id: string; code: string; name: string };
export type DemoMember = { id: string; name: string; branch_id: string; group_id: string | null };

/** Reads ids of a seeded bureau as the owner, so tests can aim at exact rows. */
export async function demoLookup(db: TestDatabase, bureauCode = 'CZJGSW') {
  const [bureau] = await db.ownerQuery<{ id: string }>('select id from bureau where code = $1', [
    bureauCode,
  ]);
  if (!bureau) throw new Error(`no bureau ${bureauCode}`);
  const branches = await db.ownerQuery<DemoBranch>(
    'select id, code, name from branch where bureau_id = $1 order by sort_order',
    [bureau.id],
  );
  const branch = (code: string) => {
    const found = branches.find((b) => b.code === code);
    if (!found) throw new Error(`no branch ${code}`);
    return found;
  };
  return {
    bureauId: bureau.id,
    branches,
    branch,
    /** Current, active members of a branch, by name. */
    members: (code: string) =>
      db.ownerQuery<DemoMember>(
        'select id, name, branch_id, group_id from member where bureau_id = $1 and branch_id = $2 and active order by name, id',
        [bureau.id, branch(code).id],
      ),
    /** The same, of them only those no account stands for (a log-in may be given to them). */
    membersWithoutAccount: (code: string) =>
      db.ownerQuery<DemoMember>(
        `select id, name, branch_id, group_id from member m
          where bureau_id = $1 and branch_id = $2 and active
            and not exists (select 1 from user_account u where u.member_id = m.id)
          order by name, id`,
        [bureau.id, branch(code).id],
      ),
    groups: (code: string) =>
      db.ownerQuery<{ id: string; name: string }>(
        'select id, name from party_group where bureau_id = $1 and branch_id = $2 order by name',
        [bureau.id, branch(code).id],
      ),
    userId: async (loginName: string) => {
      const [u] = await db.ownerQuery<{ id: string }>(
        'select id from user_account where bureau_id = $1 and login_name = $2',
        [bureau.id, loginName],
      );
      if (!u) throw new Error(`no user ${loginName}`);
      return u.id;
    },
    /** The member a demo log-in stands for. */
    memberOf: async (loginName: string) => {
      const [u] = await db.ownerQuery<{ member_id: string }>(
        'select member_id from user_account where bureau_id = $1 and login_name = $2',
        [bureau.id, loginName],
      );
      return u!.member_id;
    },
    auditCount: async () =>
      Number(
        (
          await db.ownerQuery<{ n: string }>(
            'select count(*) as n from audit_entry where bureau_id = $1',
            [bureau.id],
          )
        )[0]!.n,
      ),
    lastAudit: async () =>
      (
        await db.ownerQuery<{
          operation: string;
          actor_role: string | null;
          branch_id: string | null;
          entity_id: string | null;
          before: unknown;
          after: unknown;
        }>(
          'select operation, actor_role, branch_id, entity_id, before, after from audit_entry where bureau_id = $1 order by seq desc limit 1',
          [bureau.id],
        )
      )[0]!,
  };
}

export type DemoLookup = Awaited<ReturnType<typeof demoLookup>>;
