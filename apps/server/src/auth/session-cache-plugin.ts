import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../graphql/context.js';
import type { SessionCache } from './session-cache.js';

/**
 * Empties the session cache after every mutation. Mutations are rare beside reads, and this way
 * no change to accounts, roles or sessions has to remember to do it: a request after the
 * mutation's answer sees its effect on who may do what.
 */
export function sessionCachePlugin(sessions: SessionCache): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') sessions.clear();
        },
      };
    },
  };
}
