import { useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { BranchesDocument, type BranchesQuery } from '../../graphql/graphql';
import { spansBureau } from '../access';
import { branchIdsOf } from '../roles';
import { useViewer } from '../session/session';

export type Branch = BranchesQuery['branches'][number];

type ActiveBranchState = {
  /** The branch the branch screens work on; null when the person has none to choose. */
  branchId: string | null;
  branch: Branch | null;
  /** The branches the person may switch to (all of them for bureau roles). */
  options: Branch[];
  /** Every branch of the bureau, for labels. */
  all: Branch[];
  setBranchId: (id: string) => void;
  loading: boolean;
};

const ActiveBranchContext = createContext<ActiveBranchState | null>(null);

export const branchStorageKey = (userId: string) => `jifen.branch.${userId}`;

function readStored(userId: string): string | null {
  try {
    return localStorage.getItem(branchStorageKey(userId));
  } catch {
    return null;
  }
}

/**
 * The branch being worked on, for people with roles in several branches (or the committee, which
 * sees all): kept in context and in localStorage per user, so a reload keeps the choice.
 */
export function ActiveBranchProvider({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const { data, loading } = useQuery(BranchesDocument, { fetchPolicy: 'cache-first' });
  const [chosen, setChosen] = useState<string | null>(() => readStored(viewer.userId));

  const all = useMemo(() => data?.branches ?? [], [data]);
  const options = useMemo(() => {
    if (spansBureau(viewer.screens)) return all;
    const mine = branchIdsOf(viewer.roles);
    return all.filter((b) => mine.includes(b.id));
  }, [all, viewer.roles, viewer.screens]);

  const branch = options.find((b) => b.id === chosen) ?? options[0] ?? null;

  const setBranchId = useCallback(
    (id: string) => {
      try {
        localStorage.setItem(branchStorageKey(viewer.userId), id);
      } catch {
        // Storage refused: the choice lasts for this page.
      }
      setChosen(id);
    },
    [viewer.userId],
  );

  const value = useMemo<ActiveBranchState>(
    () => ({
      branchId: branch?.id ?? null,
      branch,
      options,
      all,
      setBranchId,
      loading: loading && !data,
    }),
    [branch, options, all, setBranchId, loading, data],
  );
  return <ActiveBranchContext.Provider value={value}>{children}</ActiveBranchContext.Provider>;
}

export function useActiveBranch(): ActiveBranchState {
  const state = useContext(ActiveBranchContext);
  if (!state) throw new Error('useActiveBranch must be used inside <ActiveBranchProvider>');
  return state;
}
