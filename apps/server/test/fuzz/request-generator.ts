import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** A small seeded generator (mulberry32): a failing fuzz run can be replayed from its seed. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** Operations the fuzzer leaves alone: they would end its own session or lock its account. */
const SKIPPED = new Set(['logout', 'changePassword', 'login']);

const STRINGS = [
  '',
  ' ',
  'a',
  '第一党小组',
  '2026-03-05',
  '2026-03',
  '2026-13-45',
  'party-lecture',
  'x'.repeat(10_000),
  'nul\u0000inside',
  'lone\ud800surrogate',
  "'; drop table member; --",
  '<script>alert(1)</script>',
  '𠮷野家 😀',
  '\n\t\r',
  '-1',
  '1e309',
];
const MALFORMED_IDS = [
  'aaaaaaa',
  '',
  '0',
  '1; drop table member',
  'nul\u0000',
  '{}',
  'ZZZZZZZZ-ZZZZ',
];
const INTS = [0, 1, -1, 3, 12, 13, 2025, 2026, 2027, 2_147_483_647, -2_147_483_648, 2 ** 40, 1.5];
const FLOATS = [0, 0.5, -1, 100, 1e308, -0.0001, Number.MAX_SAFE_INTEGER];

export type FuzzContext = { ids: string[]; random: Random };

function randomUuid(random: Random): string {
  const hex = () => random.int(16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-8${part(3)}-${part(12)}`;
}

function jsonValue(ctx: FuzzContext, depth = 0): unknown {
  const { random } = ctx;
  if (depth > 2 || random.chance(0.4)) return random.pick([...STRINGS, ...INTS, true, null]);
  if (random.chance(0.5))
    return Array.from({ length: random.int(3) }, () => jsonValue(ctx, depth + 1));
  return Object.fromEntries(
    Array.from({ length: random.int(4) }, () => [
      random.pick(['code', 'name', 'items', 'points', 'max', random.pick(STRINGS)]),
      jsonValue(ctx, depth + 1),
    ]),
  );
}

/** A value for an input type: mostly well-typed, sometimes wrong in the ways clients get wrong. */
export function inputValue(type: GraphQLInputType, ctx: FuzzContext, depth = 0): unknown {
  const { random } = ctx;
  if (isNonNullType(type)) {
    return random.chance(0.03) ? null : inputValue(type.ofType, ctx, depth);
  }
  if (random.chance(0.05)) return null;
  if (random.chance(0.03)) return random.pick([{}, [], 42, 'text', true]); // the wrong kind
  if (isListType(type)) {
    return Array.from({ length: random.int(4) }, () => inputValue(type.ofType, ctx, depth + 1));
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (!isNonNullType(field.type) && random.chance(0.4)) continue;
      value[field.name] = depth > 3 ? null : inputValue(field.type, ctx, depth + 1);
    }
    if (random.chance(0.03)) value['notAField'] = 1;
    return value;
  }
  if (isEnumType(type)) {
    return random.chance(0.95) ? random.pick(type.getValues()).value : 'NOT_A_VALUE';
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        if (random.chance(0.5) && ctx.ids.length) return random.pick(ctx.ids);
        return random.chance(0.5) ? randomUuid(random) : random.pick(MALFORMED_IDS);
      case 'Int':
        return random.pick(INTS);
      case 'Float':
        return random.pick(FLOATS);
      case 'Boolean':
        return random.chance(0.5);
      case 'DateTimeISO':
        return random.pick(['2026-03-05T08:00:00Z', '2026-02-30T00:00:00Z', 'yesterday', '']);
      case 'JSON':
        return jsonValue(ctx);
      default:
        return random.pick(STRINGS);
    }
  }
  return null;
}

/** A selection of a field's own leaves (and one level of objects), or none for a leaf. */
function selection(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields()).filter(
    (f) => f.args.length === 0 && (isLeafType(getNamedType(f.type)) || depth === 0),
  );
  const parts = leaves
    .slice(0, 12)
    .map((f) => (isLeafType(getNamedType(f.type)) ? f.name : `${f.name} ${selection(f.type, 1)}`))
    .filter((p) => !p.endsWith(' '));
  return `{ __typename ${parts.join(' ')} }`;
}

export type FuzzRequest = {
  operation: 'query' | 'mutation';
  field: string;
  body: { query: string; variables: Record<string, unknown> };
};

/** Every root field of the schema, to be called with generated arguments. */
export function rootFields(schema: GraphQLSchema) {
  const fields: { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(root?.getFields() ?? {}))
      if (!SKIPPED.has(field.name)) fields.push({ operation, field });
  }
  return fields;
}

/** One request: a root field with variables for its arguments (some left out, some literal). */
export function generateRequest(
  target: { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> },
  ctx: FuzzContext,
): FuzzRequest {
  const { field, operation } = target;
  const definitions: string[] = [];
  const args: string[] = [];
  const variables: Record<string, unknown> = {};
  field.args.forEach((arg: GraphQLArgument, i) => {
    if (!isNonNullType(arg.type) && ctx.random.chance(0.3)) return;
    if (isNonNullType(arg.type) && ctx.random.chance(0.02)) return; // a required one missing
    definitions.push(`$a${i}: ${String(arg.type)}`);
    args.push(`${arg.name}: $a${i}`);
    variables[`a${i}`] = inputValue(arg.type, ctx);
  });
  const head = definitions.length ? `${operation}(${definitions.join(', ')})` : operation;
  const call = args.length ? `${field.name}(${args.join(', ')})` : field.name;
  return {
    operation,
    field: field.name,
    body: { query: `${head} { ${call} ${selection(field.type)} }`, variables },
  };
}

/** A broken copy of a request's document: truncated, or with a stray character. */
export function mangle(query: string, random: Random): string {
  if (random.chance(0.5)) return query.slice(0, random.int(query.length));
  const at = random.int(query.length);
  return (
    query.slice(0, at) +
    random.pick(['{', '}', '(', '"', '$', '\u0000', '@', '...']) +
    query.slice(at)
  );
}
