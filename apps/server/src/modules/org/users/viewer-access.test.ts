import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

/**
 * The server says which screens each person may open, and in which branches, so the menu keeps
 * no role table of its own; what it says must match what the services then accept.
 */
let server: TestServer;
let demo: DemoLookup;

type Access = { allBranches: boolean; branchIds: string[] };
type Me = {
  screens: (Access & { screen: string; branchScoped: boolean })[];
  actions: (Access & { action: string })[];
};

async function me(login: string): Promise<Me> {
  const res = await server.gql<{ me: Me }>(
    `{ me { screens { screen branchScoped allBranches branchIds }
            actions { action allBranches branchIds } } }`,
    {},
    await server.login(login),
  );
  return res.data!.me;
}

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
});
afterAll(() => server.close());

describe('the screens a person may open', () => {
  it('gives the committee its own screens and the roster of every branch', async () => {
    const { screens, actions } = await me('admin');
    expect(actions.map((a) => [a.action, a.allBranches])).toEqual([
      ['RECORD_SESSION', true],
      ['EDIT_SCHEMES', true],
    ]);
    expect(screens.map((s) => s.screen)).toEqual([
      'SCHEME',
      'SPECIAL_ITEMS',
      'ANNUAL_APPROVAL',
      'OVERVIEW',
      'SPOT_CHECK',
      'ROSTER',
      'USERS',
      'AUDIT',
      'CALENDAR',
      'TASK_SETTINGS',
    ]);
    expect(screens.find((s) => s.screen === 'ROSTER')).toMatchObject({
      branchScoped: true,
      allBranches: true,
    });
  });

  it('gives the analyst the schemes to try out and the statistics, no branch screen', async () => {
    const { screens, actions } = await me('analyst');
    expect(screens.map((s) => [s.screen, s.branchScoped])).toEqual([
      ['SCHEME', false],
      ['ANALYTICS', false],
    ]);
    // They read and try schemes out; saving, publishing and correcting are the committee's.
    expect(actions).toEqual([]);
  });

  it('gives the secretary every branch screen of their own branch, and accounts and audit', async () => {
    const { screens, actions } = await me('shuji1');
    const office = demo.branch('BGS').id;
    expect(screens.map((s) => s.screen)).toEqual([
      'ROSTER',
      'LEDGER',
      'SESSIONS',
      'DECLARATIONS_INBOX',
      'QUARTERLY_REVIEW',
      'ANNUAL_EVALUATION',
      'WARNINGS',
      'SPOT_CHECK_FOLLOW_UPS',
      // The secretary is a Party member too: their own record, whatever else they hold.
      'MY_SCORES',
      'DECLARE',
      'CONFIRM',
      'USERS',
      'AUDIT',
    ]);
    for (const s of screens.filter((s) => s.branchScoped)) expect(s.branchIds).toEqual([office]);
    expect(actions).toEqual([
      { action: 'RECORD_SESSION', allBranches: false, branchIds: [office] },
    ]);
  });

  it('gives a branch committee member the panel screens but not accounts or audit', async () => {
    const { screens } = await me('zhiwei1');
    expect(screens.map((s) => s.screen)).not.toContain('USERS');
    expect(screens.map((s) => s.screen)).toContain('WARNINGS');
  });

  it('gives a scorekeeper of two branches the working screens in both, nothing of the panel', async () => {
    const { screens, actions } = await me('jifenyuan1');
    const both = [demo.branch('BGS').id, demo.branch('CWC').id].sort();
    expect(screens.map((s) => s.screen)).toEqual([
      'ROSTER',
      'LEDGER',
      'SESSIONS',
      'DECLARATIONS_INBOX',
      'MY_SCORES',
      'DECLARE',
      'CONFIRM',
    ]);
    for (const s of screens.filter((s) => s.branchScoped)) {
      expect(s).toMatchObject({ branchScoped: true, allBranches: false });
      expect([...s.branchIds].sort()).toEqual(both);
    }
    expect(actions).toEqual([
      { action: 'RECORD_SESSION', allBranches: false, branchIds: expect.any(Array) },
    ]);
  });

  it('lets a group leader open the sessions but not record one', async () => {
    const { screens, actions } = await me('zuzhang1');
    expect(screens.map((s) => s.screen)).toEqual([
      'ROSTER',
      'SESSIONS',
      'QUARTERLY_REVIEW',
      'MY_SCORES',
      'DECLARE',
      'CONFIRM',
    ]);
    expect(actions).toEqual([]);
  });

  it('gives an account of no Party member none of the member’s own screens', async () => {
    for (const login of ['admin', 'analyst']) {
      const { screens } = await me(login);
      expect(screens.map((s) => s.screen)).not.toContain('MY_SCORES');
    }
  });

  it('gives a member their own screens, which follow no branch', async () => {
    const { screens } = await me('dangyuan1');
    expect(screens.map((s) => [s.screen, s.branchScoped])).toEqual([
      ['MY_SCORES', false],
      ['DECLARE', false],
      ['CONFIRM', false],
    ]);
  });
});
