import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm } from '../../../../test/factories/ledger.js';
import { registerStarsKind, withStarsItem } from '../../../../test/factories/test-rule-kind.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { Scheme, SchemeStatus } from '../scheme.entity.js';

// A kind defined only in this file: registered before the server builds its schema.
const unregister = registerStarsKind();
let server: TestServer;
let officeId: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const { bureauId } = await demoLookup(server.db);
  const em = bureauEm(server.db, bureauId);
  officeId = (await branchByName(em, '办公室党支部')).id;
  // The year's published scheme gains a 星级评定 item, as an edited scheme would.
  const scheme = await em.findOneOrFail(
    Scheme,
    { year: 2026, status: SchemeStatus.PUBLISHED },
    { orderBy: { version: 'desc' } },
  );
  scheme.definition = withStarsItem(scheme.definition);
  await em.flush();
});
afterAll(async () => {
  await server.close();
  unregister();
});

type KindInfo = {
  kind: string;
  labelZh: string;
  cell: string;
  sections: string[];
  fields: { key: string; input: string; labelZh: string; labelEn: string }[];
  defaults: Record<string, unknown>;
};

describe('a rule kind added only to the scoring package', () => {
  it('is offered to the scheme editor with its fields, words and defaults', async () => {
    const token = await server.login('admin');
    const res = await server.gql<{ ruleKinds: KindInfo[] }>(
      `{ ruleKinds { kind labelZh cell sections fields { key input labelZh labelEn } defaults } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const kinds = res.data!.ruleKinds;
    expect(kinds.find((k) => k.kind === 'testStars')).toEqual({
      kind: 'testStars',
      labelZh: '星级评定',
      cell: 'quota',
      sections: ['base'],
      fields: [
        { key: 'pointsPerStar', input: 'decimal', labelZh: '每星分值', labelEn: 'points per star' },
      ],
      defaults: { pointsPerStar: '1' },
    });
    // The built-in kinds come with the package's words for their settings.
    const quota = kinds.find((k) => k.kind === 'monthlyQuota')!;
    expect(quota.fields.map((f) => f.labelZh)).toEqual([
      '每月满分',
      '目标',
      '每少 1 个单位扣分',
      '单位',
      '英文单位',
    ]);
    const values = await server.gql<{ __type: { enumValues: { name: string }[] } }>(
      `{ __type(name: "RuleKind") { enumValues { name } } }`,
      {},
      token,
    );
    expect(values.data!.__type.enumValues.map((v) => v.name)).toContain('testStars');
  });

  it('becomes a column of the monthly sheet, recorded and scored like any other', async () => {
    const token = await server.login('jifenyuan1');
    const SHEET = `query($b: ID!, $m: String!) { monthlySheet(branchId: $b, month: $m) {
      columns { key itemCode kind unitZh max }
      rows { memberId total cells { key version } items { itemCode earned } } } }`;
    type Sheet = {
      columns: {
        key: string;
        itemCode: string;
        kind: string;
        unitZh: string;
        max: number | null;
      }[];
      rows: {
        memberId: string;
        total: string;
        cells: { key: string; version: number }[];
        items: { itemCode: string; earned: string }[];
      }[];
    };
    const read = async () =>
      (await server.gql<{ monthlySheet: Sheet }>(SHEET, { b: officeId, m: '2026-03' }, token)).data!
        .monthlySheet;
    const before = await read();
    expect(before.columns.find((c) => c.itemCode === 'stars')).toEqual({
      key: 'item:stars',
      itemCode: 'stars',
      kind: 'quota',
      unitZh: '2 分/星',
      max: 5,
    });
    const member = before.rows[0]!;
    const save = await server.gql(
      `mutation($input: SaveMonthlySheetInput!) { saveMonthlySheet(input: $input) { applied } }`,
      {
        input: {
          branchId: officeId,
          month: '2026-03',
          idempotencyKey: 'stars-0001-first-save',
          cells: [{ memberId: member.memberId, itemCode: 'stars', value: '3', expectedVersion: 0 }],
        },
      },
      token,
    );
    expect(save.errors).toBeUndefined();
    const after = (await read()).rows.find((r) => r.memberId === member.memberId)!;
    // Three stars at 2 points each.
    expect(after.items.find((i) => i.itemCode === 'stars')!.earned).toBe('6');
    expect(after.total).not.toBe(member.total);
    // Six stars is past the kind's range: refused, naming the cell.
    const tooMany = await server.gql(
      `mutation($input: SaveMonthlySheetInput!) { saveMonthlySheet(input: $input) { applied } }`,
      {
        input: {
          branchId: officeId,
          month: '2026-03',
          idempotencyKey: 'stars-0002-too-many',
          cells: [{ memberId: member.memberId, itemCode: 'stars', value: '6', expectedVersion: 1 }],
        },
      },
      token,
    );
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
