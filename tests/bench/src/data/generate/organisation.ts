// The bureau's organisation: the bureau itself, its branches with their Party groups, the members
// (everyone starts the year in their home branch) and their memberships, one in fifty moving to
// the next branch mid-year; and, from those, each branch's roster month by month.
import { chineseName } from '../../../../../apps/server/src/db/seed/chinese-names.js';
import { pick } from '../random.js';
import { type Generation, pad } from './context.js';

const POSITIONS = ['科员', '副科长', '科长', '副主任', '主任科员', '一级主任科员', '工勤人员'];
const GROUPS = ['第一党小组', '第二党小组', '第三党小组'];

export type MemberFacts = { id: string; diligence: number; probationary: boolean };

export type Organisation = {
  branchIds: string[];
  /** Members of each branch as the year starts (index = branch). */
  home: string[][];
  /** Members of each branch in each month: `rosterOf[branch][month − 1]`. */
  rosterOf: string[][][];
  facts: Map<string, MemberFacts>;
};

export function generateOrganisation(g: Generation): Organisation {
  const { spec, tables: t, bureauId, created } = g;
  t.bureau.rows.push([bureauId, spec.name, spec.code, created]);
  const { branchIds, home, facts } = generateMembers(g);
  const rosterOf = generateMemberships(g, branchIds, home);
  return { branchIds, home, rosterOf, facts };
}

/** Branches, their groups and members (everyone starts the year in their home branch). */
function generateMembers(g: Generation) {
  const { spec, random, uuid, year, bureauId, created, tables: t } = g;
  const branchIds: string[] = [];
  const groupIds: string[][] = [];
  const home: string[][] = [];
  const facts = new Map<string, MemberFacts>();
  for (let b = 0; b < spec.branches; b++) {
    const id = uuid();
    branchIds.push(id);
    t.branch.rows.push([bureauId, id, `第${b + 1}党支部`, `B${b + 1}`, b + 1, created]);
    groupIds.push(
      GROUPS.map((name) => {
        const gid = uuid();
        t.group.rows.push([bureauId, gid, id, name]);
        return gid;
      }),
    );
    const list: string[] = [];
    for (let k = 0; k < spec.membersPerBranch; k++) {
      const mid = uuid();
      const probationary = k >= 3 && random() < 0.05;
      const joinYear = probationary ? year - 1 : 1985 + Math.floor(random() * 35);
      facts.set(mid, { id: mid, diligence: 0.7 + random() * 0.3, probationary });
      list.push(mid);
      t.member.rows.push([
        bureauId,
        mid,
        id,
        chineseName(random),
        probationary ? 'probationary' : 'full',
        `${joinYear}-${pad(1 + Math.floor(random() * 12))}-01`,
        probationary ? null : `${joinYear + 1}-07-01`,
        pick(random, POSITIONS),
        groupIds[b]![k % GROUPS.length]!,
        true,
      ]);
    }
    home.push(list);
  }
  return { branchIds, home, facts };
}

/** One member in fifty moves to the next branch at some month of the year (转出/转入). */
function generateMemberships(g: Generation, branchIds: string[], home: string[][]): string[][][] {
  const { spec, random, uuid, bureauId, month, tables: t } = g;
  const rosterOf: string[][][] = branchIds.map(() => Array.from({ length: 12 }, () => []));
  const memberRowIndex = new Map<string, number>();
  t.member.rows.forEach((r, i) => memberRowIndex.set(r[1] as string, i));
  for (let b = 0; b < spec.branches; b++) {
    for (const mid of home[b]!) {
      // No transfers touch the branches left empty for the write benchmark: saving the sheet of a
      // branch with a member who moved in mid-year fails (see tests/bench/README.md, known issues).
      const writeBranch = (i: number) => i < (spec.emptyDecember ?? 0);
      const moves =
        spec.branches > 1 &&
        random() < 0.02 &&
        !writeBranch(b) &&
        !writeBranch((b + 1) % spec.branches);
      const at = moves ? 2 + Math.floor(random() * 11) : 13; // first month in the new branch
      const next = (b + 1) % spec.branches;
      if (moves) {
        t.membership.rows.push([bureauId, uuid(), branchIds[b]!, mid, month(1), month(at - 1)]);
        t.membership.rows.push([bureauId, uuid(), branchIds[next]!, mid, month(at), null]);
        const row = t.member.rows[memberRowIndex.get(mid)!]!;
        row[2] = branchIds[next]!;
        row[8] = null; // no group in the receiving branch yet
      } else {
        t.membership.rows.push([bureauId, uuid(), branchIds[b]!, mid, month(1), null]);
      }
      for (let m = 1; m <= 12; m++) rosterOf[m < at ? b : next]![m - 1]!.push(mid);
    }
  }
  return rosterOf;
}
