import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files, by what their names contain, longest first. They start first, so the two
 * workers finish together: without a results cache (a fresh clone, CI) Vitest starts files by
 * size, and the three demo-day files, four lines each, came last, leaving one worker alone with
 * them at the end.
 */
const LONGEST = [
  'graphql-isolation',
  'demo-year-cycle',
  'demo-on-2-december',
  'demo-on-31-march',
  'two-processes',
  'demo-on-1-january',
  'database-crash',
  'annual-cycle',
];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const at = LONGEST.findIndex((name) => f.moduleId.includes(name));
      return at === -1 ? LONGEST.length : at;
    };
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}
