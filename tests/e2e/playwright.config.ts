import { defineConfig } from '@playwright/test';

// Browser tests: Debian's Chromium against the REAL production server (apps/server/dist) serving the
// built admin app (apps/web/dist) on one port, on a fresh database. Run `pnpm run build` first.
const PORT = Number(process.env['E2E_PORT'] ?? 4317);
const baseURL = `http://localhost:${PORT}`;
// Headless runs use Debian's headless shell: a quarter less browser CPU than the full Chromium in
// its headless mode (30 journeys on a 2-core machine: 3 min 15 s against 4 min 15 s, 3 December).
// A run a person watches (`--headed`, `--debug`, `--ui`) needs the full browser.
const watched = process.argv.some((arg) => ['--headed', '--debug', '--ui'].includes(arg));
const executablePath =
  process.env['CHROMIUM_PATH'] ??
  (watched ? '/usr/bin/chromium' : '/usr/bin/chromium-headless-shell');

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: './.output',
  // Journeys wait for what the user waits for (the data on the screen), with room for a busy
  // 2-core machine: a CI run beside other work is several times slower than an idle one.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: Boolean(process.env['CI']),
  // In CI a journey that fails is run once more; one that then passes is reported as flaky by
  // name in the test summary (scripts/test.mjs), to be fixed, not forgotten.
  retries: process.env['CI'] ? 1 : 0,
  // `pnpm test` (scripts/test.mjs) reads the counts from a JSON report beside the list.
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_FILE'] ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    // A click or a page load that waits longer than this is stuck: fail there, with its place,
    // instead of at the journey's own timeout with no trace of where it hung.
    actionTimeout: 60_000,
    navigationTimeout: 60_000,
    // The app honours the system's "reduce motion": no dialog is clicked while it is still
    // zooming in, or counted while it fades out, on a machine too busy to animate smoothly.
    reducedMotion: 'reduce',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // Traces cost every action a snapshot: kept for local runs, where someone can open them.
    trace: process.env['CI'] ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'node tests/e2e/start-server.mjs',
    cwd: '../..',
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    // Migrating and seeding the demo bureau: seconds when idle, a minute or more on a busy machine.
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets start-server.mjs stop the server and drop the scratch database.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
