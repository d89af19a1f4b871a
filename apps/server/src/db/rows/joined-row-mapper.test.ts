import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { Branch } from '../../modules/org/branches/branch.entity.js';
import { Member } from '../../modules/org/members/member.entity.js';
import { ScoreSummary } from '../../modules/scores/score-summary.entity.js';
import { scopedEntityManager } from '../../tenancy/scoped-entity-manager.js';
import { joinedRowMapper } from './joined-row-mapper.js';
import { columnsOf, plainRows } from './plain-rows.js';

/**
 * Lines read in one joined statement map to what the ORM's own mapping gives for each table's
 * rows read alone, the columns the statement fixed included, and nothing of the other tables.
 */
let server: TestServer;
let bureauId: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  bureauId = (await demoLookup(server.db)).bureauId;
});
afterAll(() => server.close());

describe('joined rows mapped as the ORM maps each table', () => {
  it('gives the summary, its member and its branch as reading each table alone would', async () => {
    const em = scopedEntityManager(server.db.orm, { bureauId, branchIds: 'all' });
    const omit = ['bureau_id', 'year', 'period'];
    const sql = (joinedColumns: string) =>
      `select ${joinedColumns} from score_summary s
         join member m on m.bureau_id = s.bureau_id and m.id = s.member_id
         join branch b on b.bureau_id = s.bureau_id and b.id = s.branch_id
        where s.bureau_id = ? and s.period = 'year' order by s.member_id limit 5`;
    const joined = await em.execute<Record<string, unknown>[]>(
      sql(
        [
          columnsOf(em, ScoreSummary, 's', { omit }),
          columnsOf(em, Member, 'm', { prefix: 'm__', omit: ['bureau_id', 'id'] }),
          columnsOf(em, Branch, 'b', { prefix: 'b__', omit: ['bureau_id', 'id'] }),
        ].join(', '),
      ),
      [bureauId],
    );
    expect(joined.length).toBeGreaterThan(0);
    const alone = async <T extends object>(entity: new () => T, alias: string) =>
      plainRows(
        em,
        entity,
        await em.execute<Record<string, unknown>[]>(sql(columnsOf(em, entity, alias)), [bureauId]),
      );
    const columns = Object.keys(joined[0]!);
    const bureau = { bureau_id: bureauId };
    const year = (await alone(ScoreSummary, 's'))[0]!.year;
    const summaryOf = joinedRowMapper(em, ScoreSummary, columns, {
      fixed: { ...bureau, year, period: 'year' },
    });
    const memberOf = joinedRowMapper(em, Member, columns, {
      prefix: 'm__',
      fixed: bureau,
      same: { id: 'member_id' },
    });
    const branchOf = joinedRowMapper(em, Branch, columns, {
      prefix: 'b__',
      fixed: bureau,
      same: { id: 'branch_id' },
    });
    expect(joined.map(summaryOf)).toEqual(await alone(ScoreSummary, 's'));
    expect(joined.map(memberOf)).toEqual(await alone(Member, 'm'));
    expect(joined.map(branchOf)).toEqual(await alone(Branch, 'b'));
    // A relation over two columns is their values' array, as the ORM keeps it.
    expect((summaryOf(joined[0]!) as Record<string, unknown>)['member']).toEqual([
      bureauId,
      joined[0]!['member_id'],
    ]);
  });

  it('leaves out a property whose columns the statement did not read', async () => {
    const em = scopedEntityManager(server.db.orm, { bureauId, branchIds: 'all' });
    const mapped = joinedRowMapper(em, Member, ['m__name'], { prefix: 'm__' })({
      m__name: '张三',
      m__phone: '13912345678',
    });
    expect(mapped).toEqual({ name: '张三' });
  });
});
