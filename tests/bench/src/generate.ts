// Deterministic generator of a realistic bureau: branches, Party groups, members and their
// memberships (a few transfer mid-year), log-ins with roles, the year's published scheme, and a
// whole year of the ledger as the 2021 scheme asks for it (sessions with sign-in sheets, 学习强国
// and 每日一题 quotas, dues, violations, declarations with their history). Rows are produced as
// plain column arrays: the loader writes them as the owner, not through the app.
import { scheme2021 } from '@jifen/scoring';
import { chineseName } from '../../../apps/server/src/db/seed/chinese-names.js';
import { pick, seededRandom, seededUuids } from './random.js';

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

/** Sessions a branch holds in month `m` (1–12): item, day, topic. Assemblies once a quarter. */
export function sessionsOfMonth(m: number): [string, number, string][] {
  const list: [string, number, string][] = [
    ['group-study', 6, '集中学习习近平新时代中国特色社会主义思想'],
    ['group-study', 18, '集中学习党章党规'],
    ['other-study', 10, '专题学习：党史学习教育'],
    ['party-lecture', 15, '书记讲党课'],
    ['group-meeting', 20, '党小组会：交流学习体会'],
    ['party-day', 24, '主题党日：志愿服务进社区'],
    ['party-day', 27, '主题党日：重温入党誓词'],
  ];
  if (m % 2 === 0) list.push(['other-study', 12, '学法专题：《中国共产党纪律处分条例》']);
  if (m % 3 === 1) list.push(['branch-assembly', 28, '支部党员大会：季度工作通报']);
  return list;
}

const POSITIONS = ['科员', '副科长', '科长', '副主任', '主任科员', '一级主任科员', '工勤人员'];
const GROUPS = ['第一党小组', '第二党小组', '第三党小组'];
const SPECIAL = ['grid-work', 'volunteer-service', 'branch-chosen'] as const;
const SPECIAL_TEXT: Record<(typeof SPECIAL)[number], string> = {
  'grid-work': '网格化走访困难群众',
  'volunteer-service': '参加社区志愿服务',
  'branch-chosen': '撰写信息被采用',
};
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number) => String(n).padStart(2, '0');

function table(name: string, columns: string[]): TableData {
  return { table: name, columns, rows: [] };
}

const LEDGER = ['version', 'created_by_id', 'updated_by_id', 'created_at', 'updated_at'];

/**
 * The 2021 scheme scored over a whole year: the plan itself took effect in September, the
 * benchmark needs twelve months of its items and sessions.
 */
export function benchSchemeDefinition(year: number) {
  return { ...structuredClone(scheme2021), year, firstMonth: 1, version: `${year}.1` };
}

export function generateBureau(spec: BureauSpec): GeneratedBureau {
  const random = seededRandom(spec.seed);
  const uuid = seededUuids(spec.seed * 7919 + 17);
  const { year } = spec;
  const month = (m: number) => `${year}-${pad(m)}`;
  const at = (m: number, d: number) => `${year}-${pad(m)}-${pad(d)}T02:00:00.000Z`;
  const bureauId = uuid();

  const bureau = table('bureau', ['id', 'name', 'code', 'created_at']);
  const branch = table('branch', ['bureau_id', 'id', 'name', 'code', 'sort_order', 'created_at']);
  const group = table('party_group', ['bureau_id', 'id', 'branch_id', 'name']);
  const member = table('member', [
    'bureau_id',
    'id',
    'branch_id',
    'name',
    'status',
    'joined_on',
    'full_member_on',
    'position',
    'group_id',
    'active',
  ]);
  const membership = table('membership', [
    'bureau_id',
    'id',
    'branch_id',
    'member_id',
    'from_month',
    'to_month',
  ]);
  const user = table('user_account', [
    'bureau_id',
    'id',
    'login_name',
    'password_hash',
    'display_name',
    'disabled',
    'member_id',
    'failed_logins',
    'created_at',
  ]);
  const login = table('login_name', ['login_name', 'bureau_id', 'user_id']);
  const role = table('role_assignment', ['bureau_id', 'id', 'user_id', 'role', 'branch_id']);
  const scheme = table('scheme', [
    'bureau_id',
    'id',
    'year',
    'version',
    'status',
    'definition',
    'effective_from_month',
    'origin',
    'published_at',
    'published_by_id',
    'created_by_id',
    'created_at',
    'revision',
  ]);
  const evidence = table('evidence_file', [
    'bureau_id',
    'id',
    'branch_id',
    'sha256',
    'file_name',
    'mime_type',
    'size',
    'uploaded_by_id',
    'created_at',
  ]);
  const session = table('branch_session', [
    'bureau_id',
    'id',
    'branch_id',
    ...LEDGER,
    'item_code',
    'date',
    'month',
    'topic',
    'evidence_id',
  ]);
  const attendance = table('attendance', [
    'bureau_id',
    'id',
    'branch_id',
    ...LEDGER,
    'session_id',
    'member_id',
    'month',
    'present',
  ]);
  const quota = table('quota_entry', [
    'bureau_id',
    'id',
    'branch_id',
    ...LEDGER,
    'member_id',
    'month',
    'item_code',
    'value',
  ]);
  const duty = table('duty_entry', [
    'bureau_id',
    'id',
    'branch_id',
    ...LEDGER,
    'member_id',
    'month',
    'item_code',
    'status',
    'paid_on',
  ]);
  const violation = table('violation', [
    'bureau_id',
    'id',
    'branch_id',
    ...LEDGER,
    'member_id',
    'month',
    'item_code',
    'count',
    'note',
    'decision',
    'decided_on',
  ]);
  // Months marked recorded (已录入): scores count through them. All twelve, except December in
  // the branches left empty for the write benchmark, whose scorekeepers are still entering it.
  const recordedMonths = table('recorded_month', [
    'bureau_id',
    'id',
    'branch_id',
    'month',
    'recorded_by_id',
    'recorded_at',
  ]);
  const declaration = table('declaration', [
    'bureau_id',
    'id',
    'branch_id',
    ...LEDGER,
    'member_id',
    'month',
    'item_code',
    'description',
    'declared_points',
    'status',
    'scorekeeper_accepted',
    'counted_points',
    'last_reason',
  ]);
  const event = table('declaration_event', [
    'bureau_id',
    'id',
    'branch_id',
    'declaration_id',
    'step',
    'actor_user_id',
    'actor_role',
    'reason',
    'points',
    'at',
  ]);

  const created = `${year}-01-02T01:00:00.000Z`;
  bureau.rows.push([bureauId, spec.name, spec.code, created]);

  // Branches, their groups and members (everyone starts the year in their home branch).
  const branchIds: string[] = [];
  const groupIds: string[][] = [];
  const home: string[][] = [];
  type MemberFacts = { id: string; diligence: number; probationary: boolean };
  const facts = new Map<string, MemberFacts>();
  for (let b = 0; b < spec.branches; b++) {
    const id = uuid();
    branchIds.push(id);
    branch.rows.push([bureauId, id, `第${b + 1}党支部`, `B${b + 1}`, b + 1, created]);
    groupIds.push(
      GROUPS.map((name) => {
        const gid = uuid();
        group.rows.push([bureauId, gid, id, name]);
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
      member.rows.push([
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

  // One member in fifty moves to the next branch at some month of the year (转出/转入).
  const rosterOf: string[][][] = branchIds.map(() => Array.from({ length: 12 }, () => []));
  const memberRowIndex = new Map<string, number>();
  member.rows.forEach((r, i) => memberRowIndex.set(r[1] as string, i));
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
        membership.rows.push([bureauId, uuid(), branchIds[b]!, mid, month(1), month(at - 1)]);
        membership.rows.push([bureauId, uuid(), branchIds[next]!, mid, month(at), null]);
        const row = member.rows[memberRowIndex.get(mid)!]!;
        row[2] = branchIds[next]!;
        row[8] = null; // no group in the receiving branch yet
      } else {
        membership.rows.push([bureauId, uuid(), branchIds[b]!, mid, month(1), null]);
      }
      for (let m = 1; m <= 12; m++) rosterOf[m < at ? b : next]![m - 1]!.push(mid);
    }
  }

  // Log-ins: a committee administrator, an analyst, and each branch's secretary and scorekeeper.
  const prefix = spec.code.toLowerCase();
  const users: { id: string; login: string }[] = [];
  const addUser = (loginName: string, display: string, memberId: string | null) => {
    const id = uuid();
    user.rows.push([
      bureauId,
      id,
      loginName,
      spec.passwordHash,
      display,
      false,
      memberId,
      0,
      created,
    ]);
    login.rows.push([loginName, bureauId, id]);
    users.push({ id, login: loginName });
    return id;
  };
  const adminLogin = `${prefix}-admin`;
  const analystLogin = `${prefix}-analyst`;
  const adminId = addUser(adminLogin, '机关党委管理员', null);
  role.rows.push([bureauId, uuid(), adminId, 'committee_admin', null]);
  const analystId = addUser(analystLogin, '分析员', null);
  role.rows.push([bureauId, uuid(), analystId, 'analyst', null]);
  const scorekeeperLogins: string[] = [];
  const scorekeeperOf: string[] = [];
  const secretaryLogins: string[] = [];
  for (let b = 0; b < spec.branches; b++) {
    const secretaryLogin = `${prefix}-shuji${b + 1}`;
    secretaryLogins.push(secretaryLogin);
    const secretary = addUser(secretaryLogin, `第${b + 1}支部书记`, home[b]![0] ?? null);
    role.rows.push([bureauId, uuid(), secretary, 'secretary', branchIds[b]!]);
    const keeperLogin = `${prefix}-jifenyuan${b + 1}`;
    const keeper = addUser(keeperLogin, `第${b + 1}支部记分员`, home[b]![2] ?? null);
    role.rows.push([bureauId, uuid(), keeper, 'scorekeeper', branchIds[b]!]);
    scorekeeperLogins.push(keeperLogin);
    scorekeeperOf.push(keeper);
  }

  const schemeId = uuid();
  scheme.rows.push([
    bureauId,
    schemeId,
    year,
    1,
    'published',
    JSON.stringify(benchSchemeDefinition(year)),
    month(1),
    'default-2021',
    `${year}-01-05T02:00:00.000Z`,
    adminId,
    adminId,
    created,
    1,
  ]);

  // The ledger, month by month and branch by branch, as the scorekeepers record it. The first
  // `emptyDecember` branches keep December's sessions but not its records: those records become
  // sheet plans (cells for GraphQL, rows for the raw floor) instead.
  const sheets: SheetPlan[] = [];
  const ledgerTables = () => ({
    attendance: table('attendance', attendance.columns as string[]),
    quota: table('quota_entry', quota.columns as string[]),
    duty: table('duty_entry', duty.columns as string[]),
  });
  for (let m = 1; m <= 12; m++) {
    const key = month(m);
    for (let b = 0; b < spec.branches; b++) {
      const bid = branchIds[b]!;
      const keeper = scorekeeperOf[b]!;
      const roster = rosterOf[b]![m - 1]!;
      const plan: SheetPlan | null =
        m === 12 && b < (spec.emptyDecember ?? 0)
          ? {
              branchId: bid,
              scorekeeperLogin: scorekeeperLogins[b]!,
              month: key,
              members: roster.length,
              cells: [],
              rows: [],
            }
          : null;
      const target = plan ? ledgerTables() : { attendance, quota, duty };
      if (plan) plan.rows = [target.attendance, target.quota, target.duty];
      for (const [itemCode, d, topic] of sessionsOfMonth(m)) {
        const sid = uuid();
        const eid = uuid();
        const when = at(m, d);
        const sha = (uuid() + uuid()).replace(/-/g, '').slice(0, 64);
        evidence.rows.push([
          bureauId,
          eid,
          bid,
          sha,
          `签到表-${key}-${d}.jpg`,
          'image/jpeg',
          150_000 + Math.floor(random() * 200_000),
          keeper,
          when,
        ]);
        session.rows.push([
          bureauId,
          sid,
          bid,
          1,
          keeper,
          null,
          when,
          when,
          itemCode,
          when.slice(0, 10),
          key,
          topic,
          eid,
        ]);
        // The sign-in sheet has a line for every member of the branch that month.
        for (const mid of roster) {
          const present = random() < facts.get(mid)!.diligence;
          if (plan && !present) continue; // an empty cell on a new sheet writes nothing
          plan?.cells.push({ memberId: mid, itemCode, sessionId: sid, value: '1' });
          target.attendance.rows.push([
            bureauId,
            uuid(),
            bid,
            1,
            keeper,
            null,
            when,
            when,
            sid,
            mid,
            key,
            present,
          ]);
        }
      }
      const recorded = at(m, 28);
      for (const mid of roster) {
        const f = facts.get(mid)!;
        const days = DAYS[m - 1]!;
        const loginDays = Math.min(days, Math.round(days * (f.diligence + random() * 0.1)));
        const questions = Math.min(20, Math.round(15 * (f.diligence + random() * 0.2)));
        target.quota.rows.push([
          bureauId,
          uuid(),
          bid,
          1,
          keeper,
          null,
          recorded,
          recorded,
          mid,
          key,
          'study-app-login',
          String(loginDays),
        ]);
        target.quota.rows.push([
          bureauId,
          uuid(),
          bid,
          1,
          keeper,
          null,
          recorded,
          recorded,
          mid,
          key,
          'daily-question',
          String(questions),
        ]);
        const r = random();
        const status = r < 0.03 ? 'late' : r < 0.04 ? 'missing' : 'onTime';
        // The sheet records the status only (a payment date is not one of its cells).
        target.duty.rows.push([
          bureauId,
          uuid(),
          bid,
          1,
          keeper,
          null,
          recorded,
          recorded,
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
          continue; // violations and declarations go through their own workflows
        }
        if (random() < 0.005) {
          const itemCode = random() < 0.5 ? 'violations' : 'integrity';
          violation.rows.push([
            bureauId,
            uuid(),
            bid,
            1,
            keeper,
            null,
            recorded,
            recorded,
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
          declaration.rows.push([
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
          event.rows.push([
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
          event.rows.push([
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
      if (plan) sheets.push(plan);
      else recordedMonths.rows.push([bureauId, uuid(), bid, key, keeper, at(m, DAYS[m - 1]!)]);
    }
  }

  const tables = [
    bureau,
    branch,
    group,
    member,
    membership,
    user,
    login,
    role,
    scheme,
    evidence,
    session,
    attendance,
    quota,
    duty,
    violation,
    recordedMonths,
    declaration,
    event,
  ];
  const membersByBranch = rosterOf.map((months) => [...months[11]!]);
  return {
    info: {
      bureauId,
      code: spec.code,
      year,
      branchIds,
      membersByBranch,
      memberCount: member.rows.length,
      analystLogin,
      adminLogin,
      scorekeeperLogins,
      secretaryLogins,
      password: spec.password,
    },
    tables,
    rowCount: tables.reduce((n, t) => n + t.rows.length, 0),
    sheets,
  };
}
