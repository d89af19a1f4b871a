import { parseDecimal } from '../exact/decimal.js';
import { describe, expect, it } from 'vitest';
import { compileScheme } from '../scheme/compile-scheme.js';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { decideOutcome, OUTCOME_FLAGS, type OutcomeFlag } from './outcome.js';
import { outcomeOf } from './outcome-of.js';
import { OUTCOME_BANDS, outcomeBandLabel } from './outcome-bands.js';

const thresholds = compileScheme(scheme2021).outcomes;
const flags = (total: string, member: Parameters<typeof decideOutcome>[2] = {}) => {
  const outcome = decideOutcome(parseDecimal(total), thresholds, member);
  return [outcome.band, OUTCOME_FLAGS.filter((flag: OutcomeFlag) => outcome[flag])];
};

describe('outcomes of the 2021 plan (积分运用)', () => {
  it.each([
    ['100', 'priorityCandidate', ['priorityCandidate', 'incentive']],
    ['80', 'priorityCandidate', ['priorityCandidate', 'incentive']],
    ['79.99', 'incentive', ['incentive']],
    ['70', 'incentive', ['incentive']],
    ['69.99', 'yellowWarning', ['yellowWarning']],
    ['69.9', 'yellowWarning', ['yellowWarning']],
    ['60', 'yellowWarning', ['yellowWarning']],
    ['59.99', 'redWarning', ['redWarning']],
    ['0', 'redWarning', ['redWarning']],
  ])('%s → %s', (total, band, expected) => {
    expect(flags(total)).toEqual([band, expected]);
  });

  it('red two years running needs last year below 60 too', () => {
    expect(flags('59', { previousYear: { total: '59.99' } })[1]).toContain('redTwoYearsRunning');
    expect(flags('59', { previousYear: { redWarning: true } })[1]).toContain('redTwoYearsRunning');
    expect(flags('59', { previousYear: { total: '60' } })[1]).not.toContain('redTwoYearsRunning');
    expect(flags('59', {})[1]).not.toContain('redTwoYearsRunning');
    expect(flags('61', { previousYear: { redWarning: true } })[1]).not.toContain(
      'redTwoYearsRunning',
    );
  });

  it('probationary members: interview below 70, extension to consider below 60', () => {
    expect(flags('70', { probationary: true })[1]).toEqual(['incentive']);
    expect(flags('69.99', { probationary: true })[1]).toEqual([
      'yellowWarning',
      'probationaryInterview',
    ]);
    expect(flags('59.99', { probationary: true })[1]).toEqual([
      'redWarning',
      'probationaryInterview',
      'probationExtension',
    ]);
    expect(flags('59.99', { probationary: false })[1]).toEqual(['redWarning']);
  });

  it('outcomeOf decides from a published total and a scheme', () => {
    expect(outcomeOf('69.9', scheme2021).band).toBe('yellowWarning');
    expect(outcomeOf(80, scheme2021, { probationary: true })).toMatchObject({
      priorityCandidate: true,
      probationaryInterview: false,
    });
  });
});

describe('the bands’ names (OUTCOME_BANDS)', () => {
  it('names every band the outcome decides, best first, each in both languages', () => {
    const order = OUTCOME_BANDS.map((b) => b.band);
    const decided = ['100', '80', '79.99', '70', '69.99', '60', '59.99', '0'].map(
      (total) => decideOutcome(parseDecimal(total), thresholds, {}).band,
    );
    // Falling totals never reach a better band.
    const positions = decided.map((band) => order.indexOf(band));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(outcomeBandLabel('redWarning')).toEqual({ zh: '红色预警', en: 'Red warning' });
    for (const { band, label } of OUTCOME_BANDS) {
      expect(label.zh).not.toBe(band);
      expect(label.en).not.toBe(band);
    }
  });
});
