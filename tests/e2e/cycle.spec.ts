import { expect, expectHome, logIn, snap, test } from './support';

// The assessment cycle of 办公室党支部: shuji1 is its secretary, dangyuan1 one of its members.
test.slow();

test('the secretary reviews a quarter, a member confirms on the phone, the secretary signs and publishes it', async ({
  page,
  browser,
}) => {
  await logIn(page, 'shuji1');
  await expectHome(page);
  await page.getByRole('menu').getByText('季度考评').click();
  // The last quarter that has ended is chosen; start its review.
  await expect(page.getByTestId('quarter-not-started')).toBeVisible();
  await snap(page, 'quarterly-review-not-started');
  await page.getByRole('button', { name: '开始季度考评' }).click();
  const steps = page.getByTestId('quarter-steps');
  await expect(steps.locator('.ant-steps-item-process')).toContainText('考评中');
  const rows = page.getByTestId('quarter-rows').locator('tr.ant-table-row');
  await expect(rows.first()).toContainText('待确认');

  // The member checks the quarter on a phone and confirms it.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: true,
    hasTouch: true,
  });
  const member = await phone.newPage();
  const memberErrors: string[] = [];
  member.on('pageerror', (e) => memberErrors.push(e.message));
  await logIn(member, 'dangyuan1');
  await expectHome(member);
  await member.goto('/my/confirm');
  await expect(member.getByText('有 1 个季度的得分等待您核对确认')).toBeVisible();
  await expect(member.getByTestId('explanation-lines')).toBeVisible();
  await snap(member, 'confirm-phone');
  await member.getByRole('button', { name: '确认无误' }).click();
  await expect(member.getByTestId('my-confirmation')).toHaveText('已确认');

  // Back at the panel: the member's answer is there; the others confirmed at the meeting.
  await page.reload();
  await expect(page.getByTestId('quarter-rows')).toContainText('已确认');
  await expect(page.getByRole('button', { name: /书记签字/ })).toBeDisabled();
  await page.getByTestId('quarter-rows').locator('thead .ant-checkbox-input').check();
  await page.getByRole('button', { name: /登记当面确认/ }).click();
  await expect(page.getByText(/已登记 \d+ 人当面确认/)).toBeVisible();
  await expect(page.getByTestId('quarter-rows')).not.toContainText('待确认');
  await snap(page, 'quarterly-review-confirmed');

  await page.getByRole('button', { name: /书记签字/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /书记签字/ })
    .click();
  await expect(steps.locator('.ant-steps-item-process')).toContainText('书记签字');

  await page.getByRole('button', { name: /^公\s*示$/ }).click();
  await expect(page.getByRole('dialog')).toContainText('5 个工作日');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^公\s*示$/ })
    .click();
  await expect(steps.locator('.ant-steps-item-process')).toContainText('公示中');
  const notice = page.getByTestId('notice');
  await expect(notice.getByTestId('notice-state')).toHaveText('公示中');
  await expect(notice.getByTestId('notice-window')).toHaveText(
    /^\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}$/,
  );
  await snap(page, 'quarterly-review-published');

  // The member sees the notice too, and may object while it is open.
  await member.reload();
  await expect(member.getByTestId('notice-state')).toHaveText('公示中');
  await member.getByRole('button', { name: '提出异议' }).click();
  await member.getByLabel('异议内容').fill('9 月党小组会已参加，签到表漏记');
  await member.getByRole('button', { name: '提交异议' }).click();
  await expect(member.getByTestId('notice')).toContainText('待处理');
  await snap(member, 'notice-phone');
  expect(memberErrors).toEqual([]);
  await phone.close();

  // The branch committee decides the objection.
  await page.reload();
  await page.getByRole('button', { name: '异议不成立' }).click();
  await page.getByLabel('支委会处理意见').fill('经核对签到表，当月党小组会未签到');
  await page.getByRole('dialog').getByRole('button', { name: '异议不成立' }).click();
  await expect(page.getByTestId('notice')).toContainText('不成立');
});
