import type { ApolloServerPlugin } from '@apollo/server';
import { type OpenTransaction, openReadTransaction } from '../db/read-transaction.js';
import type { AppContext } from './context.js';

/**
 * Runs each signed-in query in one transaction on the request's fork: the row-level security
 * scope is set once and every statement after it is only itself, and the whole answer reads one
 * consistent database. A query that ends with errors writes nothing (the one writer on a read
 * path, the score-summary refresh, is a cache that the next read redoes). Mutations keep their own
 * transactions, which the services open where a change begins and ends.
 */
export function queryTransactionPlugin(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let open: OpenTransaction | null = null;
      return {
        async executionDidStart({ operation, contextValue }) {
          if (operation.operation !== 'query' || !contextValue.scope) return;
          // One operation per context (batched requests are off); never nest a second one.
          if (contextValue.em.isInTransaction()) return;
          open = await openReadTransaction(contextValue.em);
        },
        async willSendResponse({ response }) {
          if (!open) return;
          const transaction = open;
          open = null;
          const failed =
            response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          await transaction.end(!failed);
        },
      };
    },
  };
}
