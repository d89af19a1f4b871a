import { orgWriteProbes } from './org-write-probes.js';
import { exportedText, foreignRoster, sameBureau, type Probe } from '../probe-kit.js';

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
  ...orgWriteProbes,
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
  outcomeBands: 'lists the outcome bands and their names; reads no row',
  memberStatuses: 'lists the names of a member’s statuses; reads no row',
  memberGenders: 'lists the names of the genders; reads no row',
  calendarDayKinds: 'lists the names of a calendar amendment’s two kinds; reads no row',
};
