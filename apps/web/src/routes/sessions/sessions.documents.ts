import { graphql } from '../../graphql';

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on BranchSession {
    id
    branchId
    itemCode
    date
    month
    topic
    evidenceId
    version
    attendance {
      id
      memberId
      present
      version
    }
  }
`);

export const BranchSessionsQuery = graphql(`
  query BranchSessions($branchId: ID!, $month: String!) {
    sessions(branchId: $branchId, month: $month) {
      ...SessionFields
    }
  }
`);

export const RecordSessionMutation = graphql(`
  mutation RecordSession($input: RecordSessionInput!) {
    recordSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const UpdateSessionMutation = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const DeleteSessionMutation = graphql(`
  mutation DeleteSession($id: ID!, $expectedVersion: Int!) {
    deleteSession(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const SaveAttendanceMutation = graphql(`
  mutation SaveAttendance($input: SaveMonthlySheetInput!) {
    saveMonthlySheet(input: $input) {
      applied
      sheet {
        ...SheetFields
      }
    }
  }
`);
