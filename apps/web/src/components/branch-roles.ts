import { useMemo } from 'react';
import { rolesIn, type Role } from '../app/roles';
import { useViewer } from '../app/session/session';

/** What the person may do in a branch's assessment cycle, from the roles they hold there. */
export type CycleDuties = {
  /** 支部书记: signs and publishes. */
  secretary: boolean;
  /** 支部委员会 (secretary, branch committee members): decides objections, re-reviews the year. */
  branchCommittee: boolean;
  /** 积分考评小组 (+ group leaders): records members' answers given in person. */
  panel: boolean;
  /** Anyone in the branch (or the committee) may object to a notice; the analyst writes nothing. */
  objector: boolean;
  committee: boolean;
};

export function dutiesOf(roles: ReadonlySet<Role>): CycleDuties {
  const has = (...r: Role[]) => r.some((role) => roles.has(role));
  return {
    secretary: has('SECRETARY'),
    branchCommittee: has('SECRETARY', 'BRANCH_COMMITTEE'),
    panel: has('SECRETARY', 'BRANCH_COMMITTEE', 'GROUP_LEADER'),
    objector: has(
      'COMMITTEE_ADMIN',
      'SECRETARY',
      'BRANCH_COMMITTEE',
      'SCOREKEEPER',
      'GROUP_LEADER',
      'MEMBER',
    ),
    committee: has('COMMITTEE_ADMIN'),
  };
}

export function useCycleDuties(branchId: string | null): CycleDuties {
  const viewer = useViewer();
  return useMemo(() => dutiesOf(rolesIn(viewer.roles, branchId)), [viewer.roles, branchId]);
}
