import type { Locator, Page } from '@playwright/test';
import { expect, logIn, snap, test } from './support';

// Each journey logs in two people and walks several screens.
test.slow();

/** The home screen, given time: argon2 log-ins are slow on a busy machine. */
const expectHome = (page: Page) =>
  expect(page.getByTestId('greeting')).toBeVisible({ timeout: 30_000 });

/** Picks an option of a select within `scope` (the list itself opens at the page's end). */
async function pick(scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await scope
    .page()
    .locator('.ant-select-dropdown:visible')
    .getByTitle(option, { exact: true })
    .click();
}

test('the admin creates an account and makes it a scorekeeper; the new user must change the password first', async ({
  page,
  browser,
  baseURL,
}) => {
  // Its own account on each run, so the journey can be repeated on one server.
  const login = `e2e.keeper${test.info().repeatEachIndex || ''}`;
  await logIn(page, 'admin');
  await expectHome(page);
  await page.getByRole('menu').getByText('账号与角色').click();
  await expect(page).toHaveURL(/\/users$/);
  await page.getByRole('button', { name: '新建账号' }).click();
  const dialog = page.getByRole('dialog', { name: '新建账号' });
  await dialog.getByLabel('用户名').fill(login);
  await dialog.getByLabel('姓名').fill('新记分员');
  await dialog.getByLabel('初始密码').fill('weak');
  await dialog.getByRole('button', { name: /创\s*建/ }).click();
  // The server's password policy shows under the field.
  await expect(dialog.getByText('密码须为 8–128 位，且同时包含字母和数字')).toBeVisible();
  await dialog.getByLabel('初始密码').fill('Start2026');
  await expect(dialog.getByLabel('首次登录时须修改密码')).toBeChecked();
  await dialog.getByRole('button', { name: /创\s*建/ }).click();

  // The roles drawer opens on the new account.
  const drawer = page.getByRole('dialog', { name: '新记分员 的角色' });
  await expect(drawer.getByText('尚无角色')).toBeVisible();
  await pick(drawer, '范围', '办公室党支部');
  await pick(drawer, '角色', '记分员');
  await drawer.getByRole('button', { name: /分\s*配/ }).click();
  const granted = drawer.getByTestId('role-grants');
  await expect(granted.getByText('办公室党支部')).toBeVisible();
  await expect(granted.getByText('记分员')).toBeVisible();
  await snap(page, 'users-roles');
  await drawer.getByRole('button', { name: '关闭' }).click();
  const row = page.getByRole('row', { name: new RegExp(`\\b${login.replace('.', '\\.')}\\b`) });
  await expect(row).toContainText('记分员 · 办公室党支部');
  await expect(row).toContainText('待修改密码');
  await snap(page, 'users');
  // The list narrows to the accounts still waiting for a password of their own.
  await pick(page.locator('body'), '全部状态', '待修改密码');
  await expect(row).toBeVisible();
  await expect(page.getByRole('row', { name: /\bshuji1\b/ })).toHaveCount(0);

  // The new user, on their own computer, gets nowhere before choosing a password of their own.
  const own = await browser.newContext({ baseURL, locale: 'zh-CN' });
  page = await own.newPage();
  await logIn(page, login, 'Start2026');
  await expect(page.getByText('请先修改密码')).toBeVisible();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.getByLabel('当前密码').fill('Start2026');
  await page.getByLabel('新密码', { exact: true }).fill('lettersonly');
  await page.getByLabel('再次输入新密码').fill('lettersonly');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByText('密码须为 8–128 位，且同时包含字母和数字')).toBeVisible();
  await snap(page, 'must-change-password');
  await page.getByLabel('新密码', { exact: true }).fill('MyOwn2026');
  await page.getByLabel('再次输入新密码').fill('MyOwn2026');
  await page.getByRole('button', { name: '修改密码' }).click();
  await expectHome(page);
  await expect(page.getByTestId('roles')).toContainText('记分员');
  await expect(page.getByRole('menu').getByText('月度台账')).toBeVisible();

  // The password now is the user's own.
  const later = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const again = await later.newPage();
  await logIn(again, login, 'MyOwn2026');
  await expectHome(again);
  await later.close();
  await own.close();
});

test('the admin resets a password: the one-time password is shown once and must be changed', async ({
  page,
  browser,
  baseURL,
}) => {
  await logIn(page, 'admin');
  await expectHome(page);
  await page.goto('/users');
  await page.getByLabel('搜索用户名、姓名').fill('zuzhang1');
  const row = page.getByRole('row', { name: /zuzhang1/ });
  await row.getByRole('button', { name: '重置密码' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '重置密码' }).click();
  const password = await page.getByTestId('one-time-password').innerText();
  expect(password).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{12}$/);
  await snap(page, 'users-reset');
  await page.getByRole('button', { name: '已记下' }).click();
  await expect(page.getByTestId('one-time-password')).toHaveCount(0);
  await expect(row).toContainText('待修改密码');

  const own = await browser.newContext({ baseURL, locale: 'zh-CN' });
  page = await own.newPage();
  await logIn(page, 'zuzhang1', password.trim());
  await expect(page.getByText('请先修改密码')).toBeVisible();
  await own.close();
});
