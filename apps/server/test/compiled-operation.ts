import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { compiledExecutor } from '../src/graphql/execution/compiled-executor.js';

/**
 * One operation through the compiled executor behind Apollo, as the app's server runs it: with
 * Apollo's cache control off, whose per-field hook would wrap every resolver in one of its own.
 */
export async function compiledOperation(
  schema: GraphQLSchema,
  query: string,
  contextValue: Record<string, unknown> = {},
) {
  const apollo = new ApolloServer({
    gateway: compiledExecutor(schema),
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  try {
    const res = await apollo.executeOperation({ query }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult;
  } finally {
    await apollo.stop();
  }
}
