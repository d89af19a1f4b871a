import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
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
