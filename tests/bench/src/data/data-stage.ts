// Item 1: generate the bureau, load it as the generator does (multi-row INSERTs) and time a plain
// COPY of the same rows into an identical scratch table set beside it.
import type pg from 'pg';
import { hashPassword } from '../../../../apps/server/src/auth/credentials/passwords.js';
import {
  type BureauInfo,
  type GeneratedBureau,
  generateBureau,
  type SheetPlan,
} from './generate.js';
import { checkpoint, copyTables, createFloorSchema, insertTables } from '../load/load.js';

import type { BenchOptions } from '../options.js';
import { round } from '../stats.js';

export const BENCH_PASSWORD = 'Bench@2021';

export type DataResults = {
  bureau: { branches: number; members: number; months: number; year: number };
  rows: number;
  ledgerRows: number;
  tables: Record<string, number>;
  generateMs: number;
  insert: { ms: number; rowsPerSecond: number; statements: number };
  copy: { ms: number; rowsPerSecond: number; statements: number };
  /** INSERT time ÷ COPY time (1 = as fast as COPY). */
  ratio: number;
  analyzeMs: number;
};

const LEDGER_TABLES = new Set([
  'branch_session',
  'evidence_file',
  'attendance',
  'quota_entry',
  'duty_entry',
  'violation',
  'declaration',
  'declaration_event',
]);

export type ScaleBureaus = { small: BureauInfo; medium: BureauInfo };
export type SheetPlans = { main: SheetPlan[]; small: SheetPlan[] };

export async function loadData(
  owner: pg.Client,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<{ main: BureauInfo; scale: ScaleBureaus; sheets: SheetPlans; results: DataResults }> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const spec = (
    seed: number,
    code: string,
    name: string,
    branches: number,
    members: number,
    emptyDecember = 0,
  ) => ({
    seed,
    code,
    name,
    branches,
    membersPerBranch: members,
    year: options.year,
    passwordHash,
    password: BENCH_PASSWORD,
    emptyDecember,
  });

  const genStart = performance.now();
  const generated: GeneratedBureau = generateBureau(
    spec(
      options.seed,
      'BENCH',
      '基准测试机关事务管理局',
      options.branches,
      options.membersPerBranch,
      // December left empty in a few branches: half saved through GraphQL, half by raw INSERTs,
      // one warm-up each (item 3).
      2 * (options.sheets + 1),
    ),
  );
  const generateMs = performance.now() - genStart;
  const { info: main, tables, rowCount, sheets: mainSheets } = generated;
  log(
    `generated ${rowCount.toLocaleString('en')} rows (${main.memberCount.toLocaleString('en')} members) in ${Math.round(generateMs)} ms`,
  );

  await checkpoint(owner);
  const insert = await insertTables(owner, tables);
  log(
    `INSERT load: ${insert.rows.toLocaleString('en')} rows in ${Math.round(insert.ms)} ms (${Math.round((insert.rows / insert.ms) * 1000).toLocaleString('en')} rows/s)`,
  );
  await createFloorSchema(owner, 'bench_floor', tables);
  await checkpoint(owner);
  const copy = await copyTables(owner, tables, 'bench_floor');
  log(
    `COPY floor: ${copy.rows.toLocaleString('en')} rows in ${Math.round(copy.ms)} ms (${Math.round((copy.rows / copy.ms) * 1000).toLocaleString('en')} rows/s)`,
  );
  await owner.query('drop schema bench_floor cascade');

  const counts = Object.fromEntries(tables.map((t) => [t.table, t.rows.length]));
  const ledgerRows = tables
    .filter((t) => LEDGER_TABLES.has(t.table))
    .reduce((n, t) => n + t.rows.length, 0);

  // The scale points of item 5: the same bureau at a tenth and three tenths of the members
  // (half the branch size in the smallest, so rosters of 25 and 50 compare too).
  const smallBranches = Math.max(
    2,
    Math.round((options.branches * options.membersPerBranch) / 10 / 25),
  );
  const mediumBranches = Math.max(3, Math.round((options.branches * 3) / 10));
  const small = generateBureau(
    // December left empty in two branches for the save's statement count at 25 members, and in
    // `saveWarmUps` more whose sheets warm the save up (item 3).
    spec(options.seed + 1, 'BENCHS', '基准测试（1×）', smallBranches, 25, 2 + options.saveWarmUps),
  );
  // Not timed: COPY, the quickest way in (the load rate is the main bureau's).
  await copyTables(owner, small.tables, 'public');
  const medium = generateBureau(
    spec(options.seed + 3, 'BENCHM', '基准测试（3×）', mediumBranches, options.membersPerBranch),
  );
  await copyTables(owner, medium.tables, 'public');
  log(
    `scale bureaus: ${small.info.memberCount.toLocaleString('en')} and ${medium.info.memberCount.toLocaleString('en')} members (${(small.rowCount + medium.rowCount).toLocaleString('en')} rows)`,
  );

  const analyzeStart = performance.now();
  await owner.query('vacuum analyze');
  const analyzeMs = performance.now() - analyzeStart;

  return {
    main,
    scale: { small: small.info, medium: medium.info },
    sheets: { main: mainSheets, small: small.sheets },
    results: {
      bureau: {
        branches: options.branches,
        members: main.memberCount,
        months: 12,
        year: options.year,
      },
      rows: rowCount,
      ledgerRows,
      tables: counts,
      generateMs: Math.round(generateMs),
      insert: {
        ms: Math.round(insert.ms),
        rowsPerSecond: Math.round((insert.rows / insert.ms) * 1000),
        statements: insert.statements,
      },
      copy: {
        ms: Math.round(copy.ms),
        rowsPerSecond: Math.round((copy.rows / copy.ms) * 1000),
        statements: copy.statements,
      },
      ratio: round(insert.ms / copy.ms, 2),
      analyzeMs: Math.round(analyzeMs),
    },
  };
}
