import { execute, parse, type GraphQLSchema } from 'graphql';
import {
  Arg,
  Authorized,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  Info,
  ObjectType,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledOperation } from '../../../test/compiled-operation.js';

/**
 * patches/type-graphql: a field resolver whose parameters are only its root, context and info,
 * with no guard and no middleware, is called without type-graphql's per-call wrapper. What it
 * answers must not change, and a guarded or argument-taking resolver still goes the usual way.
 * An argument that is not validated is handed over as it is, not in a promise, so a resolver
 * taking arguments answers synchronously when its body does.
 * (The types' names are this file's own: type-graphql's metadata is shared by the whole process.)
 */
@ObjectType({ simpleResolvers: true })
class DirectProbeLine {
  @Field()
  text!: string;
}

type Context = { reader: string; roles: string[]; calls: string[] };

@Resolver(() => DirectProbeLine)
class DirectProbeLineFields {
  private readonly prefix = '行';

  @FieldResolver(() => String)
  label(@Root() line: DirectProbeLine, @Ctx() ctx: Context): string {
    // `this` is the resolver's instance, as type-graphql gives it.
    return `${this.prefix}:${line.text}:${ctx.reader}`;
  }

  @FieldResolver(() => String)
  where(@Info() info: GraphQLResolveInfo, @Root() line: DirectProbeLine): string {
    return `${info.path.prev?.key as number}:${line.text}`;
  }

  @FieldResolver(() => String)
  reader(@Ctx('reader') reader: string): string {
    return reader;
  }

  @Authorized('committee')
  @FieldResolver(() => String, { nullable: true })
  secret(@Root() line: DirectProbeLine): string {
    return `secret ${line.text}`;
  }

  @UseMiddleware(({ context }: { context: Context }, next) => {
    context.calls.push('middleware');
    return next();
  })
  @FieldResolver(() => String)
  watched(@Root() line: DirectProbeLine): string {
    return line.text.toUpperCase();
  }

  @FieldResolver(() => String)
  repeated(@Root() line: DirectProbeLine, @Arg('times') times: number): string {
    return line.text.repeat(times);
  }
}

@Resolver()
class DirectProbeQuery {
  @Query(() => [DirectProbeLine])
  directProbeLines(): DirectProbeLine[] {
    return [{ text: 'a' }, { text: 'b' }];
  }
}

let built: Promise<GraphQLSchema> | undefined;
const schema = () =>
  (built ??= buildSchema({
    resolvers: [DirectProbeQuery, DirectProbeLineFields],
    authChecker: ({ context }, roles) =>
      roles.every((role) => (context as Context).roles.includes(role)),
    authMode: 'null',
    validate: false,
  }));

async function run(query: string, roles: string[] = []) {
  const ctx: Context = { reader: '王芳', roles, calls: [] };
  const result = await execute({
    schema: await schema(),
    document: parse(query),
    contextValue: ctx,
  });
  return { ...JSON.parse(JSON.stringify(result)), calls: ctx.calls };
}

describe('field resolvers called directly (patches/type-graphql)', () => {
  it('gives root, context and info as type-graphql does, in the parameters’ order', async () => {
    const { data, errors } = await run('{ directProbeLines { label where reader } }');
    expect(errors).toBeUndefined();
    expect(data.directProbeLines).toEqual([
      { label: '行:a:王芳', where: '0:a', reader: '王芳' },
      { label: '行:b:王芳', where: '1:b', reader: '王芳' },
    ]);
  });

  it('still guards a resolver with @Authorized and runs its middleware', async () => {
    const refused = await run('{ directProbeLines { secret watched } }');
    expect(refused.data.directProbeLines).toEqual([
      { secret: null, watched: 'A' },
      { secret: null, watched: 'B' },
    ]);
    expect(refused.calls).toEqual(['middleware', 'middleware']);
    const allowed = await run('{ directProbeLines { secret } }', ['committee']);
    expect(allowed.data.directProbeLines).toEqual([{ secret: 'secret a' }, { secret: 'secret b' }]);
  });

  it('still reads and converts arguments', async () => {
    const { data, errors } = await run('{ directProbeLines { repeated(times: 3) } }');
    expect(errors).toBeUndefined();
    expect(data.directProbeLines).toEqual([{ repeated: 'aaa' }, { repeated: 'bbb' }]);
  });

  it('answers a resolver with arguments synchronously when nothing validates them', async () => {
    const line = (await schema()).getType('DirectProbeLine') as GraphQLObjectType;
    const ctx: Context = { reader: '王芳', roles: [], calls: [] };
    const answer = line.getFields()['repeated']!.resolve!({ text: 'ab' }, { times: 2 }, ctx, {
      path: { key: 0 },
    } as unknown as GraphQLResolveInfo);
    // A value, not a promise of one: no promise and continuation per argument of every call.
    expect(answer).toBe('abab');
  });

  it('still runs a validate function on every argument, and refuses what it rejects', async () => {
    const checked: unknown[] = [];
    const validating = await buildSchema({
      resolvers: [DirectProbeQuery, DirectProbeLineFields],
      authChecker: () => true,
      validateFn: (value) => {
        checked.push(value);
        if (typeof value === 'number' && value > 10) throw new Error('次数不能超过 10');
      },
    });
    const ok = await execute({
      schema: validating,
      document: parse('{ directProbeLines { repeated(times: 2) } }'),
      contextValue: { reader: '王芳', roles: [], calls: [] },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ directProbeLines: [{ repeated: 'aa' }, { repeated: 'bb' }] });
    const refused = await execute({
      schema: validating,
      document: parse('{ directProbeLines { repeated(times: 11) } }'),
      contextValue: { reader: '王芳', roles: [], calls: [] },
    });
    // The field is not nullable: the first refusal empties the list's answer.
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.message).toBe('次数不能超过 10');
    expect(checked.slice(0, 3)).toEqual([2, 2, 11]);
  });

  it('declares info only when the method takes it, so that graphql-jit builds none otherwise', async () => {
    const line = (await schema()).getType('DirectProbeLine') as GraphQLObjectType;
    const declared = (field: string) => line.getFields()[field]!.resolve!.length;
    expect(declared('label')).toBe(3);
    expect(declared('reader')).toBe(4); // by a property's name: type-graphql's own wrapper
    expect(declared('where')).toBe(4);
  });

  it('answers the same through the compiled executor, which builds info only where it is taken', async () => {
    const ctx: Context = { reader: '李强', roles: [], calls: [] };
    const result = await compiledOperation(
      await schema(),
      '{ directProbeLines { label where reader } }',
      ctx,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      directProbeLines: [
        { label: '行:a:李强', where: '0:a', reader: '李强' },
        { label: '行:b:李强', where: '1:b', reader: '李强' },
      ],
    });
  });
});
