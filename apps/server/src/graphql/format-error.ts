import {
  ForeignKeyConstraintViolationException,
  RowLevelSecurityViolationException,
  UniqueConstraintViolationException,
  OptimisticLockError,
  NotFoundError as OrmNotFound,
} from '@mikro-orm/core';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { isDatabaseUnavailable } from '../db/connection/database-unavailable.js';
import { AppError, ServiceUnavailableError } from './errors.js';

const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** graphql-armor's refusals, named so a client can tell which limit it hit. */
const LIMITS: [RegExp, string, (n: string) => string][] = [
  [/depth limit of (\d+) exceeded/, 'depth', (n) => `查询嵌套层数超过上限（${n} 层）`],
  [/Aliases limit of (\d+) exceeded/, 'aliases', (n) => `查询别名数量超过上限（${n} 个）`],
  // The token limit is graphql-js's own parser option (http/create-http-app.ts).
  [/more tha[nt] (\d+) tokens/, 'tokens', (n) => `查询过长（超过 ${n} 个词法单元）`],
  [/Cost limit of (\d+) exceeded/, 'cost', (n) => `查询代价超过上限（${n}）`],
  [/Directives limit of (\d+) exceeded/, 'directives', (n) => `查询指令数量超过上限（${n} 个）`],
];

function limitError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  for (const [pattern, limit, zh] of LIMITS) {
    const m = pattern.exec(formatted.message);
    if (m)
      return {
        message: zh(m[1]!),
        extensions: {
          code: 'QUERY_LIMIT_EXCEEDED',
          limit,
          messageEn: `Query ${limit} limit of ${m[1]!} exceeded`,
        },
      };
  }
  return null;
}

/**
 * Every error leaves the server as a typed code and a safe message: our AppErrors as they are,
 * GraphQL's own request errors as they are, known ORM errors translated, anything else masked
 * (the full error is logged server-side with the request id, never sent: no stack, no SQL).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    // `http` sets the response's status; Apollo reads it before this hook, and it is not for clients.
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  if (isDatabaseUnavailable(original)) {
    const unavailable = new ServiceUnavailableError();
    const { http: _http, ...extensions } = unavailable.extensions;
    return { ...base, message: unavailable.message, extensions };
  }
  if (original instanceof AuthenticationError) {
    return {
      ...base,
      message: '请先登录',
      extensions: { code: 'UNAUTHENTICATED', messageEn: 'Please log in first' },
    };
  }
  if (original instanceof AuthorizationError) {
    return {
      ...base,
      message: '当前账号没有执行此操作的权限',
      extensions: { code: 'FORBIDDEN', messageEn: 'Your account may not do this' },
    };
  }
  if (original instanceof OptimisticLockError) {
    return {
      ...base,
      message: '数据已被他人修改，请刷新后重试',
      extensions: {
        code: 'CONFLICT',
        messageEn: 'Someone else changed this; reload and try again',
      },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      ...base,
      message: '与已有记录重复',
      extensions: { code: 'CONFLICT', messageEn: 'This duplicates an existing record' },
    };
  }
  if (original instanceof ForeignKeyConstraintViolationException) {
    return {
      ...base,
      message: '仍有其他记录引用它，不能删除或修改',
      extensions: {
        code: 'CONFLICT',
        messageEn: 'Other records still refer to it; it cannot be deleted or changed',
      },
    };
  }
  // Row-level security refused a row: the service's own checks should have said so first.
  if (original instanceof RowLevelSecurityViolationException) {
    return {
      ...base,
      message: '当前账号没有执行此操作的权限',
      extensions: { code: 'FORBIDDEN', messageEn: 'Your account may not do this' },
    };
  }
  // PostgreSQL refused a value itself (class 22, data exception: a date or number out of range, a
  // malformed literal; 54000, a value too large to index): the input was wrong, not the server.
  const sqlState = (original as { code?: unknown } | null)?.code;
  if (typeof sqlState === 'string' && (sqlState.startsWith('22') || sqlState === '54000')) {
    return {
      ...base,
      message: '输入的值超出允许范围或格式不正确',
      extensions: {
        code: 'BAD_USER_INPUT',
        messageEn: 'A value is out of range or malformed (a date, a number or a text too long)',
        ...(formatted.path ? { field: formatted.path.join('.') } : {}),
      },
    };
  }
  if (original instanceof OrmNotFound) {
    return {
      ...base,
      message: '记录不存在或无权访问',
      extensions: { code: 'NOT_FOUND', messageEn: 'Not found or not accessible' },
    };
  }
  // Apollo's own refusal of an automatic persisted query whose hash is not the query's.
  if (formatted.message === 'provided sha does not match query') {
    return {
      message: '持久化查询的哈希与查询内容不符',
      extensions: {
        code: 'PERSISTED_QUERY_HASH_MISMATCH',
        messageEn: 'The persisted query hash does not match the query (sha256 of the query text)',
      },
    };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
    return limitError(formatted) ?? { ...base, extensions: { code } };
  }
  return {
    message: '服务器内部错误，请稍后重试',
    path: formatted.path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      messageEn: 'Internal server error; please try again later',
    },
  };
}
