import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Executes each operation through graphql-jit: the document is compiled once into a function that
 * walks the schema's resolvers as graphql-js would, and every later request with the same document
 * runs that function. Apollo's way to put an executor of one's own behind its request pipeline is
 * a gateway that serves one fixed schema; parsing, validation, plugins and error formatting stay
 * Apollo's. Apollo keeps a parsed document per query text, so the compiled operations hang off the
 * document and go when Apollo drops it.
 */
export function compiledExecutor(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | undefined) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName, {
        // Errors carry no stack of the compiled code: formatError never shows one.
        disablingCapturingStackErrors: true,
      });
      byName.set(key, query);
    }
    return query;
  };
  return {
    async load() {
      return {
        executor: async (requestContext) => {
          const query = compile(
            requestContext.document,
            requestContext.operationName ?? requestContext.request.operationName ?? undefined,
          );
          if (!isCompiledQuery(query)) return query;
          const result = await query.query(
            undefined,
            requestContext.context,
            requestContext.request.variables,
          );
          if (!result.errors) return result;
          // No data: the variables were refused. graphql-js words that refusal the way Apollo
          // recognises as bad user input (naming the variable), so it gives the errors then.
          if (result.data === undefined && requestContext.operation) {
            const coerced = getVariableValues(
              schema,
              requestContext.operation.variableDefinitions ?? [],
              requestContext.request.variables ?? {},
            );
            if (coerced.errors) return { errors: coerced.errors };
          }
          return { ...result, errors: result.errors.map(upstreamError) };
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors are its own objects on GraphQLError's prototype, without `extensions` when
 * the thrown error had none (Apollo's error formatting reads `extensions.code`): each becomes a
 * graphql-js GraphQLError with the same message, path, locations and original error.
 */
function upstreamError(error: GraphQLError): GraphQLError {
  const upstream = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations)
    Object.defineProperty(upstream, 'locations', { value: error.locations, enumerable: true });
  return upstream;
}
