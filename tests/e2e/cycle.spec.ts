import { E2E_TODAY, E2E_YEAR, expect, expectHome, logIn, snap, test } from './support';

// The assessment cycle of 办公室党支部: shuji1 is its secretary, dangyuan1 one of its members.
test.slow();

// Both journeys ask dangyuan1 to confirm a quarter of 办公室党支部 (the third, then the second), and
// each reads how many confirmations wait for them: they run one after the other.
test.describe('办公室党支部的季度确认', () => {
  test.describe.configure({ mode: 'default' });

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
    // An irreversible step asks first.
    await page.getByRole('dialog').getByRole('button', { name: '开始季度考评' }).click();
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
    await expect(member.getByTestId('my-quarter-3').getByTestId('my-confirmation')).toHaveText(
      '已确认',
    );

    // Back at the panel: the member's answer is there; the others confirmed at the meeting.
    await page.reload();
    await expect(page.getByTestId('quarter-rows')).toContainText('已确认');
    await expect(page.getByRole('button', { name: /书记签字/ })).toBeDisabled();
    await page.getByTestId('quarter-rows').locator('thead .ant-checkbox-input').check();
    await page.getByRole('button', { name: /登记当面确认/ }).click();
    // Recording in person asks first, with the meeting's date and a note. The date starts at the
    // server's day (its calendar, not the browser's clock, decides what is in the future).
    await expect(page.getByRole('dialog').getByLabel('当面确认日期')).toHaveValue(E2E_TODAY);
    await page.getByRole('dialog').getByLabel('说明（如会议名称、地点）').fill('支部党员大会');
    await page.getByRole('dialog').getByRole('button', { name: '确认登记' }).click();
    await expect(page.getByText(/已登记 \d+ 人当面确认/)).toBeVisible();
    await expect(page.getByTestId('quarter-rows')).not.toContainText('待确认');
    await snap(page, 'quarterly-review-confirmed');

    await page.getByRole('button', { name: /书记签字/ }).click();
    const signDialog = page.getByRole('dialog');
    await signDialog.getByRole('button', { name: /书记签字/ }).click();
    // Declarations of the quarter's months still undecided: the server asks for a written reason,
    // kept with the signature.
    const reason = signDialog.getByLabel('签字理由');
    await expect(
      reason.or(steps.locator('.ant-steps-item-process', { hasText: '已签字' })).first(),
    ).toBeVisible();
    if (await reason.isVisible()) {
      await reason.fill('未决申报已在支部大会说明，不影响本季度得分');
      await signDialog.getByRole('button', { name: /书记签字/ }).click();
    }
    await expect(steps.locator('.ant-steps-item-process')).toContainText('已签字');

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

  // The second quarter: shuji1 starts its review, dangyuan1 finds the confirmation on the home
  // page and gives it, and the secretary's count of what waits goes down by one.
  const badgeCount = async (page: import('@playwright/test').Page) => {
    const badge = page.getByTestId('badge-quarterlyReview');
    await expect(badge).toBeVisible();
    return Number((await badge.innerText()).replace(/\D/g, ''));
  };

  test('a member sees a pending confirmation on the home page and confirms it; the secretary’s badge counts down', async ({
    page,
    browser,
  }) => {
    const year = E2E_YEAR;
    await logIn(page, 'shuji1');
    await expectHome(page);
    await page.goto(`/quarterly-review?year=${year}&quarter=2`);
    await expect(page.getByTestId('quarter-not-started')).toBeVisible();
    await page.getByRole('button', { name: '开始季度考评' }).click();
    // Starting cannot be undone: the screen asks first.
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('不能撤回');
    await dialog.getByRole('button', { name: '开始季度考评' }).click();
    await expect(
      page.getByTestId('quarter-steps').locator('.ant-steps-item-process'),
    ).toContainText('考评中');
    // The badge counts what waits on the server: read it afresh once the quarter has started
    // (read at once, it could still show the count from before the start).
    await page.reload();
    await expect(
      page.getByTestId('quarter-steps').locator('.ant-steps-item-process'),
    ).toContainText('考评中');
    const before = await badgeCount(page);
    expect(before).toBeGreaterThan(1);

    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      isMobile: true,
      hasTouch: true,
    });
    const member = await phone.newPage();
    await logIn(member, 'dangyuan1');
    await expectHome(member);
    const task = member.getByTestId('task-CONFIRMATIONS_TO_GIVE');
    await expect(task).toContainText('1 项待确认');
    await expect(task).toContainText(/截止 \d{4}-\d{2}-\d{2}/);
    await snap(member, 'home-member-task');
    await task.getByRole('link', { name: '去办理' }).click();
    await expect(member).toHaveURL(/\/my\/confirm/);
    await member.getByRole('button', { name: '确认无误' }).click();
    await expect(member.getByTestId('my-quarter-2').getByTestId('my-confirmation')).toHaveText(
      '已确认',
    );
    await member.goto('/');
    await expect(member.getByTestId('my-tasks')).not.toContainText('项待确认');
    await phone.close();

    await page.reload();
    await expect.poll(() => badgeCount(page)).toBe(before - 1);
    await snap(page, 'quarterly-review-badge');
  });
});

/** A GraphQL call as the person logged in on `page` (the request shares the page's cookies). */
async function gql<T = Record<string, unknown>>(
  page: import('@playwright/test').Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

test('the branch submits its year, the committee approves it, and the secretary follows up the warning', async ({
  page,
  browser,
}) => {
  // The demo ledger is this year's, whose last quarter has not ended yet: the year walked here is
  // last year, set up through the API — its scheme, a member of 财务处党支部 who belonged to the
  // branch that year only, and four quarters confirmed and signed.
  const year = E2E_YEAR - 1;
  await logIn(page, 'admin');
  await expectHome(page);
  const { createScheme } = await gql<{ createScheme: { id: string; revision: number } }>(
    page,
    'mutation($y: Int!) { createScheme(year: $y, from: DEFAULT_2021) { id revision } }',
    { y: year },
  );
  await gql(
    page,
    'mutation($id: ID!, $r: Int!) { publishScheme(id: $id, expectedRevision: $r) { id } }',
    {
      id: createScheme.id,
      r: createScheme.revision,
    },
  );

  const branchContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const secretary = await branchContext.newPage();
  await logIn(secretary, 'shuji2');
  await expectHome(secretary);
  const { me } = await gql<{ me: { roles: { role: string; branchId: string }[] } }>(
    secretary,
    '{ me { roles { role branchId } } }',
  );
  const branchId = me.roles.find((r) => r.role === 'SECRETARY')!.branchId;
  const { createMember } = await gql<{ createMember: { id: string } }>(
    secretary,
    `mutation($b: ID!, $from: String!) {
      createMember(input: { branchId: $b, fromMonth: $from, joinedOn: "2010-07-01", name: "往年党员" }) { id }
    }`,
    { b: branchId, from: `${year}-01` },
  );
  await gql(
    secretary,
    'mutation($m: ID!, $last: String!) { recordMemberLeaving(input: { memberId: $m, lastMonth: $last }) { id } }',
    { m: createMember.id, last: `${year}-12` },
  );
  for (const quarter of [1, 2, 3, 4]) {
    const { startQuarterReview } = await gql<{ startQuarterReview: { id: string } }>(
      secretary,
      'mutation($i: QuarterKeyInput!) { startQuarterReview(input: $i) { id } }',
      { i: { branchId, year, quarter } },
    );
    await gql(
      secretary,
      'mutation($id: ID!, $m: [ID!]!) { recordPanelConfirmations(assessmentId: $id, memberIds: $m) { id } }',
      { id: startQuarterReview.id, m: [createMember.id] },
    );
    await gql(secretary, 'mutation($id: ID!) { signQuarter(assessmentId: $id) { id } }', {
      id: startQuarterReview.id,
    });
  }

  // The branch: democratic evaluation, re-review, submission.
  await secretary.goto('/annual-evaluation');
  await secretary.getByRole('combobox', { name: '年度' }).click();
  await secretary.getByTitle(String(year), { exact: true }).click();
  await secretary.getByRole('button', { name: '开始民主评议' }).click();
  await expect(secretary.getByTestId('annual-state')).toHaveText('民主评议中');
  await expect(secretary.getByText('还有 1 名党员未评定等次')).toBeVisible();
  await secretary.getByLabel('往年党员 评议等次').click();
  await secretary.getByTitle('合格（7）').click();
  await secretary.getByRole('button', { name: /保存评议等次/ }).click();
  await expect(secretary.getByText('已保存 1 名党员的评议等次')).toBeVisible();
  await secretary.getByRole('button', { name: '完成支委会复核' }).click();
  await secretary.getByLabel('复核意见（可选）').fill('基础分、特色分逐项复核无误');
  await secretary.getByRole('dialog').getByRole('button', { name: '完成支委会复核' }).click();
  await expect(secretary.getByTestId('annual-state')).toHaveText('支委会已复核');
  await secretary.getByRole('button', { name: '上报机关党委' }).click();
  await secretary.getByRole('dialog').getByRole('button', { name: '上报机关党委' }).click();
  await expect(secretary.getByTestId('annual-state')).toHaveText('已报机关党委');
  await expect(secretary.getByTestId('annual-rows')).toContainText('红色预警');
  await snap(secretary, 'annual-evaluation-submitted');

  // The committee: the submitted year waits; a return needs its reasons; then it is approved.
  await page.getByRole('menu').getByText('年度审批').click();
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByTitle(String(year), { exact: true }).click();
  const row = page
    .getByTestId('annual-approvals')
    .locator('tr.ant-table-row', { hasText: '财务处党支部' });
  await expect(row).toContainText('已报机关党委');
  await snap(page, 'annual-approval');
  await row.getByRole('button', { name: /^退\s*回$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /^退\s*回$/ }).click();
  await expect(dialog.getByText('请填写原因')).toBeVisible();
  await dialog.getByRole('button', { name: /取\s*消/ }).click();

  await row.getByRole('button', { name: '审核通过' }).click();
  await page.getByLabel('审核意见（可选）').fill('同意');
  await page.getByRole('dialog').getByRole('button', { name: '审核通过' }).click();
  await expect(row).toContainText('审核通过');
  await row.getByRole('button', { name: /^公\s*示$/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^公\s*示$/ })
    .click();
  // Publishing refreshes the year's scores first: seconds when idle, longer on a busy machine.
  await expect(row.getByTestId('annual-state')).toHaveText('已公示', { timeout: 90_000 });
  await row.locator('.ant-table-row-expand-icon').click();
  await expect(page.getByText('机关党委审核通过')).toBeVisible();
  await snap(page, 'annual-approval-published');

  // The red warning opens a case: the secretary interviews, sets measures, sees them done, closes.
  await secretary.goto('/warnings');
  await secretary.getByRole('combobox', { name: '年度' }).click();
  await secretary.getByTitle(String(year), { exact: true }).click();
  const caseRow = secretary
    .getByTestId('warning-cases')
    .locator('tr.ant-table-row', { hasText: '往年党员' });
  await expect(caseRow).toContainText('红色预警');
  await caseRow.getByRole('button', { name: /明\s*细/ }).click();
  const drawer = secretary.getByTestId('case-drawer');
  await drawer.getByLabel('约谈记录').fill('书记与其谈心谈话，指出学习和组织生活参加不足');
  await drawer.getByLabel('积分落后的原因').fill('工作调动期间未按时参加支部活动');
  await drawer.getByRole('button', { name: '保存约谈记录' }).click();
  await drawer.getByLabel('整改措施 1').fill('每月按时参加支部党课和主题党日');
  await drawer.getByRole('button', { name: '保存整改措施' }).click();
  await expect(drawer).toContainText('整改中');
  await snap(secretary, 'warning-case');
  await drawer.getByRole('button', { name: '登记完成' }).click();
  await secretary.getByLabel('完成情况').fill('三个月全勤');
  await secretary.locator('.ant-modal').getByRole('button', { name: '登记完成' }).click();
  await drawer.getByRole('button', { name: /^结\s*案$/ }).click();
  await secretary.getByLabel('结案意见').fill('整改到位，予以结案');
  await secretary
    .locator('.ant-modal')
    .getByRole('button', { name: /^结\s*案$/ })
    .click();
  await expect(drawer).toContainText('整改到位，予以结案');
  await branchContext.close();
});
