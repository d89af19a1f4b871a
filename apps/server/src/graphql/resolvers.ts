import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { OrgResolver } from '../modules/org/org.resolver.js';

/** Every resolver class, listed once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [AuthResolver, OrgResolver, CalendarResolver];
