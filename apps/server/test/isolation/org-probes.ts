import { readWorkbook, rosterWorkbook } from '../factories/roster-workbook.js';
import type { Own, Target } from './isolation-world.js';

type Request = { query: string; variables?: Record<string, unknown> };

/**
 * One attempt to cross a wall: a GraphQL request built from the prober's own rows and the target's.
 * `kind` says what it tries; `entity` what it aims at. `build` returns null where the attempt
 * means nothing for that target (e.g. reading a branch of one's own bureau, which is allowed).
 */
export type Probe = {
  operation: string;
  kind: 'read' | 'list' | 'update' | 'delete' | 'create-with-foreign-id' | 'nested';
  entity: string;
  build: (own: Own, target: Target) => Request | null | Promise<Request | null>;
  /** Reads whose control run (as someone entitled to the target) must show the target's row. */
  control?: (target: Target) => string;
  /** For file answers: the text inside the file, where a leak would show. */
  fileText?: (data: unknown) => Promise<string>;
  /** A query answer (not an error) that still counts as a refusal, e.g. a preview marked invalid. */
  refusedWhen?: (data: unknown) => boolean;
};

/** A roster sheet naming the target's member by id, in the target's branch. */
const foreignRoster = (t: Target) =>
  rosterWorkbook(
    ['姓名', '党员类别', '入党日期', '所在支部', '系统编号'],
    [['探针', '正式党员', '2001-07-01', t.branch.name, t.member]],
  );
const exportedText = async (data: unknown) => {
  const file = (data as { rosterExport?: { contentBase64: string } } | null)?.rosterExport;
  if (!file) return '';
  const { rows } = await readWorkbook(file.contentBase64);
  return JSON.stringify(rows);
};

const sameBureau = (t: Target) => t.kind !== 'another-bureau';
const M = (name: string, args: string, select = 'id') =>
  `mutation($i: ${args}) { ${name}(input: $i) { ${select} } }`;

/** Org, people and access: every operation of the org module and of log-in. */
export const orgProbes: Probe[] = [
  // Reads by id
  {
    operation: 'branch',
    kind: 'read',
    entity: 'Branch',
    // The branch list is the bureau's org chart: reading a branch of one's own bureau is allowed.
    build: (_o, t) =>
      sameBureau(t)
        ? null
        : {
            query: 'query($id: ID!) { branch(id: $id) { id name } }',
            variables: { id: t.branch.id },
          },
    control: (t) => t.branch.id,
  },
  {
    operation: 'member',
    kind: 'read',
    entity: 'Member',
    build: (_o, t) => ({
      query: 'query($id: ID!) { member(id: $id) { id name } }',
      variables: { id: t.member },
    }),
    control: (t) => t.member,
  },
  {
    operation: 'user',
    kind: 'read',
    entity: 'UserAccount',
    build: (_o, t) => ({
      query: 'query($id: ID!) { user(id: $id) { id loginName } }',
      variables: { id: t.user },
    }),
    control: (t) => t.user,
  },
  // Lists
  {
    operation: 'branches',
    kind: 'list',
    entity: 'Branch',
    build: () => ({ query: '{ branches { id name } }' }),
  },
  {
    operation: 'members',
    kind: 'list',
    entity: 'Member',
    build: () => ({ query: '{ members(includeInactive: true) { id branchId groupId } }' }),
  },
  {
    operation: 'members',
    kind: 'list',
    entity: 'Member',
    build: (_o, t) => ({
      query: 'query($b: ID) { members(branchId: $b) { id } }',
      variables: { b: t.branch.id },
    }),
    control: (t) => t.member,
  },
  {
    operation: 'partyGroups',
    kind: 'list',
    entity: 'PartyGroup',
    build: (_o, t) => ({
      query: 'query($b: ID) { partyGroups(branchId: $b) { id leaderId } }',
      variables: { b: t.branch.id },
    }),
    control: (t) => t.group,
  },
  {
    operation: 'partyGroups',
    kind: 'list',
    entity: 'PartyGroup',
    build: () => ({ query: '{ partyGroups { id } }' }),
  },
  {
    operation: 'users',
    kind: 'list',
    entity: 'UserAccount',
    build: () => ({ query: '{ users { id memberId roles { id branchId } } }' }),
  },
  {
    operation: 'users',
    kind: 'list',
    entity: 'RoleAssignment',
    build: (_o, t) => ({
      query: 'query($b: ID) { users(branchId: $b) { id roles { id } } }',
      variables: { b: t.branch.id },
    }),
    control: (t) => t.user,
  },
  {
    operation: 'rosterExport',
    kind: 'list',
    entity: 'Member',
    build: (_o, t) => ({
      query: 'query($b: ID) { rosterExport(branchId: $b) { contentBase64 rowCount } }',
      variables: { b: t.branch.id },
    }),
    control: (t) => t.member,
    fileText: exportedText,
  },
  {
    operation: 'rosterExport',
    kind: 'list',
    entity: 'Member',
    build: () => ({ query: '{ rosterExport { contentBase64 } }' }),
    fileText: exportedText,
  },
  // Nested reach: from rows the prober may see to rows it may not.
  {
    operation: 'branches',
    kind: 'nested',
    entity: 'PartyGroup',
    build: () => ({
      query:
        '{ branches { id groups { id leader { id } members { id memberships { id branchId } } } } }',
    }),
  },
  {
    operation: 'members',
    kind: 'nested',
    entity: 'Membership',
    build: () => ({
      query: '{ members { id group { id members { id } } memberships { id branch { id } } } }',
    }),
  },
  {
    operation: 'me',
    kind: 'nested',
    entity: 'RoleAssignment',
    build: () => ({
      query: '{ me { userId roles { branchId branch { id groups { id members { id } } } } } }',
    }),
  },
  {
    operation: 'user',
    kind: 'nested',
    entity: 'UserAccount',
    build: (o) => ({
      query:
        'query($id: ID!) { user(id: $id) { id member { id memberships { id } } roles { id } } }',
      variables: { id: o.userId },
    }),
  },
  {
    operation: 'rosterImportPreview',
    kind: 'create-with-foreign-id',
    entity: 'Member',
    build: async (_o, t) => ({
      query:
        'query($i: RosterImportInput!) { rosterImportPreview(input: $i) { valid rows { memberId } errors { row } } }',
      variables: { i: { fileBase64: await foreignRoster(t), fromMonth: '2026-01' } },
    }),
    refusedWhen: (data) =>
      (data as { rosterImportPreview: { valid: boolean } }).rosterImportPreview.valid === false,
  },
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

/** Operations that name no row: they act on the caller alone, so there is no wall to try. */
export const UNPROBED_OPERATIONS: Record<string, string> = {
  login: 'takes a name and password; tested in auth and session tests',
  logout: 'ends the caller’s own session',
  changeMyPassword: 'changes the caller’s own password',
  validateSchemeDefinition: 'checks a definition passed in the request; reads no row',
  noticeWindow: 'computes five working days from a date on the caller’s own bureau calendar',
  accountActions: 'says whether the caller may create accounts; reads no row',
  auditCatalogue: 'lists the labels of operation and entity codes; reads no row',
  ruleKinds: 'lists the scoring package’s rule kinds; reads no row',
  branchItemProposalStatuses: 'lists the names of a proposal’s statuses; reads no row',
};
