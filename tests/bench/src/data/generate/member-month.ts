// One member's month in the ledger, after the sessions: 学习强国 days and 每日一题 points, dues
// (3 % late, 1 % missing), now and then a violation, and for a quarter of member-months a
// declaration with its history. In a month left for the write benchmark, only the quotas and
// dues are planned (as the sheet's cells and their rows).
import { pick } from '../random.js';
import { type BranchMonth, DAYS, type Generation } from './context.js';
import { ledgerRowHead } from './tables.js';
import type { MemberFacts } from './organisation.js';

const SPECIAL = ['grid-work', 'volunteer-service', 'branch-chosen'] as const;
const SPECIAL_TEXT: Record<(typeof SPECIAL)[number], string> = {
  'grid-work': '网格化走访困难群众',
  'volunteer-service': '参加社区志愿服务',
  'branch-chosen': '撰写信息被采用',
};

export function generateMemberMonth(
  g: Generation,
  bm: BranchMonth,
  mid: string,
  f: MemberFacts,
): void {
  const { random, uuid, bureauId, month, at, tables: t } = g;
  const { m, key, bid, keeper, recorded, plan, target } = bm;
  const days = DAYS[m - 1]!;
  const loginDays = Math.min(days, Math.round(days * (f.diligence + random() * 0.1)));
  const questions = Math.min(20, Math.round(15 * (f.diligence + random() * 0.2)));
  target.quota.rows.push([
    ...ledgerRowHead(bureauId, uuid(), bid, keeper, recorded),
    mid,
    key,
    'study-app-login',
    String(loginDays),
  ]);
  target.quota.rows.push([
    ...ledgerRowHead(bureauId, uuid(), bid, keeper, recorded),
    mid,
    key,
    'daily-question',
    String(questions),
  ]);
  const r = random();
  const status = r < 0.03 ? 'late' : r < 0.04 ? 'missing' : 'onTime';
  // The sheet records the status only (a payment date is not one of its cells).
  target.duty.rows.push([
    ...ledgerRowHead(bureauId, uuid(), bid, keeper, recorded),
    mid,
    key,
    'dues',
    status,
    plan || status === 'missing'
      ? null
      : status === 'late'
        ? `${month(Math.min(12, m + 1))}-10`
        : `${key}-05`,
  ]);
  if (plan) {
    plan.cells.push(
      {
        memberId: mid,
        itemCode: 'study-app-login',
        sessionId: null,
        value: String(loginDays),
      },
      {
        memberId: mid,
        itemCode: 'daily-question',
        sessionId: null,
        value: String(questions),
      },
      { memberId: mid, itemCode: 'dues', sessionId: null, value: status },
    );
    return; // violations and declarations go through their own workflows
  }
  if (random() < 0.005) {
    const itemCode = random() < 0.5 ? 'violations' : 'integrity';
    t.violation.rows.push([
      ...ledgerRowHead(bureauId, uuid(), bid, keeper, recorded),
      mid,
      key,
      itemCode,
      1,
      '支委会认定的违规情形',
      '支部委员会决定：情况属实，按方案扣分',
      `${key}-27`,
    ]);
  }
  if (random() < 0.25) {
    const itemCode = pick(random, SPECIAL);
    const did = uuid();
    const accepted = random() < 0.9;
    const points = itemCode === 'branch-chosen' ? '2' : '5';
    const submitted = at(m, 10);
    const decided = at(m, 14);
    t.declaration.rows.push([
      bureauId,
      did,
      bid,
      2,
      keeper,
      keeper,
      submitted,
      decided,
      mid,
      key,
      itemCode,
      SPECIAL_TEXT[itemCode],
      points,
      accepted ? 'accepted' : 'rejected',
      accepted,
      accepted ? points : null,
      accepted ? '佐证材料齐全' : '未附佐证材料',
    ]);
    t.event.rows.push([
      bureauId,
      uuid(),
      bid,
      did,
      'submitted',
      keeper,
      'member',
      null,
      null,
      submitted,
    ]);
    t.event.rows.push([
      bureauId,
      uuid(),
      bid,
      did,
      accepted ? 'accepted' : 'rejected',
      keeper,
      'scorekeeper',
      accepted ? '佐证材料齐全' : '未附佐证材料',
      accepted ? points : null,
      decided,
    ]);
  }
}
