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
    "\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    bureauName\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n": typeof types.BranchesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment PublicationFields on Publication {\n    id\n    kind\n    year\n    quarter\n    number\n    publishedOn\n    publishedAt\n    firstCountedDay\n    noticeEndsOn\n    noticeState\n    provisionalYears\n    note\n    rows {\n      memberId\n      name\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      revision\n    }\n    objections {\n      id\n      memberId\n      content\n      state\n      decision\n      raisedAt\n      decidedAt\n    }\n  }\n": typeof types.PublicationFieldsFragmentDoc,
    "\n  mutation RaiseNoticeObjection($input: NoticeObjectionInput!) {\n    raiseNoticeObjection(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.RaiseNoticeObjectionDocument,
    "\n  mutation DecideNoticeObjection($input: ObjectionDecisionInput!) {\n    decideNoticeObjection(input: $input) {\n      id\n      state\n      decision\n      decidedAt\n    }\n  }\n": typeof types.DecideNoticeObjectionDocument,
    "\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      at\n      actorRole\n      actorName\n      reason\n      points\n    }\n  }\n": typeof types.DeclarationFieldsFragmentDoc,
    "\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n": typeof types.UploadEvidenceDocument,
    "\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n": typeof types.YearSchemesDocument,
    "\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScoreRankingDocument,
    "\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n": typeof types.RankingGroupsDocument,
    "\n  fragment AnnualFields on AnnualAssessment {\n    id\n    year\n    branchId\n    state\n    availableActions\n    revision\n    reviewedAt\n    submittedAt\n    approvedAt\n    publishedAt\n    noticeEndsOn\n    grades {\n      id\n      memberId\n      grade\n      basis\n      note\n    }\n    scores {\n      memberId\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      frozen\n      revision\n    }\n    steps {\n      id\n      kind\n      at\n      reason\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n": typeof types.AnnualFieldsFragmentDoc,
    "\n  query AnnualAssessments($year: Int!, $branchId: ID) {\n    annualAssessments(year: $year, branchId: $branchId) {\n      ...AnnualFields\n    }\n  }\n": typeof types.AnnualAssessmentsDocument,
    "\n  query AnnualMembers($branchId: ID) {\n    members(branchId: $branchId, includeInactive: true) {\n      id\n      name\n      status\n      branchId\n    }\n  }\n": typeof types.AnnualMembersDocument,
    "\n  mutation StartAnnualEvaluation($branchId: ID!, $year: Int!) {\n    startAnnualEvaluation(branchId: $branchId, year: $year) {\n      ...AnnualFields\n    }\n  }\n": typeof types.StartAnnualEvaluationDocument,
    "\n  mutation RecordEvaluationGrades($assessmentId: ID!, $grades: [EvaluationGradeInput!]!) {\n    recordEvaluationGrades(assessmentId: $assessmentId, grades: $grades) {\n      id\n      memberId\n      grade\n    }\n  }\n": typeof types.RecordEvaluationGradesDocument,
    "\n  mutation CompleteAnnualReview($assessmentId: ID!, $note: String) {\n    completeAnnualReview(assessmentId: $assessmentId, note: $note) {\n      ...AnnualFields\n    }\n  }\n": typeof types.CompleteAnnualReviewDocument,
    "\n  mutation ReviseYear($assessmentId: ID!, $reason: String!) {\n    reviseYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n": typeof types.ReviseYearDocument,
    "\n  mutation SubmitYear($assessmentId: ID!) {\n    submitYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n": typeof types.SubmitYearDocument,
    "\n  mutation ApproveYear($assessmentId: ID!, $comment: String) {\n    approveYear(assessmentId: $assessmentId, comment: $comment) {\n      ...AnnualFields\n    }\n  }\n": typeof types.ApproveYearDocument,
    "\n  mutation ReturnYear($assessmentId: ID!, $reason: String!) {\n    returnYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n": typeof types.ReturnYearDocument,
    "\n  mutation PublishYear($assessmentId: ID!) {\n    publishYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n": typeof types.PublishYearDocument,
    "\n  query CommitteeFlags($year: Int!) {\n    committeeFlags(year: $year) {\n      memberId\n      branchId\n      total\n      band\n    }\n  }\n": typeof types.CommitteeFlagsDocument,
    "\n  query MyQuarters($year: Int!) {\n    quarterAssessments(year: $year) {\n      id\n      year\n      quarter\n      branchId\n      state\n      noticeEndsOn\n      rows {\n        memberId\n        changedSinceConfirmed\n        confirmation {\n          id\n          state\n          objection\n          resolution\n          respondedAt\n          resolvedAt\n        }\n        score {\n          total\n          base\n          special\n          frozen\n          lines\n        }\n      }\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n": typeof types.MyQuartersDocument,
    "\n  mutation RespondToQuarterRecord($input: QuarterRecordResponseInput!) {\n    respondToQuarterRecord(input: $input) {\n      id\n      state\n      objection\n      respondedAt\n    }\n  }\n": typeof types.RespondToQuarterRecordDocument,
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
    "\n  fragment QuarterReviewFields on QuarterAssessment {\n    id\n    year\n    quarter\n    branchId\n    state\n    availableActions\n    revision\n    reviewStartedAt\n    signedAt\n    publishedAt\n    noticeEndsOn\n    closedAt\n    rows {\n      memberId\n      changedSinceConfirmed\n      member {\n        id\n        name\n        status\n      }\n      confirmation {\n        id\n        state\n        objection\n        resolution\n        respondedAt\n        resolvedAt\n        round\n        seenTotal\n      }\n      score {\n        total\n        base\n        special\n        frozen\n        schemeVersion\n      }\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n": typeof types.QuarterReviewFieldsFragmentDoc,
    "\n  query QuarterAssessments($year: Int!, $branchId: ID) {\n    quarterAssessments(year: $year, branchId: $branchId) {\n      ...QuarterReviewFields\n    }\n  }\n": typeof types.QuarterAssessmentsDocument,
    "\n  query QuarterLines($id: ID!) {\n    quarterAssessment(id: $id) {\n      id\n      rows {\n        memberId\n        score {\n          lines\n        }\n      }\n    }\n  }\n": typeof types.QuarterLinesDocument,
    "\n  query QuarterPreview($filter: ScoreListFilter!, $first: Int!) {\n    scoreList(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          memberId\n          total\n          base\n          special\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuarterPreviewDocument,
    "\n  mutation StartQuarterReview($input: QuarterKeyInput!) {\n    startQuarterReview(input: $input) {\n      ...QuarterReviewFields\n    }\n  }\n": typeof types.StartQuarterReviewDocument,
    "\n  mutation RefreshQuarterRoster($assessmentId: ID!) {\n    refreshQuarterRoster(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n": typeof types.RefreshQuarterRosterDocument,
    "\n  mutation RecordPanelConfirmations($assessmentId: ID!, $memberIds: [ID!]!) {\n    recordPanelConfirmations(assessmentId: $assessmentId, memberIds: $memberIds) {\n      id\n      state\n    }\n  }\n": typeof types.RecordPanelConfirmationsDocument,
    "\n  mutation ResolveQuarterObjection($confirmationId: ID!, $resolution: String!) {\n    resolveQuarterObjection(confirmationId: $confirmationId, resolution: $resolution) {\n      id\n      state\n      resolution\n    }\n  }\n": typeof types.ResolveQuarterObjectionDocument,
    "\n  mutation SignQuarter($assessmentId: ID!) {\n    signQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n": typeof types.SignQuarterDocument,
    "\n  mutation PublishQuarter($assessmentId: ID!) {\n    publishQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n": typeof types.PublishQuarterDocument,
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
    "\n  fragment OutcomeCaseFields on OutcomeCase {\n    id\n    year\n    branchId\n    memberId\n    level\n    total\n    state\n    availableActions\n    probationExtension\n    redTwoYearsRunning\n    interviewedOn\n    interviewRecord\n    causes\n    closingNote\n    openedAt\n    closedAt\n    member {\n      id\n      name\n      status\n    }\n    measures {\n      id\n      position\n      description\n      deadline\n      doneOn\n      doneNote\n    }\n  }\n": typeof types.OutcomeCaseFieldsFragmentDoc,
    "\n  query OutcomeCases($year: Int!, $branchId: ID) {\n    outcomeCases(year: $year, branchId: $branchId) {\n      ...OutcomeCaseFields\n    }\n  }\n": typeof types.OutcomeCasesDocument,
    "\n  mutation RecordInterview($input: InterviewInput!) {\n    recordInterview(input: $input) {\n      ...OutcomeCaseFields\n    }\n  }\n": typeof types.RecordInterviewDocument,
    "\n  mutation SetRectificationMeasures($caseId: ID!, $measures: [MeasureInput!]!) {\n    setRectificationMeasures(caseId: $caseId, measures: $measures) {\n      ...OutcomeCaseFields\n    }\n  }\n": typeof types.SetRectificationMeasuresDocument,
    "\n  mutation CompleteMeasure($input: MeasureDoneInput!) {\n    completeMeasure(input: $input) {\n      id\n      doneOn\n      doneNote\n    }\n  }\n": typeof types.CompleteMeasureDocument,
    "\n  mutation CloseOutcomeCase($caseId: ID!, $note: String!) {\n    closeOutcomeCase(caseId: $caseId, note: $note) {\n      ...OutcomeCaseFields\n    }\n  }\n": typeof types.CloseOutcomeCaseDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    bureauName\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n": types.BranchesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment PublicationFields on Publication {\n    id\n    kind\n    year\n    quarter\n    number\n    publishedOn\n    publishedAt\n    firstCountedDay\n    noticeEndsOn\n    noticeState\n    provisionalYears\n    note\n    rows {\n      memberId\n      name\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      revision\n    }\n    objections {\n      id\n      memberId\n      content\n      state\n      decision\n      raisedAt\n      decidedAt\n    }\n  }\n": types.PublicationFieldsFragmentDoc,
    "\n  mutation RaiseNoticeObjection($input: NoticeObjectionInput!) {\n    raiseNoticeObjection(input: $input) {\n      id\n      state\n    }\n  }\n": types.RaiseNoticeObjectionDocument,
    "\n  mutation DecideNoticeObjection($input: ObjectionDecisionInput!) {\n    decideNoticeObjection(input: $input) {\n      id\n      state\n      decision\n      decidedAt\n    }\n  }\n": types.DecideNoticeObjectionDocument,
    "\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      at\n      actorRole\n      actorName\n      reason\n      points\n    }\n  }\n": types.DeclarationFieldsFragmentDoc,
    "\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n": types.UploadEvidenceDocument,
    "\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n": types.YearSchemesDocument,
    "\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ScoreRankingDocument,
    "\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n": types.RankingGroupsDocument,
    "\n  fragment AnnualFields on AnnualAssessment {\n    id\n    year\n    branchId\n    state\n    availableActions\n    revision\n    reviewedAt\n    submittedAt\n    approvedAt\n    publishedAt\n    noticeEndsOn\n    grades {\n      id\n      memberId\n      grade\n      basis\n      note\n    }\n    scores {\n      memberId\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      frozen\n      revision\n    }\n    steps {\n      id\n      kind\n      at\n      reason\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n": types.AnnualFieldsFragmentDoc,
    "\n  query AnnualAssessments($year: Int!, $branchId: ID) {\n    annualAssessments(year: $year, branchId: $branchId) {\n      ...AnnualFields\n    }\n  }\n": types.AnnualAssessmentsDocument,
    "\n  query AnnualMembers($branchId: ID) {\n    members(branchId: $branchId, includeInactive: true) {\n      id\n      name\n      status\n      branchId\n    }\n  }\n": types.AnnualMembersDocument,
    "\n  mutation StartAnnualEvaluation($branchId: ID!, $year: Int!) {\n    startAnnualEvaluation(branchId: $branchId, year: $year) {\n      ...AnnualFields\n    }\n  }\n": types.StartAnnualEvaluationDocument,
    "\n  mutation RecordEvaluationGrades($assessmentId: ID!, $grades: [EvaluationGradeInput!]!) {\n    recordEvaluationGrades(assessmentId: $assessmentId, grades: $grades) {\n      id\n      memberId\n      grade\n    }\n  }\n": types.RecordEvaluationGradesDocument,
    "\n  mutation CompleteAnnualReview($assessmentId: ID!, $note: String) {\n    completeAnnualReview(assessmentId: $assessmentId, note: $note) {\n      ...AnnualFields\n    }\n  }\n": types.CompleteAnnualReviewDocument,
    "\n  mutation ReviseYear($assessmentId: ID!, $reason: String!) {\n    reviseYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n": types.ReviseYearDocument,
    "\n  mutation SubmitYear($assessmentId: ID!) {\n    submitYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n": types.SubmitYearDocument,
    "\n  mutation ApproveYear($assessmentId: ID!, $comment: String) {\n    approveYear(assessmentId: $assessmentId, comment: $comment) {\n      ...AnnualFields\n    }\n  }\n": types.ApproveYearDocument,
    "\n  mutation ReturnYear($assessmentId: ID!, $reason: String!) {\n    returnYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n": types.ReturnYearDocument,
    "\n  mutation PublishYear($assessmentId: ID!) {\n    publishYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n": types.PublishYearDocument,
    "\n  query CommitteeFlags($year: Int!) {\n    committeeFlags(year: $year) {\n      memberId\n      branchId\n      total\n      band\n    }\n  }\n": types.CommitteeFlagsDocument,
    "\n  query MyQuarters($year: Int!) {\n    quarterAssessments(year: $year) {\n      id\n      year\n      quarter\n      branchId\n      state\n      noticeEndsOn\n      rows {\n        memberId\n        changedSinceConfirmed\n        confirmation {\n          id\n          state\n          objection\n          resolution\n          respondedAt\n          resolvedAt\n        }\n        score {\n          total\n          base\n          special\n          frozen\n          lines\n        }\n      }\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n": types.MyQuartersDocument,
    "\n  mutation RespondToQuarterRecord($input: QuarterRecordResponseInput!) {\n    respondToQuarterRecord(input: $input) {\n      id\n      state\n      objection\n      respondedAt\n    }\n  }\n": types.RespondToQuarterRecordDocument,
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
    "\n  fragment QuarterReviewFields on QuarterAssessment {\n    id\n    year\n    quarter\n    branchId\n    state\n    availableActions\n    revision\n    reviewStartedAt\n    signedAt\n    publishedAt\n    noticeEndsOn\n    closedAt\n    rows {\n      memberId\n      changedSinceConfirmed\n      member {\n        id\n        name\n        status\n      }\n      confirmation {\n        id\n        state\n        objection\n        resolution\n        respondedAt\n        resolvedAt\n        round\n        seenTotal\n      }\n      score {\n        total\n        base\n        special\n        frozen\n        schemeVersion\n      }\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n": types.QuarterReviewFieldsFragmentDoc,
    "\n  query QuarterAssessments($year: Int!, $branchId: ID) {\n    quarterAssessments(year: $year, branchId: $branchId) {\n      ...QuarterReviewFields\n    }\n  }\n": types.QuarterAssessmentsDocument,
    "\n  query QuarterLines($id: ID!) {\n    quarterAssessment(id: $id) {\n      id\n      rows {\n        memberId\n        score {\n          lines\n        }\n      }\n    }\n  }\n": types.QuarterLinesDocument,
    "\n  query QuarterPreview($filter: ScoreListFilter!, $first: Int!) {\n    scoreList(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          memberId\n          total\n          base\n          special\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.QuarterPreviewDocument,
    "\n  mutation StartQuarterReview($input: QuarterKeyInput!) {\n    startQuarterReview(input: $input) {\n      ...QuarterReviewFields\n    }\n  }\n": types.StartQuarterReviewDocument,
    "\n  mutation RefreshQuarterRoster($assessmentId: ID!) {\n    refreshQuarterRoster(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n": types.RefreshQuarterRosterDocument,
    "\n  mutation RecordPanelConfirmations($assessmentId: ID!, $memberIds: [ID!]!) {\n    recordPanelConfirmations(assessmentId: $assessmentId, memberIds: $memberIds) {\n      id\n      state\n    }\n  }\n": types.RecordPanelConfirmationsDocument,
    "\n  mutation ResolveQuarterObjection($confirmationId: ID!, $resolution: String!) {\n    resolveQuarterObjection(confirmationId: $confirmationId, resolution: $resolution) {\n      id\n      state\n      resolution\n    }\n  }\n": types.ResolveQuarterObjectionDocument,
    "\n  mutation SignQuarter($assessmentId: ID!) {\n    signQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n": types.SignQuarterDocument,
    "\n  mutation PublishQuarter($assessmentId: ID!) {\n    publishQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n": types.PublishQuarterDocument,
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
    "\n  fragment OutcomeCaseFields on OutcomeCase {\n    id\n    year\n    branchId\n    memberId\n    level\n    total\n    state\n    availableActions\n    probationExtension\n    redTwoYearsRunning\n    interviewedOn\n    interviewRecord\n    causes\n    closingNote\n    openedAt\n    closedAt\n    member {\n      id\n      name\n      status\n    }\n    measures {\n      id\n      position\n      description\n      deadline\n      doneOn\n      doneNote\n    }\n  }\n": types.OutcomeCaseFieldsFragmentDoc,
    "\n  query OutcomeCases($year: Int!, $branchId: ID) {\n    outcomeCases(year: $year, branchId: $branchId) {\n      ...OutcomeCaseFields\n    }\n  }\n": types.OutcomeCasesDocument,
    "\n  mutation RecordInterview($input: InterviewInput!) {\n    recordInterview(input: $input) {\n      ...OutcomeCaseFields\n    }\n  }\n": types.RecordInterviewDocument,
    "\n  mutation SetRectificationMeasures($caseId: ID!, $measures: [MeasureInput!]!) {\n    setRectificationMeasures(caseId: $caseId, measures: $measures) {\n      ...OutcomeCaseFields\n    }\n  }\n": types.SetRectificationMeasuresDocument,
    "\n  mutation CompleteMeasure($input: MeasureDoneInput!) {\n    completeMeasure(input: $input) {\n      id\n      doneOn\n      doneNote\n    }\n  }\n": types.CompleteMeasureDocument,
    "\n  mutation CloseOutcomeCase($caseId: ID!, $note: String!) {\n    closeOutcomeCase(caseId: $caseId, note: $note) {\n      ...OutcomeCaseFields\n    }\n  }\n": types.CloseOutcomeCaseDocument,
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
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    bureauName\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    bureauName\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment PublicationFields on Publication {\n    id\n    kind\n    year\n    quarter\n    number\n    publishedOn\n    publishedAt\n    firstCountedDay\n    noticeEndsOn\n    noticeState\n    provisionalYears\n    note\n    rows {\n      memberId\n      name\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      revision\n    }\n    objections {\n      id\n      memberId\n      content\n      state\n      decision\n      raisedAt\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  fragment PublicationFields on Publication {\n    id\n    kind\n    year\n    quarter\n    number\n    publishedOn\n    publishedAt\n    firstCountedDay\n    noticeEndsOn\n    noticeState\n    provisionalYears\n    note\n    rows {\n      memberId\n      name\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      revision\n    }\n    objections {\n      id\n      memberId\n      content\n      state\n      decision\n      raisedAt\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseNoticeObjection($input: NoticeObjectionInput!) {\n    raiseNoticeObjection(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseNoticeObjection($input: NoticeObjectionInput!) {\n    raiseNoticeObjection(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideNoticeObjection($input: ObjectionDecisionInput!) {\n    decideNoticeObjection(input: $input) {\n      id\n      state\n      decision\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DecideNoticeObjection($input: ObjectionDecisionInput!) {\n    decideNoticeObjection(input: $input) {\n      id\n      state\n      decision\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      at\n      actorRole\n      actorName\n      reason\n      points\n    }\n  }\n"): (typeof documents)["\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      at\n      actorRole\n      actorName\n      reason\n      points\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AnnualFields on AnnualAssessment {\n    id\n    year\n    branchId\n    state\n    availableActions\n    revision\n    reviewedAt\n    submittedAt\n    approvedAt\n    publishedAt\n    noticeEndsOn\n    grades {\n      id\n      memberId\n      grade\n      basis\n      note\n    }\n    scores {\n      memberId\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      frozen\n      revision\n    }\n    steps {\n      id\n      kind\n      at\n      reason\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n"): (typeof documents)["\n  fragment AnnualFields on AnnualAssessment {\n    id\n    year\n    branchId\n    state\n    availableActions\n    revision\n    reviewedAt\n    submittedAt\n    approvedAt\n    publishedAt\n    noticeEndsOn\n    grades {\n      id\n      memberId\n      grade\n      basis\n      note\n    }\n    scores {\n      memberId\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      frozen\n      revision\n    }\n    steps {\n      id\n      kind\n      at\n      reason\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualAssessments($year: Int!, $branchId: ID) {\n    annualAssessments(year: $year, branchId: $branchId) {\n      ...AnnualFields\n    }\n  }\n"): (typeof documents)["\n  query AnnualAssessments($year: Int!, $branchId: ID) {\n    annualAssessments(year: $year, branchId: $branchId) {\n      ...AnnualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualMembers($branchId: ID) {\n    members(branchId: $branchId, includeInactive: true) {\n      id\n      name\n      status\n      branchId\n    }\n  }\n"): (typeof documents)["\n  query AnnualMembers($branchId: ID) {\n    members(branchId: $branchId, includeInactive: true) {\n      id\n      name\n      status\n      branchId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAnnualEvaluation($branchId: ID!, $year: Int!) {\n    startAnnualEvaluation(branchId: $branchId, year: $year) {\n      ...AnnualFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartAnnualEvaluation($branchId: ID!, $year: Int!) {\n    startAnnualEvaluation(branchId: $branchId, year: $year) {\n      ...AnnualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEvaluationGrades($assessmentId: ID!, $grades: [EvaluationGradeInput!]!) {\n    recordEvaluationGrades(assessmentId: $assessmentId, grades: $grades) {\n      id\n      memberId\n      grade\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEvaluationGrades($assessmentId: ID!, $grades: [EvaluationGradeInput!]!) {\n    recordEvaluationGrades(assessmentId: $assessmentId, grades: $grades) {\n      id\n      memberId\n      grade\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAnnualReview($assessmentId: ID!, $note: String) {\n    completeAnnualReview(assessmentId: $assessmentId, note: $note) {\n      ...AnnualFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteAnnualReview($assessmentId: ID!, $note: String) {\n    completeAnnualReview(assessmentId: $assessmentId, note: $note) {\n      ...AnnualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseYear($assessmentId: ID!, $reason: String!) {\n    reviseYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseYear($assessmentId: ID!, $reason: String!) {\n    reviseYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitYear($assessmentId: ID!) {\n    submitYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitYear($assessmentId: ID!) {\n    submitYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveYear($assessmentId: ID!, $comment: String) {\n    approveYear(assessmentId: $assessmentId, comment: $comment) {\n      ...AnnualFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveYear($assessmentId: ID!, $comment: String) {\n    approveYear(assessmentId: $assessmentId, comment: $comment) {\n      ...AnnualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnYear($assessmentId: ID!, $reason: String!) {\n    returnYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnYear($assessmentId: ID!, $reason: String!) {\n    returnYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishYear($assessmentId: ID!) {\n    publishYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishYear($assessmentId: ID!) {\n    publishYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeFlags($year: Int!) {\n    committeeFlags(year: $year) {\n      memberId\n      branchId\n      total\n      band\n    }\n  }\n"): (typeof documents)["\n  query CommitteeFlags($year: Int!) {\n    committeeFlags(year: $year) {\n      memberId\n      branchId\n      total\n      band\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQuarters($year: Int!) {\n    quarterAssessments(year: $year) {\n      id\n      year\n      quarter\n      branchId\n      state\n      noticeEndsOn\n      rows {\n        memberId\n        changedSinceConfirmed\n        confirmation {\n          id\n          state\n          objection\n          resolution\n          respondedAt\n          resolvedAt\n        }\n        score {\n          total\n          base\n          special\n          frozen\n          lines\n        }\n      }\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyQuarters($year: Int!) {\n    quarterAssessments(year: $year) {\n      id\n      year\n      quarter\n      branchId\n      state\n      noticeEndsOn\n      rows {\n        memberId\n        changedSinceConfirmed\n        confirmation {\n          id\n          state\n          objection\n          resolution\n          respondedAt\n          resolvedAt\n        }\n        score {\n          total\n          base\n          special\n          frozen\n          lines\n        }\n      }\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToQuarterRecord($input: QuarterRecordResponseInput!) {\n    respondToQuarterRecord(input: $input) {\n      id\n      state\n      objection\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToQuarterRecord($input: QuarterRecordResponseInput!) {\n    respondToQuarterRecord(input: $input) {\n      id\n      state\n      objection\n      respondedAt\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment QuarterReviewFields on QuarterAssessment {\n    id\n    year\n    quarter\n    branchId\n    state\n    availableActions\n    revision\n    reviewStartedAt\n    signedAt\n    publishedAt\n    noticeEndsOn\n    closedAt\n    rows {\n      memberId\n      changedSinceConfirmed\n      member {\n        id\n        name\n        status\n      }\n      confirmation {\n        id\n        state\n        objection\n        resolution\n        respondedAt\n        resolvedAt\n        round\n        seenTotal\n      }\n      score {\n        total\n        base\n        special\n        frozen\n        schemeVersion\n      }\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n"): (typeof documents)["\n  fragment QuarterReviewFields on QuarterAssessment {\n    id\n    year\n    quarter\n    branchId\n    state\n    availableActions\n    revision\n    reviewStartedAt\n    signedAt\n    publishedAt\n    noticeEndsOn\n    closedAt\n    rows {\n      memberId\n      changedSinceConfirmed\n      member {\n        id\n        name\n        status\n      }\n      confirmation {\n        id\n        state\n        objection\n        resolution\n        respondedAt\n        resolvedAt\n        round\n        seenTotal\n      }\n      score {\n        total\n        base\n        special\n        frozen\n        schemeVersion\n      }\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterAssessments($year: Int!, $branchId: ID) {\n    quarterAssessments(year: $year, branchId: $branchId) {\n      ...QuarterReviewFields\n    }\n  }\n"): (typeof documents)["\n  query QuarterAssessments($year: Int!, $branchId: ID) {\n    quarterAssessments(year: $year, branchId: $branchId) {\n      ...QuarterReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterLines($id: ID!) {\n    quarterAssessment(id: $id) {\n      id\n      rows {\n        memberId\n        score {\n          lines\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuarterLines($id: ID!) {\n    quarterAssessment(id: $id) {\n      id\n      rows {\n        memberId\n        score {\n          lines\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterPreview($filter: ScoreListFilter!, $first: Int!) {\n    scoreList(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          memberId\n          total\n          base\n          special\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuarterPreview($filter: ScoreListFilter!, $first: Int!) {\n    scoreList(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          memberId\n          total\n          base\n          special\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartQuarterReview($input: QuarterKeyInput!) {\n    startQuarterReview(input: $input) {\n      ...QuarterReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartQuarterReview($input: QuarterKeyInput!) {\n    startQuarterReview(input: $input) {\n      ...QuarterReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshQuarterRoster($assessmentId: ID!) {\n    refreshQuarterRoster(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshQuarterRoster($assessmentId: ID!) {\n    refreshQuarterRoster(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPanelConfirmations($assessmentId: ID!, $memberIds: [ID!]!) {\n    recordPanelConfirmations(assessmentId: $assessmentId, memberIds: $memberIds) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPanelConfirmations($assessmentId: ID!, $memberIds: [ID!]!) {\n    recordPanelConfirmations(assessmentId: $assessmentId, memberIds: $memberIds) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveQuarterObjection($confirmationId: ID!, $resolution: String!) {\n    resolveQuarterObjection(confirmationId: $confirmationId, resolution: $resolution) {\n      id\n      state\n      resolution\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveQuarterObjection($confirmationId: ID!, $resolution: String!) {\n    resolveQuarterObjection(confirmationId: $confirmationId, resolution: $resolution) {\n      id\n      state\n      resolution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignQuarter($assessmentId: ID!) {\n    signQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignQuarter($assessmentId: ID!) {\n    signQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishQuarter($assessmentId: ID!) {\n    publishQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishQuarter($assessmentId: ID!) {\n    publishQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeCaseFields on OutcomeCase {\n    id\n    year\n    branchId\n    memberId\n    level\n    total\n    state\n    availableActions\n    probationExtension\n    redTwoYearsRunning\n    interviewedOn\n    interviewRecord\n    causes\n    closingNote\n    openedAt\n    closedAt\n    member {\n      id\n      name\n      status\n    }\n    measures {\n      id\n      position\n      description\n      deadline\n      doneOn\n      doneNote\n    }\n  }\n"): (typeof documents)["\n  fragment OutcomeCaseFields on OutcomeCase {\n    id\n    year\n    branchId\n    memberId\n    level\n    total\n    state\n    availableActions\n    probationExtension\n    redTwoYearsRunning\n    interviewedOn\n    interviewRecord\n    causes\n    closingNote\n    openedAt\n    closedAt\n    member {\n      id\n      name\n      status\n    }\n    measures {\n      id\n      position\n      description\n      deadline\n      doneOn\n      doneNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeCases($year: Int!, $branchId: ID) {\n    outcomeCases(year: $year, branchId: $branchId) {\n      ...OutcomeCaseFields\n    }\n  }\n"): (typeof documents)["\n  query OutcomeCases($year: Int!, $branchId: ID) {\n    outcomeCases(year: $year, branchId: $branchId) {\n      ...OutcomeCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInterview($input: InterviewInput!) {\n    recordInterview(input: $input) {\n      ...OutcomeCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInterview($input: InterviewInput!) {\n    recordInterview(input: $input) {\n      ...OutcomeCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRectificationMeasures($caseId: ID!, $measures: [MeasureInput!]!) {\n    setRectificationMeasures(caseId: $caseId, measures: $measures) {\n      ...OutcomeCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRectificationMeasures($caseId: ID!, $measures: [MeasureInput!]!) {\n    setRectificationMeasures(caseId: $caseId, measures: $measures) {\n      ...OutcomeCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMeasure($input: MeasureDoneInput!) {\n    completeMeasure(input: $input) {\n      id\n      doneOn\n      doneNote\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMeasure($input: MeasureDoneInput!) {\n    completeMeasure(input: $input) {\n      id\n      doneOn\n      doneNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOutcomeCase($caseId: ID!, $note: String!) {\n    closeOutcomeCase(caseId: $caseId, note: $note) {\n      ...OutcomeCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseOutcomeCase($caseId: ID!, $note: String!) {\n    closeOutcomeCase(caseId: $caseId, note: $note) {\n      ...OutcomeCaseFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;