import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isDatabaseUnavailable } from '../db/connection/database-unavailable.js';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_MESSAGE } from '../graphql/errors.js';

type Refusal = { status: number; code: string; zh: string; en: string };

/** The same shape as a GraphQL error answer, so every client reads one format. */
function send(res: Parameters<RequestHandler>[1], refusal: Refusal): void {
  res
    .status(refusal.status)
    .type('application/json')
    .json({
      errors: [{ message: refusal.zh, extensions: { code: refusal.code, messageEn: refusal.en } }],
    });
}

/** Refuses a POST whose body is not JSON before any parser sees it (GET queries pass). */
export function requireJsonBody(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.is('application/json')) return next();
    send(res, {
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      zh: '请求体必须是 JSON（Content-Type: application/json）',
      en: 'The request body must be JSON (Content-Type: application/json)',
    });
  };
}

/** body-parser's error types, as typed JSON answers (express would send an HTML page). */
const BODY_ERRORS: Record<string, Refusal> = {
  'entity.parse.failed': {
    status: 400,
    code: 'BAD_JSON',
    zh: '请求体不是有效的 JSON',
    en: 'The request body is not valid JSON',
  },
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    zh: '请求体过大',
    en: 'The request body is too large',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    zh: '不支持的内容编码',
    en: 'Unsupported content encoding',
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    zh: '不支持的字符集（请使用 UTF-8）',
    en: 'Unsupported charset (use UTF-8)',
  },
  'request.aborted': {
    status: 400,
    code: 'BAD_REQUEST',
    zh: '请求未发送完整',
    en: 'The request was aborted before its body arrived',
  },
  'request.size.invalid': {
    status: 400,
    code: 'BAD_REQUEST',
    zh: '请求体长度与声明不符',
    en: 'The request body does not match its declared length',
  },
};

/**
 * The app's last error handler: every error leaves as JSON with a code, never express's HTML
 * page, never a stack trace (in any mode); unexpected ones are logged with the request id.
 */
export function jsonErrorHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: unknown }).type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (known) return send(res, known);
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500)
      return send(res, {
        status,
        code: 'BAD_REQUEST',
        zh: '请求无效',
        en: 'Bad request',
      });
    if (isDatabaseUnavailable(error)) {
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return send(res, {
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        zh: SERVICE_UNAVAILABLE_MESSAGE,
        en: 'The service is briefly unavailable (the database cannot be reached); please try again shortly',
      });
    }
    req.log.error({ err: error }, 'unexpected HTTP error');
    send(res, {
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      zh: '服务器内部错误，请稍后重试',
      en: 'Internal server error; please try again later',
    });
  };
}

/** Anything no route answered: JSON, like every other refusal. */
export function jsonNotFound(): RequestHandler {
  return (_req, res) =>
    send(res, { status: 404, code: 'NOT_FOUND', zh: '地址不存在', en: 'No such address' });
}
