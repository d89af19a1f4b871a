import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../test/factories/cycle.js';
import {
  QUARTER_MEETING,
  quarterStory,
  signedQuarter,
  type QuarterStory,
} from '../../../test/factories/quarter-states.js';
import { annualMachine, AnnualState } from './annual/annual-machine.js';
import { workflowOf } from './workflow.types.js';

/**
 * The screens show a quarter's state and steps as the server names them, in the language the
 * client asks for, so no screen keeps a copy of the names.
 */
const clock = testClock(QUARTER_MEETING);
let story: QuarterStory;
let quarterId: string;

const QUERY = `query($id: ID!) {
  quarterAssessment(id: $id) {
    state stateLabel workflow { state label status } rows { confirmationLabel }
  }
}`;

type Quarter = {
  state: string;
  stateLabel: string;
  workflow: { state: string; label: string; status: string }[];
  rows: { confirmationLabel: string }[];
};

async function read(language?: string): Promise<Quarter> {
  const res = await story.server.gql<{ quarterAssessment: Quarter }>(
    QUERY,
    { id: quarterId },
    story.t['shuji1'],
    language,
  );
  return res.data!.quarterAssessment;
}

describe('a signed quarter names its state and steps', () => {
  beforeAll(async () => {
    story = await quarterStory(clock);
    quarterId = await signedQuarter(story);
  });
  afterAll(() => story.server.close());

  it('in Chinese by default, with the steps before it done and the notice still to come', async () => {
    const q = await read();
    expect(q.state).toBe('SIGNED');
    expect(q.stateLabel).toBe('已签字');
    expect(q.workflow.map((s) => [s.label, s.status])).toEqual([
      ['未开始', 'DONE'],
      ['考评中', 'DONE'],
      ['已签字', 'CURRENT'],
      ['公示中', 'WAITING'],
      ['公示结束', 'WAITING'],
    ]);
    expect(q.rows.length).toBeGreaterThan(0);
    expect(new Set(q.rows.map((r) => r.confirmationLabel))).toEqual(new Set(['已确认']));
  });

  it('in English when the client asks for it', async () => {
    const q = await read('en');
    expect(q.stateLabel).toBe('Signed');
    expect(q.workflow.map((s) => s.label)).toEqual([
      'Not started',
      'Under review',
      'Signed',
      'On public notice',
      'Closed',
    ]);
    expect(new Set(q.rows.map((r) => r.confirmationLabel))).toEqual(new Set(['Confirmed']));
    expect((await read('zh-CN,en;q=0.8')).stateLabel).toBe('已签字');
  });
});

describe('a returned year', () => {
  it('shows the return at the committee approval step it failed, the publication still ahead', () => {
    const steps = workflowOf(annualMachine, AnnualState.RETURNED, 'zh-CN');
    expect(steps.map((s) => [s.state, s.status])).toEqual([
      ['OPEN', 'done'],
      ['EVALUATION', 'done'],
      ['REVIEWED', 'done'],
      ['SUBMITTED', 'done'],
      ['RETURNED', 'setback'],
      ['PUBLISHED', 'waiting'],
    ]);
    expect(steps[4]!.label).toBe('机关党委已退回');
  });
});
