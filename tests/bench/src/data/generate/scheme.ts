// The year's published scheme: the 2021 scheme, scored over the whole year, as the bureau's one
// scheme row.
import { scheme2021 } from '@jifen/scoring';
import type { Generation } from './context.js';

/**
 * The 2021 scheme scored over a whole year: the plan itself took effect in September, the
 * benchmark needs twelve months of its items and sessions.
 */
export function benchSchemeDefinition(year: number) {
  return { ...structuredClone(scheme2021), year, firstMonth: 1, version: `${year}.1` };
}

/**
 * The same scheme with 志愿服务 worth 2 points (capped at 2), not 5: the bench's scheme that
 * changes something (the what-if's draft, the publication probe's moving correction).
 */
export function benchSchemeWithVolunteerAtTwo(year: number) {
  const scheme = benchSchemeDefinition(year);
  const item = scheme.sections.special.items.find((i) => i.code === 'volunteer-service')!;
  item.rule = { kind: 'declaration', unitPoints: '2' };
  item.cap = '2';
  return scheme;
}

/** Publishes the scheme, by the committee administrator `adminId`. */
export function generateScheme(g: Generation, adminId: string): void {
  const { uuid, year, bureauId, created, month, tables: t } = g;
  const schemeId = uuid();
  t.scheme.rows.push([
    bureauId,
    schemeId,
    year,
    1,
    'published',
    JSON.stringify(benchSchemeDefinition(year)),
    month(1),
    'default-2021',
    `${year}-01-05T02:00:00.000Z`,
    adminId,
    adminId,
    created,
    1,
  ]);
}
