import { ref } from '@mikro-orm/postgresql';
import { AnnualAssessment } from '../../src/modules/assessments/annual/annual-assessment.entity.js';
import { AnnualState } from '../../src/modules/assessments/annual/annual-machine.js';
import { AnnualResult } from '../../src/modules/assessments/annual/annual-result.entity.js';
import {
  AnnualStep,
  AnnualStepKind,
} from '../../src/modules/assessments/annual/annual-step.entity.js';
import { Correction } from '../../src/modules/assessments/corrections/correction.entity.js';
import {
  EvaluationGrade,
  GradeBasis,
} from '../../src/modules/assessments/annual/evaluation-grade.entity.js';
import { MemberConfirmation } from '../../src/modules/assessments/quarter/member-confirmation.entity.js';
import { NoticeObjection } from '../../src/modules/assessments/notices/notice-objection.entity.js';
import {
  Publication,
  PublicationKind,
} from '../../src/modules/assessments/notices/publication.entity.js';
import { QuarterAssessment } from '../../src/modules/assessments/quarter/quarter-assessment.entity.js';
import {
  ConfirmationState,
  QuarterState,
} from '../../src/modules/assessments/quarter/quarter-machines.js';
import { QuarterSnapshot } from '../../src/modules/assessments/quarter/quarter-snapshot.entity.js';
import {
  CalendarAmendment,
  CalendarDayKind,
} from '../../src/modules/calendar/calendar-amendment.entity.js';
import { Branch } from '../../src/modules/org/branches/branch.entity.js';
import { Member } from '../../src/modules/org/members/member.entity.js';
import { UserAccount } from '../../src/modules/org/users/user-account.entity.js';
import { OutcomeCase, WarningLevel } from '../../src/modules/outcomes/outcome-case.entity.js';
import { CaseState } from '../../src/modules/outcomes/outcome-case-machine.js';
import { RectificationMeasure } from '../../src/modules/outcomes/rectification-measure.entity.js';
import type { TestDatabase } from '../test-database.js';
import { bureauEm } from './ledger.js';

/** Ids of one branch's cycle rows, for probes that aim at them. */
export type CycleRows = {
  quarter: string;
  confirmation: string;
  snapshot: string;
  publication: string;
  objection: string;
  year: string;
  grade: string;
  result: string;
  correction: string;
  outcomeCase: string;
  measure: string;
  amendment: string | null;
  member: string;
};

const figures = {
  total: '72.50',
  totalExact: '145/2',
  base: '60.00',
  special: '5.50',
  categories: [],
  specialItems: [],
  lines: [],
  warnings: [],
  schemeId: '00000000-0000-4000-8000-000000000002',
  schemeVersion: 1,
};

/**
 * One row of every cycle table in a branch, in the states a probe needs (a quarter signed and on
 * notice, a year approved with a correction open and a case being rectified). Written directly,
 * as arrangement: the tests of the cycle itself make them through GraphQL.
 */
export async function seedCycleRows(
  db: TestDatabase,
  bureauId: string,
  branchId: string,
  options: { amendment?: boolean } = {},
): Promise<CycleRows> {
  const em = bureauEm(db, bureauId);
  const branch = await em.findOneOrFail(Branch, { id: branchId });
  const member = (await em.find(Member, { branchId }, { orderBy: { name: 'asc' }, limit: 1 }))[0]!;
  const user = (await em.find(UserAccount, {}, { limit: 1 }))[0]!;
  const own = { bureauId, branch: ref(branch), branchId };
  const by = ref(user);
  const quarter = em.create(QuarterAssessment, {
    ...own,
    year: 2026,
    quarter: 1,
    state: QuarterState.PUBLISHED,
    revision: 1,
    signedBy: by,
    signedById: user.id,
    signedAt: new Date('2026-04-03T02:00:00Z'),
    publishedAt: new Date('2026-04-03T03:00:00Z'),
    noticeEndsOn: '2099-12-31',
  });
  const confirmation = em.create(MemberConfirmation, {
    ...own,
    assessment: quarter,
    assessmentId: quarter.id,
    member: ref(member),
    memberId: member.id,
    state: ConfirmationState.OBJECTED,
    seenTotal: '72.50',
    objection: '探针',
  });
  const snapshot = em.create(QuarterSnapshot, {
    ...own,
    ...figures,
    assessment: quarter,
    assessmentId: quarter.id,
    member: ref(member),
    memberId: member.id,
    revision: 1,
  });
  const row = {
    memberId: member.id,
    name: member.name,
    total: '72.50',
    base: '60.00',
    special: '5.50',
    revision: 1,
  };
  const publication = em.create(Publication, {
    ...own,
    kind: PublicationKind.QUARTER,
    year: 2026,
    quarter: 1,
    assessmentId: quarter.id,
    number: 1,
    publishedAt: new Date('2026-04-03T03:00:00Z'),
    publishedBy: by,
    publishedById: user.id,
    publishedOn: '2026-04-03',
    firstCountedDay: '2026-04-07',
    noticeEndsOn: '2099-12-31',
    provisionalYears: [],
    rows: [row],
  });
  const objection = em.create(NoticeObjection, {
    ...own,
    publication,
    publicationId: publication.id,
    member: ref(member),
    memberId: member.id,
    raisedBy: by,
    raisedById: user.id,
    raisedAt: new Date('2026-04-07T03:00:00Z'),
    content: '探针',
  });
  const year = em.create(AnnualAssessment, {
    ...own,
    year: 2026,
    state: AnnualState.APPROVED,
    revision: 1,
  });
  em.create(AnnualStep, {
    ...own,
    assessment: year,
    assessmentId: year.id,
    kind: AnnualStepKind.APPROVED,
    revision: 1,
    by,
    byId: user.id,
  });
  const grade = em.create(EvaluationGrade, {
    ...own,
    assessment: year,
    assessmentId: year.id,
    member: ref(member),
    memberId: member.id,
    grade: 'qualified',
    basis: GradeBasis.DEMOCRATIC_EVALUATION,
    recordedBy: by,
    recordedById: user.id,
  });
  const result = em.create(AnnualResult, {
    ...own,
    ...figures,
    assessment: year,
    assessmentId: year.id,
    member: ref(member),
    memberId: member.id,
    year: 2026,
    revision: 1,
    evaluation: '7.00',
    grade: 'qualified',
    probationary: false,
    band: 'yellowWarning',
    outcome: {
      band: 'yellowWarning',
      yellowWarning: true,
      redWarning: false,
      redTwoYearsRunning: true,
    },
  });
  const correction = em.create(Correction, {
    ...own,
    kind: PublicationKind.YEAR,
    assessmentId: year.id,
    year: 2026,
    memberIds: [member.id],
    months: [],
    reason: '探针',
    openedBy: by,
    openedById: user.id,
  });
  const outcomeCase = em.create(OutcomeCase, {
    ...own,
    member: ref(member),
    memberId: member.id,
    year: 2026,
    annualAssessmentId: year.id,
    level: WarningLevel.YELLOW,
    total: '65.00',
    state: CaseState.RECTIFYING,
    interviewedOn: '2027-01-10',
    interviewer: by,
    interviewerId: user.id,
    interviewRecord: '探针',
    causes: '探针',
  });
  const measure = em.create(RectificationMeasure, {
    ...own,
    outcomeCase,
    caseId: outcomeCase.id,
    position: 0,
    description: '探针',
    deadline: '2027-03-01',
  });
  const amendment = options.amendment
    ? em.create(CalendarAmendment, {
        bureauId,
        date: '2026-12-24',
        kind: CalendarDayKind.HOLIDAY,
        note: '探针',
        by,
        byUserId: user.id,
      })
    : null;
  await em.flush();
  return {
    quarter: quarter.id,
    confirmation: confirmation.id,
    snapshot: snapshot.id,
    publication: publication.id,
    objection: objection.id,
    year: year.id,
    grade: grade.id,
    result: result.id,
    correction: correction.id,
    outcomeCase: outcomeCase.id,
    measure: measure.id,
    amendment: amendment?.id ?? null,
    member: member.id,
  };
}
