import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';
import { outcomeCase } from '../members/member-page.fixture';

const member = () => ({
  ...viewer([{ role: 'MEMBER', branchId: 'b1' }], '邹华梅'),
  memberId: 'm1',
});

describe('my scores: my warning cases', { timeout: 30_000 }, () => {
  it('shows the member their own case of last year, its measures and where it stands', async () => {
    const server = loggedIn(member(), {
      MemberOutcomeCases: (op) => {
        expect(op.variables).toEqual({ memberId: 'm1' });
        return { data: { outcomeCases: [outcomeCase] } };
      },
    });
    renderApp('/my/scores', server);
    const card = await screen.findByTestId('my-outcomes', {}, { timeout: 15_000 });
    expect(card).toHaveTextContent('我的预警处置');
    expect(within(card).getByText('2025')).toBeInTheDocument();
    expect(card).toHaveTextContent('红色预警');
    expect(card).toHaveTextContent('整改中');
    expect(card).toHaveTextContent('已完成 1/2');
  });

  it('shows nothing of the kind to a member without a case', async () => {
    const server = loggedIn(member(), {
      MemberOutcomeCases: () => ({ data: { outcomeCases: [] } }),
    });
    const { sent } = renderApp('/my/scores', server);
    await waitFor(
      () => expect(sent.some((o) => o.operationName === 'MemberOutcomeCases')).toBe(true),
      { timeout: 15_000 },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByTestId('my-outcomes')).toBeNull();
  });
});
