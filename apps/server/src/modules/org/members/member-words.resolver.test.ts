import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  admin = await server.login('admin');
});
afterAll(() => server.close());

const QUERY = `{
  members { status statusLabel gender genderLabel }
  memberStatuses { status label }
  memberGenders { gender label }
}`;
type Answer = {
  members: {
    status: string;
    statusLabel: string;
    gender: string | null;
    genderLabel: string | null;
  }[];
  memberStatuses: { status: string; label: string }[];
  memberGenders: { gender: string; label: string }[];
};

async function read(language?: string): Promise<Answer> {
  const res = await server.gql<Answer>(QUERY, {}, admin, language);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('a member’s status and gender in words', () => {
  it('names them in zh-CN by default and in English when asked, the lists and each member alike', async () => {
    const zh = await read();
    expect(zh.memberStatuses).toEqual([
      { status: 'FULL', label: '正式党员' },
      { status: 'PROBATIONARY', label: '预备党员' },
    ]);
    expect(zh.memberGenders).toEqual([
      { gender: 'MALE', label: '男' },
      { gender: 'FEMALE', label: '女' },
    ]);
    const en = await read('en');
    expect(en.memberStatuses.map((s) => s.label)).toEqual(['Full member', 'Probationary member']);
    expect(en.memberGenders.map((g) => g.label)).toEqual(['Male', 'Female']);
    // Each member's words are the lists' words for their codes.
    for (const answer of [zh, en]) {
      const statuses = new Map(answer.memberStatuses.map((s) => [s.status, s.label]));
      const genders = new Map(answer.memberGenders.map((g) => [g.gender, g.label]));
      expect(answer.members.length).toBeGreaterThan(0);
      for (const m of answer.members) {
        expect(m.statusLabel).toBe(statuses.get(m.status));
        expect(m.genderLabel).toBe(m.gender ? genders.get(m.gender) : null);
      }
    }
    expect(new Set(zh.members.map((m) => m.status)).size).toBe(2);
  });
});
