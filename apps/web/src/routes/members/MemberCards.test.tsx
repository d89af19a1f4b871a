import { scheme2021 } from '@jifen/scoring';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';
import { outcomeCase, page } from './member-page.fixture';

const part = (code: string, nameZh: string, value: string) => ({
  __typename: 'ScorePart',
  code,
  nameZh,
  nameEn: code,
  value,
});

const months = {
  data: {
    memberScore: {
      __typename: 'MemberScore',
      memberId: 'm1',
      year: 2026,
      asOf: '2026-03',
      months: ['02', '03'].map((m, i) => ({
        __typename: 'MonthBaseScore',
        month: `2026-${m}`,
        branchId: 'b1',
        base: i ? '78.5' : '80',
        categories: [
          part('political-study', '政治学习', i ? '18.5' : '20'),
          part('organisational-life', '组织生活', '30'),
        ],
      })),
    },
  },
};

const declaration = {
  __typename: 'Declaration',
  id: 'd1',
  branchId: 'b1',
  memberId: 'm1',
  member: { __typename: 'Member', id: 'm1', name: '邹华梅' },
  month: '2026-05',
  itemCode: 'volunteer-service',
  description: '社区献血',
  declaredPoints: '2',
  countedPoints: '2',
  evidenceId: null,
  status: 'ACCEPTED',
  statusLabel: '已认定',
  availableActions: [],
  scorekeeperAccepted: true,
  lastReason: null,
  version: 2,
  createdAt: '2026-05-03T02:00:00Z',
  updatedAt: '2026-05-04T02:00:00Z',
  events: [
    {
      __typename: 'DeclarationEvent',
      id: 'e1',
      step: 'ACCEPTED',
      at: '2026-05-04T02:00:00Z',
      actorRole: 'scorekeeper',
      actorName: '记分员',
      reason: null,
      points: '2',
    },
  ],
};

describe('a member’s page: months, declarations and warning cases', { timeout: 30_000 }, () => {
  it('shows the profile, each month as scored with its explanation, the declarations with their history, and the cases', async () => {
    const asked: Record<string, unknown>[] = [];
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), {
      MemberPage: () => page([], { phone: '13812345678' }),
      MemberMonths: () => months,
      MemberDeclarations: (op) => {
        expect(op.variables?.['filter']).toMatchObject({ memberId: 'm1' });
        return { data: { declarations: [declaration] } };
      },
      MemberOutcomeCases: (op) => {
        expect(op.variables).toEqual({ memberId: 'm1' });
        return { data: { outcomeCases: [outcomeCase] } };
      },
      YearSchemes: (op) => ({
        data: {
          schemes: [
            {
              __typename: 'Scheme',
              id: 's1',
              year: op.variables?.['year'],
              version: 1,
              status: 'PUBLISHED',
              effectiveFromMonth: `${String(op.variables?.['year'])}-01`,
              definition: { ...scheme2021, year: op.variables?.['year'] },
            },
          ],
        },
      }),
      MemberExplanation: (op) => {
        asked.push(op.variables ?? {});
        return {
          data: {
            memberScore: {
              __typename: 'MemberScore',
              memberId: 'm1',
              year: 2026,
              quarter: null,
              month: op.variables?.['month'],
              total: { __typename: 'ScoreAmount', value: '78.5' },
              lines: [
                {
                  __typename: 'ScoreLine',
                  section: 'base',
                  kind: 'count',
                  month: '2026-03',
                  labelZh: '登录学习强国',
                  labelEn: 'Study app',
                  textZh: '登录学习强国 2026-03：应达 31 天，实达 29 天 → 9',
                  textEn: 'Study app 2026-03: 29 of 31 days → 9',
                  points: '9',
                },
              ],
            },
          },
        };
      },
    });
    renderApp('/members/m1', server);
    expect(await screen.findByTestId('member-name')).toHaveTextContent('邹华梅');
    expect(screen.getByText('女')).toBeInTheDocument();
    expect(screen.getByText('1998-05-04')).toBeInTheDocument();
    expect(screen.getByText('13812345678')).toBeInTheDocument();

    const table = await screen.findByTestId('member-months');
    expect(await within(table).findByText('3 月')).toBeInTheDocument();
    expect(table).toHaveTextContent('政治学习');
    expect(table).toHaveTextContent('18.5');
    expect(table).toHaveTextContent('78.5');
    const user = userEvent.setup();
    await user.click(within(table).getAllByRole('button', { name: '得分说明' })[1]!);
    expect(await screen.findByTestId('member-explanation')).toHaveTextContent(
      '应达 31 天，实达 29 天',
    );
    expect(asked.at(-1)).toMatchObject({ year: 2026, month: 3, quarter: null });
    await user.keyboard('{Escape}');

    const declarations = await screen.findByTestId('member-declarations');
    expect(await within(declarations).findByText('志愿服务参与情况')).toBeInTheDocument();
    expect(declarations).toHaveTextContent('已认定');
    expect(declarations).not.toHaveTextContent('volunteer-service');
    await user.click(within(declarations).getByRole('button', { name: /展开|Expand/ }));
    expect(await screen.findByTestId('declaration-history')).toHaveTextContent('记分员');

    const cases = await screen.findByTestId('member-outcomes');
    expect(cases).toHaveTextContent('2025');
    expect(cases).toHaveTextContent('红色预警');
    expect(cases).toHaveTextContent('整改中');
    expect(cases).toHaveTextContent('已完成 1/2');
    expect(cases).not.toHaveTextContent('RECTIFYING');
  });

  it('hides the phone the server does not send, and offers 转正 when the server does', async () => {
    const server = loggedIn(viewer([{ role: 'BRANCH_COMMITTEE', branchId: 'b1' }]), {
      MemberPage: () => page(['recordFullMembership']),
      MemberMonths: () => ({ data: { memberScore: { ...months.data.memberScore, months: [] } } }),
      MemberDeclarations: () => ({ data: { declarations: [] } }),
      MemberOutcomeCases: () => ({ data: { outcomeCases: [] } }),
      YearSchemes: () => ({ data: { schemes: [] } }),
    });
    renderApp('/members/m1', server);
    expect(await screen.findByTestId('member-name')).toHaveTextContent('邹华梅');
    expect(screen.queryByText('联系电话')).toBeNull();
    expect(await screen.findByText('该年度尚无已计分的月份')).toBeInTheDocument();
    expect(await screen.findByText('该年度没有个人申报')).toBeInTheDocument();
    expect(await screen.findByText('该党员没有预警处置')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /转\s*正/ }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('转正：邹华梅');
  });
});
