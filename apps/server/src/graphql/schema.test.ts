import { GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema.js';

// Object types declare `simpleResolvers`: a plain field is then read from its object by the
// executor itself instead of through type-graphql's per-field wrapper (about a tenth of a roster's
// or a member's year's time). That skips field-level auth and middleware, so none may be declared.
describe('the schema’s object types', () => {
  it('read their plain fields directly, and declare no field-level auth or middleware', async () => {
    const schema = await buildAppSchema();
    const storage = getMetadataStorage();
    const notSimple = storage.objectTypes
      .filter((type) => type.simpleResolvers !== true)
      .map((type) => type.name);
    expect(notSimple).toEqual([]);
    const guarded = storage.fields
      .filter((field) => field.roles !== undefined || (field.middlewares?.length ?? 0) > 0)
      .map((field) => `${field.target.name}.${field.name}`);
    expect(guarded).toEqual([]);

    const summary = schema.getType('ScoreSummary') as GraphQLObjectType;
    // A column is read as it is; a relation still goes through its field resolver (and loader).
    expect(summary.getFields()['total']!.resolve).toBeUndefined();
    expect(summary.getFields()['member']!.resolve).toBeTypeOf('function');
  });
});
