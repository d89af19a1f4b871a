import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectHome, logIn, snap, test } from './support';

// The committee works in a branch no other journey counts, so its additions disturb nobody.
const BRANCH = '公共机构节能处党支部';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// exceljs is the server's; the test writes the workbook a person would fill in.
const here = path.dirname(fileURLToPath(import.meta.url));
const ExcelJS = createRequire(path.join(here, '../../apps/server/package.json'))('exceljs') as {
  Workbook: new () => {
    addWorksheet(name: string): { addRow(values: unknown[]): unknown };
    xlsx: { writeBuffer(): Promise<ArrayBuffer> };
  };
};

async function workbook(joinedOn: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('党员名册');
  sheet.addRow(['姓名', '党员类别', '入党日期', '职务']);
  sheet.addRow(['司马青', '预备党员', joinedOn, '科员']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function inBranch(page: Page, name: string) {
  const switcher = page.getByTestId('branch-switcher');
  if ((await switcher.textContent())?.includes(name)) return;
  await switcher.click();
  await page.getByTitle(name).click();
  await expect(switcher).toContainText(name);
}

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

test('the committee adds a member, exports the roster and imports an Excel after fixing its error', async ({
  page,
}) => {
  await logIn(page, 'admin');
  await expectHome(page);
  await page.getByRole('menu').getByText('党员名册').click();
  await inBranch(page, BRANCH);
  await expect(rows(page).first()).toBeVisible();

  // Add a member: the server's refusal of a date shows under that field.
  await page.getByRole('button', { name: /新增党员/ }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('姓名').fill('欧阳明');
  await form.getByLabel('入党日期').fill('2025-13-01');
  await form.getByLabel('职务').fill('科员');
  await form.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(form).toContainText('入党日期不是有效日期');
  await snap(page, 'roster-add-error');
  await form.getByLabel('入党日期').fill('2025-11-20');
  await form.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByText('已保存“欧阳明”')).toBeVisible();
  await expect(page.getByRole('link', { name: '欧阳明' })).toBeVisible();

  // Export: the server's workbook of the branch.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('roster-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

  // Import: a wrong date is shown with its row and column, and nothing can be imported.
  await page.getByRole('button', { name: /导入 Excel/ }).click();
  const dialog = page.getByRole('dialog');
  const file = page.getByTestId('roster-import-file');
  await file.setInputFiles({
    name: '名册.xlsx',
    mimeType: XLSX,
    buffer: await workbook('2025-13-01'),
  });
  await expect(page.getByTestId('roster-import-errors')).toContainText('入党日期');
  const apply = dialog.getByRole('button', { name: /^导\s*入$/ });
  await expect(apply).toBeDisabled();
  await snap(page, 'roster-import-errors');

  await file.setInputFiles({
    name: '名册.xlsx',
    mimeType: XLSX,
    buffer: await workbook('2025-12-01'),
  });
  await expect(dialog).toContainText('新增 1 人');
  await expect(page.getByTestId('roster-import-rows')).toContainText('司马青');
  await apply.click();
  await expect(page.getByText('已导入：新增 1 人')).toBeVisible();
  await expect(page.getByRole('link', { name: '司马青' })).toBeVisible();

  // 转正: its own step on the probationary member's row; a date before joining is refused there.
  const probationary = rows(page).filter({ hasText: '司马青' });
  await probationary.getByRole('button', { name: '转正' }).click();
  const step = page.getByRole('dialog');
  await expect(step).toContainText('入党日期 2025-12-01');
  await step.getByLabel('转正日期').fill('2025-11-01');
  await step.getByRole('button', { name: /^转\s*正$/ }).click();
  await expect(step).toContainText('转正日期不能早于入党日期');
  await step.getByLabel('转正日期').fill('2026-11-02');
  await step.getByRole('button', { name: /^转\s*正$/ }).click();
  await expect(page.getByText('“司马青”已转为正式党员')).toBeVisible();
  await expect(probationary).toContainText('正式党员');
  await expect(probationary.getByRole('button', { name: '转正' })).toHaveCount(0);
});

test('a secretary corrects a member of their branch and reads the change in words on the member’s page', async ({
  page,
}) => {
  await logIn(page, 'shuji2');
  await expectHome(page);
  await page.getByRole('menu').getByText('党员名册').click();
  const first = rows(page).first();
  await expect(first).toBeVisible();
  // A secretary may not transfer: that writes in two branches and is the committee's.
  await expect(first.getByRole('button', { name: '转接' })).toHaveCount(0);
  const name = (await first.locator('td').first().textContent()) ?? '';

  await first.getByRole('button', { name: '修改' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByLabel('姓名')).toHaveValue(name);
  await form.getByLabel('职务').fill('纪检委员');
  await form.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByText(`已保存“${name}”`)).toBeVisible();
  await expect(first).toContainText('纪检委员');

  await first.getByRole('link', { name }).click();
  await expect(page.getByTestId('member-name')).toHaveText(name);
  await expect(page.getByTestId('member-memberships')).toContainText('财务处党支部');
  const audit = page.getByTestId('member-audit');
  await expect(audit).toContainText('修改党员信息');
  await audit.locator('.ant-table-row-expand-icon').first().click();
  const change = page.getByTestId('audit-change').first();
  await expect(change).toContainText('职务');
  await expect(change).toContainText('纪检委员');
  await expect(change).not.toContainText('position');
  await snap(page, 'member-page');

  // The year month by month, as the server scored it, each month with its explanation.
  const months = page.getByTestId('member-months');
  await expect(months).toContainText('10 月');
  await months.getByRole('button', { name: '得分说明' }).last().click();
  await expect(page.getByRole('dialog')).toContainText('10 月');
  await expect(page.getByTestId('member-explanation')).toBeVisible();
  await snap(page, 'member-page-month');
});
