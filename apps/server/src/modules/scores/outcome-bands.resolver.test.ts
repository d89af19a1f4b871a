import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
});
afterAll(() => server.close());

type Band = { band: string; code: string; labelZh: string; labelEn: string };
const QUERY = '{ outcomeBands { band code labelZh labelEn } }';

describe('outcomeBands: the bands and their names, one vocabulary for every screen', () => {
  it('lists the five bands best first, in both languages, to anyone signed in', async () => {
    for (const login of ['dangyuan1', 'analyst', 'admin']) {
      const res = await server.gql<{ outcomeBands: Band[] }>(QUERY, {}, await server.login(login));
      expect(res.errors).toBeUndefined();
      expect(res.data!.outcomeBands).toEqual([
        {
          band: 'PRIORITY_CANDIDATE',
          code: 'priorityCandidate',
          labelZh: '优先推荐',
          labelEn: 'Priority candidate',
        },
        { band: 'INCENTIVE', code: 'incentive', labelZh: '激励关怀', labelEn: 'Incentive' },
        { band: 'NONE', code: 'none', labelZh: '其他', labelEn: 'Other' },
        {
          band: 'YELLOW_WARNING',
          code: 'yellowWarning',
          labelZh: '黄色预警',
          labelEn: 'Yellow warning',
        },
        { band: 'RED_WARNING', code: 'redWarning', labelZh: '红色预警', labelEn: 'Red warning' },
      ]);
    }
  });

  it('refuses a caller who is not signed in', async () => {
    const res = await server.gql(QUERY, {});
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
