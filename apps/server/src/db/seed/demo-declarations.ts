import { Role } from '../../auth/roles.js';
import { addDays, type IsoDate } from '../../modules/calendar/working-days.js';
import { DeclarationEvent } from '../../modules/declarations/declaration-event.entity.js';
import { Declaration, DeclarationStatus } from '../../modules/declarations/declaration.entity.js';
import type { Member } from '../../modules/org/members/member.entity.js';
import { yearKeys, type DemoContext, type LedgerCounts } from './demo-context.js';

/**
 * Declarations of 办公室 members in the current year, one in each state (accepted, rejected,
 * disputed, overturned, upheld, one waiting), with the history each step leaves; only in the
 * first `months` months, the ones recorded. The decided ones sit in fixed months; the three still
 * open (waiting, rejected, disputed) in the last recorded months, their steps taken in the days
 * before `today`, so that what waits for the scorekeeper and the branch committee is within its
 * time on any seeding day, as in a branch that keeps up.
 */
export function seedDeclarations(
  ctx: DemoContext,
  year: number,
  months: number,
  today: IsoDate,
  counts: LedgerCounts,
): void {
  const { em, bureauId, userOfMember } = ctx;
  const { month, day } = yearKeys(year);
  const office = ctx.branches[0]!;
  const officeMembers = ctx.rosterOf(office.id, month(3));
  const scorekeeper = ctx.recorderOf(office.id);
  const committeeMember = ctx.committeeMemberOf(office.id);
  const branchRef = ctx.branchRef;
  const memberRef = ctx.memberRef;
  type Step = { step: DeclarationStatus; by: string; role: Role; reason?: string; points?: string };
  const declare = (
    member: Member,
    m: number,
    itemCode: string,
    description: string,
    steps: Step[],
    counted: string | null,
    /** The day of each step, submission first; by default the month's 10th, then every 3 days. */
    daysAgo?: readonly number[],
  ) => {
    // A month not yet recorded holds no declaration: the demo has no future.
    if (m < 1 || m > months) return;
    const author = userOfMember(member.id);
    const last = steps.at(-1);
    const at = (i: number) =>
      new Date(`${daysAgo ? addDays(today, -daysAgo[i]!) : day(m, 10 + i * 3)}T03:00:00Z`);
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
      createdAt: at(0),
      updatedAt: at(steps.length),
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
        at: at(i),
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
  // The demo member (dangyuan1) has one declaration waiting for the scorekeeper, of the last
  // recorded month, submitted yesterday.
  const demoMember = officeMembers.find((mem) =>
    ctx.users.some((u) => u.loginName.endsWith('dangyuan1') && u.memberId === mem.id),
  );
  const lastMonth = months;
  const open = demoMember ?? officeMembers[4]!;
  declare(open, lastMonth, 'volunteer-service', '参加无偿献血', [], null, [1]);
  declare(
    officeMembers[5]!,
    lastMonth,
    'grid-work',
    '网格走访',
    [reject('未附走访记录表')],
    null,
    [6, 4],
  );
  // Disputed two days ago: the branch committee's to decide, within its ten working days.
  declare(
    officeMembers[6]!,
    Math.max(1, lastMonth - 1),
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
    [9, 6, 2],
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
}

/**
 * A declaration of `memberId` in month `m` of `year` accepted by the branch's scorekeeper, with
 * its two steps: the special points a priority candidate earns besides a full ledger.
 */
export function acceptedDeclaration(
  ctx: DemoContext,
  year: number,
  memberId: string,
  m: number,
  description: string,
  counts: LedgerCounts,
): void {
  const { em, bureauId } = ctx;
  const { month, day } = yearKeys(year);
  const branchId = ctx.branchOfMonth(memberId, month(m))!;
  const author = ctx.userOfMember(memberId);
  const scorekeeper = ctx.recorderOf(branchId);
  const declaration = em.create(Declaration, {
    bureauId,
    branch: ctx.branchRef(branchId),
    branchId,
    member: ctx.memberRef(memberId),
    memberId,
    month: month(m),
    itemCode: 'volunteer-service',
    description,
    status: DeclarationStatus.ACCEPTED,
    scorekeeperAccepted: true,
    countedPoints: '5',
    lastReason: '有活动照片和签到表',
    createdById: author,
  });
  const steps = [
    {
      step: DeclarationStatus.SUBMITTED,
      by: author,
      role: Role.MEMBER,
      reason: null,
      points: null,
    },
    {
      step: DeclarationStatus.ACCEPTED,
      by: scorekeeper,
      role: Role.SCOREKEEPER,
      reason: '有活动照片和签到表',
      points: '5',
    },
  ];
  steps.forEach((s, i) =>
    em.create(DeclarationEvent, {
      bureauId,
      branch: ctx.branchRef(branchId),
      branchId,
      declaration,
      declarationId: declaration.id,
      step: s.step,
      actorUserId: s.by,
      actorRole: s.role,
      reason: s.reason,
      points: s.points,
      at: new Date(`${day(m, 10 + i * 3)}T03:00:00Z`),
    }),
  );
  counts.declarations++;
}
