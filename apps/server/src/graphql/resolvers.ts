import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver.js';
import { AnnualResolver } from '../modules/assessments/annual.resolver.js';
import { CorrectionResolver } from '../modules/assessments/correction.resolver.js';
import { NoticeResolver } from '../modules/assessments/notice.resolver.js';
import {
  QuarterResolver,
  QuarterReviewRowResolver,
} from '../modules/assessments/quarter.resolver.js';
import { OutcomeResolver } from '../modules/outcomes/outcome.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { OrgResolver } from '../modules/org/org.resolver.js';

/** Every resolver class, listed once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  OrgResolver,
  CalendarResolver,
  QuarterResolver,
  QuarterReviewRowResolver,
  NoticeResolver,
  CorrectionResolver,
  AnnualResolver,
  OutcomeResolver,
];
