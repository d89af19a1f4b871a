// The browser tests drive Debian's Chromium with CJK fonts: its headless shell (the lighter build
// that Playwright itself uses for headless runs) for the tests, the full browser for `--headed`.
// This brings them when they are missing and the machine can install them (root with apt-get), and
// otherwise says in one line what to install, before any test runs. Never a browser downloaded from
// elsewhere.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const PACKAGES = ['chromium', 'chromium-headless-shell', 'fonts-noto-cjk'];
const INSTALL = `apt-get install -y ${PACKAGES.join(' ')}`;
const browsers = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : [CHROMIUM, HEADLESS_SHELL];

function hasCjkFonts() {
  try {
    return /noto.*cjk/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

export function browserReady() {
  return browsers.every((browser) => fs.existsSync(browser)) && hasCjkFonts();
}

function canInstall() {
  return (
    process.platform === 'linux' && process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')
  );
}

export function ensureBrowser() {
  if (browserReady()) return true;
  if (!canInstall()) {
    console.error(
      `The browser tests need Debian's Chromium, its headless shell and CJK fonts: run \`sudo ${INSTALL}\` (or set CHROMIUM_PATH to a Chromium), then run the tests again.`,
    );
    return false;
  }
  console.log(`Installing Debian's Chromium and CJK fonts for the browser tests (${INSTALL}) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  const updated = run(['update', '-qq']);
  const installed = updated.status === 0 && run(['install', '-y', '-qq', ...PACKAGES]);
  if (!installed || installed.status !== 0 || !browserReady()) {
    console.error(
      `Could not install the browser: run \`${INSTALL}\` by hand, then run the tests again.`,
    );
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureBrowser() ? 0 : 1);
