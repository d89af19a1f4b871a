import { scheme2021 } from '@jifen/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

let server: TestServer;
let admin: string;

const VALIDATE = `query($d: JSON!) { validateSchemeDefinition(definition: $d) { path code messageZh messageEn fieldZh fieldEn } }`;
const CREATE = `mutation($year: Int!, $from: SchemeSource!) { createScheme(year: $year, from: $from) { id revision definition } }`;
const UPDATE = `mutation($id: ID!, $d: JSON!, $r: Int!) { updateSchemeDraft(id: $id, definition: $d, expectedRevision: $r) { id revision } }`;

type Problem = {
  path: string;
  code: string;
  messageZh: string;
  messageEn: string;
  fieldZh: string;
  fieldEn: string;
};
type Definition = {
  sections: {
    base: { categories: { weight: string; items: { rule: Record<string, unknown> }[] }[] };
    special: { items: { cap: string }[] };
  };
};

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  admin = await server.login('admin');
});
afterAll(() => server.close());

describe('scheme problems name their fields in words', () => {
  it("names a special item's cap, a category's weight and a rule's setting, keeping the path", async () => {
    const broken = structuredClone(scheme2021) as unknown as Definition;
    broken.sections.special.items[1]!.cap = '-1';
    broken.sections.base.categories[0]!.weight = '-5';
    broken.sections.base.categories[0]!.items[2]!.rule['unitPoints'] = 'lots';

    const answer = await server.gql<{ validateSchemeDefinition: Problem[] }>(
      VALIDATE,
      { d: broken },
      admin,
    );
    expect(answer.errors).toBeUndefined();
    const at = (path: string) => answer.data!.validateSchemeDefinition.find((p) => p.path === path);

    expect(at('sections.special.items[1].cap')).toMatchObject({
      fieldZh: '特色分第 2 项的上限',
      fieldEn: "special item 2's cap",
    });
    expect(at('sections.base.categories[0].weight')).toMatchObject({
      fieldZh: '基础分第 1 类的权重',
      fieldEn: "base category 1's weight",
    });
    expect(at('sections.base.categories[0].items[2].rule.unitPoints')).toMatchObject({
      fieldZh: '基础分第 1 类第 3 项的计分规则的每次分值',
      fieldEn: "base category 1 item 3's rule's points per unit",
    });
    for (const p of answer.data!.validateSchemeDefinition) {
      expect(p.fieldZh).not.toMatch(/sections|\[\d+\]/);
      expect(p.fieldEn).not.toMatch(/sections|\[\d+\]/);
    }
  });

  it('refuses a draft with a message in words and the raw path in field', async () => {
    const created = await server.gql<{
      createScheme: { id: string; revision: number; definition: Definition };
    }>(CREATE, { year: 2029, from: 'DEFAULT_2021' }, admin);
    expect(created.errors).toBeUndefined();
    const draft = created.data!.createScheme;
    const broken = structuredClone(draft.definition);
    broken.sections.special.items[1]!.cap = '-1';

    const refused = await server.gql(UPDATE, { id: draft.id, d: broken, r: draft.revision }, admin);
    const error = refused.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'definition.sections.special.items[1].cap',
    });
    expect(error?.message).toContain('特色分第 2 项的上限');
    expect(error?.message).not.toContain('sections.');
    expect(String(error?.extensions?.['messageEn'])).toContain("special item 2's cap");
    const problems = (error?.extensions?.['details'] as { problems: Problem[] }).problems;
    expect(problems[0]).toMatchObject({
      path: 'sections.special.items[1].cap',
      fieldZh: '特色分第 2 项的上限',
    });
  });
});
