import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Jifen@2026';
const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

/** Logs in through the real log-in form and waits for the home screen. */
export async function logIn(page: Page, loginName: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(loginName);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/**
 * Saves a full-page screenshot into tests/e2e/screenshots/ (git-ignored) for a human to look at.
 * Not in CI, where nobody looks and a full-page picture costs a busy machine seconds.
 */
export async function snap(page: Page, name: string) {
  if (process.env['CI'] && !process.env['E2E_SCREENSHOTS']) return;
  // Web fonts and antd's motion settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready);
  // From the top: a sticky header otherwise lands in the middle of a full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function expectHome(page: Page) {
  await expect(page.getByTestId('greeting')).toBeVisible();
}

/** The day the journeys' server lives on (start-server.mjs pins its calendar). */
export const E2E_TODAY = process.env['JIFEN_TODAY'] ?? '2026-11-16';

/** The server's year, not the machine's: a run in January must still walk the pinned year. */
export const E2E_YEAR = Number(E2E_TODAY.slice(0, 4));

/** `test` that fails when the page throws or logs an error to the console. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      await use(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
