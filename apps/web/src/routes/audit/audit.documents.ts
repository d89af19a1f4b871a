import { graphql } from '../../graphql';

export const AuditEntriesQuery = graphql(`
  query AuditEntries($filter: AuditFilterInput, $offset: Int, $limit: Int) {
    auditEntries(filter: $filter, offset: $offset, limit: $limit) {
      total
      entries {
        seq
        at
        operation
        operationLabel
        operationLabelEn
        entityName
        entityLabel
        entityLabelEn
        entityId
        subject
        subjectEn
        actorUserId
        actorName
        role
        branch {
          id
          name
        }
        changes {
          field
          label
          labelEn
          before
          beforeEn
          after
          afterEn
          changed
        }
      }
    }
  }
`);

export const AuditFiltersQuery = graphql(`
  query AuditFilters {
    auditCatalogue {
      canVerifyChain
      operations {
        code
        label
        labelEn
      }
      entities {
        code
        label
        labelEn
      }
    }
    branches {
      id
      name
    }
    users {
      id
      displayName
      loginName
    }
  }
`);

export const AuditChainStatusQuery = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      ok
      entries
      brokenAt
      reason
      reasonEn
      checkedAt
    }
  }
`);
