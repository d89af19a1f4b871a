import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { BRANCH_RECORDERS, requireRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { Branch } from '../org/branches/branch.entity.js';
import { assertContentMatchesType } from './evidence-content.js';
import { EvidenceFile } from './evidence-file.entity.js';
import { sanitizeFileName } from './evidence-file-name.js';
import type { EvidenceStorage } from './evidence-storage.js';

/** 3 MB: a phone photo or a scanned sign-in sheet; base64 in a 5 MB JSON body. */
export const MAX_EVIDENCE_BYTES = 3 * 1024 * 1024;

export const EVIDENCE_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

/** Members upload evidence for their declarations; branch roles for sessions and findings. */
const UPLOADERS: readonly Role[] = [...BRANCH_RECORDERS, Role.GROUP_LEADER, Role.MEMBER];

export type UploadEvidence = {
  branchId: string;
  fileName: string;
  mimeType: string;
  contentBase64: string;
};

/** Stores a file behind the storage interface and records it in the branch; same content, same row. */
export async function uploadEvidence(
  em: EntityManager,
  actor: Actor,
  storage: EvidenceStorage,
  input: UploadEvidence,
): Promise<EvidenceFile> {
  const grant = requireRole(actor, UPLOADERS, input.branchId);
  const fileName = sanitizeFileName(input.fileName);
  if (!EVIDENCE_TYPES.has(input.mimeType)) {
    throw new BadInputError(
      '只接受图片、PDF、文本、Excel 或 Word 文件',
      'Only images, PDF, text, Excel or Word files are accepted',
      'input.mimeType',
    );
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64)) {
    throw new BadInputError(
      '文件内容应为 base64 编码',
      'The content must be base64',
      'input.contentBase64',
    );
  }
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0 || content.length > MAX_EVIDENCE_BYTES) {
    throw new BadInputError(
      `文件大小应在 1 字节到 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB 之间`,
      `The file must be 1 byte to ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`,
      'input.contentBase64',
    );
  }
  await assertContentMatchesType(content, input.mimeType);
  const sha256 = createHash('sha256').update(content).digest('hex');
  return em.transactional(async (tx) => {
    const branch = await tx.findOne(Branch, { id: input.branchId });
    if (!branch) throw new NotFoundError({ zh: '支部', en: 'Branch' }, 'input.branchId');
    // A retried upload (same person, same file) is the same row; the same bytes from someone else,
    // or under another name, are a new row of theirs over the one stored copy of the content.
    const existing = await tx.findOne(EvidenceFile, {
      branchId: branch.id,
      sha256,
      fileName,
      uploadedById: actor.userId,
    });
    if (existing) return existing;
    // Bytes first: a row must never point at missing content (an orphan blob is harmless).
    await storage.put(actor.bureauId, sha256, content);
    const file = tx.create(EvidenceFile, {
      bureauId: actor.bureauId,
      branch,
      branchId: branch.id,
      sha256,
      fileName,
      mimeType: input.mimeType,
      size: content.length,
      uploadedById: actor.userId,
    });
    await tx.flush();
    await recordAudit(
      tx,
      actor.bureauId,
      { userId: actor.userId, role: grant.role },
      {
        operation: 'evidence.upload',
        entityName: 'EvidenceFile',
        entityId: file.id,
        branchId: branch.id,
        after: { sha256, fileName, mimeType: input.mimeType, size: content.length },
      },
    );
    return file;
  });
}

/** An evidence row of the branch given, for records that cite it (the field names the input). */
export async function evidenceOfBranch(
  em: EntityManager,
  evidenceId: string | null | undefined,
  branchId: string,
  field: string,
): Promise<EvidenceFile | null> {
  if (!evidenceId) return null;
  const file = await em.findOne(EvidenceFile, { id: evidenceId, branchId });
  if (!file) throw new NotFoundError({ zh: '佐证材料', en: 'Evidence' }, field);
  return file;
}
