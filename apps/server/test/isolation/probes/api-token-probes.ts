import type { Probe } from '../probe-kit.js';
import { row } from '../probe-helpers.js';

const tokenOf = (t: Parameters<Probe['build']>[1]) => row(t, 'api_token');

/** API tokens: another bureau's token, and tokens of accounts behind the wall. */
export const apiTokenProbes: Probe[] = [
  {
    operation: 'apiTokens',
    kind: 'read',
    entity: 'ApiToken',
    build: (_o, t) => {
      const token = tokenOf(t);
      return token
        ? {
            query: 'query($u: ID) { apiTokens(userId: $u) { id name prefix } }',
            variables: { u: token['user_id'] },
          }
        : null;
    },
    control: (t) => String(tokenOf(t)?.['id']),
  },
  {
    operation: 'apiTokens',
    kind: 'read',
    entity: 'UserAccount',
    build: (_o, t) => ({
      query: 'query($u: ID) { apiTokens(userId: $u) { id name } }',
      variables: { u: t.user },
    }),
  },
  {
    // Unfiltered: the caller's own tokens (none but an analyst's own).
    operation: 'apiTokenOwners',
    kind: 'list',
    entity: 'UserAccount',
    build: () => ({ query: '{ apiTokenOwners { id loginName } }' }),
  },
  {
    operation: 'createApiToken',
    kind: 'create-with-foreign-id',
    entity: 'UserAccount',
    build: (_o, t) => ({
      query: `mutation($u: ID) { createApiToken(input: { name: "探针", expiresInDays: 1, userId: $u }) { token } }`,
      // In its own bureau the analyst aims at another account (its own is its to manage).
      variables: {
        u: t.kind === 'own-bureau-read-only' ? t.user : (tokenOf(t)?.['user_id'] ?? t.user),
      },
    }),
  },
  {
    operation: 'revokeApiToken',
    kind: 'update',
    entity: 'ApiToken',
    build: (_o, t) => {
      // The own bureau's sample token is the analyst prober's own, which it may revoke.
      const token = t.kind === 'own-bureau-read-only' ? undefined : tokenOf(t);
      return token
        ? {
            query: 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }',
            variables: { id: token['id'] },
          }
        : null;
    },
  },
];
