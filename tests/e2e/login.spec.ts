import { expect, expectHome, logIn, snap, test } from './support';

test('the log-in page is in Chinese and refuses a wrong password', async ({ page }) => {
  await page.goto('/');
  // Nobody is logged in: the app sends the visitor to the log-in page.
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('党员积分制考核管理')).toBeVisible();
  await expect(page.getByLabel('用户名')).toBeVisible();
  await expect(page.getByLabel('密码')).toBeVisible();
  await snap(page, 'login');

  await logIn(page, 'zhiwei1', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await expect(page).toHaveURL(/\/login$/);
  await snap(page, 'login-wrong-password');
});

test('an empty form is checked before it is sent', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expect(page.getByText('请输入密码')).toBeVisible();
});

test('the branch secretary sees the home screen with role and branch', async ({ page }) => {
  await logIn(page, 'shuji1');
  await expectHome(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('roles')).toContainText('支部书记');
  await expect(page.getByTestId('roles')).toContainText('办公室党支部');
  await expect(page.getByTestId('branches')).toHaveText('办公室党支部');
  // The menu follows the secretary's roles: branch work, no committee screens.
  const menu = page.getByRole('menu');
  await expect(menu.getByText('党员名册')).toBeVisible();
  await expect(menu.getByText('季度考评')).toBeVisible();
  await expect(menu.getByText('年度方案')).toHaveCount(0);
  await snap(page, 'home-secretary');

  // The session survives a reload (httpOnly cookie), and log-out ends it.
  await page.reload();
  await expectHome(page);
  await page.getByTestId('user-menu').click();
  await page.getByText('退出登录').click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/roster');
  await expect(page).toHaveURL(/\/login\?next=%2Froster$/);
});

test('the roster lists the branch members and filters them', async ({ page }) => {
  await logIn(page, 'shuji1');
  await expectHome(page);
  await page.getByRole('menu').getByText('党员名册').click();
  await expect(page).toHaveURL(/\/roster$/);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const total = await page.getByTestId('roster-count').textContent();
  expect(total).toMatch(/^共 \d+ 人$/);
  await snap(page, 'roster');

  // Status filter: only probationary members remain.
  await page.getByText('预备党员', { exact: true }).first().click();
  const statuses = page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)');
  for (const text of await statuses.allTextContents()) expect(text).toBe('预备党员');

  // Name filter: the first member's name finds that member.
  await page.getByText('全部', { exact: true }).click();
  const firstName = (await rows.first().locator('td').first().textContent()) ?? '';
  await page.getByPlaceholder('按姓名筛选').fill(firstName);
  await expect(rows.first().locator('td').first()).toHaveText(firstName);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a member sees the member home and their own menu', async ({ page }) => {
    await logIn(page, 'dangyuan1');
    await expectHome(page);
    await expect(page.getByTestId('roles')).toContainText('党员');
    await expect(page.getByText('我的积分').first()).toBeVisible();
    await expect(page.getByText('积分申报').first()).toBeVisible();
    await expect(page.getByText('季度确认').first()).toBeVisible();
    // No branch screens for a plain member.
    await expect(page.getByText('党员名册')).toHaveCount(0);
    await snap(page, 'home-member-phone');

    // The menu opens as a drawer on a narrow screen.
    await page.getByRole('button', { name: 'menu' }).click();
    await expect(page.getByRole('menu').getByText('我的积分')).toBeVisible();
    await snap(page, 'menu-member-phone');
  });
});

test('English can be switched on and is remembered', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel('Log-in name')).toBeVisible();
  await page.getByLabel('Log-in name').fill('shuji2');
  await page.getByLabel('Password').fill('Jifen@2026');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expectHome(page);
  await expect(page.getByTestId('roles')).toContainText('Branch secretary');
  await page.reload();
  await expect(page.getByTestId('roles')).toContainText('Branch secretary');
  await snap(page, 'home-secretary-en');
});
