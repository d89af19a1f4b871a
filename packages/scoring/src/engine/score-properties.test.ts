import fc from 'fast-check';
import type { Exact } from '../exact/exact.js';
import { describe, expect, it } from 'vitest';
import { parseExact } from '../exact/exact-text.js';
import { renderExplanation } from '../explain/render-explanation.js';
import type { MemberYearFacts } from '../facts/facts-types.js';
import { compileScheme } from '../scheme/compile-scheme.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { memberYearArbitrary } from '../test-fixtures/arbitraries.js';
import { fullYear2021 } from '../test-fixtures/facts-builder.js';
import { sumPoints } from '../test-fixtures/lines.js';
import { scoreMonth, scoreQuarter, scoreYear } from './score-period.js';
import type { ScoreResult } from './score-result.js';

/** The 2021 scheme with capped (not scaled) categories, to exercise the other normalisation. */
const capped: Scheme = {
  ...fullYear2021,
  sections: {
    ...fullYear2021.sections,
    base: {
      ...fullYear2021.sections.base,
      categories: fullYear2021.sections.base.categories.map((c) => ({
        ...c,
        normalisation: 'cap' as const,
      })),
    },
  },
};
const schemes = [scheme2021, fullYear2021, capped].map((s) => compileScheme(s));
const schemeArbitrary = fc.constantFrom(...schemes);

const exact = (text: string): Exact => parseExact(text);
const within = (value: string, low: string, high: string) =>
  exact(value).compare(exact(low)) >= 0 && exact(value).compare(exact(high)) <= 0;

/** All the results of a member-year: the year, its quarters and months. */
function allPeriods(facts: MemberYearFacts, scheme: (typeof schemes)[number]): ScoreResult[] {
  const results = [scoreYear(facts, scheme)];
  for (const quarter of [1, 2, 3, 4] as const) results.push(scoreQuarter(facts, scheme, quarter));
  for (const month of ['2021-01', '2021-06', '2021-09', '2021-12'])
    results.push(scoreMonth(facts, scheme, month));
  return results;
}

describe('properties of the engine (fast-check)', () => {
  it('no section leaves its bounds and the total never exceeds 100', () => {
    fc.assert(
      fc.property(memberYearArbitrary, schemeArbitrary, (facts, scheme) => {
        for (const result of allPeriods(facts, scheme)) {
          expect(within(result.sections.base.exact, '0', '70')).toBe(true);
          expect(within(result.sections.special.exact, '0', '20')).toBe(true);
          if (result.sections.evaluation)
            expect(within(result.sections.evaluation.exact, '0', '10')).toBe(true);
          expect(within(result.total.exact, '0', '100')).toBe(true);
          expect(within(result.total.value, '0', '100')).toBe(true);
          result.categories.forEach((category, i) => {
            const weight = String(scheme.scheme.sections.base.categories[i]?.weight);
            expect(within(category.score.exact, '0', weight)).toBe(true);
          });
          for (const month of result.months) expect(within(month.base.exact, '0', '70')).toBe(true);
        }
      }),
    );
  });

  it('the explanation lines always sum exactly to the totals', () => {
    fc.assert(
      fc.property(memberYearArbitrary, schemeArbitrary, (facts, scheme) => {
        for (const result of allPeriods(facts, scheme)) {
          expect(sumPoints(result.lines).equals(exact(result.total.value))).toBe(true);
          const withoutRounding = result.lines.filter((l) => l.kind !== 'rounding');
          expect(sumPoints(withoutRounding).equals(exact(result.total.exact))).toBe(true);
          for (const section of ['base', 'special'] as const) {
            const lines = result.lines.filter((l) => l.section === section);
            expect(sumPoints(lines).equals(exact(result.sections[section].exact))).toBe(true);
          }
          for (const category of result.categories) {
            const lines = result.lines.filter((l) => l.category === category.code);
            expect(sumPoints(lines).equals(exact(category.score.exact))).toBe(true);
          }
          for (const line of result.lines) {
            expect(renderExplanation(line, 'zh-CN').length).toBeGreaterThan(0);
            expect(renderExplanation(line, 'en')).not.toContain('undefined');
          }
        }
      }),
    );
  });

  it('more attendance never lowers a score', () => {
    fc.assert(
      fc.property(memberYearArbitrary, schemeArbitrary, fc.nat(), (facts, scheme, pick) => {
        const attended = new Set(facts.attendance.map((a) => a.sessionId));
        const missed = facts.sessions.filter((s) => !attended.has(s.id));
        fc.pre(missed.length > 0);
        const session = missed[pick % missed.length];
        if (!session) return;
        const more: MemberYearFacts = {
          ...facts,
          attendance: [...facts.attendance, { sessionId: session.id }],
        };
        const before = allPeriods(facts, scheme);
        const after = allPeriods(more, scheme);
        before.forEach((result, i) => {
          const next = after[i] as ScoreResult;
          expect(exact(next.total.exact).compare(exact(result.total.exact))).toBeGreaterThanOrEqual(
            0,
          );
          result.months.forEach((month, j) => {
            expect(
              exact(next.months[j]?.base.exact ?? '0').compare(exact(month.base.exact)),
            ).toBeGreaterThanOrEqual(0);
          });
        });
      }),
    );
  });

  // The server refreshes only the year and the month's quarter after a change to one month's
  // records (score-summaries.service.ts, periodsOfMonth): no rule may read further.
  it('the records of one month move only its own quarter among the quarters', () => {
    fc.assert(
      fc.property(
        memberYearArbitrary,
        schemeArbitrary,
        fc.integer({ min: 1, max: 12 }),
        (facts, scheme, m) => {
          const month = `2021-${String(m).padStart(2, '0')}`;
          const held = new Set(
            facts.sessions.filter((x) => x.date.startsWith(month)).map((x) => x.id),
          );
          const other = (r: { month: string }) => r.month !== month;
          const without: MemberYearFacts = {
            ...facts,
            sessions: facts.sessions.filter((x) => !held.has(x.id)),
            attendance: facts.attendance.filter((a) => !held.has(a.sessionId)),
            quotas: facts.quotas?.filter(other),
            duties: facts.duties?.filter(other),
            violations: facts.violations?.filter(other),
            declarations: facts.declarations?.filter(other),
          };
          for (const quarter of [1, 2, 3, 4] as const) {
            if (quarter === Math.ceil(m / 3)) continue;
            expect(scoreQuarter(without, scheme, quarter)).toEqual(
              scoreQuarter(facts, scheme, quarter),
            );
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('explanations do not change the figures', () => {
    fc.assert(
      fc.property(memberYearArbitrary, schemeArbitrary, (facts, scheme) => {
        const full = scoreYear(facts, scheme);
        const quiet = scoreYear(facts, scheme, { explain: false });
        expect({ ...quiet, lines: [] }).toEqual({ ...full, lines: [] });
      }),
      { numRuns: 50 },
    );
  });
});
