import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../../graphql/context.js';
import type { SessionInvalidation } from './session-invalidation.js';

/**
 * Empties every process's session cache after every mutation, before its answer is sent.
 * Mutations are rare beside reads, and this way no change to accounts, roles or sessions has to
 * remember to do it: a request after the mutation's answer, to any process, sees its effect on
 * who may do what. Also starts and stops the PostgreSQL listener with the server.
 */
export function sessionCachePlugin(
  invalidation: SessionInvalidation,
): ApolloServerPlugin<AppContext> {
  return {
    async serverWillStart() {
      invalidation.start();
      return {
        async serverWillStop() {
          await invalidation.stop();
        },
      };
    },
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') await invalidation.announce();
        },
      };
    },
  };
}
