import type { FactsContribution, FactsContributor } from '../ledger/facts-contributors.js';
import { AnnualResult } from './annual-result.entity.js';
import { AnnualState } from './annual-machine.js';
import { EvaluationGrade } from './evaluation-grade.entity.js';

const APPROVED = [AnnualState.APPROVED, AnnualState.PUBLISHED];

/**
 * What the cycle adds to a member's year for the scoring package: the democratic evaluation's
 * grade, and last year's approved result for "red two years running" — only an approved result
 * counts, so a year never approved reads as no previous year. Two statements for any number of
 * members. Registered in ledger/facts-contributors.ts.
 */
export const evaluationFacts: FactsContributor = async (em, year, memberIds) => {
  const grades = await em.find(
    EvaluationGrade,
    { memberId: { $in: [...memberIds] }, assessment: { year } },
    { orderBy: { recordedAt: 'asc' } },
  );
  const previous = await em.find(AnnualResult, {
    memberId: { $in: [...memberIds] },
    year: year - 1,
    supersededAt: null,
    assessment: { state: { $in: APPROVED } },
  });
  const gradeOf = new Map(grades.map((g) => [g.memberId, g]));
  const previousOf = new Map(previous.map((r) => [r.memberId, r]));
  const contributions = new Map<string, FactsContribution>();
  for (const memberId of memberIds) {
    const grade = gradeOf.get(memberId);
    const last = previousOf.get(memberId);
    contributions.set(memberId, {
      ...(grade ? { evaluation: { grade: grade.grade, id: grade.id } } : {}),
      previousYear: last
        ? { total: last.total, redWarning: last.outcome['redWarning'] === true }
        : null,
    });
  }
  return contributions;
};
