import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import type { AuthService } from '../auth/auth.service.js';
import { tokenFromRequest } from '../auth/sessions/session-cookie.js';

/**
 * GET /graphql from a browser (it asks for HTML): the GraphiQL explorer bundled with the admin
 * app (apps/web/graphiql.html), for a signed-in user; anyone else is sent to log in and back.
 * API clients (JSON) fall through to Apollo. Switched off by `GRAPHIQL=false`.
 */
export function graphiqlPage(webDist: string, auth: AuthService): RequestHandler {
  const page = path.join(webDist, 'graphiql.html');
  return async (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) !== 'text/html' || !fs.existsSync(page)) {
      next();
      return;
    }
    try {
      const token = tokenFromRequest(req);
      const actor = token ? await auth.resolve(token) : null;
      if (!actor) {
        res.redirect(302, `/login?next=${encodeURIComponent('/graphql')}`);
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      res.sendFile(page);
    } catch (error) {
      next(error);
    }
  };
}
