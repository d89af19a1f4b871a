import { graphql } from '../../graphql';

export const RosterMemberFragment = graphql(`
  fragment RosterMember on Member {
    id
    name
    status
    statusLabel
    position
    active
    joinedOn
    fullMemberOn
    gender
    genderLabel
    birthDate
    phone
    branchId
    groupId
    group {
      id
      name
    }
    branch {
      id
      name
    }
    availableActions
  }
`);

export const RosterQuery = graphql(`
  query Roster($branchId: ID) {
    members(branchId: $branchId) {
      ...RosterMember
    }
  }
`);

export const RosterBranchQuery = graphql(`
  query RosterBranch($id: ID!) {
    branch(id: $id) {
      id
      name
      rosterActions
      groups {
        id
        name
      }
    }
  }
`);

export const CreateMemberMutation = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...RosterMember
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      ...RosterMember
    }
  }
`);

export const DeleteMemberMutation = graphql(`
  mutation DeleteMember($id: ID!) {
    deleteMember(id: $id)
  }
`);

export const TransferMemberMutation = graphql(`
  mutation TransferMember($input: TransferMemberInput!) {
    transferMember(input: $input) {
      ...RosterMember
    }
  }
`);

export const RecordFullMembershipMutation = graphql(`
  mutation RecordFullMembership($input: RecordFullMembershipInput!) {
    recordFullMembership(input: $input) {
      ...RosterMember
    }
  }
`);

export const RecordMemberLeavingMutation = graphql(`
  mutation RecordMemberLeaving($input: RecordMemberLeavingInput!) {
    recordMemberLeaving(input: $input) {
      ...RosterMember
    }
  }
`);

export const TransferTargetsQuery = graphql(`
  query TransferTargets {
    branches {
      id
      name
      groups {
        id
        name
      }
    }
  }
`);

export const RosterExportQuery = graphql(`
  query RosterExport($branchId: ID) {
    rosterExport(branchId: $branchId) {
      fileName
      mimeType
      contentBase64
      rowCount
    }
  }
`);

export const RosterImportResultFragment = graphql(`
  fragment RosterImportResultFields on RosterImportResult {
    valid
    fromMonth
    created
    updated
    unchanged
    rows {
      row
      action
      actionLabel
      memberId
      name
      branchName
      changes {
        column
        before
        after
      }
    }
    errors {
      row
      column
      message
      messageEn
    }
    groupsToCreate {
      branchName
      name
    }
  }
`);

export const RosterImportPreviewQuery = graphql(`
  query RosterImportPreview($input: RosterImportInput!) {
    rosterImportPreview(input: $input) {
      ...RosterImportResultFields
    }
  }
`);

export const ImportRosterMutation = graphql(`
  mutation ImportRoster($input: RosterImportInput!) {
    importRoster(input: $input) {
      ...RosterImportResultFields
    }
  }
`);

/** A member's statuses and genders as the server names them, for the roster's filter and form. */
export const MemberStatusesQuery = graphql(`
  query MemberStatuses {
    memberStatuses {
      status
      label
    }
  }
`);

export const MemberGendersQuery = graphql(`
  query MemberGenders {
    memberGenders {
      gender
      label
    }
  }
`);
