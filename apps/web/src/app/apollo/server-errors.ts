import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { Locale, Translate } from '../i18n';

/** One error the server reported, in the words of the reader's locale. */
export type ServerErrorInfo = {
  /** `extensions.code`: BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, … */
  code: string;
  message: string;
  /** `extensions.field`: the input the error is about (e.g. `password`, `input.items.0.points`). */
  field: string | null;
};

type Extensions = Readonly<Record<string, unknown>> | undefined;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/** The locale's message of one GraphQL error: zh-CN is `message`, English is `extensions.messageEn`. */
export function localMessage(message: string, extensions: Extensions, locale: Locale): string {
  if (locale === 'en') return text(extensions?.['messageEn']) ?? message;
  return message;
}

/**
 * Turns whatever Apollo Client reports into messages a person can act on. GraphQL errors keep
 * their code and field; a network failure becomes one NETWORK error.
 */
export function serverErrors(error: unknown, locale: Locale, t: Translate): ServerErrorInfo[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      code: text(e.extensions?.['code']) ?? 'INTERNAL_SERVER_ERROR',
      message: localMessage(e.message, e.extensions, locale),
      field: text(e.extensions?.['field']),
    }));
  }
  if (ServerError.is(error)) {
    // Apollo Server answers some request errors with a non-200 status and a GraphQL body.
    try {
      const body = JSON.parse(error.bodyText) as {
        errors?: { message: string; extensions?: Record<string, unknown> }[];
      };
      if (body.errors?.length) {
        return body.errors.map((e) => ({
          code: text(e.extensions?.['code']) ?? 'INTERNAL_SERVER_ERROR',
          message: localMessage(e.message, e.extensions, locale),
          field: text(e.extensions?.['field']),
        }));
      }
    } catch {
      // Not JSON: fall through to the generic message.
    }
    return [{ code: 'SERVER_ERROR', message: t('error.unknown'), field: null }];
  }
  return [{ code: 'NETWORK', message: t('error.network'), field: null }];
}
