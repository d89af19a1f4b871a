import { daysInMonth } from '@jifen/scoring';
import { ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { Role } from '../../auth/roles.js';
import { DeclarationEvent } from '../../modules/declarations/declaration-event.entity.js';
import { Declaration, DeclarationStatus } from '../../modules/declarations/declaration.entity.js';
import type { EvidenceStorage } from '../../modules/evidence/evidence-storage.js';
import { uploadEvidence } from '../../modules/evidence/evidence.service.js';
import { Attendance } from '../../modules/ledger/attendance.entity.js';
import { ClosedPeriod } from '../../modules/ledger/closed-period.entity.js';
import { saveMonthlySheet } from '../../modules/ledger/sheet-save.service.js';
import { BranchSession } from '../../modules/ledger/branch-session.entity.js';
import { DutyEntry, DutyStatus } from '../../modules/ledger/duty-entry.entity.js';
import { QuotaEntry } from '../../modules/ledger/quota-entry.entity.js';
import { Violation } from '../../modules/ledger/violation.entity.js';
import { Branch } from '../../modules/org/branch.entity.js';
import { Member } from '../../modules/org/member.entity.js';
import { Membership } from '../../modules/org/membership.entity.js';
import { RoleAssignment } from '../../modules/org/role-assignment.entity.js';
import { UserAccount } from '../../modules/org/user-account.entity.js';
import {
  BranchItemProposal,
  ProposalStatus,
} from '../../modules/schemes/branch-item-proposal.entity.js';
import { Scheme, SchemeStatus } from '../../modules/schemes/scheme.entity.js';
import { schemeFromDefault } from '../../modules/schemes/scheme-templates.js';
import { refreshYearSummaries } from '../../modules/scores/score-summaries.service.js';
import { DEMO_YEAR } from './demo-bureau.js';
import { seededRandom } from './seeded-random.js';

/** Months of the demo year with a ledger: January to October (the demo is "in November"). */
export const DEMO_LEDGER_MONTHS = 10;

export type LedgerSeedSummary = {
  schemeId: string;
  sessions: number;
  attendance: number;
  quotas: number;
  duties: number;
  violations: number;
  declarations: number;
};

const month = (m: number) => `${DEMO_YEAR}-${String(m).padStart(2, '0')}`;
const day = (m: number, d: number) => `${month(m)}-${String(d).padStart(2, '0')}`;

/** What a branch holds in a month: item, day of the month, topic. Assemblies once a quarter. */
function sessionsOfMonth(m: number): [string, number, string][] {
  const list: [string, number, string][] = [
    ['group-study', 8, '集中学习习近平新时代中国特色社会主义思想'],
    ['party-lecture', 15, '书记讲党课：践行“三个表率”'],
    ['group-meeting', 20, '党小组会：交流学习体会'],
    ['party-day', 25, '主题党日：志愿服务进社区'],
  ];
  if (m % 2 === 0) list.push(['other-study', 12, '学法专题：《中国共产党纪律处分条例》']);
  if (m % 3 === 1) list.push(['branch-assembly', 28, '支部党员大会：季度工作通报']);
  return list;
}

/**
 * The demo bureau's 2026 ledger, deterministic: the 2026 scheme published from the 2021 default,
 * every branch's sessions and sign-ins for January–October, 学习强国 and 每日一题 per member and
 * month, dues (a few late), two violations decided by a branch committee, a branch-chosen item
 * approved for 办公室 and one awaiting the committee, and declarations in every state. Summaries
 * are computed at the end. `em` must be scoped to the bureau (all branches), inside a transaction.
 */
export async function seedDemoLedger(
  em: EntityManager,
  bureauId: string,
  evidence: EvidenceStorage,
): Promise<LedgerSeedSummary> {
  const random = seededRandom(2026);
  const branches = await em.find(Branch, {}, { orderBy: { sortOrder: 'asc' } });
  const members = await em.find(
    Member,
    {},
    { orderBy: { branchId: 'asc', name: 'asc', id: 'asc' } },
  );
  const memberships = await em.find(Membership, {}, { orderBy: { fromMonth: 'asc' } });
  const users = await em.find(UserAccount, {});
  const grants = await em.find(RoleAssignment, {});
  // The committee's administrator records the bureau's own steps (login names may carry a prefix).
  const adminGrant = grants.find((g) => g.role === Role.COMMITTEE_ADMIN && g.branchId === null);
  const admin = users.find((u) => u.id === adminGrant?.userId) ?? users[0]!;
  const recorderOf = (branchId: string) =>
    grants.find((g) => g.branchId === branchId && g.role === Role.SCOREKEEPER)?.userId ??
    grants.find((g) => g.branchId === branchId && g.role === Role.SECRETARY)?.userId ??
    admin.id;
  const secretaryOf = (branchId: string) =>
    grants.find((g) => g.branchId === branchId && g.role === Role.SECRETARY)?.userId ?? admin.id;
  const branchRef = (id: string) => em.getReference(Branch, [bureauId, id]);
  const memberRef = (id: string) => em.getReference(Member, [bureauId, id]);
  const branchOfMonth = (memberId: string, m: string) =>
    memberships.find(
      (s) => s.memberId === memberId && s.fromMonth <= m && (!s.toMonth || s.toMonth >= m),
    )?.branchId;

  const scheme = em.create(Scheme, {
    bureauId,
    year: DEMO_YEAR,
    version: 1,
    status: SchemeStatus.PUBLISHED,
    definition: schemeFromDefault(DEMO_YEAR),
    effectiveFromMonth: month(1),
    origin: 'default-2021',
    createdById: admin.id,
    publishedById: admin.id,
    publishedAt: new Date(`${DEMO_YEAR}-01-05T02:00:00Z`),
  });

  // Each member keeps a habit all year: how reliably they attend, log in and answer.
  const habit = new Map(members.map((m) => [m.id, 0.72 + random() * 0.28]));
  const counts = {
    sessions: 0,
    attendance: 0,
    quotas: 0,
    duties: 0,
    violations: 0,
    declarations: 0,
  };

  for (let m = 1; m <= DEMO_LEDGER_MONTHS; m++) {
    const key = month(m);
    for (const branch of branches) {
      const recorder = recorderOf(branch.id);
      const roster = members.filter((mem) => branchOfMonth(mem.id, key) === branch.id);
      for (const [itemCode, d, topic] of sessionsOfMonth(m)) {
        const session = em.create(BranchSession, {
          bureauId,
          branch: branchRef(branch.id),
          branchId: branch.id,
          itemCode,
          date: day(m, d),
          month: key,
          topic,
          createdById: recorder,
        });
        counts.sessions++;
        for (const member of roster) {
          if (random() > habit.get(member.id)!) continue;
          em.create(Attendance, {
            bureauId,
            branch: branchRef(branch.id),
            branchId: branch.id,
            session,
            sessionId: session.id,
            member: memberRef(member.id),
            memberId: member.id,
            month: key,
            createdById: recorder,
          });
          counts.attendance++;
        }
      }
      for (const member of roster) {
        const h = habit.get(member.id)!;
        const days = daysInMonth(key);
        const loginDays = Math.min(days, Math.round(days * (h + random() * 0.15)));
        const questionPoints = Math.min(20, Math.round(15 * (h + random() * 0.2)));
        for (const [itemCode, value] of [
          ['study-app-login', loginDays],
          ['daily-question', questionPoints],
        ] as const) {
          em.create(QuotaEntry, {
            bureauId,
            branch: branchRef(branch.id),
            branchId: branch.id,
            member: memberRef(member.id),
            memberId: member.id,
            month: key,
            itemCode,
            value: String(value),
            createdById: recorder,
          });
          counts.quotas++;
        }
        const late = random() < 0.03;
        em.create(DutyEntry, {
          bureauId,
          branch: branchRef(branch.id),
          branchId: branch.id,
          member: memberRef(member.id),
          memberId: member.id,
          month: key,
          itemCode: 'dues',
          status: late ? DutyStatus.LATE : DutyStatus.ON_TIME,
          paidOn: late ? day(Math.min(m + 1, 12), 10) : day(m, 5),
          createdById: recorder,
        });
        counts.duties++;
      }
    }
  }

  // Two findings of branch committees: a breach of integrity and a rumour-spreading violation.
  const office = branches[0]!;
  const finance = branches[1]!;
  const inBranch = (b: Branch) => members.filter((mem) => branchOfMonth(mem.id, month(3)) === b.id);
  const findings = [
    {
      member: inBranch(office)[7]!,
      m: 3,
      itemCode: 'integrity',
      note: '公务接待超标准',
      decision: '支委会认定违反廉洁自律要求，当月该项不得分',
    },
    {
      member: inBranch(finance)[5]!,
      m: 5,
      itemCode: 'violations',
      note: '在工作群传播不实信息',
      decision: '支委会认定属制造传播流言蜚语，扣 10 分',
    },
  ];
  for (const f of findings) {
    const branchId = branchOfMonth(f.member.id, month(f.m))!;
    em.create(Violation, {
      bureauId,
      branch: branchRef(branchId),
      branchId,
      member: memberRef(f.member.id),
      memberId: f.member.id,
      month: month(f.m),
      itemCode: f.itemCode,
      count: 1,
      note: f.note,
      decision: f.decision,
      decidedOn: day(f.m, 27),
      createdById: recorderOf(branchId),
    });
    counts.violations++;
  }

  // 办公室's own item, approved; 财务处's proposal still waiting for the committee.
  em.create(BranchItemProposal, {
    bureauId,
    branch: branchRef(office.id),
    branchId: office.id,
    year: DEMO_YEAR,
    itemCode: 'bgs-info-writing',
    item: {
      code: 'bgs-info-writing',
      nameZh: '信息撰稿',
      nameEn: 'Information reports',
      rule: { kind: 'declaration', unitPoints: '2' },
      evidence: { zh: '采用的信息稿件', en: 'Reports published' },
      cap: '6',
      branchChosen: true,
    },
    reason: '围绕机关事务中心工作撰写信息，每篇被采用计 2 分，全年不超过 6 分',
    status: ProposalStatus.APPROVED,
    decisionReason: '符合排头兵、办实事中心工作导向，同意实施',
    decidedById: admin.id,
    decidedAt: new Date(`${DEMO_YEAR}-02-10T02:00:00Z`),
    proposedById: secretaryOf(office.id),
  });
  em.create(BranchItemProposal, {
    bureauId,
    branch: branchRef(finance.id),
    branchId: finance.id,
    year: DEMO_YEAR,
    itemCode: 'cwc-budget-service',
    item: {
      code: 'cwc-budget-service',
      nameZh: '预算服务进处室',
      nameEn: 'Budget service visits',
      rule: { kind: 'declaration', unitPoints: '2' },
      evidence: { zh: '走访记录', en: 'Visit records' },
      cap: '4',
      branchChosen: true,
    },
    reason: '上门为各处室讲解预算编制，每次计 2 分',
    proposedById: secretaryOf(finance.id),
  });

  // Declarations of 办公室 members, one in each state, with the history each step leaves.
  const officeMembers = inBranch(office);
  const scorekeeper = recorderOf(office.id);
  const committeeMember =
    grants.find((g) => g.branchId === office.id && g.role === Role.BRANCH_COMMITTEE)?.userId ??
    admin.id;
  const userOfMember = (memberId: string) =>
    users.find((u) => u.memberId === memberId)?.id ?? admin.id;
  type Step = { step: DeclarationStatus; by: string; role: Role; reason?: string; points?: string };
  const declare = (
    member: Member,
    m: number,
    itemCode: string,
    description: string,
    steps: Step[],
    counted: string | null,
  ) => {
    const author = userOfMember(member.id);
    const last = steps.at(-1);
    const declaration = em.create(Declaration, {
      bureauId,
      branch: branchRef(office.id),
      branchId: office.id,
      member: memberRef(member.id),
      memberId: member.id,
      month: month(m),
      itemCode,
      description,
      status: last?.step ?? DeclarationStatus.SUBMITTED,
      scorekeeperAccepted: steps.some((s) => s.step === DeclarationStatus.ACCEPTED)
        ? true
        : steps.some((s) => s.step === DeclarationStatus.REJECTED)
          ? false
          : null,
      countedPoints: counted,
      lastReason: last?.reason ?? null,
      createdById: author,
    });
    const all: Step[] = [
      { step: DeclarationStatus.SUBMITTED, by: author, role: Role.MEMBER },
      ...steps,
    ];
    all.forEach((s, i) =>
      em.create(DeclarationEvent, {
        bureauId,
        branch: branchRef(office.id),
        branchId: office.id,
        declaration,
        declarationId: declaration.id,
        step: s.step,
        actorUserId: s.by,
        actorRole: s.role,
        reason: s.reason ?? null,
        points: s.points ?? null,
        at: new Date(`${day(m, 10 + i * 3)}T03:00:00Z`),
      }),
    );
    counts.declarations++;
  };
  const accept = (reason: string, points: string): Step => ({
    step: DeclarationStatus.ACCEPTED,
    by: scorekeeper,
    role: Role.SCOREKEEPER,
    reason,
    points,
  });
  const reject = (reason: string): Step => ({
    step: DeclarationStatus.REJECTED,
    by: scorekeeper,
    role: Role.SCOREKEEPER,
    reason,
  });
  for (let i = 0; i < 12; i++) {
    const member = officeMembers[i]!;
    declare(
      member,
      2 + (i % 8),
      'volunteer-service',
      '参加社区志愿服务活动',
      [accept('有活动照片和签到表', '5')],
      '5',
    );
  }
  for (let i = 0; i < 6; i++) {
    const member = officeMembers[i + 3]!;
    declare(member, 4 + i, 'grid-work', '网格化走访困难群众', [accept('走访记录完整', '5')], '5');
    declare(
      member,
      5 + i,
      'bgs-info-writing',
      '撰写信息被局网站采用',
      [accept('稿件已采用', '2')],
      '2',
    );
  }
  // The demo member (dangyuan1) has one declaration waiting for the scorekeeper.
  const demoMember = officeMembers.find((mem) =>
    users.some((u) => u.loginName.endsWith('dangyuan1') && u.memberId === mem.id),
  );
  declare(demoMember ?? officeMembers[4]!, 9, 'volunteer-service', '参加无偿献血', [], null);
  declare(officeMembers[5]!, 8, 'grid-work', '网格走访', [reject('未附走访记录表')], null);
  declare(
    officeMembers[6]!,
    7,
    'grid-work',
    '网格化走访独居老人',
    [
      reject('走访记录缺少签字'),
      {
        step: DeclarationStatus.DISPUTED,
        by: userOfMember(officeMembers[6]!.id),
        role: Role.MEMBER,
        reason: '已补充社区签字的走访记录',
      },
    ],
    null,
  );
  declare(
    officeMembers[7]!,
    6,
    'volunteer-service',
    '参加文明城市志愿服务',
    [
      reject('照片无法证明本人参加'),
      {
        step: DeclarationStatus.DISPUTED,
        by: userOfMember(officeMembers[7]!.id),
        role: Role.MEMBER,
        reason: '补交了活动签到表',
      },
      {
        step: DeclarationStatus.OVERTURNED,
        by: committeeMember,
        role: Role.BRANCH_COMMITTEE,
        reason: '签到表可证明本人参加，改为采纳',
        points: '5',
      },
    ],
    '5',
  );
  declare(
    officeMembers[8]!,
    6,
    'grid-work',
    '网格走访',
    [
      reject('同一走访已在上月申报'),
      {
        step: DeclarationStatus.DISPUTED,
        by: userOfMember(officeMembers[8]!.id),
        role: Role.MEMBER,
        reason: '本月为另一户',
      },
      {
        step: DeclarationStatus.UPHELD,
        by: committeeMember,
        role: Role.BRANCH_COMMITTEE,
        reason: '经核实为同一户，维持不予采纳',
      },
    ],
    null,
  );

  // 资产管理处 and 公务用车服务中心 have signed their first quarter: those months are closed.
  for (const branch of [branches[2]!, branches[3]!]) {
    for (const m of [1, 2, 3]) {
      em.create(ClosedPeriod, {
        bureauId,
        branch: branchRef(branch.id),
        branchId: branch.id,
        month: month(m),
        reason: `${DEMO_YEAR}年第一季度得分已由支部书记签字`,
        closedById: secretaryOf(branch.id),
      });
    }
  }
  await em.flush();

  // October in 办公室 goes through the app itself: the sign-in sheet of the Party day is uploaded
  // and two corrections are saved, leaving evidence, an idempotency key and audit entries.
  const keeperId = recorderOf(office.id);
  const keeper: Actor = {
    userId: keeperId,
    bureauId,
    sessionId: 'demo-seed',
    displayName: users.find((u) => u.id === keeperId)?.displayName ?? '',
    memberId: users.find((u) => u.id === keeperId)?.memberId ?? null,
    roles: grants
      .filter((g) => g.userId === keeperId)
      .map((g) => ({ role: g.role, branchId: g.branchId ?? null })),
  };
  const partyDay = await em.findOneOrFail(BranchSession, {
    branchId: office.id,
    month: month(10),
    itemCode: 'party-day',
  });
  const signIn = await uploadEvidence(em, keeper, evidence, {
    branchId: office.id,
    fileName: `主题党日签到表-${month(10)}.csv`,
    mimeType: 'text/csv',
    contentBase64: Buffer.from(
      ['姓名,签到', ...officeMembers.map((m) => `${m.name},√`)].join('\n'),
    ).toString('base64'),
  });
  partyDay.evidence = ref(signIn);
  partyDay.evidenceId = signIn.id;
  await em.flush();
  const october = await em.find(
    QuotaEntry,
    { branchId: office.id, month: month(10), itemCode: 'daily-question' },
    { orderBy: { memberId: 'asc' }, limit: 2 },
  );
  await saveMonthlySheet(em, keeper, {
    branchId: office.id,
    month: month(10),
    idempotencyKey: `demo-seed-${DEMO_YEAR}-10`,
    cells: october.map((q) => ({
      memberId: q.memberId,
      itemCode: 'daily-question',
      value: '15',
      expectedVersion: q.version,
    })),
  });
  await refreshYearSummaries(em, DEMO_YEAR);
  return { schemeId: scheme.id, ...counts };
}
