import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../app/providers';
import type { SchemeTryOutQuery, SchemeWhatIfQuery } from '../../graphql/graphql';
import { BureauWhatIf } from './SchemeWhatIf';
import { TryOutResult } from './TryOutResult';
import { WhatIfResult } from './WhatIfResult';
import { RecordsYearSelect } from './try-out-shared';
import { bandsOnlyFetch, outcomeBandsAnswer } from '../../test/render-app';

// ECharts draws on a canvas, which the test DOM lacks; the chart's option is tested on its own.
vi.mock('../../components/Chart', () => ({
  Chart: ({ testId }: { testId?: string }) => <div data-testid={testId} />,
}));

const line = (itemCode: string, textZh: string, points: string) => ({
  __typename: 'ScoreLine' as const,
  itemCode,
  month: '2025-05',
  labelZh: itemCode,
  labelEn: itemCode,
  textZh,
  textEn: textZh,
  points,
});

const score = (total: string, band: string) => ({
  __typename: 'MemberScore' as const,
  schemeVersion: 1,
  total: { value: total },
  base: { value: '70.00' },
  special: { value: '10.00' },
  evaluation: null,
  outcome: { band },
  provisional: false,
  projection: null,
  warnings: [],
});

const tryOut: SchemeTryOutQuery['schemeTryOut'] = {
  recordsYear: 2025,
  asOf: '2025-12',
  delta: '-3',
  current: score('80.00', 'priorityCandidate'),
  draft: {
    ...score('77.00', 'incentive'),
    warnings: [
      { code: 'schemeOfAnotherYear', messageZh: '用 2027 年方案计算 2025 年的记录', messageEn: '' },
    ],
  },
  lines: [
    {
      key: 'a',
      change: 'SAME',
      changeLabel: '相同',
      current: line('dues', '党费 2025-05：按时', '5/6'),
      draft: line('dues', '党费 2025-05：按时', '5/6'),
    },
    {
      key: 'b',
      change: 'CHANGED',
      changeLabel: '有变化（服务端）',
      current: line('volunteer-service', '志愿服务：5 分', '5'),
      draft: line('volunteer-service', '志愿服务：2 分', '2'),
    },
  ],
};

const summary = (branchId: string | null, branchName: string | null) => ({
  __typename: 'WhatIfSummary' as const,
  branchId,
  branchName,
  members: 2,
  meanCurrent: '77.50',
  meanDraft: '76.00',
  meanShift: '-1.50',
  changed: 1,
  bandChanged: 1,
  bands: [
    { band: 'PRIORITY_CANDIDATE' as const, current: 1, draft: 0, movedIn: 0, movedOut: 1 },
    { band: 'INCENTIVE' as const, current: 1, draft: 2, movedIn: 1, movedOut: 0 },
  ],
  distribution: [{ from: 70, to: 80, current: 1, draft: 2 }],
});

const whatIf: SchemeWhatIfQuery['schemeWhatIf'] = {
  recordsYear: 2025,
  asOf: '2025-12',
  provisional: false,
  currentVersion: 1,
  draftYear: 2027,
  bureau: summary(null, null),
  branches: [summary('b1', '办公室党支部')],
  members: [
    {
      memberId: 'm1',
      name: '甲',
      branchName: '办公室党支部',
      current: '80.00',
      draft: '77.00',
      delta: '-3',
      currentBand: 'PRIORITY_CANDIDATE',
      draftBand: 'INCENTIVE',
      changed: true,
      projected: false,
    },
    {
      memberId: 'm2',
      name: '乙',
      branchName: '办公室党支部',
      current: '75.00',
      draft: '75.00',
      delta: '0',
      currentBand: 'INCENTIVE',
      draftBand: 'INCENTIVE',
      changed: false,
      projected: false,
    },
  ],
};

const recordsYear = (year: number, through: string | null, recorded: number, approved: number) => ({
  __typename: 'TryOutRecordsYear' as const,
  year,
  recordedThrough: through,
  branchesRecorded: recorded,
  branchesApproved: approved,
  provisional: approved < recorded,
  preferred: year === 2026,
});
const recordsYearsAnswer = {
  data: {
    tryOutRecordsYears: [recordsYear(2026, '2026-10', 5, 0), recordsYear(2025, '2025-12', 5, 5)],
  },
};

describe('trying a draft out', { timeout: 30_000 }, () => {
  it('names each year of records by how far it is recorded and approved', () => {
    const years = [
      recordsYear(2026, '2026-10', 5, 0),
      recordsYear(2025, '2025-12', 5, 5),
      recordsYear(2024, '2024-12', 5, 2),
      recordsYear(2023, null, 0, 0),
    ];
    const labels = ['2026 年台账（计至 2026-10，未审定）', '2025 年台账（全年，已审定）'];
    labels.push('2024 年台账（计至 2024-12，2/5 个支部已审定）', '2023 年台账（尚无录入）');
    years.forEach((y, i) => {
      const { unmount } = render(
        <AppProviders fetch={bandsOnlyFetch}>
          <RecordsYearSelect years={years} value={y.year} onChange={() => undefined} />
        </AppProviders>,
      );
      expect(screen.getByText(labels[i]!)).toBeInTheDocument();
      unmount();
    });
  });

  it('shows both totals and only the lines that differ, marked', async () => {
    render(
      <AppProviders>
        <TryOutResult result={tryOut} />
      </AppProviders>,
    );
    const view = screen.getByTestId('try-out');
    expect(view).toHaveTextContent('80.00');
    expect(view).toHaveTextContent('77.00');
    expect(view).toHaveTextContent('用 2027 年方案计算 2025 年的记录');
    // A judged year's totals are final: no provisional note.
    expect(within(view).queryByTestId('try-out-provisional')).toBeNull();
    expect(within(view).getByText('有变化（服务端）')).toBeInTheDocument();
    expect(within(view).getByText('志愿服务：2 分')).toBeInTheDocument();
    expect(within(view).queryByText('党费 2025-05：按时')).not.toBeInTheDocument();
    await userEvent.click(within(view).getByRole('switch'));
    expect(within(view).getAllByText('党费 2025-05：按时')).toHaveLength(2);
    expect(within(view).getByText('0.83 → 0.83')).toBeInTheDocument();
  });

  it('shows a year not yet approved as provisional totals and projected bands', async () => {
    const provisional = (total: string, projected: string, band: string) => ({
      ...score(total, band),
      outcome: null,
      provisional: true,
      projection: { __typename: 'ScoreProjection' as const, total: projected, band },
    });
    render(
      <AppProviders fetch={bandsOnlyFetch}>
        <TryOutResult
          result={{
            ...tryOut,
            recordsYear: 2026,
            asOf: '2026-10',
            current: provisional('75.00', '82.00', 'priorityCandidate'),
            draft: provisional('72.00', '79.00', 'incentive'),
          }}
        />
      </AppProviders>,
    );
    const view = screen.getByTestId('try-out');
    expect(within(view).getByTestId('try-out-provisional')).toHaveTextContent(
      '总分为计至 2026-10 的暂定得分，仍可能变化。结果为预计',
    );
    expect(view).toHaveTextContent('82.00 → 79.00');
    // The bands are the projections', marked 预计, never a final outcome.
    expect(await within(view).findByText('预计 · 优先推荐')).toBeInTheDocument();
    expect(within(view).getByText('预计 · 激励关怀')).toBeInTheDocument();
  });

  it('marks a provisional quarter’s totals as such, with no band', () => {
    render(
      <AppProviders fetch={bandsOnlyFetch}>
        <TryOutResult
          result={{
            ...tryOut,
            asOf: '2026-08',
            current: { ...score('24.00', 'incentive'), outcome: null, provisional: true },
            draft: { ...score('24.00', 'incentive'), outcome: null, provisional: true },
          }}
        />
      </AppProviders>,
    );
    const note = screen.getByTestId('try-out-provisional');
    expect(note).toHaveTextContent('总分为计至 2026-08 的暂定得分，仍可能变化。');
    expect(note).not.toHaveTextContent('结果为预计');
  });

  it('says a what-if of a year not yet approved compares projections', () => {
    render(
      <AppProviders>
        <WhatIfResult
          seconds={1}
          result={{
            ...whatIf,
            recordsYear: 2026,
            asOf: '2026-10',
            provisional: true,
            members: whatIf.members.map((m) => ({ ...m, projected: true })),
          }}
        />
      </AppProviders>,
    );
    expect(screen.getByTestId('what-if-projected')).toHaveTextContent(
      '2026 年尚未审定：按各支部已录入的月份（计至 2026-10）计算预计全年得分',
    );
    expect(within(screen.getByTestId('what-if-bands')).getByText('预计结果')).toBeInTheDocument();
  });

  it('runs the bureau-wide what-if on the server, showing progress, then who moves', async () => {
    let answer: (body: string) => void = () => undefined;
    const sent: { operationName: string; variables: Record<string, unknown> }[] = [];
    const respond = (body: string) =>
      new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    const fetch = (_: RequestInfo | URL, init?: RequestInit) => {
      const op = JSON.parse(String(init?.body)) as (typeof sent)[number];
      // The providers ask who is signed in; only the what-if is held back, to watch it run.
      if (op.operationName === 'OutcomeBands')
        return Promise.resolve(respond(JSON.stringify(outcomeBandsAnswer())));
      if (op.operationName === 'TryOutRecordsYears')
        return Promise.resolve(respond(JSON.stringify(recordsYearsAnswer)));
      if (op.operationName !== 'SchemeWhatIf')
        return Promise.resolve(respond(JSON.stringify({ data: { me: null } })));
      sent.push(op);
      return new Promise<Response>((resolve) => {
        answer = (body) => resolve(respond(body));
      });
    };
    render(
      <AppProviders fetch={fetch as typeof window.fetch}>
        <BureauWhatIf draft={{ schemeId: 's1' }} valid draftYear={2027} />
      </AppProviders>,
    );
    // The year the server prefers for a draft of 2027, in the server's words of how far it is.
    expect(await screen.findByText('2026 年台账（计至 2026-10，未审定）')).toBeInTheDocument();
    // Before it runs, it says that a year not yet approved is compared by projections.
    expect(screen.getByText(/所在支部尚未审定该年度的党员按预计全年得分对比/)).toHaveTextContent(
      '2026 年的真实台账（计至 2026-10）',
    );
    await userEvent.click(screen.getByRole('button', { name: '开始对比试算' }));
    expect(await screen.findByTestId('what-if-progress')).toHaveTextContent('已用时');
    expect(sent[0]!.operationName).toBe('SchemeWhatIf');
    expect(sent[0]!.variables).toEqual({ draft: { schemeId: 's1' }, recordsYear: 2026 });
    answer(JSON.stringify({ data: { schemeWhatIf: whatIf } }));
    const result = await screen.findByTestId('what-if');
    expect(within(result).getByTestId('what-if-band-changed')).toHaveTextContent('1');
    const members = within(result).getByTestId('what-if-members');
    expect(within(members).getByText('甲')).toBeInTheDocument();
    expect(within(members).queryByText('乙')).not.toBeInTheDocument();
    // Each band named as the server names it.
    await waitFor(() =>
      expect(within(result).getByTestId('what-if-bands')).toHaveTextContent('优先推荐'),
    );
    expect(within(result).getByText('总分分布')).toBeInTheDocument();
    expect(within(result).getByTestId('what-if-distribution')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('what-if-progress')).not.toBeInTheDocument());
  });
});
