// Starts the production server (apps/server/dist/main.js) for the browser tests against a FRESH
// database: a scratch database on DATABASE_URL's server, else on the local PostgreSQL at
// 127.0.0.1:5432 when reachable, else the server's own embedded PostgreSQL in a temporary DATA_DIR.
// Forwards SIGTERM/SIGINT to the server and drops the scratch database when the server exits.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Node's flags in production, from the server's `start:prod` script (what `pnpm start` runs). */
function productionFlags() {
  const { scripts } = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'apps/server/package.json'), 'utf8'),
  );
  return scripts['start:prod'].split(/\s+/).filter((word) => word.startsWith('--'));
}

// `pg` is a dependency of the server; borrow it rather than adding one at the root.
const pg = createRequire(path.join(repoRoot, 'apps/server/package.json'))('pg');

const PORT = process.env.E2E_PORT ?? '4317';
/** The server's calendar in the journeys: the screens take their day from it, and the specs their year (support.ts). */
export const E2E_TODAY = process.env.JIFEN_TODAY ?? '2026-11-16';
const PREFIX = 'jifen_e2e';
const log = (msg) => process.stderr.write(`[e2e server] ${msg}\n`);

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Databases left behind by runs that were killed outright (their pid is in the name). */
async function dropOrphans(adminUrl) {
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query(
      `select datname from pg_database where datname like '${PREFIX}\\_%'`,
    );
    for (const { datname } of rows) {
      const pid = Number(datname.split('_')[2]);
      if (Number.isInteger(pid) && pid > 0 && !alive(pid)) {
        await client.query(`drop database if exists "${datname}" with (force)`);
        log(`dropped ${datname} left by an earlier run`);
      }
    }
  });
}

async function main() {
  const dist = path.join(repoRoot, 'apps/server/dist/main.js');
  if (!fs.existsSync(dist)) {
    log(`${dist} is missing: run \`pnpm run build\` first`);
    process.exit(1);
  }
  if (!fs.existsSync(path.join(repoRoot, 'apps/web/dist/index.html'))) {
    log('apps/web/dist is missing: run `pnpm run build` first');
    process.exit(1);
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jifen-e2e-'));
  const adminUrl =
    process.env.DATABASE_URL ??
    ((await reachable('postgresql://postgres@127.0.0.1:5432/postgres'))
      ? 'postgresql://postgres@127.0.0.1:5432/postgres'
      : null);

  let databaseUrl;
  let drop = async () => undefined;
  if (adminUrl) {
    await dropOrphans(adminUrl).catch((e) => log(`orphan clean-up skipped: ${e.message}`));
    const name = `${PREFIX}_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withClient(adminUrl, (c) => c.query(`create database "${name}"`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = () =>
      withClient(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
    log(`scratch database ${name} on ${url.host}`);
  } else {
    log(`no PostgreSQL server found: the server starts its embedded one in ${dataDir}`);
  }

  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT,
    HOST: '127.0.0.1',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    // The journeys read a demo "in November 2026" (ledger recorded January–October): the server's
    // calendar is pinned to that day, whatever day they run.
    JIFEN_TODAY: E2E_TODAY,
    ALLOW_JIFEN_TODAY: 'true',
    // The journeys were written against the light demo: the current year's ledger, no quarter
    // reviewed and no previous year (they review 办公室's quarters and a year themselves).
    SEED_DEMO: 'light',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;

  const server = spawn(process.execPath, [...productionFlags(), dist], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });

  let cleaning = false;
  const cleanUp = async (code) => {
    if (cleaning) return;
    cleaning = true;
    try {
      await drop();
    } catch (error) {
      log(`could not drop the scratch database: ${error.message}`);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(code ?? 0);
  };
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      if (server.exitCode === null) server.kill(signal);
      // A server that does not stop in time is killed; the database is dropped either way.
      setTimeout(() => server.kill('SIGKILL'), 10_000).unref();
    });
  }
  server.on('exit', (code, signal) => {
    if (code && !cleaning) log(`server exited with code ${code}${signal ? ` (${signal})` : ''}`);
    void cleanUp(code ?? 0);
  });
}

main().catch((error) => {
  log(error.stack ?? String(error));
  process.exit(1);
});
