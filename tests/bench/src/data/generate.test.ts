import { describe, expect, it } from 'vitest';
import { type BureauSpec, generateBureau, type TableData } from './generate.js';
import { scaling } from '../reads/read-stage.js';
import { percentile } from '../stats.js';

const spec = (overrides: Partial<BureauSpec> = {}): BureauSpec => ({
  seed: 2021,
  code: 'T',
  name: '测试局',
  branches: 4,
  membersPerBranch: 50,
  year: 2021,
  passwordHash: 'hash',
  password: 'pw',
  emptyDecember: 1,
  ...overrides,
});

const rowsOf = (tables: TableData[], name: string) => tables.find((t) => t.table === name)!.rows;
const column = (tables: TableData[], name: string, col: string) => {
  const t = tables.find((x) => x.table === name)!;
  const i = t.columns.indexOf(col);
  return t.rows.map((r) => r[i]);
};

describe('the benchmark bureau', () => {
  it('is the same, ids included, for the same seed, and another for another seed', () => {
    const a = generateBureau(spec());
    const b = generateBureau(spec());
    expect(JSON.stringify(b.tables)).toBe(JSON.stringify(a.tables));
    const c = generateBureau(spec({ seed: 7 }));
    expect(c.info.bureauId).not.toBe(a.info.bureauId);
  });

  it('has the shape of a real year: members, a year of sign-ins, quotas and dues each', () => {
    const { tables, info, rowCount } = generateBureau(spec());
    expect(info.memberCount).toBeGreaterThanOrEqual(200);
    expect(rowsOf(tables, 'member')).toHaveLength(info.memberCount);
    // About 140 rows per member-year (README): sessions' sign-ins, quotas, dues, declarations.
    expect(rowCount / info.memberCount).toBeGreaterThan(100);
    expect(rowCount / info.memberCount).toBeLessThan(200);
    // Every member-month has its dues line (present, late or missing) in the months recorded.
    const dues = column(tables, 'duty_entry', 'month');
    expect(new Set(dues).size).toBe(12);
    // A few members move between branches mid-year: two memberships each.
    const memberships = column(tables, 'membership', 'member_id');
    const movers = memberships.length - new Set(memberships).size;
    expect(movers).toBeGreaterThan(0);
    expect(movers).toBeLessThan(info.memberCount / 10);
  });

  it('leaves December empty in the write benchmark’s branches, with a sheet to save for each', () => {
    const { tables, sheets, info } = generateBureau(spec({ emptyDecember: 2 }));
    const months = column(tables, 'quota_entry', 'branch_id').map((b, i) => [
      b,
      column(tables, 'quota_entry', 'month')[i],
    ]);
    const writeBranches = info.branchIds.slice(0, 2);
    expect(months.some(([b, m]) => writeBranches.includes(b as string) && m === '2021-12')).toBe(
      false,
    );
    expect(months.some(([b, m]) => b === info.branchIds[3] && m === '2021-12')).toBe(true);
    expect(sheets.map((s) => s.branchId).sort()).toEqual([...writeBranches].sort());
    expect(sheets.every((s) => s.month === '2021-12' && s.cells.length > 0)).toBe(true);
  });
});

describe('the figures', () => {
  it('takes percentiles by rank, and calls statements constant only when every size agrees', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([], 50)).toBeNaN();
    const same = scaling('page', [
      { members: 10, statementsPerRequest: 9, queriesPerRequest: 3 },
      { members: 1000, statementsPerRequest: 9, queriesPerRequest: 3 },
    ]);
    expect(same.constant).toBe(true);
    const grows = scaling('page', [
      { members: 10, statementsPerRequest: 9, queriesPerRequest: 3 },
      { members: 1000, statementsPerRequest: 10, queriesPerRequest: 4 },
    ]);
    expect(grows.constant).toBe(false);
  });
});
