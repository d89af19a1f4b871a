// Loading a generated bureau: the generator's own path (batched multi-row INSERTs into the real
// tables, as the owner, one transaction per table) and the floor it is compared with (a plain COPY
// of the same rows into an identical scratch table set: same columns, defaults, indexes and
// checks, no foreign keys, no row-level security).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Row, TableData } from '../data/generate.js';

export type LoadTiming = { ms: number; rows: number; statements: number };

const MAX_PARAMS = 65_000;
const MAX_ROWS_PER_INSERT = 1_000;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

function insertSql(target: string, columns: readonly string[], rows: number): string {
  const cols = columns.length;
  const values: string[] = [];
  for (let r = 0; r < rows; r++) {
    const p: string[] = [];
    for (let c = 1; c <= cols; c++) p.push(`$${r * cols + c}`);
    values.push(`(${p.join(',')})`);
  }
  return `insert into ${target} (${columns.map(ident).join(',')}) values ${values.join(',')}`;
}

/** The generator's load: multi-row parameterised INSERTs, one transaction per table. */
export async function insertTables(
  client: pg.ClientBase,
  tables: readonly TableData[],
  schema = 'public',
): Promise<LoadTiming> {
  let rows = 0;
  let statements = 0;
  const start = performance.now();
  for (const t of tables) {
    if (t.rows.length === 0) continue;
    const perStatement = Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMS / t.columns.length));
    const target = `${ident(schema)}.${ident(t.table)}`;
    const fullSql = insertSql(target, t.columns, perStatement);
    await client.query('begin');
    for (let i = 0; i < t.rows.length; i += perStatement) {
      const slice = t.rows.slice(i, i + perStatement);
      const sql =
        slice.length === perStatement ? fullSql : insertSql(target, t.columns, slice.length);
      await client.query(sql, slice.flat());
      statements++;
    }
    await client.query('commit');
    rows += t.rows.length;
  }
  return { ms: performance.now() - start, rows, statements };
}

function copyText(value: Row[number]): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}

function* copyChunks(rows: readonly Row[]): Generator<string> {
  const CHUNK = 4_000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    let out = '';
    const end = Math.min(rows.length, i + CHUNK);
    for (let r = i; r < end; r++) out += (rows[r] as Row).map(copyText).join('\t') + '\n';
    yield out;
  }
}

/** COPY FROM STDIN (text format) of every table into `schema`, one COPY per table. */
export async function copyTables(
  client: pg.ClientBase,
  tables: readonly TableData[],
  schema: string,
): Promise<LoadTiming> {
  let rows = 0;
  let statements = 0;
  const start = performance.now();
  for (const t of tables) {
    if (t.rows.length === 0) continue;
    const sql = `copy ${ident(schema)}.${ident(t.table)} (${t.columns.map(ident).join(',')}) from stdin`;
    await pipeline(Readable.from(copyChunks(t.rows)), client.query(copyFrom(sql)));
    statements++;
    rows += t.rows.length;
  }
  return { ms: performance.now() - start, rows, statements };
}

/** An identical scratch table set for the floor: `like … including all` (no FKs, no RLS). */
export async function createFloorSchema(
  client: pg.ClientBase,
  schema: string,
  tables: readonly TableData[],
): Promise<void> {
  await client.query(`drop schema if exists ${ident(schema)} cascade`);
  await client.query(`create schema ${ident(schema)}`);
  for (const t of tables) {
    await client.query(
      `create table ${ident(schema)}.${ident(t.table)} (like public.${ident(t.table)} including all)`,
    );
  }
}

/** A checkpoint before each timed load, so one load does not pay for the other's dirty pages. */
export async function checkpoint(client: pg.ClientBase): Promise<void> {
  await client.query('checkpoint').catch(() => undefined);
}
