// Preloaded into the server process by the benchmark (node --import): counts the SQL statements
// the server sends, on every pg Client the server can use (its own `pg` and MikroORM's), and
// answers the benchmark over the IPC channel. One counter increment per statement is all it adds.
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getHeapStatistics } from 'node:v8';

const serverDir = new URL('../../../../apps/server/', import.meta.url);
const serverRequire = createRequire(new URL('package.json', serverDir));
const ormDir = realpathSync(new URL('node_modules/@mikro-orm/postgresql/', serverDir));
const ormRequire = createRequire(`${ormDir}/package.json`);

let statements = 0;
/** Statements other than transaction control and session settings (begin, commit, set_config). */
let queries = 0;
const CONTROL =
  /^\s*(begin|commit|rollback|savepoint|release|start transaction|select set_config)\b/i;
// The server's pg client sends a transaction's begin and its scope (and settings marked for the
// next statement) in one message with the statement after them: that statement is a query.
const LEADING_CONTROL =
  /^\s*(?:\/\* with the next statement \*\/ )?(?:begin|select set_config\([^;]*\))\s*;/i;
const withoutLeadingControl = (text) => {
  let rest = text;
  for (let m = LEADING_CONTROL.exec(rest); m; m = LEADING_CONTROL.exec(rest))
    rest = rest.slice(m[0].length);
  return rest;
};
/** @type {string[] | null} */
let captured = null;

for (const pg of new Set([serverRequire('pg'), ormRequire('pg')])) {
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(config, ...rest) {
    statements++;
    const text = typeof config === 'string' ? config : (config?.text ?? '');
    if (!CONTROL.test(withoutLeadingControl(text))) queries++;
    // Whole (up to 20,000 characters): the bench runs EXPLAIN of a captured ranking page.
    if (captured && captured.length < 500)
      captured.push(text.replace(/\s+/g, ' ').slice(0, 20_000));
    return original.call(this, config, ...rest);
  };
}

process.on('message', (message) => {
  const { id, command } = /** @type {{ id: number, command: string }} */ (message);
  if (command === 'capture') captured = [];
  // `memory`: where the resident memory is (V8's heap, used and held; outside it), in MB;
  // `memory-collected`: the same after a full collection (the server runs with --expose-gc).
  if (command === 'memory-collected') globalThis.gc?.();
  const mb = (bytes) => Math.round(bytes / 2 ** 20);
  const usage = command.startsWith('memory') ? process.memoryUsage() : null;
  const memory = usage && {
    rss: mb(usage.rss),
    heapUsed: mb(usage.heapUsed),
    heapTotal: mb(usage.heapTotal),
    external: mb(usage.external),
    arrayBuffers: mb(usage.arrayBuffers),
  };
  const reply = {
    id,
    statements,
    queries,
    // Every byte V8 has allocated since the start: a request's allocation is the difference, exact
    // where a sampling heap profile is not.
    allocated: getHeapStatistics().total_allocated_bytes,
    captured: command === 'release' ? captured : null,
    memory,
  };
  if (command === 'release') captured = null;
  process.send?.(reply);
});
