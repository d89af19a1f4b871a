// Deterministic generator of member-years for the scoring benchmark: about 200 facts each.
import type {
  DutyStatus,
  MemberYearFacts,
  SessionFact,
} from '../../../packages/scoring/dist/index.js';

/** mulberry32: a small seeded PRNG, so every run scores the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHLY_ITEMS = [
  'group-study',
  'group-study',
  'other-study',
  'other-study',
  'party-lecture',
  'group-meeting',
  'party-day',
  'party-day',
];
const GRADES = [
  'excellent',
  'qualified',
  'qualified',
  'qualified',
  'basicallyQualified',
  'unqualified',
];
const SPECIAL_ITEMS = ['grid-work', 'volunteer-service', 'branch-chosen'];
const MEMBERS_PER_BRANCH = 25;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const monthOf = (year: number, m: number) => `${year}-${pad(m)}`;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Sessions each branch held, month by month (shared by its members' facts, as the server would). */
function branchSessions(year: number, branchId: string, random: () => number): SessionFact[][] {
  const months: SessionFact[][] = [];
  for (let m = 1; m <= 12; m++) {
    const month = monthOf(year, m);
    const held: SessionFact[] = [];
    for (const itemCode of MONTHLY_ITEMS) {
      if (random() < 0.9) {
        held.push({
          id: `${branchId}-${month}-${held.length}`,
          branchId,
          itemCode,
          date: `${month}-${pad(1 + Math.floor(random() * 28))}`,
        });
      }
    }
    if (m % 3 === 2)
      held.push({
        id: `${branchId}-${month}-assembly`,
        branchId,
        itemCode: 'branch-assembly',
        date: `${month}-20`,
      });
    months.push(held);
  }
  return months;
}

/** `count` member-years of `year`, seeded: the same seed gives the same facts. */
export function generateMemberYears(count: number, year = 2021, seed = 2021): MemberYearFacts[] {
  const random = seededRandom(seed);
  const branchCount = Math.ceil(count / MEMBERS_PER_BRANCH);
  const branches = Array.from({ length: branchCount }, (_, b) =>
    branchSessions(year, `b${b}`, random),
  );
  const facts: MemberYearFacts[] = [];
  for (let i = 0; i < count; i++) {
    const home = Math.floor(i / MEMBERS_PER_BRANCH);
    // One member in twenty moves to the next branch mid-year.
    const transfer = random() < 0.05 ? 2 + Math.floor(random() * 10) : 13;
    const other = (home + 1) % branchCount;
    const diligence = 0.6 + random() * 0.4;
    const member: MemberYearFacts = {
      memberId: `m${i}`,
      year,
      probationary: random() < 0.05,
      memberships:
        transfer <= 12
          ? [
              { branchId: `b${home}`, from: monthOf(year, 1), to: monthOf(year, transfer - 1) },
              { branchId: `b${other}`, from: monthOf(year, transfer) },
            ]
          : [{ branchId: `b${home}`, from: monthOf(year, 1) }],
      sessions: [],
      attendance: [],
      quotas: [],
      duties: [],
      violations: [],
      declarations: [],
      evaluation: { grade: GRADES[Math.floor(random() * GRADES.length)] as string, id: `e${i}` },
      previousYear: { total: String(50 + Math.floor(random() * 50)) },
    };
    for (let m = 1; m <= 12; m++) {
      const month = monthOf(year, m);
      const branch = branches[m < transfer ? home : other] as SessionFact[][];
      for (const session of branch[m - 1] as SessionFact[]) {
        member.sessions.push(session);
        if (random() < diligence)
          member.attendance.push({ sessionId: session.id, id: `a${i}-${session.id}` });
      }
      const days = DAYS[m - 1] as number;
      member.quotas?.push({
        id: `l${i}-${m}`,
        itemCode: 'study-app-login',
        month,
        value: days - Math.floor(random() * (1 - diligence) * days),
      });
      member.quotas?.push({
        id: `q${i}-${m}`,
        itemCode: 'daily-question',
        month,
        value: String(Math.floor(random() * 40) / 2),
      });
      const dues: DutyStatus = random() < 0.05 ? 'late' : random() < 0.02 ? 'missing' : 'onTime';
      member.duties?.push({ id: `d${i}-${m}`, itemCode: 'dues', month, status: dues });
      if (random() < 0.01)
        member.violations?.push({ id: `v${i}-${m}`, itemCode: 'violations', month, count: 1 });
      if (random() < 0.3) {
        const itemCode = SPECIAL_ITEMS[Math.floor(random() * SPECIAL_ITEMS.length)] as string;
        member.declarations?.push({
          id: `p${i}-${m}`,
          itemCode,
          month,
          points: String(1 + Math.floor(random() * 4)),
        });
      }
    }
    facts.push(member);
  }
  return facts;
}

/** How many facts (records) a member-year carries. */
export function countFacts(facts: MemberYearFacts): number {
  return (
    facts.memberships.length +
    facts.sessions.length +
    facts.attendance.length +
    (facts.quotas?.length ?? 0) +
    (facts.duties?.length ?? 0) +
    (facts.violations?.length ?? 0) +
    (facts.declarations?.length ?? 0) +
    (facts.evaluation ? 1 : 0) +
    (facts.previousYear ? 1 : 0)
  );
}
