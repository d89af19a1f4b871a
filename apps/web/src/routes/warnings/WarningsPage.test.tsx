import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';

/** A red-warning case waiting for its interview, with the steps the server offers the viewer. */
const warningCase = (availableActions: string[]) => ({
  __typename: 'OutcomeCase',
  id: 'c1',
  year: 2026,
  branchId: 'b1',
  memberId: 'm1',
  level: 'RED',
  levelLabel: '红色预警（服务端）',
  total: '52.00',
  state: 'OPEN',
  stateLabel: '待约谈',
  workflow: [
    ['OPEN', '待约谈', 'CURRENT'],
    ['INTERVIEWED', '已约谈', 'WAITING'],
    ['RECTIFYING', '整改中', 'WAITING'],
    ['CLOSED', '已结案', 'WAITING'],
  ].map(([state, label, status]) => ({ __typename: 'WorkflowStep', state, label, status })),
  availableActions,
  probationExtension: false,
  redTwoYearsRunning: false,
  interviewedOn: null,
  interviewRecord: null,
  causes: null,
  closingNote: null,
  openedAt: '2027-01-20T02:00:00.000Z',
  closedAt: null,
  member: { __typename: 'Member', id: 'm1', name: '李强', status: 'FULL' },
  measures: [],
});

async function openCase(role: string, availableActions: string[]) {
  const server = loggedIn(viewer([{ role, branchId: 'b1' }]), {
    OutcomeCases: () => ({ data: { outcomeCases: [warningCase(availableActions)] } }),
  });
  renderApp('/warnings', server);
  const list = await screen.findByTestId('warning-cases', {}, { timeout: 15_000 });
  await userEvent.setup().click(await within(list).findByRole('button', { name: /明\s*细/ }));
  return screen.findByTestId('case-drawer');
}

describe('a warning case', () => {
  it('offers the interview when the server says the viewer may record it', async () => {
    const drawer = await openCase('SECRETARY', ['recordInterview']);
    expect(within(drawer).getByText('约谈')).toBeInTheDocument();
    // The level in the server's words, in the list and in the case.
    expect(
      within(screen.getByTestId('warning-cases')).getByText('红色预警（服务端）'),
    ).toBeVisible();
    expect(within(drawer).getByText('红色预警（服务端）')).toBeInTheDocument();
  }, 30_000);

  it('shows the steps of the case as the server names them, at the one it is in', async () => {
    const drawer = await openCase('SECRETARY', []);
    const steps = within(drawer).getByTestId('case-steps');
    expect(steps).toHaveTextContent(/待约谈.*已约谈.*整改中.*已结案/);
    expect(steps.querySelector('.ant-steps-item-process')).toHaveTextContent('待约谈');
  }, 30_000);

  it('shows the case without steps to a viewer the server offers none', async () => {
    const drawer = await openCase('BRANCH_COMMITTEE', []);
    expect(screen.getByRole('dialog')).toHaveTextContent('李强');
    expect(within(drawer).queryByText('约谈')).toBeNull();
  }, 30_000);

  it('opens the year a work item links to (?year=2025), not the current one', async () => {
    const asked: unknown[] = [];
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
      OutcomeCases: (operation) => {
        asked.push(operation.variables?.['year']);
        return { data: { outcomeCases: [{ ...warningCase([]), year: 2025 }] } };
      },
    });
    renderApp('/warnings?year=2025', server);
    const list = await screen.findByTestId('warning-cases', {}, { timeout: 15_000 });
    expect(await within(list).findByText('李强')).toBeVisible();
    expect(asked).toEqual([2025]);
  }, 30_000);
});
