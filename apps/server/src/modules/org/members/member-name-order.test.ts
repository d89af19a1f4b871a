import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { runMigration } from '../../../../test/run-migration.js';
import { Migration20261208040000_member_name_pinyin as NamePinyin } from '../../../db/migrations/Migration20261208040000_member_name_pinyin.js';

let server: TestServer;
let demo: DemoLookup;
let shuji1: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  shuji1 = await server.login('shuji1');
}, 120_000);
afterAll(() => server.close());

const rosterNames = async () => {
  const res = await server.gql<{ members: { name: string }[] }>(
    `query($branchId: ID!) { members(branchId: $branchId) { name } }`,
    { branchId: demo.branch('BGS').id },
    shuji1,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.members.map((m) => m.name);
};

const byCodePoint = (names: string[]) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('members by name', () => {
  it('are listed in pinyin order, as a reader looks a name up, not by the characters’ codes', async () => {
    const names = await rosterNames();
    expect(names.length).toBeGreaterThan(20);
    const pinyin = [...names].sort(new Intl.Collator('zh-CN').compare);
    expect(names).toEqual(pinyin);
    // The demo branch's names tell the two orders apart (曹 before 严 in pinyin, after by code).
    expect(byCodePoint(names)).not.toEqual(pinyin);
  });

  it('takes its order from the column, which the migration sets and takes back', async () => {
    const collation = async () =>
      (
        await server.db.ownerQuery<{ collation_name: string | null }>(
          `select collation_name from information_schema.columns
            where table_name = 'member' and column_name = 'name'`,
        )
      )[0]!.collation_name;
    expect(await collation()).toBe('zh-x-icu');
    await runMigration(server.db, NamePinyin, 'down');
    expect(await collation()).toBeNull();
    await runMigration(server.db, NamePinyin, 'up');
    expect(await collation()).toBe('zh-x-icu');
    const names = await rosterNames();
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
  });
});
