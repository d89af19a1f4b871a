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
  '\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    bureauName\n    displayName\n    memberId\n    mustChangePassword\n    today\n    roles {\n      role\n      branchId\n    }\n    screens {\n      screen\n      branchScoped\n      allBranches\n      branchIds\n    }\n    actions {\n      action\n      allBranches\n      branchIds\n    }\n  }\n': typeof types.ViewerFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n': typeof types.BranchesDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query MyTasks {\n    myTasks {\n      total\n      overdue\n      today\n      tasks {\n        kind\n        role\n        branchId\n        branchName\n        labelZh\n        labelEn\n        count\n        overdueCount\n        dueOn\n        overdue\n        link\n        menuKey\n        items {\n          ref\n          labelZh\n          labelEn\n          dueOn\n          overdue\n          link\n        }\n      }\n    }\n  }\n': typeof types.MyTasksDocument;
  '\n  query MyNotifications {\n    myNotifications(first: 30) {\n      unread\n      items {\n        id\n        kind\n        labelZh\n        labelEn\n        dueOn\n        overdue\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n': typeof types.MyNotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    statusLabel\n    availableActions\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      stepLabel\n      at\n      actorRole\n      actorName\n      reason\n      points\n    }\n  }\n': typeof types.DeclarationFieldsFragmentDoc;
  '\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n': typeof types.UploadEvidenceDocument;
  '\n  fragment PublicationFields on Publication {\n    id\n    branchId\n    kind\n    year\n    quarter\n    number\n    publishedOn\n    publishedAt\n    firstCountedDay\n    noticeEndsOn\n    noticeState\n    availableActions\n    provisionalYears\n    note\n    rows {\n      memberId\n      name\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      revision\n    }\n    objections {\n      id\n      memberId\n      content\n      state\n      stateLabel\n      decision\n      raisedAt\n      decidedAt\n    }\n  }\n': typeof types.PublicationFieldsFragmentDoc;
  '\n  mutation RaiseNoticeObjection($input: NoticeObjectionInput!) {\n    raiseNoticeObjection(input: $input) {\n      id\n      state\n    }\n  }\n': typeof types.RaiseNoticeObjectionDocument;
  '\n  mutation DecideNoticeObjection($input: ObjectionDecisionInput!) {\n    decideNoticeObjection(input: $input) {\n      id\n      state\n      decision\n      decidedAt\n    }\n  }\n': typeof types.DecideNoticeObjectionDocument;
  '\n  query NoticeTerms($publishedOn: String!) {\n    noticeWindow(publishedOn: $publishedOn) {\n      endsOn\n      workingDays\n    }\n  }\n': typeof types.NoticeTermsDocument;
  '\n  query OutcomeBands {\n    outcomeBands {\n      band\n      code\n      labelZh\n      labelEn\n    }\n  }\n': typeof types.OutcomeBandsDocument;
  '\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n': typeof types.YearSchemesDocument;
  '\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n': typeof types.ChangeMyPasswordDocument;
  '\n  query ApiTokenOwners {\n    apiTokenOwners {\n      id\n      loginName\n      displayName\n    }\n  }\n': typeof types.ApiTokenOwnersDocument;
  '\n  query ApiTokens($userId: ID) {\n    apiTokens(userId: $userId) {\n      id\n      name\n      prefix\n      status\n      statusLabel\n      createdAt\n      expiresAt\n      revokedAt\n    }\n  }\n': typeof types.ApiTokensDocument;
  '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n': typeof types.CreateApiTokenDocument;
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      status\n      statusLabel\n      revokedAt\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          projectionBand\n          provisional\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.ScoreRankingDocument;
  '\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n': typeof types.RankingGroupsDocument;
  '\n  query AnnualResultsExport($year: Int!, $branchId: ID) {\n    annualResultsExport(year: $year, branchId: $branchId) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n': typeof types.AnnualResultsExportDocument;
  '\n  query AnalyticsBranchStatistics($filter: StatisticsFilter!) {\n    scoreStatistics(filter: $filter, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        ...BranchComparisonRow\n      }\n    }\n  }\n': typeof types.AnalyticsBranchStatisticsDocument;
  '\n  query AnnualBranchStatistics($year: Int!) {\n    scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        key {\n          branchId\n        }\n        suppressed\n        memberCount\n        total {\n          mean\n        }\n        bands {\n          band\n          count\n        }\n      }\n    }\n  }\n': typeof types.AnnualBranchStatisticsDocument;
  '\n  fragment AnnualFields on AnnualAssessment {\n    id\n    year\n    branchId\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    revision\n    reviewedAt\n    submittedAt\n    approvedAt\n    publishedAt\n    noticeEndsOn\n    grades {\n      id\n      memberId\n      grade\n      basis\n      note\n    }\n    scores {\n      memberId\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      frozen\n      revision\n    }\n    steps {\n      id\n      kind\n      kindLabel\n      at\n      reason\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n': typeof types.AnnualFieldsFragmentDoc;
  '\n  query AnnualAssessments($year: Int!, $branchId: ID) {\n    annualAssessments(year: $year, branchId: $branchId) {\n      ...AnnualFields\n    }\n  }\n': typeof types.AnnualAssessmentsDocument;
  '\n  query AnnualStartActions($branchId: ID!, $year: Int!) {\n    annualStartActions(branchId: $branchId, year: $year)\n  }\n': typeof types.AnnualStartActionsDocument;
  '\n  query AnnualMembers($branchId: ID) {\n    members(branchId: $branchId, includeInactive: true) {\n      id\n      name\n      status\n      branchId\n    }\n  }\n': typeof types.AnnualMembersDocument;
  '\n  mutation StartAnnualEvaluation($branchId: ID!, $year: Int!) {\n    startAnnualEvaluation(branchId: $branchId, year: $year) {\n      ...AnnualFields\n    }\n  }\n': typeof types.StartAnnualEvaluationDocument;
  '\n  mutation RecordEvaluationGrades($assessmentId: ID!, $grades: [EvaluationGradeInput!]!) {\n    recordEvaluationGrades(assessmentId: $assessmentId, grades: $grades) {\n      id\n      memberId\n      grade\n    }\n  }\n': typeof types.RecordEvaluationGradesDocument;
  '\n  mutation CompleteAnnualReview($assessmentId: ID!, $note: String) {\n    completeAnnualReview(assessmentId: $assessmentId, note: $note) {\n      ...AnnualFields\n    }\n  }\n': typeof types.CompleteAnnualReviewDocument;
  '\n  mutation ReviseYear($assessmentId: ID!, $reason: String!) {\n    reviseYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n': typeof types.ReviseYearDocument;
  '\n  mutation SubmitYear($assessmentId: ID!) {\n    submitYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n': typeof types.SubmitYearDocument;
  '\n  mutation ApproveYear($assessmentId: ID!, $comment: String) {\n    approveYear(assessmentId: $assessmentId, comment: $comment) {\n      ...AnnualFields\n    }\n  }\n': typeof types.ApproveYearDocument;
  '\n  mutation ReturnYear($assessmentId: ID!, $reason: String!) {\n    returnYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n': typeof types.ReturnYearDocument;
  '\n  mutation PublishYear($assessmentId: ID!) {\n    publishYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n': typeof types.PublishYearDocument;
  '\n  query CommitteeFlags($year: Int!) {\n    committeeFlags(year: $year) {\n      memberId\n      branchId\n      total\n      band\n    }\n  }\n': typeof types.CommitteeFlagsDocument;
  '\n  query AuditEntries($filter: AuditFilterInput, $offset: Int, $limit: Int) {\n    auditEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        seq\n        at\n        operation\n        operationLabel\n        operationLabelEn\n        entityName\n        entityLabel\n        entityLabelEn\n        entityId\n        actorUserId\n        actorName\n        role\n        branch {\n          id\n          name\n        }\n        changes {\n          field\n          label\n          labelEn\n          before\n          beforeEn\n          after\n          afterEn\n          changed\n        }\n      }\n    }\n  }\n': typeof types.AuditEntriesDocument;
  '\n  query AuditFilters {\n    auditCatalogue {\n      canVerifyChain\n      operations {\n        code\n        label\n        labelEn\n      }\n      entities {\n        code\n        label\n        labelEn\n      }\n    }\n    branches {\n      id\n      name\n    }\n    users {\n      id\n      displayName\n      loginName\n    }\n  }\n': typeof types.AuditFiltersDocument;
  '\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      brokenAt\n      reason\n      reasonEn\n      checkedAt\n    }\n  }\n': typeof types.AuditChainStatusDocument;
  '\n  query WorkingYear($from: String!, $to: String!, $year: Int!) {\n    workingCalendar(from: $from, to: $to) {\n      date\n      working\n      source\n      name\n      known\n    }\n    calendarAmendments(year: $year) {\n      id\n      date\n      kind\n      note\n      updatedAt\n    }\n  }\n': typeof types.WorkingYearDocument;
  '\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      id\n    }\n  }\n': typeof types.SetCalendarDayDocument;
  '\n  mutation RemoveCalendarAmendment($date: String!) {\n    removeCalendarAmendment(date: $date)\n  }\n': typeof types.RemoveCalendarAmendmentDocument;
  '\n  query MyQuarters($year: Int!) {\n    quarterAssessments(year: $year) {\n      id\n      year\n      quarter\n      branchId\n      state\n      stateLabel\n      noticeEndsOn\n      rows {\n        memberId\n        changedSinceConfirmed\n        confirmationLabel\n        confirmation {\n          id\n          state\n          objection\n          resolution\n          respondedAt\n          resolvedAt\n        }\n        score {\n          total\n          base\n          special\n          frozen\n          lines\n        }\n      }\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n': typeof types.MyQuartersDocument;
  '\n  mutation RespondToQuarterRecord($input: QuarterRecordResponseInput!) {\n    respondToQuarterRecord(input: $input) {\n      id\n      state\n      objection\n      respondedAt\n    }\n  }\n': typeof types.RespondToQuarterRecordDocument;
  '\n  query BranchDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n': typeof types.BranchDeclarationsDocument;
  '\n  mutation DecideDeclaration($input: DecideDeclarationInput!) {\n    decideDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n': typeof types.DecideDeclarationDocument;
  '\n  mutation ResolveDeclarationDispute($input: ResolveDeclarationDisputeInput!) {\n    resolveDeclarationDispute(input: $input) {\n      ...DeclarationFields\n    }\n  }\n': typeof types.ResolveDeclarationDisputeDocument;
  '\n  query MyDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n': typeof types.MyDeclarationsDocument;
  '\n  mutation SubmitDeclaration($input: SubmitDeclarationInput!) {\n    submitDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n': typeof types.SubmitDeclarationDocument;
  '\n  mutation DisputeDeclaration($input: DisputeDeclarationInput!) {\n    disputeDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n': typeof types.DisputeDeclarationDocument;
  '\n  fragment SheetFields on MonthlySheet {\n    branchId\n    branchName\n    month\n    schemeId\n    schemeVersion\n    closed\n    closedReason\n    columns {\n      key\n      kind\n      section\n      categoryCode\n      categoryNameZh\n      categoryNameEn\n      itemCode\n      nameZh\n      nameEn\n      unitZh\n      unitEn\n      editable\n      sessionId\n      sessionDate\n      sessionTopic\n      max\n    }\n    categories {\n      code\n      nameZh\n      nameEn\n    }\n    rows {\n      memberId\n      memberName\n      groupId\n      cells {\n        key\n        value\n        version\n        recordId\n      }\n      categories {\n        code\n        score\n      }\n      base\n      special\n      total\n    }\n    averages {\n      categories {\n        code\n        score\n      }\n      base\n      special\n      total\n    }\n  }\n': typeof types.SheetFieldsFragmentDoc;
  '\n  query MonthlySheetLive($branchId: ID!, $month: String!, $pending: [SheetCellInput!]!) {\n    monthlySheet(branchId: $branchId, month: $month, pending: $pending) {\n      rows {\n        memberId\n        categories {\n          code\n          score\n        }\n        base\n        special\n        total\n      }\n      averages {\n        categories {\n          code\n          score\n        }\n        base\n        special\n        total\n      }\n    }\n  }\n': typeof types.MonthlySheetLiveDocument;
  '\n  query MonthlySheet($branchId: ID!, $month: String!) {\n    monthlySheet(branchId: $branchId, month: $month) {\n      ...SheetFields\n    }\n  }\n': typeof types.MonthlySheetDocument;
  '\n  mutation SaveMonthlySheet($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n': typeof types.SaveMonthlySheetDocument;
  '\n  query MonthlySheetExcel($branchId: ID!, $month: String!) {\n    monthlySheetExcel(branchId: $branchId, month: $month) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n': typeof types.MonthlySheetExcelDocument;
  '\n  query SheetImportPreview($input: SheetImportInput!) {\n    monthlySheetImportPreview(input: $input) {\n      ok\n      changes {\n        cell\n        row\n        memberId\n        memberName\n        itemCode\n        sessionId\n        from\n        to\n        expectedVersion\n      }\n      errors {\n        cell\n        row\n        memberName\n        itemCode\n        messageZh\n        messageEn\n      }\n    }\n  }\n': typeof types.SheetImportPreviewDocument;
  '\n  mutation ImportMonthlySheet($input: SheetImportInput!) {\n    importMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n': typeof types.ImportMonthlySheetDocument;
  '\n  query RecordedMonths($branchId: ID!, $year: Int!) {\n    recordedMonths(branchId: $branchId, year: $year) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n': typeof types.RecordedMonthsDocument;
  '\n  mutation MarkMonthRecorded($branchId: ID!, $month: String!) {\n    markMonthRecorded(branchId: $branchId, month: $month) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n': typeof types.MarkMonthRecordedDocument;
  '\n  mutation UnmarkMonthRecorded($branchId: ID!, $month: String!) {\n    unmarkMonthRecorded(branchId: $branchId, month: $month) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n': typeof types.UnmarkMonthRecordedDocument;
  '\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  query MemberPage($id: ID!, $year: Int!) {\n    member(id: $id) {\n      ...RosterMember\n      memberships {\n        id\n        fromMonth\n        toMonth\n        branch {\n          id\n          name\n        }\n      }\n      year: score(year: $year) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q1: score(year: $year, quarter: 1) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q2: score(year: $year, quarter: 2) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q3: score(year: $year, quarter: 3) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q4: score(year: $year, quarter: 4) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n    }\n  }\n': typeof types.MemberPageDocument;
  '\n  query MemberExplanation($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      total {\n        value\n      }\n      lines {\n        section\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n    }\n  }\n': typeof types.MemberExplanationDocument;
  '\n  query MemberAudit($filter: AuditFilterInput) {\n    auditEntries(filter: $filter, limit: 100) {\n      total\n      entries {\n        seq\n        at\n        operation\n        operationLabel\n        operationLabelEn\n        actorName\n        changes {\n          field\n          label\n          labelEn\n          before\n          beforeEn\n          after\n          afterEn\n          changed\n        }\n      }\n    }\n  }\n': typeof types.MemberAuditDocument;
  '\n  query MemberMonths($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      year\n      asOf\n      months {\n        month\n        branchId\n        base\n        categories {\n          code\n          nameZh\n          nameEn\n          value\n        }\n      }\n    }\n  }\n': typeof types.MemberMonthsDocument;
  '\n  query MemberDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n': typeof types.MemberDeclarationsDocument;
  '\n  query MemberOutcomeCases($year: Int!, $memberId: ID!) {\n    outcomeCases(year: $year, memberId: $memberId) {\n      ...OutcomeCaseFields\n    }\n  }\n': typeof types.MemberOutcomeCasesDocument;
  '\n  query MyScore($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      asOf\n      provisional\n      schemeVersion\n      projection {\n        total\n        band\n        earlyWarning\n        monthsScored\n      }\n      projectionLines {\n        kind\n        textZh\n        textEn\n      }\n      total {\n        value\n        exact\n      }\n      base {\n        value\n      }\n      special {\n        value\n      }\n      evaluation {\n        value\n      }\n      evaluationGrade\n      outcome {\n        band\n        yellowWarning\n        redWarning\n        redTwoYearsRunning\n        probationaryInterview\n        probationExtension\n      }\n      categories {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      specialItems {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      months {\n        month\n        base\n      }\n      lines {\n        section\n        category\n        itemCode\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n      warnings {\n        code\n        messageZh\n        messageEn\n      }\n    }\n  }\n': typeof types.MyScoreDocument;
  '\n  fragment BranchComparisonRow on StatisticsGroup {\n    key {\n      branchId\n      branchName\n    }\n    suppressed\n    memberCount\n    total {\n      mean\n      median\n      min\n      max\n    }\n    base {\n      mean\n    }\n    special {\n      mean\n    }\n    evaluation {\n      mean\n    }\n    categories {\n      code\n      nameZh\n      nameEn\n      score {\n        mean\n      }\n    }\n    bands {\n      band\n      labelZh\n      labelEn\n      count\n    }\n  }\n': typeof types.BranchComparisonRowFragmentDoc;
  '\n  query BranchParticipation($filter: StatisticsFilter!) {\n    participationStatistics(filter: $filter, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        key {\n          branchId\n          branchName\n        }\n        provisional\n        suppressed\n        memberCount\n        attendanceRate\n        quotas {\n          itemCode\n          nameZh\n          nameEn\n          unitZh\n          unitEn\n          average\n          fullShare\n        }\n        dues {\n          itemCode\n          nameZh\n          nameEn\n          onTimeShare\n        }\n        violations {\n          itemCode\n          nameZh\n          nameEn\n          count\n        }\n      }\n    }\n  }\n': typeof types.BranchParticipationDocument;
  '\n  query OverviewStatistics($year: Int!) {\n    bureau: scoreStatistics(filter: { year: $year }, bucketWidth: 5) {\n      asOf\n      minGroupSize\n      groups {\n        suppressed\n        provisional\n        memberCount\n        total {\n          mean\n          median\n        }\n        bands {\n          band\n          labelZh\n          labelEn\n          count\n        }\n        histogram {\n          from\n          to\n          count\n        }\n      }\n    }\n    branches: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {\n      groups {\n        ...BranchComparisonRow\n      }\n    }\n    months: scoreStatistics(filter: { year: $year }, groupBy: [MONTH]) {\n      groups {\n        key {\n          month\n        }\n        suppressed\n        total {\n          mean\n        }\n      }\n    }\n    branchMonths: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH, MONTH]) {\n      groups {\n        key {\n          branchId\n          branchName\n          month\n        }\n        suppressed\n        total {\n          mean\n        }\n      }\n    }\n  }\n': typeof types.OverviewStatisticsDocument;
  '\n  fragment QuarterReviewFields on QuarterAssessment {\n    id\n    year\n    quarter\n    branchId\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    revision\n    reviewStartedAt\n    signedAt\n    signOverrideReason\n    publishedAt\n    noticeEndsOn\n    closedAt\n    rows {\n      memberId\n      changedSinceConfirmed\n      member {\n        id\n        name\n        status\n      }\n      confirmationLabel\n      confirmation {\n        id\n        state\n        objection\n        resolution\n        respondedAt\n        resolvedAt\n        method\n        inPersonOn\n        inPersonNote\n        round\n        seenTotal\n      }\n      score {\n        total\n        base\n        special\n        frozen\n        schemeVersion\n      }\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n': typeof types.QuarterReviewFieldsFragmentDoc;
  '\n  query QuarterAssessments($year: Int!, $branchId: ID) {\n    quarterAssessments(year: $year, branchId: $branchId) {\n      ...QuarterReviewFields\n    }\n  }\n': typeof types.QuarterAssessmentsDocument;
  '\n  query QuarterLines($id: ID!) {\n    quarterAssessment(id: $id) {\n      id\n      rows {\n        memberId\n        score {\n          lines\n        }\n      }\n    }\n  }\n': typeof types.QuarterLinesDocument;
  '\n  query QuarterPreview($filter: ScoreListFilter!, $first: Int!) {\n    scoreList(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          memberId\n          total\n          base\n          special\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.QuarterPreviewDocument;
  '\n  mutation StartQuarterReview($input: QuarterKeyInput!) {\n    startQuarterReview(input: $input) {\n      ...QuarterReviewFields\n    }\n  }\n': typeof types.StartQuarterReviewDocument;
  '\n  mutation RefreshQuarterRoster($assessmentId: ID!) {\n    refreshQuarterRoster(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n': typeof types.RefreshQuarterRosterDocument;
  '\n  mutation RecordPanelConfirmations(\n    $assessmentId: ID!\n    $memberIds: [ID!]!\n    $confirmedOn: String\n    $note: String\n  ) {\n    recordPanelConfirmations(\n      assessmentId: $assessmentId\n      memberIds: $memberIds\n      confirmedOn: $confirmedOn\n      note: $note\n    ) {\n      id\n      state\n      method\n      inPersonOn\n    }\n  }\n': typeof types.RecordPanelConfirmationsDocument;
  '\n  mutation ResolveQuarterObjection($confirmationId: ID!, $resolution: String!) {\n    resolveQuarterObjection(confirmationId: $confirmationId, resolution: $resolution) {\n      id\n      state\n      resolution\n    }\n  }\n': typeof types.ResolveQuarterObjectionDocument;
  '\n  mutation SignQuarter($assessmentId: ID!, $overrideReason: String) {\n    signQuarter(assessmentId: $assessmentId, overrideReason: $overrideReason) {\n      ...QuarterReviewFields\n    }\n  }\n': typeof types.SignQuarterDocument;
  '\n  mutation PublishQuarter($assessmentId: ID!) {\n    publishQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n': typeof types.PublishQuarterDocument;
  '\n  query QuarterStartActions($input: QuarterKeyInput!) {\n    quarterStartActions(input: $input)\n  }\n': typeof types.QuarterStartActionsDocument;
  '\n  fragment RosterMember on Member {\n    id\n    name\n    status\n    position\n    active\n    joinedOn\n    fullMemberOn\n    gender\n    birthDate\n    phone\n    branchId\n    groupId\n    group {\n      id\n      name\n    }\n    branch {\n      id\n      name\n    }\n    availableActions\n  }\n': typeof types.RosterMemberFragmentDoc;
  '\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      ...RosterMember\n    }\n  }\n': typeof types.RosterDocument;
  '\n  query RosterBranch($id: ID!) {\n    branch(id: $id) {\n      id\n      name\n      rosterActions\n      groups {\n        id\n        name\n      }\n    }\n  }\n': typeof types.RosterBranchDocument;
  '\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...RosterMember\n    }\n  }\n': typeof types.CreateMemberDocument;
  '\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...RosterMember\n    }\n  }\n': typeof types.UpdateMemberDocument;
  '\n  mutation DeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n': typeof types.DeleteMemberDocument;
  '\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      ...RosterMember\n    }\n  }\n': typeof types.TransferMemberDocument;
  '\n  mutation RecordFullMembership($input: RecordFullMembershipInput!) {\n    recordFullMembership(input: $input) {\n      ...RosterMember\n    }\n  }\n': typeof types.RecordFullMembershipDocument;
  '\n  mutation RecordMemberLeaving($input: RecordMemberLeavingInput!) {\n    recordMemberLeaving(input: $input) {\n      ...RosterMember\n    }\n  }\n': typeof types.RecordMemberLeavingDocument;
  '\n  query TransferTargets {\n    branches {\n      id\n      name\n      groups {\n        id\n        name\n      }\n    }\n  }\n': typeof types.TransferTargetsDocument;
  '\n  query RosterExport($branchId: ID) {\n    rosterExport(branchId: $branchId) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n': typeof types.RosterExportDocument;
  '\n  fragment RosterImportResultFields on RosterImportResult {\n    valid\n    fromMonth\n    created\n    updated\n    unchanged\n    rows {\n      row\n      action\n      memberId\n      name\n      branchName\n      changes {\n        column\n        before\n        after\n      }\n    }\n    errors {\n      row\n      column\n      message\n      messageEn\n    }\n    groupsToCreate {\n      branchName\n      name\n    }\n  }\n': typeof types.RosterImportResultFieldsFragmentDoc;
  '\n  query RosterImportPreview($input: RosterImportInput!) {\n    rosterImportPreview(input: $input) {\n      ...RosterImportResultFields\n    }\n  }\n': typeof types.RosterImportPreviewDocument;
  '\n  mutation ImportRoster($input: RosterImportInput!) {\n    importRoster(input: $input) {\n      ...RosterImportResultFields\n    }\n  }\n': typeof types.ImportRosterDocument;
  '\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    statusLabel\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n': typeof types.SchemeFieldsFragmentDoc;
  '\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n': typeof types.SchemesDocument;
  '\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n': typeof types.CreateSchemeDocument;
  '\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n': typeof types.UpdateSchemeDraftDocument;
  '\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n': typeof types.PublishSchemeDocument;
  '\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n': typeof types.CreateSchemeCorrectionDocument;
  '\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n': typeof types.SchemeSampleMembersDocument;
  '\n  fragment TryOutLineFields on ScoreLine {\n    itemCode\n    month\n    labelZh\n    labelEn\n    textZh\n    textEn\n    points\n  }\n': typeof types.TryOutLineFieldsFragmentDoc;
  '\n  fragment TryOutScore on MemberScore {\n    schemeVersion\n    total {\n      value\n    }\n    base {\n      value\n    }\n    special {\n      value\n    }\n    evaluation {\n      value\n    }\n    outcome {\n      band\n    }\n    warnings {\n      code\n      messageZh\n      messageEn\n    }\n  }\n': typeof types.TryOutScoreFragmentDoc;
  '\n  query SchemeTryOut($draft: SchemeDraftInput!, $memberId: ID!, $recordsYear: Int!, $quarter: Int) {\n    schemeTryOut(draft: $draft, memberId: $memberId, recordsYear: $recordsYear, quarter: $quarter) {\n      recordsYear\n      asOf\n      delta\n      current {\n        ...TryOutScore\n      }\n      draft {\n        ...TryOutScore\n      }\n      lines {\n        key\n        change\n        current {\n          ...TryOutLineFields\n        }\n        draft {\n          ...TryOutLineFields\n        }\n      }\n    }\n  }\n': typeof types.SchemeTryOutDocument;
  '\n  fragment WhatIfSummaryFields on WhatIfSummary {\n    branchId\n    branchName\n    members\n    meanCurrent\n    meanDraft\n    meanShift\n    changed\n    bandChanged\n    bands {\n      band\n      current\n      draft\n      movedIn\n      movedOut\n    }\n    distribution {\n      from\n      to\n      current\n      draft\n    }\n  }\n': typeof types.WhatIfSummaryFieldsFragmentDoc;
  '\n  query SchemeWhatIf($draft: SchemeDraftInput!, $recordsYear: Int!) {\n    schemeWhatIf(draft: $draft, recordsYear: $recordsYear) {\n      recordsYear\n      asOf\n      currentVersion\n      draftYear\n      bureau {\n        ...WhatIfSummaryFields\n      }\n      branches {\n        ...WhatIfSummaryFields\n      }\n      members {\n        memberId\n        name\n        branchName\n        current\n        draft\n        delta\n        currentBand\n        draftBand\n        changed\n      }\n    }\n  }\n': typeof types.SchemeWhatIfDocument;
  '\n  query SchemeWhatIfExport($draft: SchemeDraftInput!, $recordsYear: Int!, $locale: String) {\n    schemeWhatIfExport(draft: $draft, recordsYear: $recordsYear, locale: $locale) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n': typeof types.SchemeWhatIfExportDocument;
  '\n  query RuleKinds {\n    ruleKinds {\n      kind\n      labelZh\n      labelEn\n      sections\n      cell\n      fields {\n        key\n        input\n        labelZh\n        labelEn\n      }\n      defaults\n    }\n  }\n': typeof types.RuleKindsDocument;
  '\n  fragment SessionFields on BranchSession {\n    id\n    branchId\n    itemCode\n    date\n    month\n    topic\n    evidenceId\n    version\n    attendance {\n      id\n      memberId\n      present\n      version\n    }\n  }\n': typeof types.SessionFieldsFragmentDoc;
  '\n  query BranchSessions($branchId: ID!, $month: String!) {\n    sessions(branchId: $branchId, month: $month) {\n      ...SessionFields\n    }\n  }\n': typeof types.BranchSessionsDocument;
  '\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...SessionFields\n    }\n  }\n': typeof types.RecordSessionDocument;
  '\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n': typeof types.UpdateSessionDocument;
  '\n  mutation DeleteSession($id: ID!, $expectedVersion: Int!) {\n    deleteSession(id: $id, expectedVersion: $expectedVersion)\n  }\n': typeof types.DeleteSessionDocument;
  '\n  mutation SaveAttendance($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n': typeof types.SaveAttendanceDocument;
  '\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      statusLabel\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n': typeof types.BranchItemProposalsDocument;
  '\n  mutation DecideBranchItem(\n    $id: ID!\n    $approve: Boolean!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    decideBranchItem(\n      id: $id\n      approve: $approve\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      statusLabel\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n': typeof types.DecideBranchItemDocument;
  '\n  query BranchItemProposalStatuses {\n    branchItemProposalStatuses {\n      status\n      label\n    }\n  }\n': typeof types.BranchItemProposalStatusesDocument;
  '\n  fragment SpotCheckItemFields on SpotCheckItem {\n    id\n    position\n    kind\n    month\n    state\n    stateLabel\n    availableActions\n    findingNote\n    answer\n    correctionId\n    closingNote\n    checkedAt\n    answeredAt\n    closedAt\n    branch {\n      id\n      name\n    }\n    recorded {\n      memberName\n      itemNameZh\n      itemNameEn\n      value\n      dutyStatus\n      paidOn\n      count\n      note\n      decision\n      date\n      topic\n      attendees\n      points\n      evidence {\n        id\n        fileName\n        mimeType\n      }\n    }\n  }\n': typeof types.SpotCheckItemFieldsFragmentDoc;
  '\n  query SpotChecks($branchId: ID) {\n    spotChecks {\n      id\n      title\n      fromMonth\n      toMonth\n      seed\n      requestedSize\n      requestedShare\n      populationSize\n      sampleSize\n      createdAt\n      stateCounts(branchId: $branchId) {\n        state\n        label\n        count\n      }\n      items(branchId: $branchId) {\n        ...SpotCheckItemFields\n      }\n    }\n  }\n': typeof types.SpotChecksDocument;
  '\n  mutation DrawSpotCheck($input: DrawSpotCheckInput!) {\n    drawSpotCheck(input: $input) {\n      id\n      sampleSize\n    }\n  }\n': typeof types.DrawSpotCheckDocument;
  '\n  mutation RecordSpotCheckFinding($input: SpotCheckFindingInput!) {\n    recordSpotCheckFinding(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n': typeof types.RecordSpotCheckFindingDocument;
  '\n  mutation AnswerSpotCheckFollowUp($input: AnswerSpotCheckInput!) {\n    answerSpotCheckFollowUp(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n': typeof types.AnswerSpotCheckFollowUpDocument;
  '\n  mutation CloseSpotCheckFollowUp($input: CloseSpotCheckInput!) {\n    closeSpotCheckFollowUp(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n': typeof types.CloseSpotCheckFollowUpDocument;
  '\n  query SpotCheckExcel($id: ID!) {\n    spotCheckExcel(id: $id) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n': typeof types.SpotCheckExcelDocument;
  '\n  query BranchCorrections($year: Int!, $branchId: ID!) {\n    corrections(year: $year, branchId: $branchId) {\n      id\n      kind\n      state\n      reason\n      months\n      openedAt\n    }\n  }\n': typeof types.BranchCorrectionsDocument;
  '\n  query TaskSettings {\n    taskSettings {\n      deadlines {\n        key\n        days\n        defaultDays\n        labelZh\n        labelEn\n      }\n      webhookEnabled\n      webhookUrl\n    }\n  }\n': typeof types.TaskSettingsDocument;
  '\n  mutation SetTaskSettings($input: TaskSettingsInput!) {\n    setTaskSettings(input: $input) {\n      deadlines {\n        key\n        days\n        defaultDays\n        labelZh\n        labelEn\n      }\n      webhookEnabled\n      webhookUrl\n    }\n  }\n': typeof types.SetTaskSettingsDocument;
  '\n  mutation SendRemindersNow {\n    sendRemindersNow {\n      created\n      delivered\n      failed\n    }\n  }\n': typeof types.SendRemindersNowDocument;
  '\n  fragment UserRow on UserAccount {\n    id\n    loginName\n    displayName\n    disabled\n    lockedUntil\n    mustChangePassword\n    availableActions\n    member {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n    roles {\n      id\n      role\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n': typeof types.UserRowFragmentDoc;
  '\n  query Users {\n    users {\n      ...UserRow\n    }\n    accountActions\n  }\n': typeof types.UsersDocument;
  '\n  query GrantableRoles($branchId: ID) {\n    grantableRoles(branchId: $branchId)\n  }\n': typeof types.GrantableRolesDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n': typeof types.ResetUserPasswordDocument;
  '\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n': typeof types.GrantRoleDocument;
  '\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n': typeof types.RevokeRoleDocument;
  '\n  query MembersToLink {\n    members {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MembersToLinkDocument;
  '\n  fragment OutcomeCaseFields on OutcomeCase {\n    id\n    year\n    branchId\n    memberId\n    level\n    levelLabel\n    total\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    probationExtension\n    redTwoYearsRunning\n    interviewedOn\n    interviewRecord\n    causes\n    closingNote\n    openedAt\n    closedAt\n    member {\n      id\n      name\n      status\n    }\n    measures {\n      id\n      position\n      description\n      deadline\n      doneOn\n      doneNote\n    }\n  }\n': typeof types.OutcomeCaseFieldsFragmentDoc;
  '\n  query OutcomeCases($year: Int!, $branchId: ID) {\n    outcomeCases(year: $year, branchId: $branchId) {\n      ...OutcomeCaseFields\n    }\n  }\n': typeof types.OutcomeCasesDocument;
  '\n  mutation RecordInterview($input: InterviewInput!) {\n    recordInterview(input: $input) {\n      ...OutcomeCaseFields\n    }\n  }\n': typeof types.RecordInterviewDocument;
  '\n  mutation SetRectificationMeasures($caseId: ID!, $measures: [MeasureInput!]!) {\n    setRectificationMeasures(caseId: $caseId, measures: $measures) {\n      ...OutcomeCaseFields\n    }\n  }\n': typeof types.SetRectificationMeasuresDocument;
  '\n  mutation CompleteMeasure($input: MeasureDoneInput!) {\n    completeMeasure(input: $input) {\n      id\n      doneOn\n      doneNote\n    }\n  }\n': typeof types.CompleteMeasureDocument;
  '\n  mutation CloseOutcomeCase($caseId: ID!, $note: String!) {\n    closeOutcomeCase(caseId: $caseId, note: $note) {\n      ...OutcomeCaseFields\n    }\n  }\n': typeof types.CloseOutcomeCaseDocument;
};
const documents: Documents = {
  '\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    bureauName\n    displayName\n    memberId\n    mustChangePassword\n    today\n    roles {\n      role\n      branchId\n    }\n    screens {\n      screen\n      branchScoped\n      allBranches\n      branchIds\n    }\n    actions {\n      action\n      allBranches\n      branchIds\n    }\n  }\n':
    types.ViewerFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n': types.MeDocument,
  '\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n':
    types.BranchesDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query MyTasks {\n    myTasks {\n      total\n      overdue\n      today\n      tasks {\n        kind\n        role\n        branchId\n        branchName\n        labelZh\n        labelEn\n        count\n        overdueCount\n        dueOn\n        overdue\n        link\n        menuKey\n        items {\n          ref\n          labelZh\n          labelEn\n          dueOn\n          overdue\n          link\n        }\n      }\n    }\n  }\n':
    types.MyTasksDocument,
  '\n  query MyNotifications {\n    myNotifications(first: 30) {\n      unread\n      items {\n        id\n        kind\n        labelZh\n        labelEn\n        dueOn\n        overdue\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n':
    types.MyNotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    statusLabel\n    availableActions\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      stepLabel\n      at\n      actorRole\n      actorName\n      reason\n      points\n    }\n  }\n':
    types.DeclarationFieldsFragmentDoc,
  '\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n':
    types.UploadEvidenceDocument,
  '\n  fragment PublicationFields on Publication {\n    id\n    branchId\n    kind\n    year\n    quarter\n    number\n    publishedOn\n    publishedAt\n    firstCountedDay\n    noticeEndsOn\n    noticeState\n    availableActions\n    provisionalYears\n    note\n    rows {\n      memberId\n      name\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      revision\n    }\n    objections {\n      id\n      memberId\n      content\n      state\n      stateLabel\n      decision\n      raisedAt\n      decidedAt\n    }\n  }\n':
    types.PublicationFieldsFragmentDoc,
  '\n  mutation RaiseNoticeObjection($input: NoticeObjectionInput!) {\n    raiseNoticeObjection(input: $input) {\n      id\n      state\n    }\n  }\n':
    types.RaiseNoticeObjectionDocument,
  '\n  mutation DecideNoticeObjection($input: ObjectionDecisionInput!) {\n    decideNoticeObjection(input: $input) {\n      id\n      state\n      decision\n      decidedAt\n    }\n  }\n':
    types.DecideNoticeObjectionDocument,
  '\n  query NoticeTerms($publishedOn: String!) {\n    noticeWindow(publishedOn: $publishedOn) {\n      endsOn\n      workingDays\n    }\n  }\n':
    types.NoticeTermsDocument,
  '\n  query OutcomeBands {\n    outcomeBands {\n      band\n      code\n      labelZh\n      labelEn\n    }\n  }\n':
    types.OutcomeBandsDocument,
  '\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n':
    types.YearSchemesDocument,
  '\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n':
    types.ChangeMyPasswordDocument,
  '\n  query ApiTokenOwners {\n    apiTokenOwners {\n      id\n      loginName\n      displayName\n    }\n  }\n':
    types.ApiTokenOwnersDocument,
  '\n  query ApiTokens($userId: ID) {\n    apiTokens(userId: $userId) {\n      id\n      name\n      prefix\n      status\n      statusLabel\n      createdAt\n      expiresAt\n      revokedAt\n    }\n  }\n':
    types.ApiTokensDocument,
  '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n':
    types.CreateApiTokenDocument,
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      status\n      statusLabel\n      revokedAt\n    }\n  }\n':
    types.RevokeApiTokenDocument,
  '\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          projectionBand\n          provisional\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.ScoreRankingDocument,
  '\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n':
    types.RankingGroupsDocument,
  '\n  query AnnualResultsExport($year: Int!, $branchId: ID) {\n    annualResultsExport(year: $year, branchId: $branchId) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n':
    types.AnnualResultsExportDocument,
  '\n  query AnalyticsBranchStatistics($filter: StatisticsFilter!) {\n    scoreStatistics(filter: $filter, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        ...BranchComparisonRow\n      }\n    }\n  }\n':
    types.AnalyticsBranchStatisticsDocument,
  '\n  query AnnualBranchStatistics($year: Int!) {\n    scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        key {\n          branchId\n        }\n        suppressed\n        memberCount\n        total {\n          mean\n        }\n        bands {\n          band\n          count\n        }\n      }\n    }\n  }\n':
    types.AnnualBranchStatisticsDocument,
  '\n  fragment AnnualFields on AnnualAssessment {\n    id\n    year\n    branchId\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    revision\n    reviewedAt\n    submittedAt\n    approvedAt\n    publishedAt\n    noticeEndsOn\n    grades {\n      id\n      memberId\n      grade\n      basis\n      note\n    }\n    scores {\n      memberId\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      frozen\n      revision\n    }\n    steps {\n      id\n      kind\n      kindLabel\n      at\n      reason\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n':
    types.AnnualFieldsFragmentDoc,
  '\n  query AnnualAssessments($year: Int!, $branchId: ID) {\n    annualAssessments(year: $year, branchId: $branchId) {\n      ...AnnualFields\n    }\n  }\n':
    types.AnnualAssessmentsDocument,
  '\n  query AnnualStartActions($branchId: ID!, $year: Int!) {\n    annualStartActions(branchId: $branchId, year: $year)\n  }\n':
    types.AnnualStartActionsDocument,
  '\n  query AnnualMembers($branchId: ID) {\n    members(branchId: $branchId, includeInactive: true) {\n      id\n      name\n      status\n      branchId\n    }\n  }\n':
    types.AnnualMembersDocument,
  '\n  mutation StartAnnualEvaluation($branchId: ID!, $year: Int!) {\n    startAnnualEvaluation(branchId: $branchId, year: $year) {\n      ...AnnualFields\n    }\n  }\n':
    types.StartAnnualEvaluationDocument,
  '\n  mutation RecordEvaluationGrades($assessmentId: ID!, $grades: [EvaluationGradeInput!]!) {\n    recordEvaluationGrades(assessmentId: $assessmentId, grades: $grades) {\n      id\n      memberId\n      grade\n    }\n  }\n':
    types.RecordEvaluationGradesDocument,
  '\n  mutation CompleteAnnualReview($assessmentId: ID!, $note: String) {\n    completeAnnualReview(assessmentId: $assessmentId, note: $note) {\n      ...AnnualFields\n    }\n  }\n':
    types.CompleteAnnualReviewDocument,
  '\n  mutation ReviseYear($assessmentId: ID!, $reason: String!) {\n    reviseYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n':
    types.ReviseYearDocument,
  '\n  mutation SubmitYear($assessmentId: ID!) {\n    submitYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n':
    types.SubmitYearDocument,
  '\n  mutation ApproveYear($assessmentId: ID!, $comment: String) {\n    approveYear(assessmentId: $assessmentId, comment: $comment) {\n      ...AnnualFields\n    }\n  }\n':
    types.ApproveYearDocument,
  '\n  mutation ReturnYear($assessmentId: ID!, $reason: String!) {\n    returnYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n':
    types.ReturnYearDocument,
  '\n  mutation PublishYear($assessmentId: ID!) {\n    publishYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n':
    types.PublishYearDocument,
  '\n  query CommitteeFlags($year: Int!) {\n    committeeFlags(year: $year) {\n      memberId\n      branchId\n      total\n      band\n    }\n  }\n':
    types.CommitteeFlagsDocument,
  '\n  query AuditEntries($filter: AuditFilterInput, $offset: Int, $limit: Int) {\n    auditEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        seq\n        at\n        operation\n        operationLabel\n        operationLabelEn\n        entityName\n        entityLabel\n        entityLabelEn\n        entityId\n        actorUserId\n        actorName\n        role\n        branch {\n          id\n          name\n        }\n        changes {\n          field\n          label\n          labelEn\n          before\n          beforeEn\n          after\n          afterEn\n          changed\n        }\n      }\n    }\n  }\n':
    types.AuditEntriesDocument,
  '\n  query AuditFilters {\n    auditCatalogue {\n      canVerifyChain\n      operations {\n        code\n        label\n        labelEn\n      }\n      entities {\n        code\n        label\n        labelEn\n      }\n    }\n    branches {\n      id\n      name\n    }\n    users {\n      id\n      displayName\n      loginName\n    }\n  }\n':
    types.AuditFiltersDocument,
  '\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      brokenAt\n      reason\n      reasonEn\n      checkedAt\n    }\n  }\n':
    types.AuditChainStatusDocument,
  '\n  query WorkingYear($from: String!, $to: String!, $year: Int!) {\n    workingCalendar(from: $from, to: $to) {\n      date\n      working\n      source\n      name\n      known\n    }\n    calendarAmendments(year: $year) {\n      id\n      date\n      kind\n      note\n      updatedAt\n    }\n  }\n':
    types.WorkingYearDocument,
  '\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      id\n    }\n  }\n':
    types.SetCalendarDayDocument,
  '\n  mutation RemoveCalendarAmendment($date: String!) {\n    removeCalendarAmendment(date: $date)\n  }\n':
    types.RemoveCalendarAmendmentDocument,
  '\n  query MyQuarters($year: Int!) {\n    quarterAssessments(year: $year) {\n      id\n      year\n      quarter\n      branchId\n      state\n      stateLabel\n      noticeEndsOn\n      rows {\n        memberId\n        changedSinceConfirmed\n        confirmationLabel\n        confirmation {\n          id\n          state\n          objection\n          resolution\n          respondedAt\n          resolvedAt\n        }\n        score {\n          total\n          base\n          special\n          frozen\n          lines\n        }\n      }\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n':
    types.MyQuartersDocument,
  '\n  mutation RespondToQuarterRecord($input: QuarterRecordResponseInput!) {\n    respondToQuarterRecord(input: $input) {\n      id\n      state\n      objection\n      respondedAt\n    }\n  }\n':
    types.RespondToQuarterRecordDocument,
  '\n  query BranchDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n':
    types.BranchDeclarationsDocument,
  '\n  mutation DecideDeclaration($input: DecideDeclarationInput!) {\n    decideDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n':
    types.DecideDeclarationDocument,
  '\n  mutation ResolveDeclarationDispute($input: ResolveDeclarationDisputeInput!) {\n    resolveDeclarationDispute(input: $input) {\n      ...DeclarationFields\n    }\n  }\n':
    types.ResolveDeclarationDisputeDocument,
  '\n  query MyDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n':
    types.MyDeclarationsDocument,
  '\n  mutation SubmitDeclaration($input: SubmitDeclarationInput!) {\n    submitDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n':
    types.SubmitDeclarationDocument,
  '\n  mutation DisputeDeclaration($input: DisputeDeclarationInput!) {\n    disputeDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n':
    types.DisputeDeclarationDocument,
  '\n  fragment SheetFields on MonthlySheet {\n    branchId\n    branchName\n    month\n    schemeId\n    schemeVersion\n    closed\n    closedReason\n    columns {\n      key\n      kind\n      section\n      categoryCode\n      categoryNameZh\n      categoryNameEn\n      itemCode\n      nameZh\n      nameEn\n      unitZh\n      unitEn\n      editable\n      sessionId\n      sessionDate\n      sessionTopic\n      max\n    }\n    categories {\n      code\n      nameZh\n      nameEn\n    }\n    rows {\n      memberId\n      memberName\n      groupId\n      cells {\n        key\n        value\n        version\n        recordId\n      }\n      categories {\n        code\n        score\n      }\n      base\n      special\n      total\n    }\n    averages {\n      categories {\n        code\n        score\n      }\n      base\n      special\n      total\n    }\n  }\n':
    types.SheetFieldsFragmentDoc,
  '\n  query MonthlySheetLive($branchId: ID!, $month: String!, $pending: [SheetCellInput!]!) {\n    monthlySheet(branchId: $branchId, month: $month, pending: $pending) {\n      rows {\n        memberId\n        categories {\n          code\n          score\n        }\n        base\n        special\n        total\n      }\n      averages {\n        categories {\n          code\n          score\n        }\n        base\n        special\n        total\n      }\n    }\n  }\n':
    types.MonthlySheetLiveDocument,
  '\n  query MonthlySheet($branchId: ID!, $month: String!) {\n    monthlySheet(branchId: $branchId, month: $month) {\n      ...SheetFields\n    }\n  }\n':
    types.MonthlySheetDocument,
  '\n  mutation SaveMonthlySheet($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n':
    types.SaveMonthlySheetDocument,
  '\n  query MonthlySheetExcel($branchId: ID!, $month: String!) {\n    monthlySheetExcel(branchId: $branchId, month: $month) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n':
    types.MonthlySheetExcelDocument,
  '\n  query SheetImportPreview($input: SheetImportInput!) {\n    monthlySheetImportPreview(input: $input) {\n      ok\n      changes {\n        cell\n        row\n        memberId\n        memberName\n        itemCode\n        sessionId\n        from\n        to\n        expectedVersion\n      }\n      errors {\n        cell\n        row\n        memberName\n        itemCode\n        messageZh\n        messageEn\n      }\n    }\n  }\n':
    types.SheetImportPreviewDocument,
  '\n  mutation ImportMonthlySheet($input: SheetImportInput!) {\n    importMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n':
    types.ImportMonthlySheetDocument,
  '\n  query RecordedMonths($branchId: ID!, $year: Int!) {\n    recordedMonths(branchId: $branchId, year: $year) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n':
    types.RecordedMonthsDocument,
  '\n  mutation MarkMonthRecorded($branchId: ID!, $month: String!) {\n    markMonthRecorded(branchId: $branchId, month: $month) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n':
    types.MarkMonthRecordedDocument,
  '\n  mutation UnmarkMonthRecorded($branchId: ID!, $month: String!) {\n    unmarkMonthRecorded(branchId: $branchId, month: $month) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n':
    types.UnmarkMonthRecordedDocument,
  '\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  query MemberPage($id: ID!, $year: Int!) {\n    member(id: $id) {\n      ...RosterMember\n      memberships {\n        id\n        fromMonth\n        toMonth\n        branch {\n          id\n          name\n        }\n      }\n      year: score(year: $year) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q1: score(year: $year, quarter: 1) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q2: score(year: $year, quarter: 2) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q3: score(year: $year, quarter: 3) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q4: score(year: $year, quarter: 4) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n    }\n  }\n':
    types.MemberPageDocument,
  '\n  query MemberExplanation($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      total {\n        value\n      }\n      lines {\n        section\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n    }\n  }\n':
    types.MemberExplanationDocument,
  '\n  query MemberAudit($filter: AuditFilterInput) {\n    auditEntries(filter: $filter, limit: 100) {\n      total\n      entries {\n        seq\n        at\n        operation\n        operationLabel\n        operationLabelEn\n        actorName\n        changes {\n          field\n          label\n          labelEn\n          before\n          beforeEn\n          after\n          afterEn\n          changed\n        }\n      }\n    }\n  }\n':
    types.MemberAuditDocument,
  '\n  query MemberMonths($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      year\n      asOf\n      months {\n        month\n        branchId\n        base\n        categories {\n          code\n          nameZh\n          nameEn\n          value\n        }\n      }\n    }\n  }\n':
    types.MemberMonthsDocument,
  '\n  query MemberDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n':
    types.MemberDeclarationsDocument,
  '\n  query MemberOutcomeCases($year: Int!, $memberId: ID!) {\n    outcomeCases(year: $year, memberId: $memberId) {\n      ...OutcomeCaseFields\n    }\n  }\n':
    types.MemberOutcomeCasesDocument,
  '\n  query MyScore($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      asOf\n      provisional\n      schemeVersion\n      projection {\n        total\n        band\n        earlyWarning\n        monthsScored\n      }\n      projectionLines {\n        kind\n        textZh\n        textEn\n      }\n      total {\n        value\n        exact\n      }\n      base {\n        value\n      }\n      special {\n        value\n      }\n      evaluation {\n        value\n      }\n      evaluationGrade\n      outcome {\n        band\n        yellowWarning\n        redWarning\n        redTwoYearsRunning\n        probationaryInterview\n        probationExtension\n      }\n      categories {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      specialItems {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      months {\n        month\n        base\n      }\n      lines {\n        section\n        category\n        itemCode\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n      warnings {\n        code\n        messageZh\n        messageEn\n      }\n    }\n  }\n':
    types.MyScoreDocument,
  '\n  fragment BranchComparisonRow on StatisticsGroup {\n    key {\n      branchId\n      branchName\n    }\n    suppressed\n    memberCount\n    total {\n      mean\n      median\n      min\n      max\n    }\n    base {\n      mean\n    }\n    special {\n      mean\n    }\n    evaluation {\n      mean\n    }\n    categories {\n      code\n      nameZh\n      nameEn\n      score {\n        mean\n      }\n    }\n    bands {\n      band\n      labelZh\n      labelEn\n      count\n    }\n  }\n':
    types.BranchComparisonRowFragmentDoc,
  '\n  query BranchParticipation($filter: StatisticsFilter!) {\n    participationStatistics(filter: $filter, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        key {\n          branchId\n          branchName\n        }\n        provisional\n        suppressed\n        memberCount\n        attendanceRate\n        quotas {\n          itemCode\n          nameZh\n          nameEn\n          unitZh\n          unitEn\n          average\n          fullShare\n        }\n        dues {\n          itemCode\n          nameZh\n          nameEn\n          onTimeShare\n        }\n        violations {\n          itemCode\n          nameZh\n          nameEn\n          count\n        }\n      }\n    }\n  }\n':
    types.BranchParticipationDocument,
  '\n  query OverviewStatistics($year: Int!) {\n    bureau: scoreStatistics(filter: { year: $year }, bucketWidth: 5) {\n      asOf\n      minGroupSize\n      groups {\n        suppressed\n        provisional\n        memberCount\n        total {\n          mean\n          median\n        }\n        bands {\n          band\n          labelZh\n          labelEn\n          count\n        }\n        histogram {\n          from\n          to\n          count\n        }\n      }\n    }\n    branches: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {\n      groups {\n        ...BranchComparisonRow\n      }\n    }\n    months: scoreStatistics(filter: { year: $year }, groupBy: [MONTH]) {\n      groups {\n        key {\n          month\n        }\n        suppressed\n        total {\n          mean\n        }\n      }\n    }\n    branchMonths: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH, MONTH]) {\n      groups {\n        key {\n          branchId\n          branchName\n          month\n        }\n        suppressed\n        total {\n          mean\n        }\n      }\n    }\n  }\n':
    types.OverviewStatisticsDocument,
  '\n  fragment QuarterReviewFields on QuarterAssessment {\n    id\n    year\n    quarter\n    branchId\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    revision\n    reviewStartedAt\n    signedAt\n    signOverrideReason\n    publishedAt\n    noticeEndsOn\n    closedAt\n    rows {\n      memberId\n      changedSinceConfirmed\n      member {\n        id\n        name\n        status\n      }\n      confirmationLabel\n      confirmation {\n        id\n        state\n        objection\n        resolution\n        respondedAt\n        resolvedAt\n        method\n        inPersonOn\n        inPersonNote\n        round\n        seenTotal\n      }\n      score {\n        total\n        base\n        special\n        frozen\n        schemeVersion\n      }\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n':
    types.QuarterReviewFieldsFragmentDoc,
  '\n  query QuarterAssessments($year: Int!, $branchId: ID) {\n    quarterAssessments(year: $year, branchId: $branchId) {\n      ...QuarterReviewFields\n    }\n  }\n':
    types.QuarterAssessmentsDocument,
  '\n  query QuarterLines($id: ID!) {\n    quarterAssessment(id: $id) {\n      id\n      rows {\n        memberId\n        score {\n          lines\n        }\n      }\n    }\n  }\n':
    types.QuarterLinesDocument,
  '\n  query QuarterPreview($filter: ScoreListFilter!, $first: Int!) {\n    scoreList(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          memberId\n          total\n          base\n          special\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.QuarterPreviewDocument,
  '\n  mutation StartQuarterReview($input: QuarterKeyInput!) {\n    startQuarterReview(input: $input) {\n      ...QuarterReviewFields\n    }\n  }\n':
    types.StartQuarterReviewDocument,
  '\n  mutation RefreshQuarterRoster($assessmentId: ID!) {\n    refreshQuarterRoster(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n':
    types.RefreshQuarterRosterDocument,
  '\n  mutation RecordPanelConfirmations(\n    $assessmentId: ID!\n    $memberIds: [ID!]!\n    $confirmedOn: String\n    $note: String\n  ) {\n    recordPanelConfirmations(\n      assessmentId: $assessmentId\n      memberIds: $memberIds\n      confirmedOn: $confirmedOn\n      note: $note\n    ) {\n      id\n      state\n      method\n      inPersonOn\n    }\n  }\n':
    types.RecordPanelConfirmationsDocument,
  '\n  mutation ResolveQuarterObjection($confirmationId: ID!, $resolution: String!) {\n    resolveQuarterObjection(confirmationId: $confirmationId, resolution: $resolution) {\n      id\n      state\n      resolution\n    }\n  }\n':
    types.ResolveQuarterObjectionDocument,
  '\n  mutation SignQuarter($assessmentId: ID!, $overrideReason: String) {\n    signQuarter(assessmentId: $assessmentId, overrideReason: $overrideReason) {\n      ...QuarterReviewFields\n    }\n  }\n':
    types.SignQuarterDocument,
  '\n  mutation PublishQuarter($assessmentId: ID!) {\n    publishQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n':
    types.PublishQuarterDocument,
  '\n  query QuarterStartActions($input: QuarterKeyInput!) {\n    quarterStartActions(input: $input)\n  }\n':
    types.QuarterStartActionsDocument,
  '\n  fragment RosterMember on Member {\n    id\n    name\n    status\n    position\n    active\n    joinedOn\n    fullMemberOn\n    gender\n    birthDate\n    phone\n    branchId\n    groupId\n    group {\n      id\n      name\n    }\n    branch {\n      id\n      name\n    }\n    availableActions\n  }\n':
    types.RosterMemberFragmentDoc,
  '\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      ...RosterMember\n    }\n  }\n':
    types.RosterDocument,
  '\n  query RosterBranch($id: ID!) {\n    branch(id: $id) {\n      id\n      name\n      rosterActions\n      groups {\n        id\n        name\n      }\n    }\n  }\n':
    types.RosterBranchDocument,
  '\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...RosterMember\n    }\n  }\n':
    types.CreateMemberDocument,
  '\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...RosterMember\n    }\n  }\n':
    types.UpdateMemberDocument,
  '\n  mutation DeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n':
    types.DeleteMemberDocument,
  '\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      ...RosterMember\n    }\n  }\n':
    types.TransferMemberDocument,
  '\n  mutation RecordFullMembership($input: RecordFullMembershipInput!) {\n    recordFullMembership(input: $input) {\n      ...RosterMember\n    }\n  }\n':
    types.RecordFullMembershipDocument,
  '\n  mutation RecordMemberLeaving($input: RecordMemberLeavingInput!) {\n    recordMemberLeaving(input: $input) {\n      ...RosterMember\n    }\n  }\n':
    types.RecordMemberLeavingDocument,
  '\n  query TransferTargets {\n    branches {\n      id\n      name\n      groups {\n        id\n        name\n      }\n    }\n  }\n':
    types.TransferTargetsDocument,
  '\n  query RosterExport($branchId: ID) {\n    rosterExport(branchId: $branchId) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n':
    types.RosterExportDocument,
  '\n  fragment RosterImportResultFields on RosterImportResult {\n    valid\n    fromMonth\n    created\n    updated\n    unchanged\n    rows {\n      row\n      action\n      memberId\n      name\n      branchName\n      changes {\n        column\n        before\n        after\n      }\n    }\n    errors {\n      row\n      column\n      message\n      messageEn\n    }\n    groupsToCreate {\n      branchName\n      name\n    }\n  }\n':
    types.RosterImportResultFieldsFragmentDoc,
  '\n  query RosterImportPreview($input: RosterImportInput!) {\n    rosterImportPreview(input: $input) {\n      ...RosterImportResultFields\n    }\n  }\n':
    types.RosterImportPreviewDocument,
  '\n  mutation ImportRoster($input: RosterImportInput!) {\n    importRoster(input: $input) {\n      ...RosterImportResultFields\n    }\n  }\n':
    types.ImportRosterDocument,
  '\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    statusLabel\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n':
    types.SchemeFieldsFragmentDoc,
  '\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n':
    types.SchemesDocument,
  '\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n':
    types.CreateSchemeDocument,
  '\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n':
    types.UpdateSchemeDraftDocument,
  '\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n':
    types.PublishSchemeDocument,
  '\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n':
    types.CreateSchemeCorrectionDocument,
  '\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n':
    types.SchemeSampleMembersDocument,
  '\n  fragment TryOutLineFields on ScoreLine {\n    itemCode\n    month\n    labelZh\n    labelEn\n    textZh\n    textEn\n    points\n  }\n':
    types.TryOutLineFieldsFragmentDoc,
  '\n  fragment TryOutScore on MemberScore {\n    schemeVersion\n    total {\n      value\n    }\n    base {\n      value\n    }\n    special {\n      value\n    }\n    evaluation {\n      value\n    }\n    outcome {\n      band\n    }\n    warnings {\n      code\n      messageZh\n      messageEn\n    }\n  }\n':
    types.TryOutScoreFragmentDoc,
  '\n  query SchemeTryOut($draft: SchemeDraftInput!, $memberId: ID!, $recordsYear: Int!, $quarter: Int) {\n    schemeTryOut(draft: $draft, memberId: $memberId, recordsYear: $recordsYear, quarter: $quarter) {\n      recordsYear\n      asOf\n      delta\n      current {\n        ...TryOutScore\n      }\n      draft {\n        ...TryOutScore\n      }\n      lines {\n        key\n        change\n        current {\n          ...TryOutLineFields\n        }\n        draft {\n          ...TryOutLineFields\n        }\n      }\n    }\n  }\n':
    types.SchemeTryOutDocument,
  '\n  fragment WhatIfSummaryFields on WhatIfSummary {\n    branchId\n    branchName\n    members\n    meanCurrent\n    meanDraft\n    meanShift\n    changed\n    bandChanged\n    bands {\n      band\n      current\n      draft\n      movedIn\n      movedOut\n    }\n    distribution {\n      from\n      to\n      current\n      draft\n    }\n  }\n':
    types.WhatIfSummaryFieldsFragmentDoc,
  '\n  query SchemeWhatIf($draft: SchemeDraftInput!, $recordsYear: Int!) {\n    schemeWhatIf(draft: $draft, recordsYear: $recordsYear) {\n      recordsYear\n      asOf\n      currentVersion\n      draftYear\n      bureau {\n        ...WhatIfSummaryFields\n      }\n      branches {\n        ...WhatIfSummaryFields\n      }\n      members {\n        memberId\n        name\n        branchName\n        current\n        draft\n        delta\n        currentBand\n        draftBand\n        changed\n      }\n    }\n  }\n':
    types.SchemeWhatIfDocument,
  '\n  query SchemeWhatIfExport($draft: SchemeDraftInput!, $recordsYear: Int!, $locale: String) {\n    schemeWhatIfExport(draft: $draft, recordsYear: $recordsYear, locale: $locale) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n':
    types.SchemeWhatIfExportDocument,
  '\n  query RuleKinds {\n    ruleKinds {\n      kind\n      labelZh\n      labelEn\n      sections\n      cell\n      fields {\n        key\n        input\n        labelZh\n        labelEn\n      }\n      defaults\n    }\n  }\n':
    types.RuleKindsDocument,
  '\n  fragment SessionFields on BranchSession {\n    id\n    branchId\n    itemCode\n    date\n    month\n    topic\n    evidenceId\n    version\n    attendance {\n      id\n      memberId\n      present\n      version\n    }\n  }\n':
    types.SessionFieldsFragmentDoc,
  '\n  query BranchSessions($branchId: ID!, $month: String!) {\n    sessions(branchId: $branchId, month: $month) {\n      ...SessionFields\n    }\n  }\n':
    types.BranchSessionsDocument,
  '\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...SessionFields\n    }\n  }\n':
    types.RecordSessionDocument,
  '\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n':
    types.UpdateSessionDocument,
  '\n  mutation DeleteSession($id: ID!, $expectedVersion: Int!) {\n    deleteSession(id: $id, expectedVersion: $expectedVersion)\n  }\n':
    types.DeleteSessionDocument,
  '\n  mutation SaveAttendance($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n':
    types.SaveAttendanceDocument,
  '\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      statusLabel\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n':
    types.BranchItemProposalsDocument,
  '\n  mutation DecideBranchItem(\n    $id: ID!\n    $approve: Boolean!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    decideBranchItem(\n      id: $id\n      approve: $approve\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      statusLabel\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n':
    types.DecideBranchItemDocument,
  '\n  query BranchItemProposalStatuses {\n    branchItemProposalStatuses {\n      status\n      label\n    }\n  }\n':
    types.BranchItemProposalStatusesDocument,
  '\n  fragment SpotCheckItemFields on SpotCheckItem {\n    id\n    position\n    kind\n    month\n    state\n    stateLabel\n    availableActions\n    findingNote\n    answer\n    correctionId\n    closingNote\n    checkedAt\n    answeredAt\n    closedAt\n    branch {\n      id\n      name\n    }\n    recorded {\n      memberName\n      itemNameZh\n      itemNameEn\n      value\n      dutyStatus\n      paidOn\n      count\n      note\n      decision\n      date\n      topic\n      attendees\n      points\n      evidence {\n        id\n        fileName\n        mimeType\n      }\n    }\n  }\n':
    types.SpotCheckItemFieldsFragmentDoc,
  '\n  query SpotChecks($branchId: ID) {\n    spotChecks {\n      id\n      title\n      fromMonth\n      toMonth\n      seed\n      requestedSize\n      requestedShare\n      populationSize\n      sampleSize\n      createdAt\n      stateCounts(branchId: $branchId) {\n        state\n        label\n        count\n      }\n      items(branchId: $branchId) {\n        ...SpotCheckItemFields\n      }\n    }\n  }\n':
    types.SpotChecksDocument,
  '\n  mutation DrawSpotCheck($input: DrawSpotCheckInput!) {\n    drawSpotCheck(input: $input) {\n      id\n      sampleSize\n    }\n  }\n':
    types.DrawSpotCheckDocument,
  '\n  mutation RecordSpotCheckFinding($input: SpotCheckFindingInput!) {\n    recordSpotCheckFinding(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n':
    types.RecordSpotCheckFindingDocument,
  '\n  mutation AnswerSpotCheckFollowUp($input: AnswerSpotCheckInput!) {\n    answerSpotCheckFollowUp(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n':
    types.AnswerSpotCheckFollowUpDocument,
  '\n  mutation CloseSpotCheckFollowUp($input: CloseSpotCheckInput!) {\n    closeSpotCheckFollowUp(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n':
    types.CloseSpotCheckFollowUpDocument,
  '\n  query SpotCheckExcel($id: ID!) {\n    spotCheckExcel(id: $id) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n':
    types.SpotCheckExcelDocument,
  '\n  query BranchCorrections($year: Int!, $branchId: ID!) {\n    corrections(year: $year, branchId: $branchId) {\n      id\n      kind\n      state\n      reason\n      months\n      openedAt\n    }\n  }\n':
    types.BranchCorrectionsDocument,
  '\n  query TaskSettings {\n    taskSettings {\n      deadlines {\n        key\n        days\n        defaultDays\n        labelZh\n        labelEn\n      }\n      webhookEnabled\n      webhookUrl\n    }\n  }\n':
    types.TaskSettingsDocument,
  '\n  mutation SetTaskSettings($input: TaskSettingsInput!) {\n    setTaskSettings(input: $input) {\n      deadlines {\n        key\n        days\n        defaultDays\n        labelZh\n        labelEn\n      }\n      webhookEnabled\n      webhookUrl\n    }\n  }\n':
    types.SetTaskSettingsDocument,
  '\n  mutation SendRemindersNow {\n    sendRemindersNow {\n      created\n      delivered\n      failed\n    }\n  }\n':
    types.SendRemindersNowDocument,
  '\n  fragment UserRow on UserAccount {\n    id\n    loginName\n    displayName\n    disabled\n    lockedUntil\n    mustChangePassword\n    availableActions\n    member {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n    roles {\n      id\n      role\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n':
    types.UserRowFragmentDoc,
  '\n  query Users {\n    users {\n      ...UserRow\n    }\n    accountActions\n  }\n':
    types.UsersDocument,
  '\n  query GrantableRoles($branchId: ID) {\n    grantableRoles(branchId: $branchId)\n  }\n':
    types.GrantableRolesDocument,
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n':
    types.ResetUserPasswordDocument,
  '\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n':
    types.GrantRoleDocument,
  '\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n': types.RevokeRoleDocument,
  '\n  query MembersToLink {\n    members {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n  }\n':
    types.MembersToLinkDocument,
  '\n  fragment OutcomeCaseFields on OutcomeCase {\n    id\n    year\n    branchId\n    memberId\n    level\n    levelLabel\n    total\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    probationExtension\n    redTwoYearsRunning\n    interviewedOn\n    interviewRecord\n    causes\n    closingNote\n    openedAt\n    closedAt\n    member {\n      id\n      name\n      status\n    }\n    measures {\n      id\n      position\n      description\n      deadline\n      doneOn\n      doneNote\n    }\n  }\n':
    types.OutcomeCaseFieldsFragmentDoc,
  '\n  query OutcomeCases($year: Int!, $branchId: ID) {\n    outcomeCases(year: $year, branchId: $branchId) {\n      ...OutcomeCaseFields\n    }\n  }\n':
    types.OutcomeCasesDocument,
  '\n  mutation RecordInterview($input: InterviewInput!) {\n    recordInterview(input: $input) {\n      ...OutcomeCaseFields\n    }\n  }\n':
    types.RecordInterviewDocument,
  '\n  mutation SetRectificationMeasures($caseId: ID!, $measures: [MeasureInput!]!) {\n    setRectificationMeasures(caseId: $caseId, measures: $measures) {\n      ...OutcomeCaseFields\n    }\n  }\n':
    types.SetRectificationMeasuresDocument,
  '\n  mutation CompleteMeasure($input: MeasureDoneInput!) {\n    completeMeasure(input: $input) {\n      id\n      doneOn\n      doneNote\n    }\n  }\n':
    types.CompleteMeasureDocument,
  '\n  mutation CloseOutcomeCase($caseId: ID!, $note: String!) {\n    closeOutcomeCase(caseId: $caseId, note: $note) {\n      ...OutcomeCaseFields\n    }\n  }\n':
    types.CloseOutcomeCaseDocument,
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
export function graphql(
  source: '\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    bureauName\n    displayName\n    memberId\n    mustChangePassword\n    today\n    roles {\n      role\n      branchId\n    }\n    screens {\n      screen\n      branchScoped\n      allBranches\n      branchIds\n    }\n    actions {\n      action\n      allBranches\n      branchIds\n    }\n  }\n',
): (typeof documents)['\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    bureauName\n    displayName\n    memberId\n    mustChangePassword\n    today\n    roles {\n      role\n      branchId\n    }\n    screens {\n      screen\n      branchScoped\n      allBranches\n      branchIds\n    }\n    actions {\n      action\n      allBranches\n      branchIds\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n',
): (typeof documents)['\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTasks {\n    myTasks {\n      total\n      overdue\n      today\n      tasks {\n        kind\n        role\n        branchId\n        branchName\n        labelZh\n        labelEn\n        count\n        overdueCount\n        dueOn\n        overdue\n        link\n        menuKey\n        items {\n          ref\n          labelZh\n          labelEn\n          dueOn\n          overdue\n          link\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTasks {\n    myTasks {\n      total\n      overdue\n      today\n      tasks {\n        kind\n        role\n        branchId\n        branchName\n        labelZh\n        labelEn\n        count\n        overdueCount\n        dueOn\n        overdue\n        link\n        menuKey\n        items {\n          ref\n          labelZh\n          labelEn\n          dueOn\n          overdue\n          link\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotifications {\n    myNotifications(first: 30) {\n      unread\n      items {\n        id\n        kind\n        labelZh\n        labelEn\n        dueOn\n        overdue\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyNotifications {\n    myNotifications(first: 30) {\n      unread\n      items {\n        id\n        kind\n        labelZh\n        labelEn\n        dueOn\n        overdue\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    statusLabel\n    availableActions\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      stepLabel\n      at\n      actorRole\n      actorName\n      reason\n      points\n    }\n  }\n',
): (typeof documents)['\n  fragment DeclarationFields on Declaration {\n    id\n    branchId\n    memberId\n    member {\n      id\n      name\n    }\n    month\n    itemCode\n    description\n    declaredPoints\n    countedPoints\n    evidenceId\n    status\n    statusLabel\n    availableActions\n    scorekeeperAccepted\n    lastReason\n    version\n    createdAt\n    updatedAt\n    events {\n      id\n      step\n      stepLabel\n      at\n      actorRole\n      actorName\n      reason\n      points\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n',
): (typeof documents)['\n  mutation UploadEvidence($input: UploadEvidenceInput!) {\n    uploadEvidence(input: $input) {\n      id\n      fileName\n      mimeType\n      size\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublicationFields on Publication {\n    id\n    branchId\n    kind\n    year\n    quarter\n    number\n    publishedOn\n    publishedAt\n    firstCountedDay\n    noticeEndsOn\n    noticeState\n    availableActions\n    provisionalYears\n    note\n    rows {\n      memberId\n      name\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      revision\n    }\n    objections {\n      id\n      memberId\n      content\n      state\n      stateLabel\n      decision\n      raisedAt\n      decidedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment PublicationFields on Publication {\n    id\n    branchId\n    kind\n    year\n    quarter\n    number\n    publishedOn\n    publishedAt\n    firstCountedDay\n    noticeEndsOn\n    noticeState\n    availableActions\n    provisionalYears\n    note\n    rows {\n      memberId\n      name\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      revision\n    }\n    objections {\n      id\n      memberId\n      content\n      state\n      stateLabel\n      decision\n      raisedAt\n      decidedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RaiseNoticeObjection($input: NoticeObjectionInput!) {\n    raiseNoticeObjection(input: $input) {\n      id\n      state\n    }\n  }\n',
): (typeof documents)['\n  mutation RaiseNoticeObjection($input: NoticeObjectionInput!) {\n    raiseNoticeObjection(input: $input) {\n      id\n      state\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideNoticeObjection($input: ObjectionDecisionInput!) {\n    decideNoticeObjection(input: $input) {\n      id\n      state\n      decision\n      decidedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideNoticeObjection($input: ObjectionDecisionInput!) {\n    decideNoticeObjection(input: $input) {\n      id\n      state\n      decision\n      decidedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NoticeTerms($publishedOn: String!) {\n    noticeWindow(publishedOn: $publishedOn) {\n      endsOn\n      workingDays\n    }\n  }\n',
): (typeof documents)['\n  query NoticeTerms($publishedOn: String!) {\n    noticeWindow(publishedOn: $publishedOn) {\n      endsOn\n      workingDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutcomeBands {\n    outcomeBands {\n      band\n      code\n      labelZh\n      labelEn\n    }\n  }\n',
): (typeof documents)['\n  query OutcomeBands {\n    outcomeBands {\n      band\n      code\n      labelZh\n      labelEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n',
): (typeof documents)['\n  query YearSchemes($year: Int!) {\n    schemes(year: $year) {\n      id\n      year\n      version\n      status\n      effectiveFromMonth\n      definition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiTokenOwners {\n    apiTokenOwners {\n      id\n      loginName\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query ApiTokenOwners {\n    apiTokenOwners {\n      id\n      loginName\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiTokens($userId: ID) {\n    apiTokens(userId: $userId) {\n      id\n      name\n      prefix\n      status\n      statusLabel\n      createdAt\n      expiresAt\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  query ApiTokens($userId: ID) {\n    apiTokens(userId: $userId) {\n      id\n      name\n      prefix\n      status\n      statusLabel\n      createdAt\n      expiresAt\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      status\n      statusLabel\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      status\n      statusLabel\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          projectionBand\n          provisional\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          projectionBand\n          provisional\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n',
): (typeof documents)['\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualResultsExport($year: Int!, $branchId: ID) {\n    annualResultsExport(year: $year, branchId: $branchId) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n',
): (typeof documents)['\n  query AnnualResultsExport($year: Int!, $branchId: ID) {\n    annualResultsExport(year: $year, branchId: $branchId) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnalyticsBranchStatistics($filter: StatisticsFilter!) {\n    scoreStatistics(filter: $filter, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        ...BranchComparisonRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnalyticsBranchStatistics($filter: StatisticsFilter!) {\n    scoreStatistics(filter: $filter, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        ...BranchComparisonRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualBranchStatistics($year: Int!) {\n    scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        key {\n          branchId\n        }\n        suppressed\n        memberCount\n        total {\n          mean\n        }\n        bands {\n          band\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnnualBranchStatistics($year: Int!) {\n    scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        key {\n          branchId\n        }\n        suppressed\n        memberCount\n        total {\n          mean\n        }\n        bands {\n          band\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AnnualFields on AnnualAssessment {\n    id\n    year\n    branchId\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    revision\n    reviewedAt\n    submittedAt\n    approvedAt\n    publishedAt\n    noticeEndsOn\n    grades {\n      id\n      memberId\n      grade\n      basis\n      note\n    }\n    scores {\n      memberId\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      frozen\n      revision\n    }\n    steps {\n      id\n      kind\n      kindLabel\n      at\n      reason\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n',
): (typeof documents)['\n  fragment AnnualFields on AnnualAssessment {\n    id\n    year\n    branchId\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    revision\n    reviewedAt\n    submittedAt\n    approvedAt\n    publishedAt\n    noticeEndsOn\n    grades {\n      id\n      memberId\n      grade\n      basis\n      note\n    }\n    scores {\n      memberId\n      total\n      base\n      special\n      evaluation\n      grade\n      band\n      frozen\n      revision\n    }\n    steps {\n      id\n      kind\n      kindLabel\n      at\n      reason\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualAssessments($year: Int!, $branchId: ID) {\n    annualAssessments(year: $year, branchId: $branchId) {\n      ...AnnualFields\n    }\n  }\n',
): (typeof documents)['\n  query AnnualAssessments($year: Int!, $branchId: ID) {\n    annualAssessments(year: $year, branchId: $branchId) {\n      ...AnnualFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualStartActions($branchId: ID!, $year: Int!) {\n    annualStartActions(branchId: $branchId, year: $year)\n  }\n',
): (typeof documents)['\n  query AnnualStartActions($branchId: ID!, $year: Int!) {\n    annualStartActions(branchId: $branchId, year: $year)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualMembers($branchId: ID) {\n    members(branchId: $branchId, includeInactive: true) {\n      id\n      name\n      status\n      branchId\n    }\n  }\n',
): (typeof documents)['\n  query AnnualMembers($branchId: ID) {\n    members(branchId: $branchId, includeInactive: true) {\n      id\n      name\n      status\n      branchId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartAnnualEvaluation($branchId: ID!, $year: Int!) {\n    startAnnualEvaluation(branchId: $branchId, year: $year) {\n      ...AnnualFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartAnnualEvaluation($branchId: ID!, $year: Int!) {\n    startAnnualEvaluation(branchId: $branchId, year: $year) {\n      ...AnnualFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordEvaluationGrades($assessmentId: ID!, $grades: [EvaluationGradeInput!]!) {\n    recordEvaluationGrades(assessmentId: $assessmentId, grades: $grades) {\n      id\n      memberId\n      grade\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordEvaluationGrades($assessmentId: ID!, $grades: [EvaluationGradeInput!]!) {\n    recordEvaluationGrades(assessmentId: $assessmentId, grades: $grades) {\n      id\n      memberId\n      grade\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteAnnualReview($assessmentId: ID!, $note: String) {\n    completeAnnualReview(assessmentId: $assessmentId, note: $note) {\n      ...AnnualFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteAnnualReview($assessmentId: ID!, $note: String) {\n    completeAnnualReview(assessmentId: $assessmentId, note: $note) {\n      ...AnnualFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviseYear($assessmentId: ID!, $reason: String!) {\n    reviseYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviseYear($assessmentId: ID!, $reason: String!) {\n    reviseYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitYear($assessmentId: ID!) {\n    submitYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitYear($assessmentId: ID!) {\n    submitYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveYear($assessmentId: ID!, $comment: String) {\n    approveYear(assessmentId: $assessmentId, comment: $comment) {\n      ...AnnualFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveYear($assessmentId: ID!, $comment: String) {\n    approveYear(assessmentId: $assessmentId, comment: $comment) {\n      ...AnnualFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnYear($assessmentId: ID!, $reason: String!) {\n    returnYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReturnYear($assessmentId: ID!, $reason: String!) {\n    returnYear(assessmentId: $assessmentId, reason: $reason) {\n      ...AnnualFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishYear($assessmentId: ID!) {\n    publishYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishYear($assessmentId: ID!) {\n    publishYear(assessmentId: $assessmentId) {\n      ...AnnualFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommitteeFlags($year: Int!) {\n    committeeFlags(year: $year) {\n      memberId\n      branchId\n      total\n      band\n    }\n  }\n',
): (typeof documents)['\n  query CommitteeFlags($year: Int!) {\n    committeeFlags(year: $year) {\n      memberId\n      branchId\n      total\n      band\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditEntries($filter: AuditFilterInput, $offset: Int, $limit: Int) {\n    auditEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        seq\n        at\n        operation\n        operationLabel\n        operationLabelEn\n        entityName\n        entityLabel\n        entityLabelEn\n        entityId\n        actorUserId\n        actorName\n        role\n        branch {\n          id\n          name\n        }\n        changes {\n          field\n          label\n          labelEn\n          before\n          beforeEn\n          after\n          afterEn\n          changed\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditEntries($filter: AuditFilterInput, $offset: Int, $limit: Int) {\n    auditEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        seq\n        at\n        operation\n        operationLabel\n        operationLabelEn\n        entityName\n        entityLabel\n        entityLabelEn\n        entityId\n        actorUserId\n        actorName\n        role\n        branch {\n          id\n          name\n        }\n        changes {\n          field\n          label\n          labelEn\n          before\n          beforeEn\n          after\n          afterEn\n          changed\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditFilters {\n    auditCatalogue {\n      canVerifyChain\n      operations {\n        code\n        label\n        labelEn\n      }\n      entities {\n        code\n        label\n        labelEn\n      }\n    }\n    branches {\n      id\n      name\n    }\n    users {\n      id\n      displayName\n      loginName\n    }\n  }\n',
): (typeof documents)['\n  query AuditFilters {\n    auditCatalogue {\n      canVerifyChain\n      operations {\n        code\n        label\n        labelEn\n      }\n      entities {\n        code\n        label\n        labelEn\n      }\n    }\n    branches {\n      id\n      name\n    }\n    users {\n      id\n      displayName\n      loginName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      brokenAt\n      reason\n      reasonEn\n      checkedAt\n    }\n  }\n',
): (typeof documents)['\n  query AuditChainStatus {\n    auditChainStatus {\n      ok\n      entries\n      brokenAt\n      reason\n      reasonEn\n      checkedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkingYear($from: String!, $to: String!, $year: Int!) {\n    workingCalendar(from: $from, to: $to) {\n      date\n      working\n      source\n      name\n      known\n    }\n    calendarAmendments(year: $year) {\n      id\n      date\n      kind\n      note\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query WorkingYear($from: String!, $to: String!, $year: Int!) {\n    workingCalendar(from: $from, to: $to) {\n      date\n      working\n      source\n      name\n      known\n    }\n    calendarAmendments(year: $year) {\n      id\n      date\n      kind\n      note\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCalendarDay($input: CalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveCalendarAmendment($date: String!) {\n    removeCalendarAmendment(date: $date)\n  }\n',
): (typeof documents)['\n  mutation RemoveCalendarAmendment($date: String!) {\n    removeCalendarAmendment(date: $date)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyQuarters($year: Int!) {\n    quarterAssessments(year: $year) {\n      id\n      year\n      quarter\n      branchId\n      state\n      stateLabel\n      noticeEndsOn\n      rows {\n        memberId\n        changedSinceConfirmed\n        confirmationLabel\n        confirmation {\n          id\n          state\n          objection\n          resolution\n          respondedAt\n          resolvedAt\n        }\n        score {\n          total\n          base\n          special\n          frozen\n          lines\n        }\n      }\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyQuarters($year: Int!) {\n    quarterAssessments(year: $year) {\n      id\n      year\n      quarter\n      branchId\n      state\n      stateLabel\n      noticeEndsOn\n      rows {\n        memberId\n        changedSinceConfirmed\n        confirmationLabel\n        confirmation {\n          id\n          state\n          objection\n          resolution\n          respondedAt\n          resolvedAt\n        }\n        score {\n          total\n          base\n          special\n          frozen\n          lines\n        }\n      }\n      publications {\n        ...PublicationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToQuarterRecord($input: QuarterRecordResponseInput!) {\n    respondToQuarterRecord(input: $input) {\n      id\n      state\n      objection\n      respondedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToQuarterRecord($input: QuarterRecordResponseInput!) {\n    respondToQuarterRecord(input: $input) {\n      id\n      state\n      objection\n      respondedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BranchDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n',
): (typeof documents)['\n  query BranchDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideDeclaration($input: DecideDeclarationInput!) {\n    decideDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideDeclaration($input: DecideDeclarationInput!) {\n    decideDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveDeclarationDispute($input: ResolveDeclarationDisputeInput!) {\n    resolveDeclarationDispute(input: $input) {\n      ...DeclarationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveDeclarationDispute($input: ResolveDeclarationDisputeInput!) {\n    resolveDeclarationDispute(input: $input) {\n      ...DeclarationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n',
): (typeof documents)['\n  query MyDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitDeclaration($input: SubmitDeclarationInput!) {\n    submitDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitDeclaration($input: SubmitDeclarationInput!) {\n    submitDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisputeDeclaration($input: DisputeDeclarationInput!) {\n    disputeDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DisputeDeclaration($input: DisputeDeclarationInput!) {\n    disputeDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SheetFields on MonthlySheet {\n    branchId\n    branchName\n    month\n    schemeId\n    schemeVersion\n    closed\n    closedReason\n    columns {\n      key\n      kind\n      section\n      categoryCode\n      categoryNameZh\n      categoryNameEn\n      itemCode\n      nameZh\n      nameEn\n      unitZh\n      unitEn\n      editable\n      sessionId\n      sessionDate\n      sessionTopic\n      max\n    }\n    categories {\n      code\n      nameZh\n      nameEn\n    }\n    rows {\n      memberId\n      memberName\n      groupId\n      cells {\n        key\n        value\n        version\n        recordId\n      }\n      categories {\n        code\n        score\n      }\n      base\n      special\n      total\n    }\n    averages {\n      categories {\n        code\n        score\n      }\n      base\n      special\n      total\n    }\n  }\n',
): (typeof documents)['\n  fragment SheetFields on MonthlySheet {\n    branchId\n    branchName\n    month\n    schemeId\n    schemeVersion\n    closed\n    closedReason\n    columns {\n      key\n      kind\n      section\n      categoryCode\n      categoryNameZh\n      categoryNameEn\n      itemCode\n      nameZh\n      nameEn\n      unitZh\n      unitEn\n      editable\n      sessionId\n      sessionDate\n      sessionTopic\n      max\n    }\n    categories {\n      code\n      nameZh\n      nameEn\n    }\n    rows {\n      memberId\n      memberName\n      groupId\n      cells {\n        key\n        value\n        version\n        recordId\n      }\n      categories {\n        code\n        score\n      }\n      base\n      special\n      total\n    }\n    averages {\n      categories {\n        code\n        score\n      }\n      base\n      special\n      total\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonthlySheetLive($branchId: ID!, $month: String!, $pending: [SheetCellInput!]!) {\n    monthlySheet(branchId: $branchId, month: $month, pending: $pending) {\n      rows {\n        memberId\n        categories {\n          code\n          score\n        }\n        base\n        special\n        total\n      }\n      averages {\n        categories {\n          code\n          score\n        }\n        base\n        special\n        total\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MonthlySheetLive($branchId: ID!, $month: String!, $pending: [SheetCellInput!]!) {\n    monthlySheet(branchId: $branchId, month: $month, pending: $pending) {\n      rows {\n        memberId\n        categories {\n          code\n          score\n        }\n        base\n        special\n        total\n      }\n      averages {\n        categories {\n          code\n          score\n        }\n        base\n        special\n        total\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonthlySheet($branchId: ID!, $month: String!) {\n    monthlySheet(branchId: $branchId, month: $month) {\n      ...SheetFields\n    }\n  }\n',
): (typeof documents)['\n  query MonthlySheet($branchId: ID!, $month: String!) {\n    monthlySheet(branchId: $branchId, month: $month) {\n      ...SheetFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveMonthlySheet($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveMonthlySheet($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonthlySheetExcel($branchId: ID!, $month: String!) {\n    monthlySheetExcel(branchId: $branchId, month: $month) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n',
): (typeof documents)['\n  query MonthlySheetExcel($branchId: ID!, $month: String!) {\n    monthlySheetExcel(branchId: $branchId, month: $month) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SheetImportPreview($input: SheetImportInput!) {\n    monthlySheetImportPreview(input: $input) {\n      ok\n      changes {\n        cell\n        row\n        memberId\n        memberName\n        itemCode\n        sessionId\n        from\n        to\n        expectedVersion\n      }\n      errors {\n        cell\n        row\n        memberName\n        itemCode\n        messageZh\n        messageEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SheetImportPreview($input: SheetImportInput!) {\n    monthlySheetImportPreview(input: $input) {\n      ok\n      changes {\n        cell\n        row\n        memberId\n        memberName\n        itemCode\n        sessionId\n        from\n        to\n        expectedVersion\n      }\n      errors {\n        cell\n        row\n        memberName\n        itemCode\n        messageZh\n        messageEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportMonthlySheet($input: SheetImportInput!) {\n    importMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportMonthlySheet($input: SheetImportInput!) {\n    importMonthlySheet(input: $input) {\n      applied\n      replayed\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordedMonths($branchId: ID!, $year: Int!) {\n    recordedMonths(branchId: $branchId, year: $year) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecordedMonths($branchId: ID!, $year: Int!) {\n    recordedMonths(branchId: $branchId, year: $year) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkMonthRecorded($branchId: ID!, $month: String!) {\n    markMonthRecorded(branchId: $branchId, month: $month) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkMonthRecorded($branchId: ID!, $month: String!) {\n    markMonthRecorded(branchId: $branchId, month: $month) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnmarkMonthRecorded($branchId: ID!, $month: String!) {\n    unmarkMonthRecorded(branchId: $branchId, month: $month) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UnmarkMonthRecorded($branchId: ID!, $month: String!) {\n    unmarkMonthRecorded(branchId: $branchId, month: $month) {\n      branchId\n      year\n      recordedThrough\n      months {\n        month\n        recorded\n        closed\n        availableActions\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberPage($id: ID!, $year: Int!) {\n    member(id: $id) {\n      ...RosterMember\n      memberships {\n        id\n        fromMonth\n        toMonth\n        branch {\n          id\n          name\n        }\n      }\n      year: score(year: $year) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q1: score(year: $year, quarter: 1) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q2: score(year: $year, quarter: 2) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q3: score(year: $year, quarter: 3) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q4: score(year: $year, quarter: 4) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MemberPage($id: ID!, $year: Int!) {\n    member(id: $id) {\n      ...RosterMember\n      memberships {\n        id\n        fromMonth\n        toMonth\n        branch {\n          id\n          name\n        }\n      }\n      year: score(year: $year) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q1: score(year: $year, quarter: 1) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q2: score(year: $year, quarter: 2) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q3: score(year: $year, quarter: 3) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n      q4: score(year: $year, quarter: 4) {\n        id\n        period\n        total\n        provisional\n        asOf\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberExplanation($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      total {\n        value\n      }\n      lines {\n        section\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MemberExplanation($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      total {\n        value\n      }\n      lines {\n        section\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberAudit($filter: AuditFilterInput) {\n    auditEntries(filter: $filter, limit: 100) {\n      total\n      entries {\n        seq\n        at\n        operation\n        operationLabel\n        operationLabelEn\n        actorName\n        changes {\n          field\n          label\n          labelEn\n          before\n          beforeEn\n          after\n          afterEn\n          changed\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MemberAudit($filter: AuditFilterInput) {\n    auditEntries(filter: $filter, limit: 100) {\n      total\n      entries {\n        seq\n        at\n        operation\n        operationLabel\n        operationLabelEn\n        actorName\n        changes {\n          field\n          label\n          labelEn\n          before\n          beforeEn\n          after\n          afterEn\n          changed\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberMonths($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      year\n      asOf\n      months {\n        month\n        branchId\n        base\n        categories {\n          code\n          nameZh\n          nameEn\n          value\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MemberMonths($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      year\n      asOf\n      months {\n        month\n        branchId\n        base\n        categories {\n          code\n          nameZh\n          nameEn\n          value\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n',
): (typeof documents)['\n  query MemberDeclarations($filter: DeclarationFilter!) {\n    declarations(filter: $filter) {\n      ...DeclarationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberOutcomeCases($year: Int!, $memberId: ID!) {\n    outcomeCases(year: $year, memberId: $memberId) {\n      ...OutcomeCaseFields\n    }\n  }\n',
): (typeof documents)['\n  query MemberOutcomeCases($year: Int!, $memberId: ID!) {\n    outcomeCases(year: $year, memberId: $memberId) {\n      ...OutcomeCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyScore($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      asOf\n      provisional\n      schemeVersion\n      projection {\n        total\n        band\n        earlyWarning\n        monthsScored\n      }\n      projectionLines {\n        kind\n        textZh\n        textEn\n      }\n      total {\n        value\n        exact\n      }\n      base {\n        value\n      }\n      special {\n        value\n      }\n      evaluation {\n        value\n      }\n      evaluationGrade\n      outcome {\n        band\n        yellowWarning\n        redWarning\n        redTwoYearsRunning\n        probationaryInterview\n        probationExtension\n      }\n      categories {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      specialItems {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      months {\n        month\n        base\n      }\n      lines {\n        section\n        category\n        itemCode\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n      warnings {\n        code\n        messageZh\n        messageEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyScore($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {\n    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {\n      memberId\n      year\n      quarter\n      month\n      asOf\n      provisional\n      schemeVersion\n      projection {\n        total\n        band\n        earlyWarning\n        monthsScored\n      }\n      projectionLines {\n        kind\n        textZh\n        textEn\n      }\n      total {\n        value\n        exact\n      }\n      base {\n        value\n      }\n      special {\n        value\n      }\n      evaluation {\n        value\n      }\n      evaluationGrade\n      outcome {\n        band\n        yellowWarning\n        redWarning\n        redTwoYearsRunning\n        probationaryInterview\n        probationExtension\n      }\n      categories {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      specialItems {\n        code\n        nameZh\n        nameEn\n        value\n      }\n      months {\n        month\n        base\n      }\n      lines {\n        section\n        category\n        itemCode\n        kind\n        month\n        labelZh\n        labelEn\n        textZh\n        textEn\n        points\n      }\n      warnings {\n        code\n        messageZh\n        messageEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BranchComparisonRow on StatisticsGroup {\n    key {\n      branchId\n      branchName\n    }\n    suppressed\n    memberCount\n    total {\n      mean\n      median\n      min\n      max\n    }\n    base {\n      mean\n    }\n    special {\n      mean\n    }\n    evaluation {\n      mean\n    }\n    categories {\n      code\n      nameZh\n      nameEn\n      score {\n        mean\n      }\n    }\n    bands {\n      band\n      labelZh\n      labelEn\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment BranchComparisonRow on StatisticsGroup {\n    key {\n      branchId\n      branchName\n    }\n    suppressed\n    memberCount\n    total {\n      mean\n      median\n      min\n      max\n    }\n    base {\n      mean\n    }\n    special {\n      mean\n    }\n    evaluation {\n      mean\n    }\n    categories {\n      code\n      nameZh\n      nameEn\n      score {\n        mean\n      }\n    }\n    bands {\n      band\n      labelZh\n      labelEn\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BranchParticipation($filter: StatisticsFilter!) {\n    participationStatistics(filter: $filter, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        key {\n          branchId\n          branchName\n        }\n        provisional\n        suppressed\n        memberCount\n        attendanceRate\n        quotas {\n          itemCode\n          nameZh\n          nameEn\n          unitZh\n          unitEn\n          average\n          fullShare\n        }\n        dues {\n          itemCode\n          nameZh\n          nameEn\n          onTimeShare\n        }\n        violations {\n          itemCode\n          nameZh\n          nameEn\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BranchParticipation($filter: StatisticsFilter!) {\n    participationStatistics(filter: $filter, groupBy: [BRANCH]) {\n      minGroupSize\n      groups {\n        key {\n          branchId\n          branchName\n        }\n        provisional\n        suppressed\n        memberCount\n        attendanceRate\n        quotas {\n          itemCode\n          nameZh\n          nameEn\n          unitZh\n          unitEn\n          average\n          fullShare\n        }\n        dues {\n          itemCode\n          nameZh\n          nameEn\n          onTimeShare\n        }\n        violations {\n          itemCode\n          nameZh\n          nameEn\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OverviewStatistics($year: Int!) {\n    bureau: scoreStatistics(filter: { year: $year }, bucketWidth: 5) {\n      asOf\n      minGroupSize\n      groups {\n        suppressed\n        provisional\n        memberCount\n        total {\n          mean\n          median\n        }\n        bands {\n          band\n          labelZh\n          labelEn\n          count\n        }\n        histogram {\n          from\n          to\n          count\n        }\n      }\n    }\n    branches: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {\n      groups {\n        ...BranchComparisonRow\n      }\n    }\n    months: scoreStatistics(filter: { year: $year }, groupBy: [MONTH]) {\n      groups {\n        key {\n          month\n        }\n        suppressed\n        total {\n          mean\n        }\n      }\n    }\n    branchMonths: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH, MONTH]) {\n      groups {\n        key {\n          branchId\n          branchName\n          month\n        }\n        suppressed\n        total {\n          mean\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OverviewStatistics($year: Int!) {\n    bureau: scoreStatistics(filter: { year: $year }, bucketWidth: 5) {\n      asOf\n      minGroupSize\n      groups {\n        suppressed\n        provisional\n        memberCount\n        total {\n          mean\n          median\n        }\n        bands {\n          band\n          labelZh\n          labelEn\n          count\n        }\n        histogram {\n          from\n          to\n          count\n        }\n      }\n    }\n    branches: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {\n      groups {\n        ...BranchComparisonRow\n      }\n    }\n    months: scoreStatistics(filter: { year: $year }, groupBy: [MONTH]) {\n      groups {\n        key {\n          month\n        }\n        suppressed\n        total {\n          mean\n        }\n      }\n    }\n    branchMonths: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH, MONTH]) {\n      groups {\n        key {\n          branchId\n          branchName\n          month\n        }\n        suppressed\n        total {\n          mean\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QuarterReviewFields on QuarterAssessment {\n    id\n    year\n    quarter\n    branchId\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    revision\n    reviewStartedAt\n    signedAt\n    signOverrideReason\n    publishedAt\n    noticeEndsOn\n    closedAt\n    rows {\n      memberId\n      changedSinceConfirmed\n      member {\n        id\n        name\n        status\n      }\n      confirmationLabel\n      confirmation {\n        id\n        state\n        objection\n        resolution\n        respondedAt\n        resolvedAt\n        method\n        inPersonOn\n        inPersonNote\n        round\n        seenTotal\n      }\n      score {\n        total\n        base\n        special\n        frozen\n        schemeVersion\n      }\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n',
): (typeof documents)['\n  fragment QuarterReviewFields on QuarterAssessment {\n    id\n    year\n    quarter\n    branchId\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    revision\n    reviewStartedAt\n    signedAt\n    signOverrideReason\n    publishedAt\n    noticeEndsOn\n    closedAt\n    rows {\n      memberId\n      changedSinceConfirmed\n      member {\n        id\n        name\n        status\n      }\n      confirmationLabel\n      confirmation {\n        id\n        state\n        objection\n        resolution\n        respondedAt\n        resolvedAt\n        method\n        inPersonOn\n        inPersonNote\n        round\n        seenTotal\n      }\n      score {\n        total\n        base\n        special\n        frozen\n        schemeVersion\n      }\n    }\n    publications {\n      ...PublicationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuarterAssessments($year: Int!, $branchId: ID) {\n    quarterAssessments(year: $year, branchId: $branchId) {\n      ...QuarterReviewFields\n    }\n  }\n',
): (typeof documents)['\n  query QuarterAssessments($year: Int!, $branchId: ID) {\n    quarterAssessments(year: $year, branchId: $branchId) {\n      ...QuarterReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuarterLines($id: ID!) {\n    quarterAssessment(id: $id) {\n      id\n      rows {\n        memberId\n        score {\n          lines\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuarterLines($id: ID!) {\n    quarterAssessment(id: $id) {\n      id\n      rows {\n        memberId\n        score {\n          lines\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuarterPreview($filter: ScoreListFilter!, $first: Int!) {\n    scoreList(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          memberId\n          total\n          base\n          special\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QuarterPreview($filter: ScoreListFilter!, $first: Int!) {\n    scoreList(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          memberId\n          total\n          base\n          special\n          member {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartQuarterReview($input: QuarterKeyInput!) {\n    startQuarterReview(input: $input) {\n      ...QuarterReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartQuarterReview($input: QuarterKeyInput!) {\n    startQuarterReview(input: $input) {\n      ...QuarterReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshQuarterRoster($assessmentId: ID!) {\n    refreshQuarterRoster(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshQuarterRoster($assessmentId: ID!) {\n    refreshQuarterRoster(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPanelConfirmations(\n    $assessmentId: ID!\n    $memberIds: [ID!]!\n    $confirmedOn: String\n    $note: String\n  ) {\n    recordPanelConfirmations(\n      assessmentId: $assessmentId\n      memberIds: $memberIds\n      confirmedOn: $confirmedOn\n      note: $note\n    ) {\n      id\n      state\n      method\n      inPersonOn\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPanelConfirmations(\n    $assessmentId: ID!\n    $memberIds: [ID!]!\n    $confirmedOn: String\n    $note: String\n  ) {\n    recordPanelConfirmations(\n      assessmentId: $assessmentId\n      memberIds: $memberIds\n      confirmedOn: $confirmedOn\n      note: $note\n    ) {\n      id\n      state\n      method\n      inPersonOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveQuarterObjection($confirmationId: ID!, $resolution: String!) {\n    resolveQuarterObjection(confirmationId: $confirmationId, resolution: $resolution) {\n      id\n      state\n      resolution\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveQuarterObjection($confirmationId: ID!, $resolution: String!) {\n    resolveQuarterObjection(confirmationId: $confirmationId, resolution: $resolution) {\n      id\n      state\n      resolution\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignQuarter($assessmentId: ID!, $overrideReason: String) {\n    signQuarter(assessmentId: $assessmentId, overrideReason: $overrideReason) {\n      ...QuarterReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignQuarter($assessmentId: ID!, $overrideReason: String) {\n    signQuarter(assessmentId: $assessmentId, overrideReason: $overrideReason) {\n      ...QuarterReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishQuarter($assessmentId: ID!) {\n    publishQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishQuarter($assessmentId: ID!) {\n    publishQuarter(assessmentId: $assessmentId) {\n      ...QuarterReviewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QuarterStartActions($input: QuarterKeyInput!) {\n    quarterStartActions(input: $input)\n  }\n',
): (typeof documents)['\n  query QuarterStartActions($input: QuarterKeyInput!) {\n    quarterStartActions(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RosterMember on Member {\n    id\n    name\n    status\n    position\n    active\n    joinedOn\n    fullMemberOn\n    gender\n    birthDate\n    phone\n    branchId\n    groupId\n    group {\n      id\n      name\n    }\n    branch {\n      id\n      name\n    }\n    availableActions\n  }\n',
): (typeof documents)['\n  fragment RosterMember on Member {\n    id\n    name\n    status\n    position\n    active\n    joinedOn\n    fullMemberOn\n    gender\n    birthDate\n    phone\n    branchId\n    groupId\n    group {\n      id\n      name\n    }\n    branch {\n      id\n      name\n    }\n    availableActions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      ...RosterMember\n    }\n  }\n',
): (typeof documents)['\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      ...RosterMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterBranch($id: ID!) {\n    branch(id: $id) {\n      id\n      name\n      rosterActions\n      groups {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RosterBranch($id: ID!) {\n    branch(id: $id) {\n      id\n      name\n      rosterActions\n      groups {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...RosterMember\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      ...RosterMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...RosterMember\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...RosterMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteMember($id: ID!) {\n    deleteMember(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      ...RosterMember\n    }\n  }\n',
): (typeof documents)['\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      ...RosterMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordFullMembership($input: RecordFullMembershipInput!) {\n    recordFullMembership(input: $input) {\n      ...RosterMember\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordFullMembership($input: RecordFullMembershipInput!) {\n    recordFullMembership(input: $input) {\n      ...RosterMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMemberLeaving($input: RecordMemberLeavingInput!) {\n    recordMemberLeaving(input: $input) {\n      ...RosterMember\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMemberLeaving($input: RecordMemberLeavingInput!) {\n    recordMemberLeaving(input: $input) {\n      ...RosterMember\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TransferTargets {\n    branches {\n      id\n      name\n      groups {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TransferTargets {\n    branches {\n      id\n      name\n      groups {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterExport($branchId: ID) {\n    rosterExport(branchId: $branchId) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n',
): (typeof documents)['\n  query RosterExport($branchId: ID) {\n    rosterExport(branchId: $branchId) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RosterImportResultFields on RosterImportResult {\n    valid\n    fromMonth\n    created\n    updated\n    unchanged\n    rows {\n      row\n      action\n      memberId\n      name\n      branchName\n      changes {\n        column\n        before\n        after\n      }\n    }\n    errors {\n      row\n      column\n      message\n      messageEn\n    }\n    groupsToCreate {\n      branchName\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment RosterImportResultFields on RosterImportResult {\n    valid\n    fromMonth\n    created\n    updated\n    unchanged\n    rows {\n      row\n      action\n      memberId\n      name\n      branchName\n      changes {\n        column\n        before\n        after\n      }\n    }\n    errors {\n      row\n      column\n      message\n      messageEn\n    }\n    groupsToCreate {\n      branchName\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterImportPreview($input: RosterImportInput!) {\n    rosterImportPreview(input: $input) {\n      ...RosterImportResultFields\n    }\n  }\n',
): (typeof documents)['\n  query RosterImportPreview($input: RosterImportInput!) {\n    rosterImportPreview(input: $input) {\n      ...RosterImportResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportRoster($input: RosterImportInput!) {\n    importRoster(input: $input) {\n      ...RosterImportResultFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportRoster($input: RosterImportInput!) {\n    importRoster(input: $input) {\n      ...RosterImportResultFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    statusLabel\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n',
): (typeof documents)['\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    statusLabel\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n',
): (typeof documents)['\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TryOutLineFields on ScoreLine {\n    itemCode\n    month\n    labelZh\n    labelEn\n    textZh\n    textEn\n    points\n  }\n',
): (typeof documents)['\n  fragment TryOutLineFields on ScoreLine {\n    itemCode\n    month\n    labelZh\n    labelEn\n    textZh\n    textEn\n    points\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TryOutScore on MemberScore {\n    schemeVersion\n    total {\n      value\n    }\n    base {\n      value\n    }\n    special {\n      value\n    }\n    evaluation {\n      value\n    }\n    outcome {\n      band\n    }\n    warnings {\n      code\n      messageZh\n      messageEn\n    }\n  }\n',
): (typeof documents)['\n  fragment TryOutScore on MemberScore {\n    schemeVersion\n    total {\n      value\n    }\n    base {\n      value\n    }\n    special {\n      value\n    }\n    evaluation {\n      value\n    }\n    outcome {\n      band\n    }\n    warnings {\n      code\n      messageZh\n      messageEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchemeTryOut($draft: SchemeDraftInput!, $memberId: ID!, $recordsYear: Int!, $quarter: Int) {\n    schemeTryOut(draft: $draft, memberId: $memberId, recordsYear: $recordsYear, quarter: $quarter) {\n      recordsYear\n      asOf\n      delta\n      current {\n        ...TryOutScore\n      }\n      draft {\n        ...TryOutScore\n      }\n      lines {\n        key\n        change\n        current {\n          ...TryOutLineFields\n        }\n        draft {\n          ...TryOutLineFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SchemeTryOut($draft: SchemeDraftInput!, $memberId: ID!, $recordsYear: Int!, $quarter: Int) {\n    schemeTryOut(draft: $draft, memberId: $memberId, recordsYear: $recordsYear, quarter: $quarter) {\n      recordsYear\n      asOf\n      delta\n      current {\n        ...TryOutScore\n      }\n      draft {\n        ...TryOutScore\n      }\n      lines {\n        key\n        change\n        current {\n          ...TryOutLineFields\n        }\n        draft {\n          ...TryOutLineFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WhatIfSummaryFields on WhatIfSummary {\n    branchId\n    branchName\n    members\n    meanCurrent\n    meanDraft\n    meanShift\n    changed\n    bandChanged\n    bands {\n      band\n      current\n      draft\n      movedIn\n      movedOut\n    }\n    distribution {\n      from\n      to\n      current\n      draft\n    }\n  }\n',
): (typeof documents)['\n  fragment WhatIfSummaryFields on WhatIfSummary {\n    branchId\n    branchName\n    members\n    meanCurrent\n    meanDraft\n    meanShift\n    changed\n    bandChanged\n    bands {\n      band\n      current\n      draft\n      movedIn\n      movedOut\n    }\n    distribution {\n      from\n      to\n      current\n      draft\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchemeWhatIf($draft: SchemeDraftInput!, $recordsYear: Int!) {\n    schemeWhatIf(draft: $draft, recordsYear: $recordsYear) {\n      recordsYear\n      asOf\n      currentVersion\n      draftYear\n      bureau {\n        ...WhatIfSummaryFields\n      }\n      branches {\n        ...WhatIfSummaryFields\n      }\n      members {\n        memberId\n        name\n        branchName\n        current\n        draft\n        delta\n        currentBand\n        draftBand\n        changed\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SchemeWhatIf($draft: SchemeDraftInput!, $recordsYear: Int!) {\n    schemeWhatIf(draft: $draft, recordsYear: $recordsYear) {\n      recordsYear\n      asOf\n      currentVersion\n      draftYear\n      bureau {\n        ...WhatIfSummaryFields\n      }\n      branches {\n        ...WhatIfSummaryFields\n      }\n      members {\n        memberId\n        name\n        branchName\n        current\n        draft\n        delta\n        currentBand\n        draftBand\n        changed\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchemeWhatIfExport($draft: SchemeDraftInput!, $recordsYear: Int!, $locale: String) {\n    schemeWhatIfExport(draft: $draft, recordsYear: $recordsYear, locale: $locale) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n',
): (typeof documents)['\n  query SchemeWhatIfExport($draft: SchemeDraftInput!, $recordsYear: Int!, $locale: String) {\n    schemeWhatIfExport(draft: $draft, recordsYear: $recordsYear, locale: $locale) {\n      fileName\n      mimeType\n      contentBase64\n      rowCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RuleKinds {\n    ruleKinds {\n      kind\n      labelZh\n      labelEn\n      sections\n      cell\n      fields {\n        key\n        input\n        labelZh\n        labelEn\n      }\n      defaults\n    }\n  }\n',
): (typeof documents)['\n  query RuleKinds {\n    ruleKinds {\n      kind\n      labelZh\n      labelEn\n      sections\n      cell\n      fields {\n        key\n        input\n        labelZh\n        labelEn\n      }\n      defaults\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionFields on BranchSession {\n    id\n    branchId\n    itemCode\n    date\n    month\n    topic\n    evidenceId\n    version\n    attendance {\n      id\n      memberId\n      present\n      version\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionFields on BranchSession {\n    id\n    branchId\n    itemCode\n    date\n    month\n    topic\n    evidenceId\n    version\n    attendance {\n      id\n      memberId\n      present\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BranchSessions($branchId: ID!, $month: String!) {\n    sessions(branchId: $branchId, month: $month) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  query BranchSessions($branchId: ID!, $month: String!) {\n    sessions(branchId: $branchId, month: $month) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteSession($id: ID!, $expectedVersion: Int!) {\n    deleteSession(id: $id, expectedVersion: $expectedVersion)\n  }\n',
): (typeof documents)['\n  mutation DeleteSession($id: ID!, $expectedVersion: Int!) {\n    deleteSession(id: $id, expectedVersion: $expectedVersion)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveAttendance($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveAttendance($input: SaveMonthlySheetInput!) {\n    saveMonthlySheet(input: $input) {\n      applied\n      sheet {\n        ...SheetFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      statusLabel\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      statusLabel\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideBranchItem(\n    $id: ID!\n    $approve: Boolean!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    decideBranchItem(\n      id: $id\n      approve: $approve\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      statusLabel\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideBranchItem(\n    $id: ID!\n    $approve: Boolean!\n    $reason: String!\n    $expectedVersion: Int!\n  ) {\n    decideBranchItem(\n      id: $id\n      approve: $approve\n      reason: $reason\n      expectedVersion: $expectedVersion\n    ) {\n      id\n      status\n      statusLabel\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BranchItemProposalStatuses {\n    branchItemProposalStatuses {\n      status\n      label\n    }\n  }\n',
): (typeof documents)['\n  query BranchItemProposalStatuses {\n    branchItemProposalStatuses {\n      status\n      label\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SpotCheckItemFields on SpotCheckItem {\n    id\n    position\n    kind\n    month\n    state\n    stateLabel\n    availableActions\n    findingNote\n    answer\n    correctionId\n    closingNote\n    checkedAt\n    answeredAt\n    closedAt\n    branch {\n      id\n      name\n    }\n    recorded {\n      memberName\n      itemNameZh\n      itemNameEn\n      value\n      dutyStatus\n      paidOn\n      count\n      note\n      decision\n      date\n      topic\n      attendees\n      points\n      evidence {\n        id\n        fileName\n        mimeType\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SpotCheckItemFields on SpotCheckItem {\n    id\n    position\n    kind\n    month\n    state\n    stateLabel\n    availableActions\n    findingNote\n    answer\n    correctionId\n    closingNote\n    checkedAt\n    answeredAt\n    closedAt\n    branch {\n      id\n      name\n    }\n    recorded {\n      memberName\n      itemNameZh\n      itemNameEn\n      value\n      dutyStatus\n      paidOn\n      count\n      note\n      decision\n      date\n      topic\n      attendees\n      points\n      evidence {\n        id\n        fileName\n        mimeType\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SpotChecks($branchId: ID) {\n    spotChecks {\n      id\n      title\n      fromMonth\n      toMonth\n      seed\n      requestedSize\n      requestedShare\n      populationSize\n      sampleSize\n      createdAt\n      stateCounts(branchId: $branchId) {\n        state\n        label\n        count\n      }\n      items(branchId: $branchId) {\n        ...SpotCheckItemFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SpotChecks($branchId: ID) {\n    spotChecks {\n      id\n      title\n      fromMonth\n      toMonth\n      seed\n      requestedSize\n      requestedShare\n      populationSize\n      sampleSize\n      createdAt\n      stateCounts(branchId: $branchId) {\n        state\n        label\n        count\n      }\n      items(branchId: $branchId) {\n        ...SpotCheckItemFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DrawSpotCheck($input: DrawSpotCheckInput!) {\n    drawSpotCheck(input: $input) {\n      id\n      sampleSize\n    }\n  }\n',
): (typeof documents)['\n  mutation DrawSpotCheck($input: DrawSpotCheckInput!) {\n    drawSpotCheck(input: $input) {\n      id\n      sampleSize\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordSpotCheckFinding($input: SpotCheckFindingInput!) {\n    recordSpotCheckFinding(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordSpotCheckFinding($input: SpotCheckFindingInput!) {\n    recordSpotCheckFinding(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerSpotCheckFollowUp($input: AnswerSpotCheckInput!) {\n    answerSpotCheckFollowUp(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AnswerSpotCheckFollowUp($input: AnswerSpotCheckInput!) {\n    answerSpotCheckFollowUp(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseSpotCheckFollowUp($input: CloseSpotCheckInput!) {\n    closeSpotCheckFollowUp(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseSpotCheckFollowUp($input: CloseSpotCheckInput!) {\n    closeSpotCheckFollowUp(input: $input) {\n      ...SpotCheckItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SpotCheckExcel($id: ID!) {\n    spotCheckExcel(id: $id) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n',
): (typeof documents)['\n  query SpotCheckExcel($id: ID!) {\n    spotCheckExcel(id: $id) {\n      fileName\n      mimeType\n      contentBase64\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BranchCorrections($year: Int!, $branchId: ID!) {\n    corrections(year: $year, branchId: $branchId) {\n      id\n      kind\n      state\n      reason\n      months\n      openedAt\n    }\n  }\n',
): (typeof documents)['\n  query BranchCorrections($year: Int!, $branchId: ID!) {\n    corrections(year: $year, branchId: $branchId) {\n      id\n      kind\n      state\n      reason\n      months\n      openedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TaskSettings {\n    taskSettings {\n      deadlines {\n        key\n        days\n        defaultDays\n        labelZh\n        labelEn\n      }\n      webhookEnabled\n      webhookUrl\n    }\n  }\n',
): (typeof documents)['\n  query TaskSettings {\n    taskSettings {\n      deadlines {\n        key\n        days\n        defaultDays\n        labelZh\n        labelEn\n      }\n      webhookEnabled\n      webhookUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTaskSettings($input: TaskSettingsInput!) {\n    setTaskSettings(input: $input) {\n      deadlines {\n        key\n        days\n        defaultDays\n        labelZh\n        labelEn\n      }\n      webhookEnabled\n      webhookUrl\n    }\n  }\n',
): (typeof documents)['\n  mutation SetTaskSettings($input: TaskSettingsInput!) {\n    setTaskSettings(input: $input) {\n      deadlines {\n        key\n        days\n        defaultDays\n        labelZh\n        labelEn\n      }\n      webhookEnabled\n      webhookUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendRemindersNow {\n    sendRemindersNow {\n      created\n      delivered\n      failed\n    }\n  }\n',
): (typeof documents)['\n  mutation SendRemindersNow {\n    sendRemindersNow {\n      created\n      delivered\n      failed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserRow on UserAccount {\n    id\n    loginName\n    displayName\n    disabled\n    lockedUntil\n    mustChangePassword\n    availableActions\n    member {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n    roles {\n      id\n      role\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment UserRow on UserAccount {\n    id\n    loginName\n    displayName\n    disabled\n    lockedUntil\n    mustChangePassword\n    availableActions\n    member {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n    roles {\n      id\n      role\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users {\n    users {\n      ...UserRow\n    }\n    accountActions\n  }\n',
): (typeof documents)['\n  query Users {\n    users {\n      ...UserRow\n    }\n    accountActions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GrantableRoles($branchId: ID) {\n    grantableRoles(branchId: $branchId)\n  }\n',
): (typeof documents)['\n  query GrantableRoles($branchId: ID) {\n    grantableRoles(branchId: $branchId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      oneTimePassword\n      user {\n        ...UserRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MembersToLink {\n    members {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MembersToLink {\n    members {\n      id\n      name\n      branch {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OutcomeCaseFields on OutcomeCase {\n    id\n    year\n    branchId\n    memberId\n    level\n    levelLabel\n    total\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    probationExtension\n    redTwoYearsRunning\n    interviewedOn\n    interviewRecord\n    causes\n    closingNote\n    openedAt\n    closedAt\n    member {\n      id\n      name\n      status\n    }\n    measures {\n      id\n      position\n      description\n      deadline\n      doneOn\n      doneNote\n    }\n  }\n',
): (typeof documents)['\n  fragment OutcomeCaseFields on OutcomeCase {\n    id\n    year\n    branchId\n    memberId\n    level\n    levelLabel\n    total\n    state\n    stateLabel\n    workflow {\n      state\n      label\n      status\n    }\n    availableActions\n    probationExtension\n    redTwoYearsRunning\n    interviewedOn\n    interviewRecord\n    causes\n    closingNote\n    openedAt\n    closedAt\n    member {\n      id\n      name\n      status\n    }\n    measures {\n      id\n      position\n      description\n      deadline\n      doneOn\n      doneNote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutcomeCases($year: Int!, $branchId: ID) {\n    outcomeCases(year: $year, branchId: $branchId) {\n      ...OutcomeCaseFields\n    }\n  }\n',
): (typeof documents)['\n  query OutcomeCases($year: Int!, $branchId: ID) {\n    outcomeCases(year: $year, branchId: $branchId) {\n      ...OutcomeCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordInterview($input: InterviewInput!) {\n    recordInterview(input: $input) {\n      ...OutcomeCaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordInterview($input: InterviewInput!) {\n    recordInterview(input: $input) {\n      ...OutcomeCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetRectificationMeasures($caseId: ID!, $measures: [MeasureInput!]!) {\n    setRectificationMeasures(caseId: $caseId, measures: $measures) {\n      ...OutcomeCaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetRectificationMeasures($caseId: ID!, $measures: [MeasureInput!]!) {\n    setRectificationMeasures(caseId: $caseId, measures: $measures) {\n      ...OutcomeCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteMeasure($input: MeasureDoneInput!) {\n    completeMeasure(input: $input) {\n      id\n      doneOn\n      doneNote\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteMeasure($input: MeasureDoneInput!) {\n    completeMeasure(input: $input) {\n      id\n      doneOn\n      doneNote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseOutcomeCase($caseId: ID!, $note: String!) {\n    closeOutcomeCase(caseId: $caseId, note: $note) {\n      ...OutcomeCaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseOutcomeCase($caseId: ID!, $note: String!) {\n    closeOutcomeCase(caseId: $caseId, note: $note) {\n      ...OutcomeCaseFields\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
