import { Alert, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import type { OperationContext } from '../apollo/client';
import { serverErrors, type ServerErrorInfo } from '../apollo/server-errors';
import { useLocale } from '../i18n';

/** Spread into a mutation's options: the form, not the global toast, shows its errors. */
export const FORM_ERRORS: { context: OperationContext } = { context: { errorDisplay: 'form' } };

type NamePath = string | number | (string | number)[];

export type FormErrorsOptions = {
  /** The form's field names; a server `field` outside them is shown above the form. */
  fields: readonly string[];
  /** Server field path → form name, when they differ (default: the path's last dotted part). */
  fieldMap?: Record<string, NamePath>;
};

/** Where each server error goes: a form field, or the banner above the form. */
export function routeServerErrors(
  errors: readonly ServerErrorInfo[],
  options: FormErrorsOptions,
): { fields: { name: NamePath; errors: string[] }[]; general: string[] } {
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const general: string[] = [];
  for (const error of errors) {
    const name = error.field ? fieldName(error.field, options) : null;
    if (name === null) {
      if (!general.includes(error.message)) general.push(error.message);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], general };
}

function fieldName(field: string, options: FormErrorsOptions): NamePath | null {
  const mapped = options.fieldMap?.[field];
  if (mapped !== undefined) return mapped;
  if (options.fields.includes(field)) return field;
  const last = field.split('.').pop() ?? field;
  return options.fields.includes(last) ? last : null;
}

/**
 * A form's server errors: `handle(error)` puts each error carrying `extensions.field` under its
 * field and the rest into `banner` (render `<FormErrorBanner message={banner} />`). Use with
 * `FORM_ERRORS` so the global error link stays quiet.
 */
export function useFormErrors<Values>(form: FormInstance<Values>, options: FormErrorsOptions) {
  const { locale, t } = useLocale();
  const [banner, setBanner] = useState<string | null>(null);
  const { fields, fieldMap } = options;
  const handle = useCallback(
    (error: unknown) => {
      const routed = routeServerErrors(serverErrors(error, locale, t), { fields, fieldMap });
      form.setFields(routed.fields as Parameters<typeof form.setFields>[0]);
      setBanner(routed.general.length ? routed.general.join(t('app.listSeparator')) : null);
    },
    [form, locale, t, fields, fieldMap],
  );
  const clear = useCallback(() => setBanner(null), []);
  return { banner, handle, clear };
}

export function FormErrorBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} role="alert" />;
}
