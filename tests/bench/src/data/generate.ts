// Deterministic generator of a realistic bureau: branches, Party groups, members and their
// memberships (a few transfer mid-year), log-ins with roles, the year's published scheme, and a
// whole year of the ledger as the 2021 scheme asks for it (sessions with sign-in sheets, 学习强国
// and 每日一题 quotas, dues, violations, declarations with their history). Rows are produced as
// plain column arrays: the loader writes them as the owner, not through the app.
//
// The parts live in ./generate/, one per thing generated, sharing the state in an explicit
// context (./generate/context.ts) and drawing from the seeded streams in a fixed order.
import { startGeneration } from './generate/context.js';
import { generateLedger } from './generate/ledger.js';
import { generateLogins } from './generate/logins.js';
import { generateOrganisation } from './generate/organisation.js';
import { generateScheme } from './generate/scheme.js';
import { tableList } from './generate/tables.js';

export { benchSchemeDefinition, benchSchemeWithVolunteerAtTwo } from './generate/scheme.js';
export { sessionsOfMonth } from './generate/sessions.js';

export type Row = (string | number | boolean | null)[];
export type TableData = { table: string; columns: readonly string[]; rows: Row[] };

/** What the benchmarks need to know about a generated bureau. */
export type BureauInfo = {
  bureauId: string;
  code: string;
  year: number;
  branchIds: string[];
  /** Members of each branch in December (index = branch), for roster and sheet questions. */
  membersByBranch: string[][];
  memberCount: number;
  /** Log-ins: all share `password`. */
  analystLogin: string;
  adminLogin: string;
  scorekeeperLogins: string[];
  /** Secretary of each branch (index = branch). */
  secretaryLogins: string[];
  password: string;
};

/** A branch-month left empty by the generator, to be recorded by the write benchmark. */
export type SheetPlan = {
  branchId: string;
  scorekeeperLogin: string;
  month: string;
  members: number;
  /** The sheet's non-empty cells, as a scorekeeper fills a new month. */
  cells: { memberId: string; itemCode: string; sessionId: string | null; value: string }[];
  /** The rows those cells become (present sign-ins, quotas, dues), for the raw INSERT floor. */
  rows: TableData[];
};

export type GeneratedBureau = {
  info: BureauInfo;
  tables: TableData[];
  rowCount: number;
  sheets: SheetPlan[];
};

export type BureauSpec = {
  seed: number;
  code: string;
  name: string;
  branches: number;
  membersPerBranch: number;
  year: number;
  /** One argon2 hash of `password`, computed once (hashing is not what is measured). */
  passwordHash: string;
  password: string;
  /** The first N branches get December's sessions but no December records (write benchmark). */
  emptyDecember?: number;
};

export function generateBureau(spec: BureauSpec): GeneratedBureau {
  const g = startGeneration(spec);
  const org = generateOrganisation(g);
  const logins = generateLogins(g, org);
  generateScheme(g, logins.adminId);
  const sheets = generateLedger(g, org, logins);

  const tables = tableList(g.tables);
  const membersByBranch = org.rosterOf.map((months) => [...months[11]!]);
  return {
    info: {
      bureauId: g.bureauId,
      code: spec.code,
      year: g.year,
      branchIds: org.branchIds,
      membersByBranch,
      memberCount: g.tables.member.rows.length,
      analystLogin: logins.analystLogin,
      adminLogin: logins.adminLogin,
      scorekeeperLogins: logins.scorekeeperLogins,
      secretaryLogins: logins.secretaryLogins,
      password: spec.password,
    },
    tables,
    rowCount: tables.reduce((n, t) => n + t.rows.length, 0),
    sheets,
  };
}
