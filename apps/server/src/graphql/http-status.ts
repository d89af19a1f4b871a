import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from './errors.js';

/** Codes of a request refused before it ran: the client sent something wrong (HTTP 400). */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_LIMIT_EXCEEDED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_HASH_MISMATCH',
]);

/**
 * Sets the HTTP status from the errors' final codes (after formatError): SERVICE_UNAVAILABLE
 * anywhere in an answer makes it a 503 with Retry-After, so clients and proxies retry; a request
 * refused before it ran is a 400, whichever hook refused it.
 */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.length) return;
          const codes = errors.map((e) => e.extensions?.['code']);
          if (codes.includes('SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          } else if (
            data === undefined &&
            codes.every((c) => REQUEST_ERROR_CODES.has(String(c))) &&
            !(response.http.status && response.http.status >= 400 && response.http.status < 500)
          ) {
            // A 4xx already set (405 for a mutation over GET) is more precise; keep it.
            response.http.status = 400;
          }
        },
      };
    },
  };
}
