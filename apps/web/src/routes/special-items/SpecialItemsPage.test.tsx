import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer, VIEWER_YEAR } from '../../test/render-app';

const proposal = (id: string, code: string, status: string, statusLabel: string) => ({
  __typename: 'BranchItemProposal',
  id,
  year: VIEWER_YEAR,
  itemCode: code,
  item: {
    nameZh: `项目${id}`,
    nameEn: `Item ${id}`,
    rule: { unitPoints: '2' },
    cap: '4',
    evidence: { zh: '记录', en: 'Record' },
  },
  reason: '围绕中心工作',
  status,
  statusLabel,
  decisionReason: null,
  decidedAt: null,
  createdAt: '2026-03-01T00:00:00Z',
  version: 1,
  branchId: 'b1',
  branch: { __typename: 'Branch', id: 'b1', name: '办公室党支部' },
});

describe('the special items screen', { timeout: 60_000 }, () => {
  it('names the filters and each proposal’s status as the server does', async () => {
    renderApp(
      '/special-items',
      loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), {
        BranchItemProposals: () => ({
          data: {
            branchItemProposals: [
              proposal('p1', 'bgs-a', 'PROPOSED', '待审批（服务端）'),
              proposal('p2', 'bgs-b', 'APPROVED', '已批准（服务端）'),
            ],
          },
        }),
        BranchItemProposalStatuses: () => ({
          data: {
            branchItemProposalStatuses: [
              { __typename: 'ProposalStatusChoice', status: 'PROPOSED', label: '待审批（服务端）' },
              { __typename: 'ProposalStatusChoice', status: 'APPROVED', label: '已批准（服务端）' },
              { __typename: 'ProposalStatusChoice', status: 'REJECTED', label: '未批准（服务端）' },
            ],
          },
        }),
      }),
    );
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    // The pending filter is first: only the proposal awaiting a decision, with the server's word.
    expect(await within(table).findByText('待审批（服务端）')).toBeInTheDocument();
    expect(within(table).queryByText('已批准（服务端）')).toBeNull();
    for (const label of ['待审批（服务端）', '已批准（服务端）', '未批准（服务端）'])
      expect(screen.getAllByText(label).length).toBeGreaterThan(0);
  });
});
