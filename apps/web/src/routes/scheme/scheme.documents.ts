import { graphql } from '../../graphql';

export const SchemeFieldsFragment = graphql(`
  fragment SchemeFields on Scheme {
    id
    year
    version
    status
    statusLabel
    definition
    effectiveFromMonth
    reason
    origin
    originLabel
    basedOnId
    publishedAt
    createdAt
    revision
  }
`);

export const SchemesQuery = graphql(`
  query Schemes($year: Int) {
    schemes(year: $year) {
      ...SchemeFields
    }
  }
`);

export const CreateSchemeMutation = graphql(`
  mutation CreateScheme($year: Int!, $from: SchemeSource!) {
    createScheme(year: $year, from: $from) {
      ...SchemeFields
    }
  }
`);

export const UpdateSchemeDraftMutation = graphql(`
  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {
    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {
      ...SchemeFields
    }
  }
`);

export const PublishSchemeMutation = graphql(`
  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {
    publishScheme(id: $id, expectedRevision: $expectedRevision) {
      ...SchemeFields
    }
  }
`);

export const CreateSchemeCorrectionMutation = graphql(`
  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {
    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {
      ...SchemeFields
    }
  }
`);

export const SchemeSampleMembersQuery = graphql(`
  query SchemeSampleMembers($branchId: ID) {
    members(branchId: $branchId) {
      id
      name
      status
    }
  }
`);

export const TryOutLineFieldsFragment = graphql(`
  fragment TryOutLineFields on ScoreLine {
    itemCode
    month
    labelZh
    labelEn
    textZh
    textEn
    points
  }
`);

export const TryOutScoreFragment = graphql(`
  fragment TryOutScore on MemberScore {
    schemeVersion
    total {
      value
    }
    base {
      value
    }
    special {
      value
    }
    evaluation {
      value
    }
    outcome {
      band
    }
    provisional
    projection {
      total
      band
    }
    warnings {
      code
      messageZh
      messageEn
    }
  }
`);

export const TryOutRecordsYearsQuery = graphql(`
  query TryOutRecordsYears($draftYear: Int!) {
    tryOutRecordsYears(draftYear: $draftYear) {
      year
      recordedThrough
      branchesRecorded
      branchesApproved
      provisional
      preferred
    }
  }
`);

export const SchemeTryOutQuery = graphql(`
  query SchemeTryOut($draft: SchemeDraftInput!, $memberId: ID!, $recordsYear: Int!, $quarter: Int) {
    schemeTryOut(draft: $draft, memberId: $memberId, recordsYear: $recordsYear, quarter: $quarter) {
      recordsYear
      asOf
      delta
      current {
        ...TryOutScore
      }
      draft {
        ...TryOutScore
      }
      lines {
        key
        change
        changeLabel
        current {
          ...TryOutLineFields
        }
        draft {
          ...TryOutLineFields
        }
      }
    }
  }
`);

export const WhatIfSummaryFragment = graphql(`
  fragment WhatIfSummaryFields on WhatIfSummary {
    branchId
    branchName
    members
    meanCurrent
    meanDraft
    meanShift
    changed
    bandChanged
    bands {
      band
      current
      draft
      movedIn
      movedOut
    }
    distribution {
      from
      to
      current
      draft
    }
  }
`);

export const SchemeWhatIfQuery = graphql(`
  query SchemeWhatIf($draft: SchemeDraftInput!, $recordsYear: Int!) {
    schemeWhatIf(draft: $draft, recordsYear: $recordsYear) {
      recordsYear
      asOf
      provisional
      currentVersion
      draftYear
      bureau {
        ...WhatIfSummaryFields
      }
      branches {
        ...WhatIfSummaryFields
      }
      members {
        memberId
        name
        branchName
        current
        draft
        delta
        currentBand
        draftBand
        changed
        projected
      }
    }
  }
`);

export const SchemeWhatIfExportQuery = graphql(`
  query SchemeWhatIfExport($draft: SchemeDraftInput!, $recordsYear: Int!, $locale: String) {
    schemeWhatIfExport(draft: $draft, recordsYear: $recordsYear, locale: $locale) {
      fileName
      mimeType
      contentBase64
      rowCount
    }
  }
`);

export const RuleKindsQuery = graphql(`
  query RuleKinds {
    ruleKinds {
      kind
      labelZh
      labelEn
      sections
      cell
      fields {
        key
        input
        labelZh
        labelEn
      }
      defaults
    }
  }
`);
