import { E2E_YEAR, expect, expectHome, logIn, snap, test } from './support';

// Three people in turn, each waiting for the server's answer: give the journey time.
test.slow();

const year = E2E_YEAR;

test('the committee draws a spot check and records a discrepancy; the branch secretary answers it; the committee closes it', async ({
  page,
  browser,
}) => {
  const title = `e2e 抽查 ${Date.now()}`;
  await logIn(page, 'admin');
  await expectHome(page);
  await page.getByRole('menu').getByText('随机抽查').click();
  await page.getByRole('button', { name: '抽取样本' }).click();
  const draw = page.getByRole('dialog');
  await draw.getByLabel('抽查名称').fill(title);
  const from = draw.getByLabel('起始月份');
  await from.click();
  await from.fill(`${year}-01`);
  await from.press('Enter');
  await draw.getByLabel('抽样数量').fill('12');
  await draw.getByRole('button', { name: '抽取样本' }).click();
  await expect(page.getByText(/已抽取 12 项/)).toBeVisible();

  // Every branch is in the sample; the committee records a discrepancy on an item of 办公室.
  const card = page.locator('.ant-card').filter({ hasText: title });
  await expect(card.getByText('待核查 12')).toBeVisible();
  const office = card.getByRole('row').filter({ hasText: '办公室党支部' }).first();
  await office.getByRole('button', { name: '登记问题' }).click();
  const flag = page.getByRole('dialog');
  await flag.getByLabel('发现的问题').fill('记录与佐证材料不符');
  await flag.getByRole('button', { name: '登记问题' }).click();
  await expect(card.getByRole('row').filter({ hasText: '待支部答复' })).toHaveCount(1);
  await snap(page, 'spot-check-committee');

  // The secretary of 办公室 sees the finding about their branch, and only theirs, and answers it.
  const branchContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const secretary = await branchContext.newPage();
  await logIn(secretary, 'shuji1');
  await expectHome(secretary);
  await secretary.getByRole('menu').getByText('抽查问题答复').click();
  const own = secretary.locator('.ant-card').filter({ hasText: title });
  const followUp = own.getByRole('row').filter({ hasText: '待支部答复' });
  await expect(followUp).toHaveCount(1);
  await expect(own.getByRole('row').filter({ hasText: '财务处党支部' })).toHaveCount(0);
  await followUp.getByRole('button', { name: /^答\s*复$/ }).click();
  const answer = secretary.getByRole('dialog');
  await answer.getByLabel('支部答复').fill('记分员录入有误，已在台账中改正');
  await answer.getByRole('button', { name: /^答\s*复$/ }).click();
  await expect(own.getByRole('row').filter({ hasText: '待机关党委关闭' })).toHaveCount(1);
  await branchContext.close();

  // The committee reads the answer and closes the follow-up, then exports the check.
  await page.reload();
  const answered = card.getByRole('row').filter({ hasText: '待机关党委关闭' });
  await expect(answered).toHaveCount(1);
  await answered.getByRole('button', { name: '展开行' }).click();
  await expect(card.getByText('记分员录入有误，已在台账中改正')).toBeVisible();
  await answered.getByRole('button', { name: /^关\s*闭$/ }).click();
  const close = page.getByRole('dialog');
  await close.getByLabel('关闭意见（可选）').fill('已核实改正');
  await close
    .getByRole('button', { name: /^关\s*闭$/ })
    .last()
    .click();
  await expect(card.getByText('已关闭 1')).toBeVisible();
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: '导出 Excel' }).click();
  expect((await download).suggestedFilename()).toBe(`${title}-随机抽查.xlsx`);
});
