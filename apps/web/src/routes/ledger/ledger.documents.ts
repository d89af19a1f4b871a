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
    rows {
      memberId
      memberName
      groupId
      cells {
        key
        itemCode
        sessionId
        value
        version
        recordId
      }
      items {
        itemCode
        earned
        deduction
      }
      categories {
        code
        nameZh
        attainable
        score
      }
      base
      special
      total
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

export const SheetSchemeQuery = graphql(`
  query SheetScheme($id: ID!) {
    scheme(id: $id) {
      id
      year
      version
      definition
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
