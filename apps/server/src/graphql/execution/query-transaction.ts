import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from '@apollo/server';
import { type OpenTransaction, openReadTransaction } from '../../db/connection/read-transaction.js';
import { isDatabaseUnavailable } from '../../db/connection/database-unavailable.js';
import type { AppContext } from '../context.js';
import {
  SERVICE_UNAVAILABLE_HTTP,
  SERVICE_UNAVAILABLE_MESSAGE,
  ServiceUnavailableError,
} from '../errors.js';

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
        // Opened here, not in executionDidStart: Apollo does not guard that hook, so a database
        // outage while beginning turned into an HTTP 500; this hook may answer instead (a 503).
        async responseForOperation({ operation, contextValue }) {
          if (operation.operation !== 'query' || !contextValue.scope) return null;
          // One operation per context (batched requests are off); never nest a second one.
          if (contextValue.em.isInTransaction()) return null;
          try {
            open = await openReadTransaction(contextValue.em);
          } catch (error) {
            if (!isDatabaseUnavailable(error)) throw error;
            contextValue.log.warn({ err: error }, 'database unavailable');
            return unavailableResponse();
          }
          return null;
        },
        async willSendResponse({ response }) {
          if (!open) return;
          const transaction = open;
          open = null;
          const failed =
            response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          try {
            await transaction.end(!failed);
          } catch (error) {
            // The database went away before the transaction ended: what was read, and written, is
            // not vouched for, so the answer becomes a retryable 503 (thrown here it would be a
            // 500). Only a transaction that wrote waits for its commit to learn this.
            if (!isDatabaseUnavailable(error)) throw error;
            const unavailable = unavailableResponse();
            response.body = unavailable.body;
            response.http.status = unavailable.http.status;
            for (const [name, value] of unavailable.http.headers)
              response.http.headers.set(name, value);
          }
        },
      };
    },
  };
}

/** A retryable SERVICE_UNAVAILABLE answer (HTTP 503 with Retry-After), as formatError would give. */
function unavailableResponse(): GraphQLResponse {
  const { http: _http, ...extensions } = new ServiceUnavailableError().extensions;
  return {
    body: {
      kind: 'single',
      singleResult: { errors: [{ message: SERVICE_UNAVAILABLE_MESSAGE, extensions }] },
    },
    http: {
      status: SERVICE_UNAVAILABLE_HTTP.status,
      headers: new HeaderMap([...SERVICE_UNAVAILABLE_HTTP.headers]),
    },
  };
}
