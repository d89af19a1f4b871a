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

/** A red warning case of the member, in rectification with one of two measures done. */
export const outcomeCase = {
  __typename: 'OutcomeCase',
  id: 'c1',
  // Last year's results, followed up this year: shown whichever year the page is on.
  year: 2025,
  branchId: 'b1',
  memberId: 'm1',
  level: 'RED',
  levelLabel: '红色预警（服务端）',
  total: '55.00',
  state: 'RECTIFYING',
  stateLabel: '整改中',
  workflow: [],
  availableActions: [],
  probationExtension: true,
  redTwoYearsRunning: false,
  interviewedOn: '2027-01-10',
  interviewRecord: '已约谈',
  causes: '缺席组织生活',
  closingNote: null,
  openedAt: '2027-01-05T02:00:00Z',
  closedAt: null,
  member: { __typename: 'Member', id: 'm1', name: '邹华梅', status: 'PROBATIONARY' },
  measures: [
    {
      id: 'r1',
      position: 1,
      description: '按时参加支部大会',
      deadline: '2027-03-31',
      doneOn: '2027-02-01',
      doneNote: null,
    },
    {
      id: 'r2',
      position: 2,
      description: '补学党章',
      deadline: '2027-04-30',
      doneOn: null,
      doneNote: null,
    },
  ].map((m) => ({ __typename: 'RectificationMeasure', ...m })),
};
