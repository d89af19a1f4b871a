import { E2E_YEAR, expect, expectHome, logIn, snap, test } from './support';

// The scheme editor is a long page and the overview reads a whole year: give them time.
test.slow();

const thisYear = E2E_YEAR;
const nextYear = thisYear + 1;

test('the committee drafts next year’s scheme, sees problems at the fields as it types, saves and publishes', async ({
  page,
}) => {
  await logIn(page, 'admin');
  await expectHome(page);
  await page.getByRole('menu').getByText('年度方案').click();

  // Next year has none yet: copy this year's.
  await expect(page.getByTestId('scheme-status')).toBeVisible();
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByTitle(String(nextYear), { exact: true }).click();
  await expect(page.getByTestId('scheme-empty')).toBeVisible();
  await page.getByRole('button', { name: `复制 ${thisYear} 年方案` }).click();
  await expect(page.getByTestId('scheme-status')).toHaveText('草稿');
  await expect(page.getByTestId('scheme-valid')).toBeVisible();

  // A typo shows at the field itself as it is typed, and on its tab.
  const weight = page.getByLabel('政治学习 权重');
  await weight.fill('3x');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  const atField = page.locator('[data-problem-path="sections.base.categories[0].weight"]');
  await expect(atField).toContainText('应为精确的十进制数');
  await expect(page.getByTestId('tab-problems-base')).toHaveText('1');
  await expect(page.getByRole('button', { name: /^保\s*存$/ })).toBeDisabled();
  await snap(page, 'scheme-field-error');

  // A weight that is a number but breaks the sum: the category list says so.
  await weight.fill('35');
  await expect(atField).toHaveCount(0);
  await expect(page.locator('[data-problem-path="sections.base.categories"]')).toContainText(
    '各类别权重之和 75 不等于基础分 70',
  );
  await page.getByLabel('组织生活 权重').fill('25');
  await expect(page.getByTestId('scheme-valid')).toBeVisible();

  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByText('草稿已保存')).toBeVisible();
  await expect(page.getByText('已修改（未保存）')).toHaveCount(0);

  await page.getByRole('button', { name: /^发\s*布$/ }).click();
  await expect(page.getByRole('dialog')).toContainText(`发布 ${nextYear} 年方案第 1 版？`);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^发\s*布$/ })
    .click();
  await expect(page.getByTestId('scheme-status')).toHaveText('现行');
  await expect(page.getByLabel('政治学习 权重')).toHaveValue('35');
});

test('a published scheme is corrected by a new version from a month, with a reason', async ({
  page,
}) => {
  await logIn(page, 'admin');
  await expectHome(page);
  await page.goto('/scheme');
  // This year's scheme is in force: shown read-only, with a way to correct it.
  await expect(page.getByTestId('scheme-status')).toHaveText('现行');
  await expect(page.getByLabel('政治学习 权重')).toHaveAttribute('readonly', '');
  await snap(page, 'scheme-in-force');
  await page.getByRole('button', { name: '新建修订版本' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '新建修订版本' }).click();
  await expect(dialog.getByText('请填写原因')).toBeVisible();
  await dialog.getByLabel('原因').fill('学习强国登录扣分标准调整');
  await dialog.getByRole('button', { name: '新建修订版本' }).click();
  await expect(page.getByTestId('scheme-status')).toHaveText('草稿');
  // The dialog fades out after the draft appears: until then its reason is on the page twice.
  await expect(dialog).toBeHidden();
  await expect(page.getByText('学习强国登录扣分标准调整')).toBeVisible();
  await expect(page.getByTestId('scheme-versions')).toContainText('v2 · 草稿');
  await expect(page.getByTestId('scheme-versions')).toContainText('v1 · 现行');
  await snap(page, 'scheme-correction-draft');
});

test('the bureau overview draws the year with ECharts', async ({ page }) => {
  await logIn(page, 'admin');
  await expectHome(page);
  await page.getByRole('menu').getByText('全局概览').click();
  for (const chart of ['chart-distribution', 'chart-outcomes', 'chart-trend']) {
    await expect(page.getByTestId(chart).locator('canvas')).toBeVisible({ timeout: 30_000 });
  }
  await expect(page.getByTestId('overview')).toContainText('参评党员');
  // The branch comparison: the server's figures for each branch.
  await expect(page.getByTestId('branch-comparison')).toContainText('办公室党支部');
  // Participation by branch, from the ledger: a chart of the rates and a table of every figure.
  await expect(page.getByTestId('chart-participation').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('branch-participation')).toContainText('组织生活出席率');
  await snap(page, 'overview');
});

test('the analyst ranks the bureau, filters, pages on and exports the results', async ({
  page,
}) => {
  await logIn(page, 'analyst');
  await expectHome(page);
  await page.getByRole('menu').getByText('统计分析').click();
  const count = page.getByTestId('ranking-count');
  await expect(count).toContainText('已显示 50 / 共');
  await page.getByRole('button', { name: '加载更多' }).click();
  await expect(count).toContainText('已显示 100 / 共');

  await page.getByLabel('结果').click();
  await page.getByTitle('黄色预警').click();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toContainText('黄色预警');
  await snap(page, 'analytics');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-results').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${thisYear}年度党员积分考核结果.xlsx`);
  await expect(page.getByText(/已导出 \d+ 条记录/)).toBeVisible();
});

test('the committee approves a branch-chosen item with its opinion', async ({ page }) => {
  await logIn(page, 'admin');
  await expectHome(page);
  await page.getByRole('menu').getByText('特色项目审批').click();
  const row = page.locator('tr', { hasText: '预算服务进处室' });
  await expect(row).toContainText('待审批');
  await snap(page, 'special-items');
  await row.getByRole('button', { name: /^批\s*准$/ }).click();
  const dialog = page.getByRole('dialog');
  // The form is there before it is sent empty (a click during the dialog's opening can be lost).
  await expect(dialog.getByLabel('审批意见')).toBeEditable();
  await dialog.getByRole('button', { name: /^批\s*准$/ }).click();
  await expect(dialog.getByText('请填写审批意见')).toBeVisible();
  await dialog.getByLabel('审批意见').fill('同意，自下月起计分');
  await dialog.getByRole('button', { name: /^批\s*准$/ }).click();
  await expect(dialog).toBeHidden();
  await page.getByText('已批准', { exact: true }).click();
  await expect(page.locator('tr', { hasText: '预算服务进处室' })).toContainText(
    '同意，自下月起计分',
  );
});
