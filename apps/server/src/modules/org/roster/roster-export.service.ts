import type { Acting } from '../../../auth/permissions.js';
import {
  BRANCH_MANAGERS,
  BRANCH_READERS,
  holdsRole,
  requireRole,
} from '../../../auth/permissions.js';
import { dateOf } from '../months.js';
import { Branch } from '../branches/branch.entity.js';
import { Member } from '../members/member.entity.js';
import { PartyGroup } from '../branches/party-group.entity.js';
import { writeRosterSheet } from './roster-sheet.js';
import { XLSX_MIME } from '../../../http/media-types.js';

export type RosterFile = {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  rowCount: number;
};

/**
 * 导出名册: the current members of one branch, or of every branch the actor may read the roster
 * of, as an .xlsx the import reads back.
 */
export async function exportRoster(acting: Acting, branchId: string | null): Promise<RosterFile> {
  const { em, actor } = acting;
  if (branchId) requireRole(actor, BRANCH_READERS, branchId);
  else if (!actor.roles.some((g) => BRANCH_READERS.includes(g.role)))
    requireRole(actor, BRANCH_READERS, null);
  const branches = (
    await em.find(Branch, {}, { orderBy: { sortOrder: 'asc', name: 'asc' } })
  ).filter((b) => (branchId ? b.id === branchId : true) && holdsRole(actor, BRANCH_READERS, b.id));
  const ids = branches.map((b) => b.id);
  const members = await em.find(
    Member,
    { branchId: { $in: ids }, active: true },
    { orderBy: { name: 'asc' } },
  );
  const groups = new Map(
    (await em.find(PartyGroup, { branchId: { $in: ids } })).map((g) => [g.id, g.name]),
  );
  const order = new Map(ids.map((id, i) => [id, i]));
  members.sort((a, b) => order.get(a.branchId)! - order.get(b.branchId)!);
  const branchName = new Map(branches.map((b) => [b.id, b.name]));
  // 联系电话 is personal data: only for those who may edit every branch exported (roster-access).
  const withPhone = branches.every((b) => holdsRole(actor, BRANCH_MANAGERS, b.id));
  const file = await writeRosterSheet(
    members.map((m) => ({
      name: m.name,
      status: m.status,
      joinedOn: m.joinedOn ?? null,
      fullMemberOn: m.fullMemberOn ?? null,
      position: m.position ?? null,
      gender: m.gender ?? null,
      birthDate: m.birthDate ?? null,
      phone: withPhone ? (m.phone ?? null) : null,
      group: m.groupId ? (groups.get(m.groupId) ?? null) : null,
      branch: branchName.get(m.branchId)!,
      memberId: m.id,
    })),
    { phone: withPhone },
  );
  const label = branches.length === 1 ? branches[0]!.name : '党员名册';
  return {
    fileName: `${label}-${dateOf(new Date())}.xlsx`,
    mimeType: XLSX_MIME,
    contentBase64: file.toString('base64'),
    rowCount: members.length,
  };
}
