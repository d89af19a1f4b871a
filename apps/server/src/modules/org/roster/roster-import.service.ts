import type { EntityManager } from '@mikro-orm/postgresql';
import { counted } from '../../../graphql/locale.js';
import type { Acting } from '../../../auth/permissions.js';
import { BRANCH_MANAGERS, grantFor, holdsRole, requireRole } from '../../../auth/permissions.js';
import { BadInputError } from '../../../graphql/errors.js';
import { Branch } from '../branches/branch.entity.js';
import { Member, MemberStatus } from '../members/member.entity.js';
import { memberProblems, normalisePhone, type MemberFields } from '../members/member-rules.js';
import { assertMonth } from '../members/member.service.js';
import { Membership } from '../members/membership.entity.js';
import { monthOf } from '../months.js';
import { audit, findBranch, memberSnapshot } from '../org-lookups.js';
import { PartyGroup } from '../branches/party-group.entity.js';
import {
  readRosterSheet,
  ROSTER_COLUMNS,
  RosterFileError,
  GENDER_LABELS,
  STATUS_LABELS,
  type RosterColumn,
  type SheetRow,
} from './roster-sheet.js';

export type RosterImportInput = {
  fileBase64: string;
  /** First month in the branch for members the sheet adds; defaults to this month. */
  fromMonth?: string | null;
  /** The branch of rows whose 所在支部 is blank. */
  branchId?: string | null;
};
export type RosterAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';
export type RosterChange = { column: string; before: string | null; after: string | null };
export type RosterPlanRow = {
  row: number;
  action: RosterAction;
  memberId: string | null;
  name: string;
  branchName: string;
  changes: RosterChange[];
};
export type RosterRowError = {
  row: number;
  column: string | null;
  message: string;
  messageEn: string;
};
export type RosterPlan = {
  fromMonth: string;
  rows: RosterPlanRow[];
  errors: RosterRowError[];
  groupsToCreate: { branchName: string; name: string }[];
};

type Resolved = {
  sheet: SheetRow;
  branch: Branch;
  existing: Member | null;
  fields: MemberFields;
  groupName: string | null;
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const groupKey = (branchId: string, name: string) => `${branchId}\u0000${name}`;

/** Reads the sheet and decides, row by row, what importing it would do; writes nothing. */
async function planImport(
  acting: Acting,
  input: RosterImportInput,
): Promise<{ plan: RosterPlan; resolved: Resolved[]; groups: Map<string, PartyGroup | null> }> {
  const { em, actor } = acting;
  if (!actor.roles.some((g) => BRANCH_MANAGERS.includes(g.role)))
    requireRole(actor, BRANCH_MANAGERS, null);
  if (input.branchId) requireRole(actor, BRANCH_MANAGERS, input.branchId);
  const fromMonth = input.fromMonth ?? monthOf(new Date());
  assertMonth(fromMonth, 'input.fromMonth');
  const base64 = input.fileBase64.replace(/\s+/g, '');
  if (!base64 || !BASE64.test(base64))
    throw new BadInputError(
      '文件内容不是 base64 编码',
      'The file is not base64-encoded',
      'input.fileBase64',
    );
  let sheet: Awaited<ReturnType<typeof readRosterSheet>>;
  try {
    sheet = await readRosterSheet(Buffer.from(base64, 'base64'));
  } catch (error) {
    if (error instanceof RosterFileError)
      throw new BadInputError(error.zh, error.en, 'input.fileBase64');
    throw error;
  }
  const defaultBranch = input.branchId
    ? await findBranch(em, input.branchId, 'input.branchId')
    : null;

  const errors: RosterRowError[] = sheet.problems.map((p) => ({
    row: p.row,
    column: p.column ? ROSTER_COLUMNS[p.column] : null,
    message: p.zh,
    messageEn: p.en,
  }));
  const fail = (row: number, column: RosterColumn | null, zh: string, en: string) =>
    errors.push({
      row,
      column: column ? ROSTER_COLUMNS[column] : null,
      message: zh,
      messageEn: en,
    });

  const branches = await em.find(Branch, {});
  const branchByName = new Map(branches.map((b) => [b.name, b]));
  const managed = branches.filter((b) => holdsRole(actor, BRANCH_MANAGERS, b.id)).map((b) => b.id);
  const members = await em.find(Member, { branchId: { $in: managed } });
  const memberById = new Map(members.map((m) => [m.id, m]));
  const groups = new Map<string, PartyGroup | null>(
    (await em.find(PartyGroup, { branchId: { $in: managed } })).map((g) => [
      groupKey(g.branchId, g.name),
      g,
    ]),
  );
  const groupById = new Map([...groups.values()].map((g) => [g!.id, g!]));

  const resolved: Resolved[] = [];
  const rows: RosterPlanRow[] = [];
  const firstRowOfMember = new Map<string, number>();
  const firstRowOfName = new Map<string, number>();
  const groupsToCreate: RosterPlan['groupsToCreate'] = [];
  for (const row of sheet.rows) {
    const errorsBefore = errors.length;
    const branch = row.branch ? branchByName.get(row.branch) : defaultBranch;
    if (!branch) {
      if (row.branch) fail(row.row, 'branch', '所在支部不存在', 'No branch has this name');
      else fail(row.row, 'branch', '请填写所在支部', 'Enter the branch');
    } else if (!managed.includes(branch.id)) {
      fail(row.row, 'branch', '无权导入该支部的党员', 'You may not import members of this branch');
    }
    let existing: Member | null = null;
    if (branch && managed.includes(branch.id)) {
      if (row.memberId) {
        const m = memberById.get(row.memberId);
        if (!m) fail(row.row, 'memberId', '系统编号不存在', 'No member you manage has this id');
        else if (m.branchId !== branch.id)
          fail(
            row.row,
            'branch',
            '所在支部与系统记录不一致；调整支部请办理组织关系转接',
            'The branch differs from the record; moving a member is a transfer',
          );
        else if (!m.active)
          fail(row.row, 'memberId', '该党员已转出，不能通过导入修改', 'The member has left');
        else existing = m;
      } else {
        const key = `${branch.id}\u0000${row.name}`;
        const earlier = firstRowOfName.get(key);
        if (earlier) fail(row.row, 'name', `与第 ${earlier} 行重名`, `Same name as row ${earlier}`);
        else firstRowOfName.set(key, row.row);
        const namesakes = members.filter(
          (m) => m.branchId === branch.id && m.active && m.name === row.name,
        );
        if (namesakes.length > 1)
          fail(
            row.row,
            'name',
            '本支部有重名党员，请填写系统编号以区分',
            'Several members of the branch have this name; fill in 系统编号',
          );
        else existing = namesakes[0] ?? null;
      }
      if (existing) {
        const earlier = firstRowOfMember.get(existing.id);
        if (earlier)
          fail(
            row.row,
            'memberId',
            `与第 ${earlier} 行是同一党员`,
            `Same member as row ${earlier}`,
          );
        else firstRowOfMember.set(existing.id, row.row);
      }
    }
    // Columns missing from the sheet leave the record as it is; a present but empty cell clears it.
    const keep = <K extends 'fullMemberOn' | 'position' | 'gender' | 'birthDate' | 'phone'>(
      column: K,
    ) => (sheet.columns.has(column) ? row[column] : (existing?.[column] ?? null));
    const fields: MemberFields = {
      name: row.name,
      status: row.status ?? MemberStatus.FULL,
      joinedOn: row.joinedOn,
      fullMemberOn: keep('fullMemberOn'),
      position: keep('position'),
      gender: keep('gender'),
      birthDate: keep('birthDate'),
      phone: sheet.columns.has('phone') ? normalisePhone(row.phone) : (existing?.phone ?? null),
    };
    const unreadable = new Set(
      sheet.problems.filter((p) => p.row === row.row).map((p) => p.column),
    );
    for (const p of memberProblems(fields))
      if (!unreadable.has(p.field)) fail(row.row, p.field, p.zh, p.en);
    const currentGroup = existing?.groupId ? (groupById.get(existing.groupId)?.name ?? null) : null;
    const groupName = sheet.columns.has('group') ? row.group : currentGroup;
    if (groupName && [...groupName].length > 30)
      fail(
        row.row,
        'group',
        '党小组名称不能超过 30 个字',
        'The group name is longer than 30 characters',
      );
    if (errors.length > errorsBefore || !branch) continue;
    if (groupName && !groups.has(groupKey(branch.id, groupName))) {
      groups.set(groupKey(branch.id, groupName), null);
      groupsToCreate.push({ branchName: branch.name, name: groupName });
    }
    const changes = existing ? diff(existing, currentGroup, fields, groupName) : [];
    rows.push({
      row: row.row,
      action: !existing ? 'CREATE' : changes.length ? 'UPDATE' : 'UNCHANGED',
      memberId: existing?.id ?? null,
      name: fields.name,
      branchName: branch.name,
      changes,
    });
    resolved.push({ sheet: row, branch, existing, fields, groupName });
  }
  errors.sort((a, b) => a.row - b.row);
  return { plan: { fromMonth, rows, errors, groupsToCreate }, resolved, groups };
}

const label = <K extends string>(labels: Record<K, string>, key: K | null | undefined) =>
  key ? labels[key] : null;

function diff(
  m: Member,
  currentGroup: string | null,
  fields: MemberFields,
  groupName: string | null,
): RosterChange[] {
  const pairs: [RosterColumn, string | null, string | null][] = [
    ['name', m.name, fields.name],
    ['status', STATUS_LABELS[m.status], STATUS_LABELS[fields.status]],
    ['joinedOn', m.joinedOn ?? null, fields.joinedOn],
    ['fullMemberOn', m.fullMemberOn ?? null, fields.fullMemberOn],
    ['position', m.position ?? null, fields.position],
    ['gender', label(GENDER_LABELS, m.gender), label(GENDER_LABELS, fields.gender)],
    ['birthDate', m.birthDate ?? null, fields.birthDate],
    ['phone', m.phone ?? null, fields.phone],
    ['group', currentGroup, groupName],
  ];
  return pairs
    .filter(([, before, after]) => before !== after)
    .map(([column, before, after]) => ({ column: ROSTER_COLUMNS[column], before, after }));
}

/** 导入预览: what importing the sheet would change, and every row's problems. Writes nothing. */
export async function previewRosterImport(
  acting: Acting,
  input: RosterImportInput,
): Promise<RosterPlan> {
  return (await planImport(acting, input)).plan;
}

/** 导入: all or nothing. Any problem in any row refuses the whole sheet, with every problem listed. */
export async function importRoster(acting: Acting, input: RosterImportInput): Promise<RosterPlan> {
  return acting.em.transactional(async (em) => {
    const here = { ...acting, em };
    const { plan, resolved, groups } = await planImport(here, input);
    if (plan.errors.length)
      throw new BadInputError(
        `名册有 ${plan.errors.length} 处错误，未导入任何数据`,
        `The sheet has ${counted(plan.errors.length, 'problem', 'problems')}; nothing was imported`,
        'input.fileBase64',
        { errors: plan.errors },
      );
    const grantOf = (branchId: string) => grantFor(acting.actor, BRANCH_MANAGERS, branchId);
    const created: PartyGroup[] = [];
    const groupFor = (branch: Branch, name: string | null): PartyGroup | null => {
      if (!name) return null;
      const key = groupKey(branch.id, name);
      let group = groups.get(key) ?? null;
      if (!group) {
        group = em.create(PartyGroup, {
          bureauId: branch.bureauId,
          branch,
          branchId: branch.id,
          name,
          leader: null,
          leaderId: null,
        });
        groups.set(key, group);
        created.push(group);
      }
      return group;
    };
    const changed: { member: Member; before: ReturnType<typeof memberSnapshot> | null }[] = [];
    for (const r of resolved) {
      const group = groupFor(r.branch, r.groupName);
      if (!r.existing) {
        const member = em.create(Member, {
          bureauId: r.branch.bureauId,
          branch: r.branch,
          branchId: r.branch.id,
          ...r.fields,
          group,
          groupId: group?.id ?? null,
          active: true,
        });
        em.create(Membership, {
          bureauId: r.branch.bureauId,
          member,
          memberId: member.id,
          branch: r.branch,
          branchId: r.branch.id,
          fromMonth: plan.fromMonth,
          toMonth: null,
        });
        changed.push({ member, before: null });
      } else if (plan.rows.find((p) => p.row === r.sheet.row)?.action === 'UPDATE') {
        const before = memberSnapshot(r.existing);
        Object.assign(r.existing, r.fields, { group, groupId: group?.id ?? null });
        changed.push({ member: r.existing, before });
      }
    }
    await em.flush();
    await recordImportAudit(em, here, grantOf, created, changed, plan);
    return plan;
  });
}

async function recordImportAudit(
  em: EntityManager,
  acting: Acting,
  grantOf: (branchId: string) => ReturnType<typeof grantFor>,
  groups: PartyGroup[],
  changed: { member: Member; before: ReturnType<typeof memberSnapshot> | null }[],
  plan: RosterPlan,
): Promise<void> {
  for (const g of groups)
    await audit(em, acting, grantOf(g.branchId), {
      operation: 'partyGroup.create',
      entityName: 'PartyGroup',
      entityId: g.id,
      branchId: g.branchId,
      after: { name: g.name, branchId: g.branchId, leaderId: null, via: 'roster.import' },
    });
  for (const { member, before } of changed)
    await audit(em, acting, grantOf(member.branchId), {
      operation: before ? 'member.update' : 'member.create',
      entityName: 'Member',
      entityId: member.id,
      branchId: member.branchId,
      before,
      after: {
        ...memberSnapshot(member),
        via: 'roster.import',
        ...(before ? {} : { fromMonth: plan.fromMonth }),
      },
    });
  const count = (a: RosterAction) => plan.rows.filter((r) => r.action === a).length;
  const branchIds = [...new Set(changed.map((c) => c.member.branchId))];
  await audit(em, acting, grantOf(branchIds[0] ?? ''), {
    operation: 'roster.import',
    entityName: 'Member',
    branchId: branchIds.length === 1 ? branchIds[0] : null,
    after: {
      created: count('CREATE'),
      updated: count('UPDATE'),
      unchanged: count('UNCHANGED'),
      groupsCreated: groups.length,
      fromMonth: plan.fromMonth,
    },
  });
}
