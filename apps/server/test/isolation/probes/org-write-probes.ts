import { foreignRoster, M, type Probe } from '../probe-kit.js';

/** Org, people and access: the writes (the reads are in org-probes.ts). */
export const orgWriteProbes: Probe[] = [
  // Writes
  // The bureau of a new branch comes from the session, never the input: the attempt here is a
  // branch role (another-branch) or the analyst (own-bureau-read-only) making a branch at all.
  {
    operation: 'createBranch',
    kind: 'create-with-foreign-id',
    entity: 'Branch',
    build: (_o, t) =>
      t.kind === 'another-bureau'
        ? null
        : {
            query: M('createBranch', 'CreateBranchInput!'),
            variables: { i: { name: `探针${t.kind}`, code: 'PROBE' } },
          },
  },
  {
    operation: 'updateBranch',
    kind: 'update',
    entity: 'Branch',
    build: (_o, t) => ({
      query: M('updateBranch', 'UpdateBranchInput!'),
      variables: { i: { id: t.branch.id, name: '被改名' } },
    }),
  },
  {
    operation: 'deleteBranch',
    kind: 'delete',
    entity: 'Branch',
    build: (_o, t) => ({
      query: 'mutation($id: ID!) { deleteBranch(id: $id) }',
      variables: { id: t.branch.id },
    }),
  },
  {
    operation: 'createPartyGroup',
    kind: 'create-with-foreign-id',
    entity: 'PartyGroup',
    build: (_o, t) => ({
      query: M('createPartyGroup', 'CreatePartyGroupInput!'),
      variables: { i: { branchId: t.branch.id, name: '探针小组' } },
    }),
  },
  {
    operation: 'createPartyGroup',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: (o, t) =>
      t.kind === 'own-bureau-read-only'
        ? null
        : {
            query: M('createPartyGroup', 'CreatePartyGroupInput!'),
            variables: { i: { branchId: o.branch, name: '探针小组', leaderMemberId: t.member } },
          },
  },
  {
    operation: 'updatePartyGroup',
    kind: 'update',
    entity: 'PartyGroup',
    build: (_o, t) => ({
      query: M('updatePartyGroup', 'UpdatePartyGroupInput!'),
      variables: { i: { id: t.group, name: '被改名' } },
    }),
  },
  {
    operation: 'updatePartyGroup',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: (o, t) =>
      t.kind === 'own-bureau-read-only'
        ? null
        : {
            query: M('updatePartyGroup', 'UpdatePartyGroupInput!'),
            variables: { i: { id: o.group, leaderMemberId: t.member } },
          },
  },
  {
    operation: 'deletePartyGroup',
    kind: 'delete',
    entity: 'PartyGroup',
    build: (_o, t) => ({
      query: 'mutation($id: ID!) { deletePartyGroup(id: $id) }',
      variables: { id: t.group },
    }),
  },
  {
    operation: 'createMember',
    kind: 'create-with-foreign-id',
    entity: 'Branch',
    build: (_o, t) => ({
      query: M('createMember', 'CreateMemberInput!'),
      variables: {
        i: { branchId: t.branch.id, name: '探针', joinedOn: '2001-07-01', fromMonth: '2026-01' },
      },
    }),
  },
  {
    operation: 'createMember',
    kind: 'create-with-foreign-id',
    entity: 'PartyGroup',
    build: (o, t) =>
      t.kind === 'own-bureau-read-only'
        ? null
        : {
            query: M('createMember', 'CreateMemberInput!'),
            variables: {
              i: {
                branchId: o.branch,
                name: '探针',
                joinedOn: '2001-07-01',
                fromMonth: '2026-01',
                groupId: t.group,
              },
            },
          },
  },
  {
    operation: 'updateMember',
    kind: 'update',
    entity: 'Member',
    build: (_o, t) => ({
      query: M('updateMember', 'UpdateMemberInput!'),
      variables: { i: { id: t.member, name: '被改名' } },
    }),
  },
  {
    operation: 'updateMember',
    kind: 'create-with-foreign-id',
    entity: 'PartyGroup',
    build: (o, t) =>
      t.kind === 'own-bureau-read-only'
        ? null
        : {
            query: M('updateMember', 'UpdateMemberInput!'),
            variables: { i: { id: o.member, groupId: t.group } },
          },
  },
  {
    operation: 'deleteMember',
    kind: 'delete',
    entity: 'Member',
    build: (_o, t) => ({
      query: 'mutation($id: ID!) { deleteMember(id: $id) }',
      variables: { id: t.member },
    }),
  },
  {
    operation: 'transferMember',
    kind: 'update',
    entity: 'Membership',
    build: (o, t) => ({
      query: M('transferMember', 'TransferMemberInput!'),
      variables: { i: { memberId: t.member, toBranchId: o.otherBranch, month: '2026-10' } },
    }),
  },
  {
    operation: 'transferMember',
    kind: 'create-with-foreign-id',
    entity: 'Branch',
    build: (o, t) => ({
      query: M('transferMember', 'TransferMemberInput!'),
      variables: { i: { memberId: o.member, toBranchId: t.branch.id, month: '2026-10' } },
    }),
  },
  {
    operation: 'transferMember',
    kind: 'create-with-foreign-id',
    entity: 'PartyGroup',
    build: (o, t) =>
      t.kind === 'own-bureau-read-only'
        ? null
        : {
            query: M('transferMember', 'TransferMemberInput!'),
            variables: {
              i: {
                memberId: o.member,
                toBranchId: o.otherBranch,
                month: '2026-10',
                toGroupId: t.group,
              },
            },
          },
  },
  {
    operation: 'recordFullMembership',
    kind: 'update',
    entity: 'Member',
    build: (_o, t) => ({
      query: M('recordFullMembership', 'RecordFullMembershipInput!'),
      variables: { i: { memberId: t.member, date: '2026-10-01' } },
    }),
  },
  {
    operation: 'recordMemberLeaving',
    kind: 'update',
    entity: 'Membership',
    build: (_o, t) => ({
      query: M('recordMemberLeaving', 'RecordMemberLeavingInput!'),
      variables: { i: { memberId: t.member, lastMonth: '2026-10' } },
    }),
  },
  {
    operation: 'createUser',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: (_o, t) => ({
      query: M('createUser', 'CreateUserInput!'),
      variables: {
        i: {
          loginName: `probe.${t.kind}`,
          displayName: '探针',
          password: 'Probe1234',
          memberId: t.member,
        },
      },
    }),
  },
  {
    operation: 'updateUser',
    kind: 'update',
    entity: 'UserAccount',
    build: (_o, t) => ({
      query: M('updateUser', 'UpdateUserInput!'),
      variables: { i: { id: t.user, disabled: true } },
    }),
  },
  {
    operation: 'updateUser',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: (o, t) =>
      t.kind === 'own-bureau-read-only'
        ? null
        : {
            query: M('updateUser', 'UpdateUserInput!'),
            variables: { i: { id: o.userId, memberId: t.member } },
          },
  },
  {
    operation: 'resetUserPassword',
    kind: 'update',
    entity: 'UserAccount',
    build: (_o, t) => ({
      query: M('resetUserPassword', 'ResetUserPasswordInput!', 'oneTimePassword'),
      variables: { i: { id: t.user } },
    }),
  },
  {
    operation: 'grantRole',
    kind: 'create-with-foreign-id',
    entity: 'UserAccount',
    build: (o, t) => ({
      query: M('grantRole', 'GrantRoleInput!'),
      variables: { i: { userId: t.user, role: 'MEMBER', branchId: o.branch } },
    }),
  },
  {
    operation: 'grantRole',
    kind: 'create-with-foreign-id',
    entity: 'RoleAssignment',
    build: (o, t) => ({
      query: M('grantRole', 'GrantRoleInput!'),
      variables: { i: { userId: o.userId, role: 'SCOREKEEPER', branchId: t.branch.id } },
    }),
  },
  {
    operation: 'revokeRole',
    kind: 'delete',
    entity: 'RoleAssignment',
    build: (_o, t) => ({
      query: 'mutation($id: ID!) { revokeRole(id: $id) }',
      variables: { id: t.roleAssignment },
    }),
  },
  {
    operation: 'importRoster',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: async (_o, t) => ({
      query: M('importRoster', 'RosterImportInput!', 'valid'),
      variables: { i: { fileBase64: await foreignRoster(t), fromMonth: '2026-01' } },
    }),
  },
];
