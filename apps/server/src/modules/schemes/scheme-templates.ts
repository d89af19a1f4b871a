import { scheme2021, type Scheme as SchemeDefinition } from '@jifen/scoring';
import type { Label } from '../../graphql/locale.js';

/** Where a year's first draft comes from. */
export type SchemeOrigin = 'default-2021' | 'previous-year' | 'correction';

/** Where a version's first draft came from, in words. */
export const SCHEME_ORIGIN_LABELS: Record<SchemeOrigin, Label> = {
  'default-2021': { zh: '2021 年默认方案', en: 'the 2021 default' },
  'previous-year': { zh: '复制上一年度方案', en: 'a copy of the previous year' },
  correction: { zh: '修订', en: 'a correction' },
};

/** The text version a definition carries, so every score names its scheme version. */
export function versionLabel(year: number, version: number): string {
  return `${year}.${version}`;
}

/**
 * The 2021 default (常机管党〔2021〕12号) retargeted to `year`. The 2021 plan took effect on
 * 1 September, so its `firstMonth` is 9; any later year is scored from January.
 */
export function schemeFromDefault(year: number): SchemeDefinition {
  const copy = structuredClone(scheme2021);
  return {
    ...copy,
    year,
    version: versionLabel(year, 1),
    nameZh: `常州市机关事务管理局机关党员积分制考核管理实施方案（${year}）`,
    nameEn: `Party member points-based assessment scheme (${year})`,
    firstMonth: year === 2021 ? 9 : 1,
    assumptions: (copy.assumptions ?? []).filter((a) => year === 2021 || a.path !== 'firstMonth'),
  };
}

/** A copy of another year's scheme for `year`: same rules, the year's own special items to edit. */
export function schemeFromPrevious(previous: SchemeDefinition, year: number): SchemeDefinition {
  const copy = structuredClone(previous);
  return {
    ...copy,
    year,
    version: versionLabel(year, 1),
    nameZh: copy.nameZh?.replace(String(previous.year), String(year)),
    nameEn: copy.nameEn?.replace(String(previous.year), String(year)),
    firstMonth: 1,
    // Branch items are approved per year; they never carry over.
    sections: {
      ...copy.sections,
      special: {
        ...copy.sections.special,
        items: copy.sections.special.items.filter((i) => !i.branchIds),
      },
    },
  };
}
