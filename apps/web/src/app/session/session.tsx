import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { LogoutDocument, MeDocument, type ViewerFieldsFragment } from '../../graphql/graphql';
import { setServerToday } from '../calendar/today';

export type Viewer = ViewerFieldsFragment;

type SessionState = {
  /** The person logged in; null when nobody is. */
  viewer: Viewer | null;
  /** True until the first `me` answer arrives. */
  loading: boolean;
  /** A network failure before the first answer (the server is down). */
  error: unknown;
  retry: () => void;
  logout: () => Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);

/** Asks the server who is logged in (`me`), and offers log-out. The cookie is the session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MeDocument, {
    fetchPolicy: 'cache-first',
    context: { errorDisplay: 'none' },
  });
  const [logoutMutation] = useMutation(LogoutDocument, { context: { errorDisplay: 'none' } });
  const logout = useCallback(async () => {
    try {
      await logoutMutation();
    } catch {
      // Already logged out or the server is gone: either way the browser forgets the session.
    }
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: null } });
  }, [client, logoutMutation]);
  const retry = useCallback(() => void refetch(), [refetch]);
  const viewer = data?.me ?? null;
  // Before the screens below render: their date defaults read the server's day.
  setServerToday(viewer?.today);
  const value = useMemo<SessionState>(
    () => ({ viewer, loading: loading && !data, error: data ? undefined : error, retry, logout }),
    [viewer, loading, data, error, retry, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}

/** The logged-in person; only for screens behind `RequireSession`. */
export function useViewer(): Viewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer needs a logged-in person (RequireSession)');
  return viewer;
}
