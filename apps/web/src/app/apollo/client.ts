import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { tap } from 'rxjs';
import { MeDocument } from '../../graphql/graphql';
import type { Locale, Translate } from '../i18n';
import { serverErrors } from './server-errors';

/**
 * How the error link shows an operation's errors, set per operation in its `context`:
 * `toast` (default) shows each as an antd message; `form` leaves them to the form (see
 * `useFormErrors`); `none` shows nothing.
 */
export type ErrorDisplay = 'toast' | 'form' | 'none';

export type OperationContext = {
  errorDisplay?: ErrorDisplay;
  /** A log-in attempt: UNAUTHENTICATED there means wrong credentials, not an expired session. */
  authAttempt?: boolean;
};

const SESSION_OPERATIONS = new Set(['Login', 'Logout']);

export type ClientHooks = {
  locale: () => Locale;
  t: () => Translate;
  notifyError: (text: string) => void;
};

export function createApolloClient(
  hooks: ClientHooks,
  options: { uri?: string; fetch?: typeof fetch } = {},
): ApolloClient {
  const cache = new InMemoryCache({
    typePolicies: {
      Viewer: { keyFields: ['userId'] },
    },
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    const context = operation.getContext() as OperationContext;
    const errors = serverErrors(error, hooks.locale(), hooks.t());
    const expired = !context.authAttempt && errors.some((e) => e.code === 'UNAUTHENTICATED');
    if (expired) {
      // The session ended (expired, revoked, logged out elsewhere): the app returns to the log-in.
      cache.writeQuery({ query: MeDocument, data: { me: null } });
      hooks.notifyError(hooks.t()('error.sessionExpired'));
      return;
    }
    const display = context.errorDisplay ?? 'toast';
    if (display !== 'toast') return;
    for (const message of new Set(errors.map((e) => e.message))) hooks.notifyError(message);
  });

  // Any step a person takes may change what waits for them: the to-do counts and reminders
  // follow at once instead of at the next poll (not around log-in and log-out).
  const refreshTasksLink = new ApolloLink((operation, forward) => {
    const mutation = operation.query.definitions.some(
      (d) => d.kind === 'OperationDefinition' && d.operation === 'mutation',
    );
    if (!mutation || SESSION_OPERATIONS.has(operation.operationName ?? ''))
      return forward(operation);
    return forward(operation).pipe(
      tap({
        complete: () =>
          void operation.client.refetchQueries({ include: ['MyTasks', 'MyNotifications'] }),
      }),
    );
  });

  // The server names states and steps in the language asked for (zh-CN unless English).
  const languageLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'accept-language': hooks.locale() },
    }));
    return forward(operation);
  });

  const httpLink = new HttpLink({
    uri: options.uri ?? '/graphql',
    credentials: 'include',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([errorLink, refreshTasksLink, languageLink, httpLink]),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
