import { expect, expectHome, logIn, snap, test } from './support';

const PHONE = { width: 390, height: 844 };

// A photo of the volunteer work (a tiny PNG) as the declaration's evidence.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAJUlEQVR42mP4z8DwHwoYcDIYGP4zMDAwMDAwQAhGhgGUAQAnuQ/x1DsjXQAAAABJRU5ErkJggg==',
  'base64',
);

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

test('a member reads their scores on a phone: month, quarter and year with the explanation lines', async ({
  page,
}) => {
  await logIn(page, 'dangyuan1');
  await expectHome(page);
  await page.getByRole('button', { name: 'menu' }).click();
  await page.getByRole('menu').getByText('我的积分').click();
  const summary = page.getByTestId('my-scores-summary');
  await expect(summary).toContainText('总分');
  await expect(summary).toContainText(/\d+\.\d{2}/);
  // The lines say how each figure came about, as the form counts it.
  const lines = page.getByTestId('my-scores-lines');
  await expect(lines).toContainText('政治学习');
  await expect(lines).toContainText('登录学习强国');
  await snap(page, 'my-scores-month-phone');
  // Nothing runs off the side of a phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByText('季度', { exact: true }).click();
  await expect(page.getByRole('combobox', { name: '季度' })).toBeVisible();
  await expect(lines).toContainText('政治学习');
  await page.getByText('年度', { exact: true }).first().click();
  // The year is in progress: provisional, with a projection and never a final band.
  await expect(page.getByTestId('my-scores-provisional')).toBeVisible();
  await expect(page.getByTestId('my-scores-projection')).toContainText('预计年度总分');
  await expect(page.getByTestId('my-scores-projection-lines')).toContainText('合格');
  await expect(page.getByTestId('my-scores-outcome')).toHaveCount(0);
  await expect(page.getByTestId('my-scores-months')).toContainText('1 月');
  await expect(summary).toContainText('评议分');
  await snap(page, 'my-scores-year-phone');

  // English, rendered by the server's explanation lines.
  await page.getByRole('button', { name: 'translation' }).click();
  await expect(page.getByTestId('my-scores-lines')).toContainText('Study app login');
});

test('a member declares an item with evidence on a phone; the scorekeeper accepts it; the member sees it counted', async ({
  page,
  browser,
}) => {
  await logIn(page, 'dangyuan1');
  await expectHome(page);
  await page.getByRole('button', { name: 'menu' }).click();
  await page.getByRole('menu').getByText('积分申报').click();
  // The menu drawer may still be closing: open the item list until it shows.
  await expect(async () => {
    await page.getByTestId('declare-item').click();
    await page.locator('.ant-select-item-option', { hasText: '志愿服务' }).click({ timeout: 2000 });
  }).toPass();
  await expect(page.getByText(/每次 5 分，本项全年最多 5 分/)).toBeVisible();
  const what = `社区志愿服务：清理小区环境 2 小时（e2e ${Date.now()}）`;
  await page.getByLabel('申报内容').fill(what);
  // Submitting without evidence is stopped at the field.
  await page.getByTestId('declare-submit').click();
  await expect(page.getByText('请上传佐证材料（照片、签到表等）')).toBeVisible();
  await page.getByTestId('declare-evidence-input').setInputFiles({
    name: '志愿服务.png',
    mimeType: 'image/png',
    // Evidence is stored by content: bytes of its own keep this upload its own name.
    buffer: Buffer.concat([PHOTO, Buffer.from(`member ${Date.now()}`)]),
  });
  await expect(page.getByText('志愿服务.png')).toBeVisible();
  await snap(page, 'declare-phone');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId('declare-submit').click();
  await expect(page.getByText('已提交，等待记分员审核')).toBeVisible();
  const mine = page.getByTestId('my-declaration').filter({ hasText: what });
  await expect(mine.getByTestId('declaration-status')).toHaveText('待审核');
  await expect(mine.getByText('查看佐证材料')).toBeVisible();

  // The scorekeeper, at a desk, accepts it with a reason.
  const desk = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const keeper = await desk.newPage();
  await logIn(keeper, 'jifenyuan1');
  await expectHome(keeper);
  const switcher = keeper.getByTestId('branch-switcher');
  if (!((await switcher.textContent()) ?? '').includes('办公室党支部')) {
    await switcher.click();
    await keeper.getByTitle('办公室党支部').click();
  }
  await keeper.getByRole('menu').getByText('申报审核').click();
  const row = keeper.locator('tr', { hasText: what });
  await expect(row).toContainText('待审核');
  await snap(keeper, 'declarations-inbox');
  await row.getByTestId('inbox-accept').click();
  const dialog = keeper.getByRole('dialog');
  await expect(dialog).toContainText(what);
  await dialog.getByLabel('理由（党员可见）').fill('照片清楚，予以采纳');
  await dialog.getByRole('button', { name: /采\s*纳/ }).click();
  await expect(keeper.getByText('已采纳，计入该党员当月特色分')).toBeVisible();
  await desk.close();

  // The member sees the decision, its reason and its history.
  await page.reload();
  await expect(mine.getByTestId('declaration-status')).toHaveText('已采纳');
  await expect(mine).toContainText('计入 5.00 分');
  await expect(mine).toContainText('照片清楚，予以采纳');
  await mine.getByText(/处理记录/).click();
  await expect(mine.getByTestId('declaration-history')).toContainText('记分员采纳');
  await snap(page, 'declare-accepted-phone');
});

test('a member disputes a rejection and the branch committee changes the decision', async ({
  page,
  browser,
}) => {
  await logIn(page, 'dangyuan1');
  await expectHome(page);
  await page.goto('/my/declare');
  await expect(async () => {
    await page.getByTestId('declare-item').click();
    await page.locator('.ant-select-item-option', { hasText: '网格化' }).click({ timeout: 2000 });
  }).toPass();
  const what = `网格走访 3 户困难群众（e2e ${Date.now()}）`;
  await page.getByLabel('申报内容').fill(what);
  await page.getByTestId('declare-evidence-input').setInputFiles({
    name: '走访记录.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([PHOTO, Buffer.from(`visit ${Date.now()}`)]),
  });
  await expect(page.getByText('走访记录.png')).toBeVisible();
  await page.getByTestId('declare-submit').click();
  const mine = page.getByTestId('my-declaration').filter({ hasText: what });
  await expect(mine.getByTestId('declaration-status')).toHaveText('待审核');

  const desk = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const keeper = await desk.newPage();
  await logIn(keeper, 'jifenyuan1');
  await expectHome(keeper);
  const switcher = keeper.getByTestId('branch-switcher');
  if (!((await switcher.textContent()) ?? '').includes('办公室党支部')) {
    await switcher.click();
    await keeper.getByTitle('办公室党支部').click();
  }
  await keeper.goto('/declarations');
  await keeper.locator('tr', { hasText: what }).getByTestId('inbox-reject').click();
  await keeper.getByRole('dialog').getByLabel('理由（党员可见）').fill('走访记录缺少社区签字');
  await keeper
    .getByRole('dialog')
    .getByRole('button', { name: /不采纳/ })
    .click();
  await expect(keeper.getByText('已不采纳，党员可提出异议')).toBeVisible();
  await desk.close();

  await page.reload();
  await expect(mine.getByTestId('declaration-status')).toHaveText('未采纳');
  await expect(mine).toContainText('走访记录缺少社区签字');
  await mine.getByTestId('declare-dispute').click();
  await page.getByRole('dialog').getByLabel('异议理由').fill('社区签字页在第二页，已补传');
  await page.getByRole('dialog').getByRole('button', { name: '提交异议' }).click();
  await expect(mine.getByTestId('declaration-status')).toHaveText('有异议');

  // The secretary, for the branch committee, changes the decision.
  const office = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const secretary = await office.newPage();
  await logIn(secretary, 'shuji1');
  await expectHome(secretary);
  await secretary.getByRole('menu').getByText('申报审核').click();
  await secretary.locator('tr', { hasText: what }).getByTestId('inbox-resolve').click();
  const dialog = secretary.getByRole('dialog');
  await expect(dialog).toContainText('申报人的异议：社区签字页在第二页，已补传');
  await dialog.getByText('改为采纳').click();
  await dialog.getByLabel('决定理由（记入处理记录）').fill('经支委会核实，签字齐全，改为采纳');
  await snap(secretary, 'declarations-dispute');
  await dialog.getByRole('button', { name: '记录决定' }).click();
  await expect(secretary.getByText('已记录支部委员会的决定')).toBeVisible();
  await office.close();

  await page.reload();
  await expect(mine.getByTestId('declaration-status')).toHaveText('改变原决定 · 计分');
  await mine.getByText(/处理记录/).click();
  const history = mine.getByTestId('declaration-history');
  for (const step of ['提交申报', '记分员未采纳', '申报人提出异议', '支部委员会改变原决定']) {
    await expect(history).toContainText(step);
  }
  // Who acted, by name: the branch secretary recorded the committee's decision.
  await expect(history).toContainText('（办公室支部书记）');
  await snap(page, 'declare-dispute-phone');
});
