import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { resolvers } from './resolvers.js';

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorated classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: false,
  }).then(lexicographicSortSchema);
  return cached;
}
