import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../../test/factories/cycle.js';
import { approvedYear, yearStory, type YearStory } from '../../../../test/factories/year-states.js';

/**
 * A year's record of steps and its audit entries name each step and state as the server names
 * them, in the language the client asks for: the screens keep no copy of these words.
 */
const clock = testClock('2026-12-10T09:00:00+08:00');
let story: YearStory;
let yearId: string;

const STEPS = `query($id: ID!) { annualAssessment(id: $id) { steps { kind kindLabel } } }`;
const AUDIT = `query($f: AuditFilterInput) {
  auditEntries(filter: $f) { entries { changes { field before beforeEn after afterEn } } }
}`;

type Change = { field: string; before: string | null; beforeEn: string | null };
type Answer = {
  annualAssessment?: { steps: { kind: string; kindLabel: string }[] };
  auditEntries?: { entries: { changes: (Change & { after: string; afterEn: string })[] }[] };
};

async function ask(
  query: string,
  variables: Record<string, unknown>,
  token: string,
  language?: string,
): Promise<Answer> {
  const res = await story.server.gql<Answer>(query, variables, token, language);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('a year returned once and approved', () => {
  beforeAll(async () => {
    story = await yearStory(clock);
    ({ yearId } = await approvedYear(story, clock, { returnedOnce: '请补充评议依据' }));
  });
  afterAll(() => story.server.close());

  const steps = async (language?: string) =>
    (await ask(STEPS, { id: yearId }, story.t['shuji1']!, language)).annualAssessment!.steps.map(
      (s) => [s.kind, s.kindLabel],
    );

  it('names each step of its record in Chinese by default', async () => {
    expect(await steps()).toEqual([
      ['REVIEWED', '支委会完成复核'],
      ['SUBMITTED', '上报机关党委'],
      ['RETURNED', '机关党委退回'],
      ['REVISED', '退回修改'],
      ['REVIEWED', '支委会完成复核'],
      ['SUBMITTED', '上报机关党委'],
      ['APPROVED', '机关党委审核通过'],
    ]);
  });

  it('names them in English when the client asks for it', async () => {
    expect((await steps('en')).map(([, label]) => label)).toEqual([
      'Re-review completed',
      'Submitted to the committee',
      'Returned by the committee',
      'Reopened for revision',
      'Re-review completed',
      'Submitted to the committee',
      'Approved by the committee',
    ]);
  });

  it('shows the revision’s states in the audit log as the year’s own workflow calls them', async () => {
    const filter = { f: { entityId: yearId, operation: 'year.revise' } };
    const [entry] = (await ask(AUDIT, filter, story.t['admin']!)).auditEntries!.entries;
    const state = entry!.changes.find((c) => c.field === 'state')!;
    expect(state).toMatchObject({
      before: '机关党委已退回',
      beforeEn: 'Returned to the branch',
      after: '民主评议中',
      afterEn: 'In evaluation',
    });
  });
});
