import { Alert, Select } from 'antd';
import { serverErrors } from '../../app/apollo/server-errors';
import { useLocale } from '../../app/i18n';
import { currentYear } from '../../components/YearSelect';
import type { SchemeDraftInput } from '../../graphql/graphql';

/** What a try-out sends: the saved version, or the editor's unsaved definition. */
export function draftInput(
  schemeId: string,
  edited: boolean,
  definition: unknown,
): SchemeDraftInput {
  return edited ? { definition } : { schemeId };
}

/** The records a draft can be tried on: this year's (up to last month) or last year's. */
export function recordsYearOptions(now = currentYear()): number[] {
  return [now, now - 1];
}

/** Next year's draft is tried on this year's records first; any other on last year's whole year. */
export function defaultRecordsYear(draftYear: number, now = currentYear()): number {
  return draftYear > now ? now : now - 1;
}

export function RecordsYearSelect({
  value,
  onChange,
}: {
  value: number;
  onChange: (year: number) => void;
}) {
  const { t } = useLocale();
  const now = currentYear();
  return (
    <Select<number>
      aria-label={t('tryOut.recordsYear')}
      value={value}
      onChange={onChange}
      options={recordsYearOptions(now).map((y) => ({
        value: y,
        label: t(y === now ? 'tryOut.recordsThisYear' : 'tryOut.recordsLastYear', { year: y }),
      }))}
      style={{ width: 220 }}
    />
  );
}

/** The server's refusal or the draft's problems, in the reader's words. */
export function ServerErrorAlert({ error }: { error: unknown }) {
  const { t, locale } = useLocale();
  const messages = serverErrors(error, locale, t).map((e) => e.message);
  if (!messages.length) return null;
  return <Alert type="error" showIcon role="alert" title={messages.join(t('app.listSeparator'))} />;
}
