import { ApolloServer } from '@apollo/server';
import { buildSchema, execute, type GraphQLSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledOperation } from '../../../test/compiled-operation.js';
import { compiledExecutor } from './compiled-executor.js';

// A small schema with what the app's answers rely on: lists of objects, nullable and non-null
// fields that fail, arguments, fragments and @include.
function schema(): { schema: GraphQLSchema; calls: { byName: number } } {
  const calls = { byName: 0 };
  const s = buildSchema(`
    type Member { id: ID! name: String! score(year: Int!): String branch: Branch! note: String }
    type Branch { id: ID! name: String! }
    type Query { members(first: Int!): [Member!]! member(name: String!): Member broken: Member! }
  `);
  const members = ['王芳', '李强', '张伟'].map((name, i) => ({ id: `m${i}`, name }));
  const resolve = (type: string, field: string, fn: (...args: never[]) => unknown) => {
    const t = s.getType(type) as unknown as {
      getFields(): Record<string, { resolve?: unknown }>;
    };
    t.getFields()[field]!.resolve = fn;
  };
  resolve('Query', 'members', (_: unknown, { first }: { first: number }) =>
    members.slice(0, first),
  );
  resolve('Query', 'member', async (_: unknown, { name }: { name: string }) => {
    calls.byName++;
    return members.find((m) => m.name === name) ?? null;
  });
  resolve('Query', 'broken', () => {
    throw new Error('no extensions on this one');
  });
  resolve('Member', 'score', (m: { id: string }, { year }: { year: number }) =>
    m.id === 'm1' ? Promise.reject(new Error('score failed')) : `${year}:${m.id}`,
  );
  resolve('Member', 'branch', async () => ({ id: 'b1', name: '办公室党支部' }));
  return { schema: s, calls };
}

async function server() {
  const { schema: s, calls } = schema();
  const apollo = new ApolloServer({ gateway: compiledExecutor(s) });
  await apollo.start();
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const res = await apollo.executeOperation({ query, variables });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { http: res.http, ...res.body.singleResult };
  };
  return { apollo, run, schema: s, calls };
}

const ROSTER = `query Roster($first: Int!, $year: Int!, $withBranch: Boolean!) {
  members(first: $first) { ...line year: score(year: $year) branch @include(if: $withBranch) { name } }
}
fragment line on Member { id name note }`;

describe('operations compiled once and run as graphql-js would run them', () => {
  it('answers a list with aliases, fragments, @include and a failing field exactly as graphql-js', async () => {
    const { apollo, run, schema: s } = await server();
    try {
      const variables = { first: 3, year: 2026, withBranch: true };
      const expected = JSON.parse(
        JSON.stringify(
          await execute({ schema: s, document: parse(ROSTER), variableValues: variables }),
        ),
      );
      for (let i = 0; i < 3; i++) {
        const got = await run(ROSTER, variables);
        // Apollo adds each error's code; the rest is graphql-js's answer to the letter.
        const errors = got.errors?.map(({ extensions: _code, ...error }) => error);
        expect({ data: got.data, errors }).toEqual({
          data: expected.data,
          errors: expected.errors,
        });
      }
      expect(expected.errors).toEqual([
        expect.objectContaining({ message: 'score failed', path: ['members', 1, 'year'] }),
      ]);
      const without = await run(ROSTER, { ...variables, withBranch: false });
      // What a client receives: the skipped field is absent, not null.
      const sent = JSON.parse(JSON.stringify(without.data)) as { members: object[] };
      expect(sent.members[0]).toEqual({ id: 'm0', name: '王芳', note: null, year: '2026:m0' });
    } finally {
      await apollo.stop();
    }
  });

  it('gives an error thrown without extensions its path and a code, for the error formatter', async () => {
    const { apollo, run } = await server();
    try {
      const res = await run('{ broken { id } }');
      expect(res.data).toBeNull();
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: 'no extensions on this one',
          path: ['broken'],
          locations: [{ line: 1, column: 3 }],
          extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }),
        }),
      ]);
    } finally {
      await apollo.stop();
    }
  });

  it('refuses bad variables as bad user input naming the variable, with HTTP 400, running nothing', async () => {
    const { apollo, run, calls } = await server();
    try {
      const res = await run('query($n: String!) { member(name: $n) { id } }', { n: 42 });
      expect(res.http.status).toBe(400);
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('$n'),
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
      const missing = await run('query($n: String!) { member(name: $n) { id } }', {});
      expect(missing.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(calls.byName).toBe(0);
      const found = await run('query($n: String!) { member(name: $n) { id } }', { n: '李强' });
      expect(found.data).toEqual({ member: { id: 'm1' } });
    } finally {
      await apollo.stop();
    }
  });

  it('picks the operation a document names', async () => {
    const { apollo } = await server();
    try {
      const query = 'query A { members(first: 1) { id } } query B { members(first: 2) { name } }';
      const a = await apollo.executeOperation({ query, operationName: 'A' });
      const b = await apollo.executeOperation({ query, operationName: 'B' });
      const data = (r: typeof a) => (r.body.kind === 'single' ? r.body.singleResult.data : null);
      expect(data(a)).toEqual({ members: [{ id: 'm0' }] });
      expect(data(b)).toEqual({ members: [{ name: '王芳' }, { name: '李强' }] });
    } finally {
      await apollo.stop();
    }
  });
});

describe('leaf values, with the patched shortcut for strings (patches/graphql-jit)', () => {
  it('serialises and refuses non-string leaves as graphql-js does, and passes strings through', async () => {
    const s = buildSchema(`
      type Line { text: String! note: String id: ID! records: [ID!]! count: String amount: String! }
      type Query { lines: [Line]! }
    `);
    const lines = [
      { text: '出勤', note: null, id: 'l1', records: ['r1', 'r2'], count: 3, amount: '9.5' },
      // A number where a string is declared is still converted; an object is still refused.
      { text: 'x', note: 12, id: 7, records: ['r3', 4], count: true, amount: { no: 1 } },
      // A null where the schema forbids one is still an error with its path (one failure per
      // line: the first failure of a line nulls it).
      { text: '缺席', note: undefined, id: 'l3', records: ['r5', null], count: null, amount: '0' },
      { text: null, note: '', id: 'l4', records: [], count: '', amount: '1' },
    ];
    (
      s.getType('Query') as unknown as { getFields(): Record<string, { resolve?: unknown }> }
    ).getFields()['lines']!.resolve = () => lines;
    const apollo = new ApolloServer({ gateway: compiledExecutor(s) });
    await apollo.start();
    try {
      const query = '{ lines { text note id records count amount } }';
      const expected = JSON.parse(
        JSON.stringify(await execute({ schema: s, document: parse(query) })),
      );
      const res = await apollo.executeOperation({ query });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = res.body.singleResult;
      const sorted = (e: unknown[] | undefined) =>
        [...(e ?? [])]
          .map((x) => JSON.parse(JSON.stringify(x)) as { extensions?: unknown; path: unknown })
          .map(({ extensions: _code, ...rest }) => rest)
          .sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
      expect(JSON.parse(JSON.stringify(data))).toEqual(expected.data);
      expect(sorted(errors as unknown[])).toEqual(sorted(expected.errors));
      expect(sorted(errors as unknown[]).map((e) => e.path)).toEqual([
        ['lines', 1, 'amount'],
        ['lines', 2, 'records', 1],
        ['lines', 3, 'text'],
      ]);
      expect(expected.data.lines[0]).toEqual({
        text: '出勤',
        note: null,
        id: 'l1',
        records: ['r1', 'r2'],
        count: '3',
        amount: '9.5',
      });
      expect(expected.data.lines.slice(1)).toEqual([null, null, null]);
      // The rows that hold only strings come back as they are, when nothing is refused.
      const ok = await apollo.executeOperation({ query: '{ lines { note id count } }' });
      expect(ok.body.kind === 'single' && ok.body.singleResult.data).toEqual({
        lines: [
          { note: null, id: 'l1', count: '3' },
          { note: '12', id: '7', count: 'true' },
          { note: null, id: 'l3', count: null },
          { note: '', id: 'l4', count: '' },
        ],
      });
    } finally {
      await apollo.stop();
    }
  });
});

describe('list items, with the patched shortcut for items that are not promises', () => {
  // Unpatched, graphql-jit put a rejected item's null at the end of the list, not at its index.
  it('answers lists of plain values, promises and rejections as graphql-js does', async () => {
    const s = buildSchema(`type Query { names: [String]! codes: [ID!] }`);
    const fields = (
      s.getType('Query') as unknown as {
        getFields(): Record<string, { resolve?: unknown }>;
      }
    ).getFields();
    fields['names']!.resolve = () => [
      '王芳',
      Promise.resolve('李强'),
      Promise.reject(new Error('not found')),
      7,
    ];
    fields['codes']!.resolve = () => ['a', Promise.resolve('b'), 'c'];
    const apollo = new ApolloServer({ gateway: compiledExecutor(s) });
    await apollo.start();
    try {
      const query = '{ names codes }';
      const expected = JSON.parse(
        JSON.stringify(await execute({ schema: s, document: parse(query) })),
      );
      const res = await apollo.executeOperation({ query });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = res.body.singleResult;
      expect(JSON.parse(JSON.stringify(data))).toEqual(expected.data);
      expect(data).toEqual({ names: ['王芳', '李强', null, '7'], codes: ['a', 'b', 'c'] });
      expect(errors?.map(({ message, path }) => ({ message, path }))).toEqual([
        { message: 'not found', path: ['names', 2] },
      ]);
      expect(expected.errors).toEqual([
        expect.objectContaining({ message: 'not found', path: ['names', 2] }),
      ]);
    } finally {
      await apollo.stop();
    }
  });
});

describe('resolve info, with the patched shortcut for resolvers that do not declare it', () => {
  // A resolver declaring fewer than four parameters cannot read its info by name: graphql-jit
  // (patched) builds none for it, an object and a path on every call of a long list.
  it('builds the info only for a resolver that declares it', async () => {
    const s = buildSchema(`
      type Line { text: String! where: String! seen: String! }
      type Query { lines: [Line!]! }
    `);
    const fields = (type: string): Record<string, { resolve?: (...args: never[]) => unknown }> =>
      (
        s.getType(type) as unknown as { getFields(): Record<string, { resolve?: never }> }
      ).getFields();
    fields('Query')['lines']!.resolve = () => [{ text: '甲' }, { text: '乙' }];
    fields('Line')['where']!.resolve = (
      line: { text: string },
      _args: unknown,
      _ctx: unknown,
      info: { path: { prev?: { key: string | number } } },
    ) => `${line.text}@${info.path.prev?.key}`;
    fields('Line')['seen']!.resolve = function (this: unknown, ...all: unknown[]) {
      return all[3] === undefined ? 'no info' : 'info';
    };
    const result = await compiledOperation(s, '{ lines { text where seen } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      lines: [
        { text: '甲', where: '甲@0', seen: 'no info' },
        { text: '乙', where: '乙@1', seen: 'no info' },
      ],
    });
  });
});

describe('the request the executor is given', () => {
  it('writes its HTTP status through to the response, with no accessor of its own', async () => {
    const inner = compiledExecutor(schema().schema)!;
    let status: PropertyDescriptor | undefined;
    const gateway: typeof inner = {
      ...inner,
      async load(options) {
        const { executor } = await inner.load(options);
        return {
          executor: (requestContext) => {
            const http = requestContext.response!.http!;
            http.status = 203;
            status = Object.getOwnPropertyDescriptor(http, 'status');
            return executor!(requestContext);
          },
        };
      },
    };
    const apollo = new ApolloServer({ gateway });
    await apollo.start();
    try {
      const res = await apollo.executeOperation({ query: '{ members(first: 1) { name } }' });
      expect(res.http.status).toBe(203);
      // On the class, not the object: Apollo built each request's as an object literal's own
      // accessors, which gave every request a hidden class in the old generation holding the
      // request, so nothing of it died young (patches/@apollo__server@5.5.1.patch).
      expect(status).toBeUndefined();
    } finally {
      await apollo.stop();
    }
  });
});
