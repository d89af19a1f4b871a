import { ReferenceKind } from '@mikro-orm/core';
import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { Plain } from './plain-rows.js';

/** Where a property's column comes from: the joined row (under its name there), or the statement. */
type Source = { column: string } | { fixed: unknown };

type Step = {
  name: string;
  /** `key`: a relation over several columns, kept as the array of their values. */
  kind: 'value' | 'boolean' | 'date' | 'key';
  sources: Source[];
};

/**
 * Maps rows of a joined statement to one table's plain objects (see `plainRows`), straight from
 * the row: the table's columns are read under `prefix` (`m__name`), those the statement fixed by
 * its filter (`fixed`) or its join (`same`) are filled in, and nothing else is carried along. The
 * mapping is the ORM's (`plainRows`), planned once for the statement's `columns`: a property from
 * its column, booleans as booleans, dates as `Date`, a relation over several columns as the array
 * of their values (null when they are all null); a property whose columns the statement did not
 * read is left out. A ranking page of 500 lines went through four copies of each row to get there
 * (the fixed columns added, the joined ones split off, the ORM's mapping, which also walks every
 * key of the row); without them the whole ranking walked 5–9 % sooner. The plan is compiled into
 * one object literal (`compiledMapper`).
 */
export function joinedRowMapper<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  columns: readonly string[],
  options: {
    prefix?: string;
    /** Column → its value, the same on every row (a filter's). */
    fixed?: Readonly<Record<string, unknown>>;
    /** Column → the row's column that holds its value (a join's condition: `m.id = s.member_id`). */
    same?: Readonly<Record<string, string>>;
  } = {},
): (row: Record<string, unknown>) => Plain<T> {
  const meta = em.getMetadata().get(entity);
  const platform = em.getPlatform();
  const prefix = options.prefix ?? '';
  const fixed = options.fixed ?? {};
  const present = new Set(columns);
  const same = options.same ?? {};
  const source = (column: string): Source | null =>
    column in fixed
      ? { fixed: fixed[column] }
      : same[column] !== undefined
        ? { column: same[column] }
        : present.has(prefix + column)
          ? { column: prefix + column }
          : null;
  const steps: Step[] = [];
  for (const prop of meta.props) {
    const fieldNames = prop.fieldNames;
    if (!fieldNames?.length || prop.embedded || prop.kind === ReferenceKind.EMBEDDED) continue;
    if (prop.polymorphic) throw new Error(`${meta.className}.${prop.name}: polymorphic relation`);
    const sources = fieldNames.map(source);
    if (sources.some((s) => s === null)) continue;
    const kind =
      prop.targetMeta && fieldNames.length > 1
        ? 'key'
        : prop.runtimeType === 'boolean'
          ? 'boolean'
          : prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)
            ? 'date'
            : 'value';
    steps.push({ name: prop.name, kind, sources: sources as Source[] });
  }
  return compiledMapper(steps, (value) => platform.parseDate(value)) as (
    row: Record<string, unknown>,
  ) => Plain<T>;
}

type Mapper = (row: Record<string, unknown>) => Record<string, unknown>;
type Compiled = (fixed: readonly unknown[], parseDate: (value: string) => Date) => Mapper;

// Mappers compiled for a statement's shape (its properties, their kinds and sources), reused by
// every later statement of that shape; bounded, as a client chooses the fields it asks for.
const compiledShapes = new Map<string, Compiled>();
const MAX_SHAPES = 256;

/**
 * The mapper of `steps` as ONE object literal, compiled once per shape: a ranking page maps 500
 * rows, and an object built property by property went through a transition and a reallocation of
 * its properties for each, about a tenth of what a walk of the ranking allocated. Column names
 * are quoted into the code (`JSON.stringify`); fixed values and `parseDate` are passed in.
 */
function compiledMapper(steps: readonly Step[], parseDate: (value: string) => Date): Mapper {
  const fixed: unknown[] = [];
  const operand = (source: Source) => {
    if ('column' in source) return `row[${JSON.stringify(source.column)}]`;
    fixed.push(source.fixed);
    return `fixed[${fixed.length - 1}]`;
  };
  const properties = steps.map((step) => {
    const values = step.sources.map(operand);
    const value =
      step.kind === 'key'
        ? `key([${values.join(', ')}])`
        : step.kind === 'boolean'
          ? `bool(${values[0]})`
          : step.kind === 'date'
            ? `date(${values[0]}, parseDate)`
            : values[0];
    return `${JSON.stringify(step.name)}: ${value}`;
  });
  const code = `return (row) => ({ ${properties.join(', ')} });`;
  let compiled = compiledShapes.get(code);
  if (!compiled) {
    if (compiledShapes.size >= MAX_SHAPES) compiledShapes.clear();
    compiled = new Function('key', 'bool', 'date', 'fixed', 'parseDate', code).bind(
      null,
      key,
      bool,
      date,
    ) as Compiled;
    compiledShapes.set(code, compiled);
  }
  return compiled(fixed, parseDate);
}

// A relation over several columns: their values, null when all are null, left undefined when
// only some are (no such relation).
const key = (values: unknown[]) =>
  values.every((v) => v != null) ? values : values.every((v) => v == null) ? null : undefined;
const bool = (value: unknown) => (value == null ? value : !!value);
const date = (value: unknown, parseDate: (value: string) => Date) =>
  value != null && !(value instanceof Date) ? parseDate(value as string) : value;
