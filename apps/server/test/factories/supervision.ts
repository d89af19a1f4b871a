import { randomUUID } from 'node:crypto';
import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { PublicationKind } from '../../src/modules/assessments/notices/publication.entity.js';
import { Correction } from '../../src/modules/assessments/corrections/correction.entity.js';
import {
  Declaration,
  DeclarationStatus,
} from '../../src/modules/declarations/declaration.entity.js';
import { EvidenceFile } from '../../src/modules/evidence/evidence-file.entity.js';
import type { Branch } from '../../src/modules/org/branches/branch.entity.js';
import type { Member } from '../../src/modules/org/members/member.entity.js';
import { UserAccount } from '../../src/modules/org/users/user-account.entity.js';

const RECORDER = '00000000-0000-4000-8000-000000000001';

/** A stored evidence file's row (the bytes are not needed to draw or check it). */
export async function evidenceRow(em: EntityManager, branch: Branch, fileName: string) {
  const row = em.create(EvidenceFile, {
    bureauId: branch.bureauId,
    branch,
    branchId: branch.id,
    sha256: 'a'.repeat(64),
    fileName,
    mimeType: fileName.endsWith('.pdf') ? 'application/pdf' : 'image/png',
    size: 10,
    uploadedById: RECORDER,
  });
  await em.flush();
  return row;
}

/** A declaration of `member` as the scorekeeper decided it. */
export async function decidedDeclaration(
  em: EntityManager,
  member: Member,
  month: string,
  status: DeclarationStatus,
  evidence: EvidenceFile | null = null,
) {
  const accepted = status === DeclarationStatus.ACCEPTED;
  const row = em.create(Declaration, {
    bureauId: member.bureauId,
    branch: member.branch,
    branchId: member.branchId,
    member,
    memberId: member.id,
    month,
    itemCode: 'volunteer-service',
    description: '社区志愿服务',
    evidence: evidence ?? null,
    evidenceId: evidence?.id ?? null,
    status,
    scorekeeperAccepted: accepted,
    countedPoints: accepted ? '2' : null,
    createdById: RECORDER,
  });
  await em.flush();
  return row;
}

/** An open correction of a branch's quarter, as the correction flow leaves it. */
export async function openCorrectionRow(
  em: EntityManager,
  branch: Branch,
  userId: string,
  memberIds: string[],
) {
  const row = em.create(Correction, {
    bureauId: branch.bureauId,
    branch,
    branchId: branch.id,
    kind: PublicationKind.QUARTER,
    assessmentId: randomUUID(),
    year: 2025,
    memberIds,
    months: ['2025-03'],
    reason: '抽查发现记录有误',
    openedBy: ref(em.getReference(UserAccount, [branch.bureauId, userId])),
    openedById: userId,
  });
  await em.flush();
  return row;
}
