import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../app/providers';
import type { Locale } from '../../app/i18n';
import type { MyScoreQuery } from '../../graphql/graphql';
import { bandsOnlyFetch } from '../../test/render-app';
import { ProjectionCard } from './ProjectionCard';

type Score = MyScoreQuery['memberScore'];

const score = {
  projection: {
    total: '64.20',
    band: 'yellowWarning',
    earlyWarning: 'yellowWarning',
    monthsScored: 9,
  },
  projectionLines: [
    { kind: 'projectionTotal', textZh: '预计年度总分 64.20', textEn: 'Projected 64.20' },
  ],
} as unknown as Score;

function renderCard(locale: Locale) {
  render(
    <AppProviders locale={locale} fetch={bandsOnlyFetch}>
      <ProjectionCard score={score} />
    </AppProviders>,
  );
}

describe('a provisional year’s projection', () => {
  it('names its band and the early warning as the server names the bands', async () => {
    renderCard('zh-CN');
    expect(await screen.findByText('预计：黄色预警')).toBeInTheDocument();
    expect(screen.getByTestId('my-scores-early-warning')).toHaveTextContent(
      '进度预警：按目前进度，全年预计落入黄色预警区间',
    );
  });

  it('in English too', async () => {
    renderCard('en');
    expect(await screen.findByText('Projected: Yellow warning')).toBeInTheDocument();
    expect(screen.getByTestId('my-scores-early-warning')).toHaveTextContent('“Yellow warning”');
  });
});
