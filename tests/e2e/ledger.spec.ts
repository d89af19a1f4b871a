import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectHome, logIn, snap, test } from './support';

const OFFICE = '办公室党支部';

/** Makes the office branch the active one (a scorekeeper of two branches may start on the other). */
async function inOffice(page: Page) {
  const switcher = page.getByTestId('branch-switcher');
  if ((await switcher.count()) === 0) return;
  if ((await switcher.textContent())?.includes(OFFICE)) return;
  await switcher.click();
  await page.getByTitle(OFFICE).click();
  await expect(switcher).toContainText(OFFICE);
}

const grid = (page: Page) => page.getByTestId('sheet-grid');
const row = (page: Page, index: number) => grid(page).locator('tbody tr').nth(index);
const cell = (page: Page, r: number, c: number) => row(page, r).locator('td.cell').nth(c);
const total = (page: Page, r: number) => row(page, r).locator('td.score.total');

test('a scorekeeper fills a month with the keyboard, sees the totals move, saves and finds it after reload', async ({
  page,
}) => {
  await logIn(page, 'jifenyuan1');
  await expectHome(page);
  await inOffice(page);
  await page.getByRole('menu').getByText('月度台账').click();
  await expect(grid(page)).toBeVisible();
  await page.goto('/ledger?month=2026-06');
  await expect(row(page, 0)).toBeVisible();
  // The paper form's layout: categories over items, with their unit points.
  const head = grid(page).locator('thead');
  for (const text of [
    '政治学习',
    '组织生活',
    '政治建设',
    '特色分',
    '登录学习强国',
    '10 分/月',
    '本月得分',
  ]) {
    await expect(head).toContainText(text);
  }
  await snap(page, 'ledger-sheet');

  const before = (await total(page, 0).textContent()) ?? '';
  const name = (await row(page, 0).locator('td.sticky-name').textContent()) ?? '';
  // First cell (学习强国 days), typed straight in; Tab to 每日一题; Tab on to the first session.
  await cell(page, 0, 0).click();
  await page.keyboard.type('10');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 0, 0)).toHaveText('10');
  await expect(cell(page, 0, 1)).toHaveText('3');
  await expect(cell(page, 0, 0)).toHaveClass(/dirty/);
  await expect(page.getByTestId('sheet-unsaved')).toContainText('3 格未保存');
  // The server rescored the member with the typed cells; the figure is read once the preview of
  // all three cells has arrived (until then the total is marked busy).
  await expect(total(page, 0)).toHaveClass(/live/);
  await expect(total(page, 0)).not.toHaveAttribute('aria-busy', 'true');
  await expect(total(page, 0)).not.toHaveText(before);
  const live = (await total(page, 0).textContent()) ?? '';
  expect(Number(live)).toBeLessThan(Number(before));
  await snap(page, 'ledger-typed');

  // A value out of range is refused at the cell before anything is sent.
  const saved = ((await cell(page, 1, 0).textContent()) ?? '').trim();
  await cell(page, 1, 0).click();
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(cell(page, 1, 0)).toHaveClass(/problem/);
  await page.getByTestId('sheet-save').click();
  await expect(page.getByTestId('sheet-banner')).toContainText('1 格的值不符合要求');
  await expect(page.getByTestId('sheet-cell-details')).toContainText('登录学习强国');
  // Typing the saved value back drops the edit.
  await cell(page, 1, 0).click();
  if (saved) {
    await page.keyboard.type(saved);
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('Delete');
  }
  await expect(cell(page, 1, 0)).not.toHaveClass(/dirty/);

  await page.keyboard.press('Control+s');
  await expect(page.getByText(/已保存，\d+ 格有变化/)).toBeVisible();
  await expect(page.getByTestId('sheet-unsaved')).toHaveCount(0);
  // The server's total is the one the browser showed while typing.
  await expect(total(page, 0)).toHaveText(live);
  await expect(total(page, 0)).not.toHaveClass(/live/);

  await page.reload();
  await expect(row(page, 0).locator('td.sticky-name')).toHaveText(name);
  await expect(cell(page, 0, 0)).toHaveText('10');
  await expect(cell(page, 0, 1)).toHaveText('3');
  await expect(total(page, 0)).toHaveText(live);

  // The printable 考核表 of the saved month.
  await page.getByTestId('sheet-print-link').click();
  const printed = page.getByTestId('sheet-printed');
  await expect(printed.locator('h1')).toHaveText('常州市机关事务管理局党员积分管理考核表');
  await expect(printed).toContainText(`所在支部：${OFFICE}`);
  await expect(printed).toContainText('考核年月：2026 年 6 月');
  await expect(printed).toContainText('支部书记签名：');
  await page.emulateMedia({ media: 'print' });
  await snap(page, 'ledger-print');
});

test('two people saving the same cell: the second sees the conflict, keeps their edits and settles it', async ({
  browser,
}) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [first, second] = await Promise.all(contexts.map((c) => c.newPage()));
  await logIn(first!, 'jifenyuan1');
  await logIn(second!, 'shuji1');
  await expectHome(first!);
  await expectHome(second!);
  await inOffice(first!);
  for (const page of [first!, second!]) {
    await page.goto('/ledger?month=2026-04');
    await expect(row(page, 2)).toBeVisible();
  }
  // Both type into the same member's 学习强国 cell; the second also edits another cell.
  await cell(first!, 2, 0).click();
  await first!.keyboard.type('12');
  await first!.keyboard.press('Enter');
  await cell(second!, 2, 0).click();
  await second!.keyboard.type('14');
  await second!.keyboard.press('Tab');
  await second!.keyboard.type('6');
  await second!.keyboard.press('Enter');

  await first!.getByTestId('sheet-save').click();
  await expect(first!.getByText(/已保存，\d+ 格有变化/)).toBeVisible();

  await second!.getByTestId('sheet-save').click();
  const conflicts = second!.getByTestId('sheet-conflicts');
  await expect(conflicts).toContainText('1 格已被他人修改');
  await expect(conflicts).toContainText('登录学习强国');
  await expect(conflicts).toContainText('他人已保存为“12”，您填的是“14”');
  // Nothing was written and nothing typed is lost: both edits are still in the grid.
  await expect(cell(second!, 2, 0)).toHaveClass(/conflict/);
  await expect(cell(second!, 2, 0)).toHaveText('14');
  await expect(cell(second!, 2, 1)).toHaveText('6');
  await expect(second!.getByTestId('sheet-unsaved')).toContainText('2 格未保存');
  await snap(second!, 'ledger-conflict');

  await conflicts.getByRole('button', { name: '保留我的' }).click();
  await expect(second!.getByTestId('sheet-conflicts')).toHaveCount(0);
  await second!.getByTestId('sheet-save').click();
  await expect(second!.getByText(/已保存，2 格有变化/)).toBeVisible();
  await first!.reload();
  await expect(cell(first!, 2, 0)).toHaveText('14');
  await Promise.all(contexts.map((c) => c.close()));
});

test('a scorekeeper records a session with its sign-in sheet and ticks who came', async ({
  page,
}) => {
  await logIn(page, 'jifenyuan1');
  await expectHome(page);
  await inOffice(page);
  await page.getByRole('menu').getByText('活动与签到').click();
  // The current month: the quarterly review (cycle.spec) may close the last ended quarter.
  const table = page.getByTestId('sessions-table');
  await expect(table).toBeVisible();
  await page.getByTestId('session-new').click();
  const dialog = page.getByRole('dialog');
  await page.getByTestId('session-item').click();
  await page.locator('.ant-select-item-option', { hasText: '党小组会' }).click();
  await dialog.getByLabel('主题').fill('党小组会：学习交流（e2e）');
  await page.getByTestId('session-evidence-input').setInputFiles({
    name: '签到表.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([PNG, Buffer.from(`sheet ${Date.now()}`)]),
  });
  await expect(dialog.getByText('签到表.png')).toBeVisible();
  await dialog.getByText('全选').click();
  await snap(page, 'session-new');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  const recorded = table.locator('tr', { hasText: '学习交流（e2e）' });
  await expect(recorded).toBeVisible();
  const count = recorded.getByTestId('session-attendance');
  await expect(count).toHaveText(/^(\d+)\/\1$/);
  const all = Number(((await count.textContent()) ?? '0/0').split('/')[1]);

  await recorded.getByTestId('session-tick').click();
  await page.getByTestId('attendance-list').locator('label').first().click();
  await page.getByTestId('attendance-save').click();
  await expect(count).toHaveText(`${all - 1}/${all}`);
  await snap(page, 'sessions');
});

// exceljs is the server's; the test edits the exported form as a person would in Excel.
const here = path.dirname(fileURLToPath(import.meta.url));
const ExcelJS = createRequire(path.join(here, '../../apps/server/package.json'))('exceljs') as {
  Workbook: new () => {
    xlsx: { load(data: Buffer): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer> };
    worksheets: {
      getRow(n: number): { getCell(c: number): { value: unknown } };
      rowCount: number;
    }[];
  };
};

test('the month goes out as the Excel form and comes back: preview with cell errors, then import', async ({
  page,
}, testInfo) => {
  await logIn(page, 'jifenyuan1');
  await expectHome(page);
  await inOffice(page);
  await page.goto('/ledger?month=2026-05');
  await expect(row(page, 0)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('sheet-export').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${OFFICE}-2026-05-考核表.xlsx`);
  const file = testInfo.outputPath('form.xlsx');
  await download.saveAs(file);

  // In "Excel": the first member's 学习强国 days become 20; a typo in another row.
  const { readFile } = await import('node:fs/promises');
  const edited = async (typo: boolean) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await readFile(file));
    const sheet = book.worksheets[0]!;
    let header = 0;
    for (let r = 1; r <= sheet.rowCount; r++) {
      if (sheet.getRow(r).getCell(1).value === '姓名') header = r;
    }
    // Under the header: the units row, the column keys row, then the members.
    const first = header + 3;
    sheet.getRow(first).getCell(3).value = 20;
    if (typo) sheet.getRow(first + 1).getCell(3).value = '二十';
    return Buffer.from(await book.xlsx.writeBuffer());
  };

  await page.getByTestId('sheet-import').click();
  const dialog = page.getByRole('dialog');
  await page.getByTestId('sheet-import-file').setInputFiles({
    name: 'form.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await edited(true),
  });
  await expect(dialog).toContainText('文件有 1 处错误');
  await expect(dialog).toContainText('实际为“二十”');
  await expect(page.getByTestId('sheet-import-apply')).toBeDisabled();
  await snap(page, 'ledger-import-errors');

  await page.getByTestId('sheet-import-file').setInputFiles({
    name: 'form.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await edited(false),
  });
  await expect(dialog).toContainText('检查通过：将改动 1 格');
  await expect(dialog).toContainText('登录学习强国');
  await snap(page, 'ledger-import-preview');
  await page.getByTestId('sheet-import-apply').click();
  await expect(page.getByText('已导入，1 格有变化')).toBeVisible();
  await expect(cell(page, 0, 0)).toHaveText('20');
});

// A small PNG (a sign-in sheet photo) for uploads.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAJUlEQVR42mP4z8DwHwoYcDIYGP4zMDAwMDAwQAhGhgGUAQAnuQ/x1DsjXQAAAABJRU5ErkJggg==',
  'base64',
);
