import { expect, expectHome, logIn, snap, test } from './support';

test('the committee administrator gets the committee menu and may look into any branch', async ({
  page,
}) => {
  await logIn(page, 'admin');
  await expectHome(page);
  await expect(page.getByTestId('roles')).toContainText('机关党委管理员');
  const menu = page.getByRole('menu');
  for (const item of ['年度方案', '特色项目审批', '年度审批', '全局概览', '党员名册']) {
    await expect(menu.getByText(item)).toBeVisible();
  }
  await expect(menu.getByText('我的积分')).toHaveCount(0);
  await expect(page.getByTestId('branch-switcher')).toBeVisible();
  await snap(page, 'home-committee');
});

test('a scorekeeper in two branches switches between them and the roster follows', async ({
  page,
}) => {
  await logIn(page, 'jifenyuan1');
  await expectHome(page);
  await expect(page.getByTestId('roles')).toContainText('记分员 · 办公室党支部');
  await expect(page.getByTestId('roles')).toContainText('记分员 · 财务处党支部');
  await page.getByRole('menu').getByText('党员名册').click();
  const switcher = page.getByTestId('branch-switcher');
  const firstBranch = (await switcher.textContent()) ?? '';
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const before = await rows.first().locator('td').first().textContent();

  await switcher.click();
  const other = firstBranch.includes('办公室') ? '财务处党支部' : '办公室党支部';
  await page.getByTitle(other).click();
  await expect(switcher).toContainText(other);
  await expect(page.locator('.ant-card-head')).toContainText(other);
  await expect(rows.first().locator('td').first()).not.toHaveText(before ?? '');
  await snap(page, 'roster-switched-branch');

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByTestId('branch-switcher')).toContainText(other);
});

test('the analyst sees the statistics entry only', async ({ page }) => {
  await logIn(page, 'analyst');
  await expectHome(page);
  await expect(page.getByTestId('roles')).toContainText('分析员');
  await expect(page.getByRole('menu').getByText('统计分析')).toBeVisible();
  await expect(page.getByRole('menu').getByText('党员名册')).toHaveCount(0);
});
