import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { getMetadataStorage } from 'type-graphql';
import { propertiesFor } from '../../../db/rows/plain-rows.js';
import { Branch } from '../../org/branches/branch.entity.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import { Member } from '../../org/members/member.entity.js';
import { ScoreSummary } from '../score-summary.entity.js';

/**
 * A ranking's lines and a roster's scores read the columns their query shows (and the keys), not
 * whole rows. Two selections of the same rows in one request must each get every field they ask.
 */
let server: TestServer;
let bureauId: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  bureauId = (await demoLookup(server.db)).bureauId;
  // The demo roster has no phones: give every member one, which their secretary may see.
  await server.db.ownerQuery(`update member set phone = '13912345678' where bureau_id = $1`, [
    bureauId,
  ]);
});
afterAll(() => server.close());

type Line = {
  memberId: string;
  total: string;
  totalExact?: string;
  categories?: { code: string; value: string }[];
  member: {
    id?: string;
    name: string;
    status?: string;
    phone?: string | null;
    memberships?: unknown[];
  };
  branch: { name: string; id?: string };
};

describe('reads of the columns a query shows', () => {
  it('gives two selections of the same ranking lines in one request every field each asks', async () => {
    const q = `{
      short: scoreList(filter: { year: 2026 }, first: 20) {
        edges { node { memberId total member { name } branch { name } } } }
      full: scoreList(filter: { year: 2026 }, first: 20) {
        edges { node { memberId total totalExact categories { code value }
          member { id name status phone memberships { fromMonth } } branch { id name } } } }
      branches { id name }
    }`;
    const res = await server.gql<{
      short: { edges: { node: Line }[] };
      full: { edges: { node: Line }[] };
      branches: { id: string; name: string }[];
    }>(q, {}, await server.login('shuji1'));
    expect(res.errors).toBeUndefined();
    const short = res.data!.short.edges.map((e) => e.node);
    const full = res.data!.full.edges.map((e) => e.node);
    expect(full.map((l) => l.memberId)).toEqual(short.map((l) => l.memberId));
    expect(short.length).toBeGreaterThan(0);
    for (const [i, line] of full.entries()) {
      expect(line.member.name).toBe(short[i]!.member.name);
      expect(line.member.status).toMatch(/^(FULL|PROBATIONARY)$/);
      // The secretary of 办公室党支部 sees their own members' phones.
      expect(line.member.phone).toBe('13912345678');
      expect(line.member.memberships!.length).toBeGreaterThan(0);
      // The joined rows' keys are the line's own (the page does not read them twice).
      expect(line.member.id).toBe(line.memberId);
      expect(res.data!.branches.find((b) => b.id === line.branch.id)?.name).toBe(line.branch.name);
      expect(line.totalExact).toMatch(/^\d+(\.\d+|\/\d+)?$/);
      expect(line.categories!.map((c) => c.code)).toEqual([
        'political-study',
        'organisational-life',
        'political-conduct',
      ]);
      expect(short[i]).toEqual({
        memberId: line.memberId,
        total: line.total,
        member: { name: line.member.name },
        branch: { name: line.branch.name },
      });
    }
  });

  it('gives a roster’s periods asked with different fields each what it asks', async () => {
    const admin = await server.login('admin');
    const branches = await server.gql<{ branches: { id: string; name: string }[] }>(
      '{ branches { id name } }',
      {},
      admin,
    );
    const office = branches.data!.branches.find((b) => b.name === '办公室党支部')!;
    const res = await server.gql<{
      members: {
        year: { total: string } | null;
        full: { total: string; categories: { code: string }[]; projection: unknown } | null;
      }[];
    }>(
      `query($b: ID!) { members(branchId: $b) {
        year: score(year: 2026) { total }
        full: score(year: 2026) { total categories { code } projection { band } } } }`,
      { b: office.id },
      admin,
    );
    expect(res.errors).toBeUndefined();
    const scored = res.data!.members.filter((m) => m.year !== null);
    expect(scored.length).toBeGreaterThan(0);
    for (const m of scored) {
      expect(m.full!.total).toBe(m.year!.total);
      expect(m.full!.categories).toHaveLength(3);
      expect(m.full!.projection).not.toBeNull();
    }
  });

  it('reads a selection’s keys and asked columns, and every column when a field is computed', () => {
    const em = scopedEntityManager(server.db.orm, { bureauId, branchIds: 'all' });
    expect(propertiesFor(em, ScoreSummary, new Set(['total', 'member']))).toEqual([
      'branch',
      'bureauId',
      'id',
      'member',
      'total',
    ]);
    // `availableActions` is worked out from the whole member: every column.
    expect(propertiesFor(em, Member, new Set(['name', 'availableActions']))).toBe('all');
    const named = propertiesFor(em, Member, new Set(['name', '__typename']));
    expect(named).toContain('name');
    expect(named).toContain('id');
    expect(named).not.toContain('phone');
  });

  it('knows every field resolver that shares its name with a column of a narrowed list', () => {
    // A narrowed read gives such a resolver that column and the keys only. Each one listed here
    // was checked to read no more (`phone`: the member's id and branch, for who may see it), or
    // names what else it reads in its entity's `fieldNeeds` (a summary's parts: its year and
    // scheme version, by which they are named); a new one must be checked too before it joins.
    const em = scopedEntityManager(server.db.orm, { bureauId, branchIds: 'all' });
    const narrowed = [ScoreSummary, Member, Branch] as const;
    const shared = getMetadataStorage()
      .fieldResolvers.map((r) => ({ type: r.getObjectType?.(), name: r.methodName }))
      .filter(({ type, name }) =>
        narrowed.some(
          (entity) =>
            entity === type &&
            em
              .getMetadata()
              .get(entity as typeof Member)
              .props.some((p) => p.name === name && p.kind === 'scalar'),
        ),
      )
      .map(({ type, name }) => `${(type as { name: string }).name}.${name}`);
    expect(shared.sort()).toEqual([
      'Member.phone',
      'ScoreSummary.categories',
      'ScoreSummary.specialItems',
    ]);
    const parts = propertiesFor(em, ScoreSummary, new Set(['categories']));
    expect(parts).toContain('year');
    expect(parts).toContain('schemeId');
    expect(parts).not.toContain('specialItems');
  });
});
