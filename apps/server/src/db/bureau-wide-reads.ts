import { MEMBER_YEAR_READ } from '../modules/scores/member-year/member-year-read.js';
import { YEAR_SCHEMES_READ } from '../modules/schemes/year-schemes-read.js';
import type { BureauWideRead } from '../tenancy/bureau-wide-read.js';

/** Every read kept in the database as a function (tenancy/bureau-wide-read.ts), installed on migrating. */
export const BUREAU_WIDE_READS: readonly BureauWideRead[] = [MEMBER_YEAR_READ, YEAR_SCHEMES_READ];
