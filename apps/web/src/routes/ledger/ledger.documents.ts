import { graphql } from '../../graphql';

export const SheetFieldsFragment = graphql(`
  fragment SheetFields on MonthlySheet {
    branchId
    branchName
    month
    schemeId
    schemeVersion
    closed
    closedReason
    closedReasonEn
    columns {
      key
      kind
      section
      categoryCode
      categoryNameZh
      categoryNameEn
      itemCode
      nameZh
      nameEn
      unitZh
      unitEn
      editable
      sessionId
      sessionDate
      sessionTopic
      max
    }
    categories {
      code
      nameZh
      nameEn
    }
    rows {
      memberId
      memberName
      groupId
      cells {
        key
        value
        version
        recordId
      }
      categories {
        code
        score
      }
      base
      special
      total
    }
    averages {
      categories {
        code
        score
      }
      base
      special
      total
    }
  }
`);

/** The sheet's scores with the cells typed but not saved: the server scores them as saved. */
export const MonthlySheetLiveQuery = graphql(`
  query MonthlySheetLive($branchId: ID!, $month: String!, $pending: [SheetCellInput!]!) {
    monthlySheet(branchId: $branchId, month: $month, pending: $pending) {
      rows {
        memberId
        categories {
          code
          score
        }
        base
        special
        total
      }
      averages {
        categories {
          code
          score
        }
        base
        special
        total
      }
    }
  }
`);

export const MonthlySheetQuery = graphql(`
  query MonthlySheet($branchId: ID!, $month: String!) {
    monthlySheet(branchId: $branchId, month: $month) {
      ...SheetFields
    }
  }
`);

export const SaveMonthlySheetMutation = graphql(`
  mutation SaveMonthlySheet($input: SaveMonthlySheetInput!) {
    saveMonthlySheet(input: $input) {
      applied
      replayed
      sheet {
        ...SheetFields
      }
    }
  }
`);

export const MonthlySheetExcelQuery = graphql(`
  query MonthlySheetExcel($branchId: ID!, $month: String!) {
    monthlySheetExcel(branchId: $branchId, month: $month) {
      fileName
      mimeType
      contentBase64
    }
  }
`);

export const SheetImportPreviewQuery = graphql(`
  query SheetImportPreview($input: SheetImportInput!) {
    monthlySheetImportPreview(input: $input) {
      ok
      changes {
        cell
        row
        memberId
        memberName
        itemCode
        sessionId
        from
        to
        expectedVersion
      }
      errors {
        cell
        row
        memberName
        itemCode
        messageZh
        messageEn
      }
    }
  }
`);

export const ImportMonthlySheetMutation = graphql(`
  mutation ImportMonthlySheet($input: SheetImportInput!) {
    importMonthlySheet(input: $input) {
      applied
      replayed
      sheet {
        ...SheetFields
      }
    }
  }
`);

export const RecordedMonthsQuery = graphql(`
  query RecordedMonths($branchId: ID!, $year: Int!) {
    recordedMonths(branchId: $branchId, year: $year) {
      branchId
      year
      recordedThrough
      months {
        month
        recorded
        closed
        availableActions
      }
    }
  }
`);

export const MarkMonthRecordedMutation = graphql(`
  mutation MarkMonthRecorded($branchId: ID!, $month: String!) {
    markMonthRecorded(branchId: $branchId, month: $month) {
      branchId
      year
      recordedThrough
      months {
        month
        recorded
        closed
        availableActions
      }
    }
  }
`);

export const UnmarkMonthRecordedMutation = graphql(`
  mutation UnmarkMonthRecorded($branchId: ID!, $month: String!) {
    unmarkMonthRecorded(branchId: $branchId, month: $month) {
      branchId
      year
      recordedThrough
      months {
        month
        recorded
        closed
        availableActions
      }
    }
  }
`);
