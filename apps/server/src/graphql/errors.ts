import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'QUERY_LIMIT_EXCEEDED'
  | 'PERSISTED_QUERY_HASH_MISMATCH'
  | 'INTERNAL_SERVER_ERROR';

/**
 * A typed error a person can act on: `message` in zh-CN (the product's first language),
 * `extensions.messageEn` in English, `extensions.field` naming the offending input when there is one.
 */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    messageZh: string,
    messageEn: string,
    field?: string,
    details?: unknown,
  ) {
    super(messageZh, {
      extensions: {
        code,
        messageEn,
        ...(field ? { field } : {}),
        ...(details !== undefined ? { details } : {}),
      },
    });
  }
}

export class BadInputError extends AppError {
  constructor(messageZh: string, messageEn: string, field?: string, details?: unknown) {
    super('BAD_USER_INPUT', messageZh, messageEn, field, details);
  }
}
export class UnauthenticatedError extends AppError {
  constructor(messageZh = '请先登录', messageEn = 'Please log in first') {
    super('UNAUTHENTICATED', messageZh, messageEn);
  }
}
export class ForbiddenError extends AppError {
  constructor(messageZh: string, messageEn: string) {
    super('FORBIDDEN', messageZh, messageEn);
  }
}
export class NotFoundError extends AppError {
  constructor(what: { zh: string; en: string }, field?: string) {
    super(
      'NOT_FOUND',
      `${what.zh}不存在或无权访问`,
      `${what.en} not found or not accessible`,
      field,
    );
  }
}
export class ConflictError extends AppError {
  constructor(messageZh: string, messageEn: string, details?: unknown) {
    super('CONFLICT', messageZh, messageEn, undefined, details);
  }
}
export class TooManyRequestsError extends AppError {
  constructor(messageZh: string, messageEn: string) {
    super('TOO_MANY_REQUESTS', messageZh, messageEn);
  }
}

export const SERVICE_UNAVAILABLE_MESSAGE = '服务暂时不可用（数据库连接中断），请稍后重试';

/** The database is down or restarting: nothing was done, and the same request may be retried. */
export class ServiceUnavailableError extends AppError {
  constructor() {
    super(
      'SERVICE_UNAVAILABLE',
      SERVICE_UNAVAILABLE_MESSAGE,
      'The service is briefly unavailable (the database cannot be reached); please try again shortly',
    );
    this.extensions['retryable'] = true;
    this.extensions['http'] = SERVICE_UNAVAILABLE_HTTP;
  }
}

/** Seconds a client should wait before retrying after a SERVICE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 2;

export const SERVICE_UNAVAILABLE_HTTP = {
  status: 503,
  headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]),
};
