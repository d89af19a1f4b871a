/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n": typeof types.BranchesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      at\n      actorRole\n      reason\n      points\n    }\n  }\n": typeof types.DeclarationFieldsFragmentDoc,
    "\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n": typeof types.UploadEvidenceDocument,
    "\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n": typeof types.YearSchemesDocument,
    "\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScoreRankingDocument,
    "\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n": typeof types.RankingGroupsDocument,
    "\n  query BranchDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.BranchDeclarationsDocument,
    "\n  mutation DecideDeclaration($input: DecideDeclarationInput!) {\n    decideDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.DecideDeclarationDocument,
    "\n  mutation ResolveDeclarationDispute($input: ResolveDeclarationDisputeInput!) {\n    resolveDeclarationDispute(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.ResolveDeclarationDisputeDocument,
    "\n  query MyDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.MyDeclarationsDocument,
    "\n  mutation SubmitDeclaration($input: SubmitDeclarationInput!) {\n    submitDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.SubmitDeclarationDocument,
    "\n  mutation DisputeDeclaration($input: DisputeDeclarationInput!) {\n    disputeDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.DisputeDeclarationDocument,
    "\n  fragment SheetFields on MonthlySheet {\n    branchId\n    branchName\n    month\n    schemeId\n    schemeVersion\n    closed\n    closedReason\n    columns {\n      key\n      kind\n      section\n      categoryCode\n      categoryNameZh\n      categoryNameEn\n      itemCode\n      nameZh\n      nameEn\n      unitZh\n      unitEn\n      editable\n      sessionId\n      sessionDate\n      sessionTopic\n      max\n    }\n    rows {\n      memberId\n      memberName\n      groupId\n      cells {\n        key\n        itemCode\n        sessionId\n        value\n        version\n        recordId\n      }\n      items {\n        itemCode\n        earned\n        deduction\n      }\n      categories {\n        code\n        nameZh\n        attainable\n        score\n      }\n      base\n      special\n      total\n    }\n  }\n": typeof types.SheetFieldsFragmentDoc,
    "\n  query MonthlySheet($branchId: ID!, $month: String!) {\n    monthlySheet(branchId: $branchId, month: $month) {\n      ...SheetFields\n    }\n  }\n": typeof types.MonthlySheetDocument,
    "\n  query SheetScheme($id: ID!) {\n    scheme(id: $id) {\n      id\n      year\n      version\n      definition\n    }\n  }\n": typeof types.SheetSchemeDocument,
    "\n  mutation SaveMonthlySheet($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n": typeof types.SaveMonthlySheetDocument,
    "\n  query MonthlySheetExcel($branchId: ID!, $month: String!) {\n    monthlySheetExcel(branchId: $branchId, month: $month) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.MonthlySheetExcelDocument,
    "\n  query SheetImportPreview($input: SheetImportInput!) {\n    monthlySheetImportPreview(input: $input) {\n      ok\n      changes {\n        cell\n        row\n        memberId\n        memberName\n        itemCode\n        sessionId\n        from\n        to\n        expectedVersion\n      }\n      errors {\n        cell\n        row\n        memberName\n        itemCode\n        messageZh\n        messageEn\n      }\n    }\n  }\n": typeof types.SheetImportPreviewDocument,
    "\n  mutation ImportMonthlySheet($input: SheetImportInput!) {\n    importMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n": typeof types.ImportMonthlySheetDocument,
    "\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyScore($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      asOf\n      schemeVersion\n      total {\n        value\n        exact\n      }\n      base {\n        value\n      }\n      special {\n        value\n      }\n      evaluation {\n        value\n      }\n      evaluationGrade\n      outcome {\n        band\n        yellowWarning\n        redWarning\n        redTwoYearsRunning\n        probationaryInterview\n        probationExtension\n      }\n      categories {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      specialItems {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      months {\n        month\n        base\n      }\n      lines {\n        section\n        category\n        itemCode\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n      warnings {\n        code\n        messageZh\n        messageEn\n      }\n    }\n  }\n": typeof types.MyScoreDocument,
    "\n  query OverviewScores($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          memberId\n          branchId\n          period\n          total\n          outcomeBand\n        }\n      }\n    }\n  }\n": typeof types.OverviewScoresDocument,
    "\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n      position\n      active\n      joinedOn\n      branchId\n      groupId\n      branch {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n": typeof types.SchemeFieldsFragmentDoc,
    "\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n": typeof types.SchemesDocument,
    "\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n": typeof types.CreateSchemeDocument,
    "\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n": typeof types.UpdateSchemeDraftDocument,
    "\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n": typeof types.PublishSchemeDocument,
    "\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n": typeof types.CreateSchemeCorrectionDocument,
    "\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.SchemeSampleMembersDocument,
    "\n  query SchemeSampleScore($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      total {\n        value\n      }\n      schemeVersion\n      asOf\n    }\n  }\n": typeof types.SchemeSampleScoreDocument,
    "\n  fragment SessionFields on BranchSession {\n    id\n    branchId\n    itemCode\n    date\n    month\n    topic\n    evidenceId\n    version\n    attendance {\n      id\n      memberId\n      present\n      version\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query BranchSessions($branchId: ID!, $month: String!) {\n    sessions(branchId: $branchId, month: $month) {\n      ...SessionFields\n    }\n  }\n": typeof types.BranchSessionsDocument,
    "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RecordSessionDocument,
    "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  mutation DeleteSession($id: ID!, $expectedVersion: Int!) {\n    deleteSession(id: $id, expectedVersion: $expectedVersion)\n  }\n": typeof types.DeleteSessionDocument,
    "\n  mutation SaveAttendance($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n": typeof types.SaveAttendanceDocument,
    "\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BranchItemProposalsDocument,
    "\n  mutation DecideBranchItem(\n    $id: ID!\n    $approve: Boolean!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    decideBranchItem(\n      id: $id\n      approve: $approve\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n": typeof types.DecideBranchItemDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n": types.BranchesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      at\n      actorRole\n      reason\n      points\n    }\n  }\n": types.DeclarationFieldsFragmentDoc,
    "\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n": types.UploadEvidenceDocument,
    "\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n": types.YearSchemesDocument,
    "\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ScoreRankingDocument,
    "\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n": types.RankingGroupsDocument,
    "\n  query BranchDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n": types.BranchDeclarationsDocument,
    "\n  mutation DecideDeclaration($input: DecideDeclarationInput!) {\n    decideDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": types.DecideDeclarationDocument,
    "\n  mutation ResolveDeclarationDispute($input: ResolveDeclarationDisputeInput!) {\n    resolveDeclarationDispute(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": types.ResolveDeclarationDisputeDocument,
    "\n  query MyDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n": types.MyDeclarationsDocument,
    "\n  mutation SubmitDeclaration($input: SubmitDeclarationInput!) {\n    submitDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": types.SubmitDeclarationDocument,
    "\n  mutation DisputeDeclaration($input: DisputeDeclarationInput!) {\n    disputeDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": types.DisputeDeclarationDocument,
    "\n  fragment SheetFields on MonthlySheet {\n    branchId\n    branchName\n    month\n    schemeId\n    schemeVersion\n    closed\n    closedReason\n    columns {\n      key\n      kind\n      section\n      categoryCode\n      categoryNameZh\n      categoryNameEn\n      itemCode\n      nameZh\n      nameEn\n      unitZh\n      unitEn\n      editable\n      sessionId\n      sessionDate\n      sessionTopic\n      max\n    }\n    rows {\n      memberId\n      memberName\n      groupId\n      cells {\n        key\n        itemCode\n        sessionId\n        value\n        version\n        recordId\n      }\n      items {\n        itemCode\n        earned\n        deduction\n      }\n      categories {\n        code\n        nameZh\n        attainable\n        score\n      }\n      base\n      special\n      total\n    }\n  }\n": types.SheetFieldsFragmentDoc,
    "\n  query MonthlySheet($branchId: ID!, $month: String!) {\n    monthlySheet(branchId: $branchId, month: $month) {\n      ...SheetFields\n    }\n  }\n": types.MonthlySheetDocument,
    "\n  query SheetScheme($id: ID!) {\n    scheme(id: $id) {\n      id\n      year\n      version\n      definition\n    }\n  }\n": types.SheetSchemeDocument,
    "\n  mutation SaveMonthlySheet($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n": types.SaveMonthlySheetDocument,
    "\n  query MonthlySheetExcel($branchId: ID!, $month: String!) {\n    monthlySheetExcel(branchId: $branchId, month: $month) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n": types.MonthlySheetExcelDocument,
    "\n  query SheetImportPreview($input: SheetImportInput!) {\n    monthlySheetImportPreview(input: $input) {\n      ok\n      changes {\n        cell\n        row\n        memberId\n        memberName\n        itemCode\n        sessionId\n        from\n        to\n        expectedVersion\n      }\n      errors {\n        cell\n        row\n        memberName\n        itemCode\n        messageZh\n        messageEn\n      }\n    }\n  }\n": types.SheetImportPreviewDocument,
    "\n  mutation ImportMonthlySheet($input: SheetImportInput!) {\n    importMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n": types.ImportMonthlySheetDocument,
    "\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query MyScore($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      asOf\n      schemeVersion\n      total {\n        value\n        exact\n      }\n      base {\n        value\n      }\n      special {\n        value\n      }\n      evaluation {\n        value\n      }\n      evaluationGrade\n      outcome {\n        band\n        yellowWarning\n        redWarning\n        redTwoYearsRunning\n        probationaryInterview\n        probationExtension\n      }\n      categories {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      specialItems {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      months {\n        month\n        base\n      }\n      lines {\n        section\n        category\n        itemCode\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n      warnings {\n        code\n        messageZh\n        messageEn\n      }\n    }\n  }\n": types.MyScoreDocument,
    "\n  query OverviewScores($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          memberId\n          branchId\n          period\n          total\n          outcomeBand\n        }\n      }\n    }\n  }\n": types.OverviewScoresDocument,
    "\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n      position\n      active\n      joinedOn\n      branchId\n      groupId\n      branch {\n        id\n        name\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n": types.SchemeFieldsFragmentDoc,
    "\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n": types.SchemesDocument,
    "\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n": types.CreateSchemeDocument,
    "\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n": types.UpdateSchemeDraftDocument,
    "\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n": types.PublishSchemeDocument,
    "\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n": types.CreateSchemeCorrectionDocument,
    "\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n": types.SchemeSampleMembersDocument,
    "\n  query SchemeSampleScore($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      total {\n        value\n      }\n      schemeVersion\n      asOf\n    }\n  }\n": types.SchemeSampleScoreDocument,
    "\n  fragment SessionFields on BranchSession {\n    id\n    branchId\n    itemCode\n    date\n    month\n    topic\n    evidenceId\n    version\n    attendance {\n      id\n      memberId\n      present\n      version\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query BranchSessions($branchId: ID!, $month: String!) {\n    sessions(branchId: $branchId, month: $month) {\n      ...SessionFields\n    }\n  }\n": types.BranchSessionsDocument,
    "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RecordSessionDocument,
    "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  mutation DeleteSession($id: ID!, $expectedVersion: Int!) {\n    deleteSession(id: $id, expectedVersion: $expectedVersion)\n  }\n": types.DeleteSessionDocument,
    "\n  mutation SaveAttendance($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n": types.SaveAttendanceDocument,
    "\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n": types.BranchItemProposalsDocument,
    "\n  mutation DecideBranchItem(\n    $id: ID!\n    $approve: Boolean!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    decideBranchItem(\n      id: $id\n      approve: $approve\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n": types.DecideBranchItemDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      at\n      actorRole\n      reason\n      points\n    }\n  }\n"): (typeof documents)["\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      at\n      actorRole\n      reason\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n"): (typeof documents)["\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n"): (typeof documents)["\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n"): (typeof documents)["\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  query BranchDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDeclaration($input: DecideDeclarationInput!) {\n    decideDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideDeclaration($input: DecideDeclarationInput!) {\n    decideDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveDeclarationDispute($input: ResolveDeclarationDisputeInput!) {\n    resolveDeclarationDispute(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveDeclarationDispute($input: ResolveDeclarationDisputeInput!) {\n    resolveDeclarationDispute(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  query MyDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDeclaration($input: SubmitDeclarationInput!) {\n    submitDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDeclaration($input: SubmitDeclarationInput!) {\n    submitDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisputeDeclaration($input: DisputeDeclarationInput!) {\n    disputeDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisputeDeclaration($input: DisputeDeclarationInput!) {\n    disputeDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SheetFields on MonthlySheet {\n    branchId\n    branchName\n    month\n    schemeId\n    schemeVersion\n    closed\n    closedReason\n    columns {\n      key\n      kind\n      section\n      categoryCode\n      categoryNameZh\n      categoryNameEn\n      itemCode\n      nameZh\n      nameEn\n      unitZh\n      unitEn\n      editable\n      sessionId\n      sessionDate\n      sessionTopic\n      max\n    }\n    rows {\n      memberId\n      memberName\n      groupId\n      cells {\n        key\n        itemCode\n        sessionId\n        value\n        version\n        recordId\n      }\n      items {\n        itemCode\n        earned\n        deduction\n      }\n      categories {\n        code\n        nameZh\n        attainable\n        score\n      }\n      base\n      special\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment SheetFields on MonthlySheet {\n    branchId\n    branchName\n    month\n    schemeId\n    schemeVersion\n    closed\n    closedReason\n    columns {\n      key\n      kind\n      section\n      categoryCode\n      categoryNameZh\n      categoryNameEn\n      itemCode\n      nameZh\n      nameEn\n      unitZh\n      unitEn\n      editable\n      sessionId\n      sessionDate\n      sessionTopic\n      max\n    }\n    rows {\n      memberId\n      memberName\n      groupId\n      cells {\n        key\n        itemCode\n        sessionId\n        value\n        version\n        recordId\n      }\n      items {\n        itemCode\n        earned\n        deduction\n      }\n      categories {\n        code\n        nameZh\n        attainable\n        score\n      }\n      base\n      special\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlySheet($branchId: ID!, $month: String!) {\n    monthlySheet(branchId: $branchId, month: $month) {\n      ...SheetFields\n    }\n  }\n"): (typeof documents)["\n  query MonthlySheet($branchId: ID!, $month: String!) {\n    monthlySheet(branchId: $branchId, month: $month) {\n      ...SheetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetScheme($id: ID!) {\n    scheme(id: $id) {\n      id\n      year\n      version\n      definition\n    }\n  }\n"): (typeof documents)["\n  query SheetScheme($id: ID!) {\n    scheme(id: $id) {\n      id\n      year\n      version\n      definition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMonthlySheet($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMonthlySheet($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlySheetExcel($branchId: ID!, $month: String!) {\n    monthlySheetExcel(branchId: $branchId, month: $month) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query MonthlySheetExcel($branchId: ID!, $month: String!) {\n    monthlySheetExcel(branchId: $branchId, month: $month) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SheetImportPreview($input: SheetImportInput!) {\n    monthlySheetImportPreview(input: $input) {\n      ok\n      changes {\n        cell\n        row\n        memberId\n        memberName\n        itemCode\n        sessionId\n        from\n        to\n        expectedVersion\n      }\n      errors {\n        cell\n        row\n        memberName\n        itemCode\n        messageZh\n        messageEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query SheetImportPreview($input: SheetImportInput!) {\n    monthlySheetImportPreview(input: $input) {\n      ok\n      changes {\n        cell\n        row\n        memberId\n        memberName\n        itemCode\n        sessionId\n        from\n        to\n        expectedVersion\n      }\n      errors {\n        cell\n        row\n        memberName\n        itemCode\n        messageZh\n        messageEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMonthlySheet($input: SheetImportInput!) {\n    importMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMonthlySheet($input: SheetImportInput!) {\n    importMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyScore($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      asOf\n      schemeVersion\n      total {\n        value\n        exact\n      }\n      base {\n        value\n      }\n      special {\n        value\n      }\n      evaluation {\n        value\n      }\n      evaluationGrade\n      outcome {\n        band\n        yellowWarning\n        redWarning\n        redTwoYearsRunning\n        probationaryInterview\n        probationExtension\n      }\n      categories {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      specialItems {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      months {\n        month\n        base\n      }\n      lines {\n        section\n        category\n        itemCode\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n      warnings {\n        code\n        messageZh\n        messageEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyScore($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      asOf\n      schemeVersion\n      total {\n        value\n        exact\n      }\n      base {\n        value\n      }\n      special {\n        value\n      }\n      evaluation {\n        value\n      }\n      evaluationGrade\n      outcome {\n        band\n        yellowWarning\n        redWarning\n        redTwoYearsRunning\n        probationaryInterview\n        probationExtension\n      }\n      categories {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      specialItems {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      months {\n        month\n        base\n      }\n      lines {\n        section\n        category\n        itemCode\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n      warnings {\n        code\n        messageZh\n        messageEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewScores($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          memberId\n          branchId\n          period\n          total\n          outcomeBand\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewScores($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          memberId\n          branchId\n          period\n          total\n          outcomeBand\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n      position\n      active\n      joinedOn\n      branchId\n      groupId\n      branch {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n      position\n      active\n      joinedOn\n      branchId\n      groupId\n      branch {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n"): (typeof documents)["\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemeSampleScore($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      total {\n        value\n      }\n      schemeVersion\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query SchemeSampleScore($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      total {\n        value\n      }\n      schemeVersion\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on BranchSession {\n    id\n    branchId\n    itemCode\n    date\n    month\n    topic\n    evidenceId\n    version\n    attendance {\n      id\n      memberId\n      present\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on BranchSession {\n    id\n    branchId\n    itemCode\n    date\n    month\n    topic\n    evidenceId\n    version\n    attendance {\n      id\n      memberId\n      present\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchSessions($branchId: ID!, $month: String!) {\n    sessions(branchId: $branchId, month: $month) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query BranchSessions($branchId: ID!, $month: String!) {\n    sessions(branchId: $branchId, month: $month) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSession($id: ID!, $expectedVersion: Int!) {\n    deleteSession(id: $id, expectedVersion: $expectedVersion)\n  }\n"): (typeof documents)["\n  mutation DeleteSession($id: ID!, $expectedVersion: Int!) {\n    deleteSession(id: $id, expectedVersion: $expectedVersion)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAttendance($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAttendance($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideBranchItem(\n    $id: ID!\n    $approve: Boolean!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    decideBranchItem(\n      id: $id\n      approve: $approve\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DecideBranchItem(\n    $id: ID!\n    $approve: Boolean!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    decideBranchItem(\n      id: $id\n      approve: $approve\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;