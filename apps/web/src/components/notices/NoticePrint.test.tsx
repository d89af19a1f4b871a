import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';

const row = (memberId: string, name: string, total: string, band: string) => ({
  __typename: 'PublishedRow',
  memberId,
  name,
  total,
  base: '60.00',
  special: '10.00',
  evaluation: '9.00',
  grade: 'GOOD',
  band,
  revision: 1,
});

/** 办公室's 2026 year, approved and published: the list as the server published it. */
const annual = {
  __typename: 'AnnualAssessment',
  id: 'a1',
  year: 2026,
  branchId: 'b1',
  state: 'PUBLISHED',
  availableActions: [],
  revision: 1,
  reviewedAt: null,
  submittedAt: '2027-01-10T02:00:00.000Z',
  approvedAt: '2027-01-15T02:00:00.000Z',
  publishedAt: '2027-01-18T02:00:00.000Z',
  noticeEndsOn: '2027-01-25',
  grades: [],
  scores: [],
  steps: [],
  publications: [
    {
      __typename: 'Publication',
      id: 'p1',
      branchId: 'b1',
      kind: 'YEAR',
      year: 2026,
      quarter: 0,
      number: 1,
      publishedOn: '2027-01-18',
      publishedAt: '2027-01-18T02:00:00.000Z',
      firstCountedDay: '2027-01-19',
      noticeEndsOn: '2027-01-25',
      noticeState: 'OPEN',
      availableActions: ['raiseObjection'],
      provisionalYears: [],
      note: null,
      rows: [
        row('m1', '王芳', '85.00', 'priorityCandidate'),
        row('m2', '李强', '55.00', 'redWarning'),
      ],
      objections: [],
    },
  ],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the printable 公示 notice', () => {
  it("prints the year's list as published, with the bureau, branch, window and where to object", async () => {
    // What the print dialog would get: the notice alone, the app hidden by the print stylesheet.
    let printedText = '';
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      printedText = document.querySelector('.notice-print-root')?.textContent ?? '';
      expect(document.body).toHaveClass('printing-notice');
      window.dispatchEvent(new Event('afterprint'));
    });
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }], '机关党委'), {
      AnnualAssessments: () => ({ data: { annualAssessments: [annual] } }),
      AnnualMembers: () => ({ data: { members: [] } }),
      CommitteeFlags: () => ({ data: { committeeFlags: [] } }),
    });
    renderApp('/annual-approval', server);
    const table = await screen.findByTestId('annual-approvals', {}, { timeout: 15_000 });
    const user = userEvent.setup();
    await user.click(await within(table).findByTestId('print-notice-p1'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(printedText).toContain('常州市机关事务管理局');
    expect(printedText).toContain('办公室党支部2026年度党员积分考评结果公示');
    expect(printedText).toContain('公示期：2027年1月19日至2027年1月25日');
    expect(printedText).toContain('请于2027年1月25日前向办公室党支部委员会书面或当面反映');
    expect(printedText).toContain('王芳');
    expect(printedText).toContain('优先推荐');
    expect(printedText).toContain('红色预警');
    expect(printedText).toContain('中共办公室党支部委员会');
    // Printing over, the notice leaves the page and the app prints as before.
    await waitFor(() => expect(document.querySelector('.notice-print-root')).toBeNull());
    expect(document.body).not.toHaveClass('printing-notice');
  }, 40_000);
});
