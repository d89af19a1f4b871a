import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { ruleKindsVersion } from '@jifen/scoring';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { resolvers } from './resolvers.js';

let cached: Promise<GraphQLSchema> | undefined;
let builtForKinds = ruleKindsVersion();

/**
 * The executable schema, built once per process from the decorated classes; built again when a
 * rule kind is registered (the RuleKind enum lists the registry's kinds).
 */
export function buildAppSchema(): Promise<GraphQLSchema> {
  if (builtForKinds !== ruleKindsVersion()) {
    cached = undefined;
    builtForKinds = ruleKindsVersion();
  }
  cached ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: false,
  }).then(lexicographicSortSchema);
  return cached;
}
