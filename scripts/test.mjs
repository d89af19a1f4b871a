// `pnpm test`: the browser first (installed or named before anything runs), then every vitest
// project, then the browser journeys on the production build; prints how many tests ran and how
// long it took.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBrowser } from './ensure-browser.mjs';

const started = Date.now();
if (!ensureBrowser()) process.exit(1);

const results = fs.mkdtempSync(path.join(os.tmpdir(), 'jifen-test-'));
const vitestJson = path.join(results, 'vitest.json');
const playwrightJson = path.join(results, 'playwright.json');

function run(script, env = {}) {
  const at = Date.now();
  const { status, signal } = spawnSync('pnpm', ['run', script], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  // Say how it ended: the browser part's build can fail before any journey runs. Not `--silent`:
  // it hid that build's errors.
  if (status !== 0)
    console.log(`\n${script} ended with ${signal ? `signal ${signal}` : `exit code ${status}`}`);
  return { ok: status === 0, seconds: (Date.now() - at) / 1000 };
}

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const unit = run('test:unit', { JIFEN_VITEST_JSON: vitestJson });
const e2e = unit.ok ? run('test:e2e', { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson }) : null;

/** Titles of the journeys Playwright marked flaky (failed, then passed on retry). */
function flakyTitles(report) {
  const titles = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === 'flaky') titles.push(`${spec.file}: ${spec.title}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return titles;
}

const v = read(vitestJson);
const p = read(playwrightJson);
// Rounded to the second first: 119.6 s is "2 min 0 s", not "1 min 60 s".
const minutes = (seconds) => {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
};
const lines = [];
if (v)
  lines.push(
    `vitest: ${v.numPassedTests} of ${v.numTotalTests} tests passed in ${v.testResults.length} files (${minutes(unit.seconds)})`,
  );
if (p && e2e)
  lines.push(
    `browser: ${p.stats.expected + p.stats.flaky} of ${p.stats.expected + p.stats.unexpected + p.stats.flaky + p.stats.skipped} journeys passed${p.stats.flaky ? `, ${p.stats.flaky} of them only on a second try` : ''} (${minutes(e2e.seconds)})`,
  );
if (p && e2e && p.stats.flaky > 0)
  lines.push(`browser: passed only on a second try (flaky, to fix): ${flakyTitles(p).join('; ')}`);
const ok = unit.ok && e2e?.ok === true;
lines.push(`pnpm test ${ok ? 'passed' : 'FAILED'} in ${minutes((Date.now() - started) / 1000)}`);
console.log(`\n${lines.join('\n')}`);
fs.rmSync(results, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
