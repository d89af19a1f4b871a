// What the parts of one bureau's generation share, passed to each explicitly: the spec, the two
// seeded streams (random numbers and ids, drawn by the parts one after another in a fixed order,
// so the same seed gives the same bureau), the bureau's id, its year's calendar and its tables;
// and, within the ledger, the branch-month being recorded.
import type { BureauSpec, SheetPlan } from '../generate.js';
import { seededRandom, seededUuids } from '../random.js';
import { type BureauTables, bureauTables, type SheetTables } from './tables.js';

export const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const pad = (n: number) => String(n).padStart(2, '0');

export type Generation = {
  spec: BureauSpec;
  random: () => number;
  uuid: () => string;
  year: number;
  bureauId: string;
  /** When the bureau was created: stamped on its branches, log-ins and scheme too. */
  created: string;
  /** `YYYY-MM` of month `m` (1–12) of the year. */
  month: (m: number) => string;
  /** A timestamp on day `d` of month `m`. */
  at: (m: number, d: number) => string;
  tables: BureauTables;
};

export function startGeneration(spec: BureauSpec): Generation {
  const random = seededRandom(spec.seed);
  const uuid = seededUuids(spec.seed * 7919 + 17);
  const { year } = spec;
  const month = (m: number) => `${year}-${pad(m)}`;
  const at = (m: number, d: number) => `${year}-${pad(m)}-${pad(d)}T02:00:00.000Z`;
  const bureauId = uuid();
  const created = `${year}-01-02T01:00:00.000Z`;
  return { spec, random, uuid, year, bureauId, created, month, at, tables: bureauTables() };
}

/** One branch's month of the ledger, as its scorekeeper records it. */
export type BranchMonth = {
  m: number;
  /** `month(m)`. */
  key: string;
  bid: string;
  /** The scorekeeper's user id: the rows' author. */
  keeper: string;
  /** The branch's members that month. */
  roster: string[];
  /** When the month's quotas, dues, violations and declarations are recorded. */
  recorded: string;
  /** Set when the month is left empty for the write benchmark: its records become the plan. */
  plan: SheetPlan | null;
  /** Where the sign-ins, quotas and dues go: the bureau's tables, or the plan's own. */
  target: SheetTables;
};
