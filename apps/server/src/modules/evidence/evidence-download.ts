import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { AuthService } from '../../auth/auth.service.js';
import { tokenFromRequest } from '../../auth/sessions/session-cookie.js';
import { scopeOfActor } from '../../tenancy/actor-scope.js';
import { scopedEntityManager } from '../../tenancy/scoped-entity-manager.js';
import { EvidenceFile } from './evidence-file.entity.js';
import type { EvidenceStorage } from './evidence-storage.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /evidence/:id — the file, for a signed-in actor whose walls include its branch. The row is
 * read through the request's scoped fork, so the tenant filter and row-level security decide;
 * anything else is a plain 404 (never "exists but forbidden").
 */
export function evidenceDownload(orm: MikroORM, auth: AuthService, storage: EvidenceStorage) {
  return async (req: Request, res: Response) => {
    const token = tokenFromRequest(req);
    const actor = token ? await auth.resolve(token) : null;
    if (!actor) {
      res.status(401).json({ code: 'UNAUTHENTICATED', message: '请先登录' });
      return;
    }
    // As in GraphQL (auth-checker.ts): a password the committee set must be changed first.
    if (actor.mustChangePassword) {
      res.status(403).json({ code: 'FORBIDDEN', message: '请先修改密码' });
      return;
    }
    const id = String(req.params['id'] ?? '');
    const em = scopedEntityManager(orm, scopeOfActor(actor));
    const file = UUID.test(id) ? await em.findOne(EvidenceFile, { id }) : null;
    const content = file ? await storage.get(actor.bureauId, file.sha256) : null;
    if (!file || !content) {
      res.status(404).json({ code: 'NOT_FOUND', message: '佐证材料不存在或无权访问' });
      return;
    }
    res.setHeader('content-type', file.mimeType);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader(
      'content-disposition',
      `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.setHeader('etag', `"${file.sha256}"`);
    res.send(content);
  };
}
