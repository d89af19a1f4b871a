import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/providers';
import SchemePage from './SchemePage';

describe('the scheme screen', () => {
  it('shows the built-in 2021 scheme and checks an edit as it is typed', async () => {
    render(
      <AppProviders>
        <SchemePage />
      </AppProviders>,
    );
    expect(screen.getByText(/实施方案（2021）/)).toBeInTheDocument();
    expect(screen.getByTestId('scheme-valid')).toHaveTextContent('方案校验通过');
    expect(screen.getByDisplayValue('政治学习')).toBeInTheDocument();
    expect(screen.getByDisplayValue('登录学习强国')).toBeInTheDocument();

    const user = userEvent.setup();
    const weight = screen.getByLabelText('政治学习 权重');
    await user.clear(weight);
    await user.type(weight, '35');
    // The weights no longer add up to the base cap: validateScheme says so, at the right path.
    const problems = await screen.findByTestId('scheme-problems');
    expect(within(problems).getByText(/sections\.base/)).toBeInTheDocument();
    expect(screen.getByText('已修改（未保存）')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '恢复默认' }));
    expect(await screen.findByTestId('scheme-valid')).toBeInTheDocument();
  });
});
