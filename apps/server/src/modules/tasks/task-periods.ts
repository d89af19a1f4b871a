import type { EntityManager } from '@mikro-orm/postgresql';
import { quarterMonths, yearMonths } from '../assessments/quarter/quarter-period.js';
import { Scheme, SchemeStatus } from '../schemes/scheme.entity.js';
import type { IsoDate } from '../calendar/working-days.js';

/**
 * Years the bureau assesses (those with a published scheme, this year and last) and the month
 * each starts in (`firstMonth`: 2021's plan began in September). Steps are expected only there,
 * so a bureau that started in 2026 is not told that 2025 is overdue.
 */
export async function assessedYears(
  em: EntityManager,
  today: IsoDate,
): Promise<Map<number, string>> {
  const year = Number(today.slice(0, 4));
  const schemes = await em.find(
    Scheme,
    { year: { $in: [year - 1, year] }, status: { $ne: SchemeStatus.DRAFT } },
    { fields: ['year', 'definition'] },
  );
  const starts = new Map<number, string>();
  for (const s of schemes) {
    const first = `${s.year}-${String(s.definition.firstMonth ?? 1).padStart(2, '0')}`;
    const known = starts.get(s.year);
    if (!known || first < known) starts.set(s.year, first);
  }
  return starts;
}

/** Months that have ended in the assessed years. */
export async function monthsToExpect(em: EntityManager, today: IsoDate): Promise<string[]> {
  const current = today.slice(0, 7);
  const years = await assessedYears(em, today);
  return [...years].flatMap(([y, first]) => yearMonths(y).filter((m) => m >= first && m < current));
}

/** Quarters that have ended in the assessed years. */
export async function quartersEnded(
  em: EntityManager,
  today: IsoDate,
): Promise<{ year: number; quarter: number }[]> {
  const current = today.slice(0, 7);
  const years = await assessedYears(em, today);
  return [...years].flatMap(([year, first]) =>
    [1, 2, 3, 4]
      .filter((quarter) => {
        const months = quarterMonths(year, quarter);
        return months.at(-1)! < current && months.at(-1)! >= first;
      })
      .map((quarter) => ({ year, quarter })),
  );
}
