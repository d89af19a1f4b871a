// What the probes share: the database `BENCH_KEEP=1 pnpm bench` kept (PROBE_DATABASE, the owner's
// URL), its largest bureau, and the production server started on it as the app role.
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
