import { graphql } from '../../graphql';

export const MemberPageQuery = graphql(`
  query MemberPage($id: ID!, $year: Int!) {
    member(id: $id) {
      ...RosterMember
      memberships {
        id
        fromMonth
        toMonth
        branch {
          id
          name
        }
      }
      year: score(year: $year) {
        id
        period
        total
        provisional
        asOf
      }
      q1: score(year: $year, quarter: 1) {
        id
        period
        total
        provisional
        asOf
      }
      q2: score(year: $year, quarter: 2) {
        id
        period
        total
        provisional
        asOf
      }
      q3: score(year: $year, quarter: 3) {
        id
        period
        total
        provisional
        asOf
      }
      q4: score(year: $year, quarter: 4) {
        id
        period
        total
        provisional
        asOf
      }
    }
  }
`);

export const MemberExplanationQuery = graphql(`
  query MemberExplanation($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {
    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {
      memberId
      year
      quarter
      month
      total {
        value
      }
      lines {
        section
        kind
        month
        labelZh
        labelEn
        textZh
        textEn
        points
      }
    }
  }
`);

export const MemberAuditQuery = graphql(`
  query MemberAudit($memberId: ID!) {
    auditEntries(filter: { memberId: $memberId }, limit: 100) {
      total
      entries {
        seq
        at
        operation
        operationLabel
        operationLabelEn
        entityLabel
        entityLabelEn
        subject
        subjectEn
        actorName
        changes(memberId: $memberId) {
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

export const MemberMonthsQuery = graphql(`
  query MemberMonths($memberId: ID!, $year: Int!) {
    memberScore(memberId: $memberId, year: $year) {
      memberId
      year
      asOf
      months {
        month
        branchId
        base
        categories {
          code
          nameZh
          nameEn
          value
        }
      }
    }
  }
`);

export const MemberDeclarationsQuery = graphql(`
  query MemberDeclarations($filter: DeclarationFilter!) {
    declarations(filter: $filter) {
      ...DeclarationFields
    }
  }
`);

export const MemberOutcomeCasesQuery = graphql(`
  query MemberOutcomeCases($memberId: ID!) {
    outcomeCases(memberId: $memberId) {
      ...OutcomeCaseFields
    }
  }
`);
