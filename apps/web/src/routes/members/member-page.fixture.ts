/** The member page's answer as the server gives it, for the page's tests. */
const summary = (id: string, period: string, total: string) => ({
  __typename: 'ScoreSummary',
  id,
  period,
  total,
  provisional: true,
  asOf: '2026-10',
});

export function page(availableActions: string[], overrides: Record<string, unknown> = {}) {
  return {
    data: {
      member: {
        __typename: 'Member',
        id: 'm1',
        name: '邹华梅',
        status: 'PROBATIONARY',
        statusLabel: '预备党员',
        position: '科员',
        active: true,
        joinedOn: '2025-11-20',
        fullMemberOn: null,
        gender: 'FEMALE',
        genderLabel: '女',
        birthDate: '1998-05-04',
        phone: null,
        branchId: 'b1',
        groupId: null,
        group: null,
        branch: { __typename: 'Branch', id: 'b1', name: '办公室党支部' },
        availableActions,
        memberships: [
          {
            __typename: 'Membership',
            id: 'ms1',
            fromMonth: '2026-01',
            toMonth: '2026-06',
            branch: { __typename: 'Branch', id: 'b3', name: '资产管理处党支部' },
          },
          {
            __typename: 'Membership',
            id: 'ms2',
            fromMonth: '2026-07',
            toMonth: null,
            branch: { __typename: 'Branch', id: 'b1', name: '办公室党支部' },
          },
        ],
        year: summary('s0', 'year', '71.50'),
        q1: summary('s1', 'q1', '72.00'),
        q2: null,
        q3: null,
        q4: null,
        ...overrides,
      },
    },
  };
}
