// What the probes share: the database `BENCH_KEEP=1 pnpm bench` kept (PROBE_DATABASE, the owner's
// URL), its largest bureau, and the production server started on it as the app role.
import pg from 'pg';
import { APP_PASSWORD, APP_ROLE } from '../data/database.js';
import { startServer, type ServerProcess } from '../server/server-process.js';

/** The owner's URL of the kept database; a probe cannot run without one. */
export function keptDatabaseUrl(): string {
  const url = process.env['PROBE_DATABASE'];
  if (!url) throw new Error('PROBE_DATABASE must name a database kept by BENCH_KEEP=1');
  return url;
}

/** The bureau with the most members (the bench's main one, 10,000 members), as a subquery. */
export const LARGEST_BUREAU =
  '(select bureau_id from member group by bureau_id order by count(*) desc limit 1)';

/** The production server on the kept database, as the bench starts it; its log in /tmp. */
export function startProbeServer(ownerUrl: string, name: string): Promise<ServerProcess> {
  return startServer({
    ownerUrl,
    appRole: APP_ROLE,
    appPassword: APP_PASSWORD,
    logFile: `/tmp/jifen-${name}.log`,
  });
}

/** The largest bureau's code, and a branch of it with its secretary's login and one member. */
export async function largestBureauBranch(ownerUrl: string): Promise<{
  code: string;
  branch_id: string;
  member_id: string;
  secretary: string;
}> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{
      code: string;
      branch_id: string;
      member_id: string;
      secretary: string;
    }>(
      `select bu.code, b.id as branch_id, m.id as member_id, l.login_name as secretary
         from bureau bu join branch b on b.bureau_id = bu.id join member m on m.branch_id = b.id
         join role_assignment r on r.branch_id = b.id and r.role = 'secretary'
         join login_name l on l.user_id = r.user_id
        where bu.id = ${LARGEST_BUREAU}
        order by b.id desc, m.name limit 1`,
    );
    return rows[0]!;
  } finally {
    await owner.end();
  }
}
