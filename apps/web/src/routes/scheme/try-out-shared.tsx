import { useQuery } from '@apollo/client/react';
import { Alert, Select } from 'antd';
import { useState } from 'react';
import { serverErrors } from '../../app/apollo/server-errors';
import { useLocale } from '../../app/i18n';
import {
  TryOutRecordsYearsDocument,
  type SchemeDraftInput,
  type TryOutRecordsYearsQuery,
} from '../../graphql/graphql';

/** What a try-out sends: the saved version, or the editor's unsaved definition. */
export function draftInput(
  schemeId: string,
  edited: boolean,
  definition: unknown,
): SchemeDraftInput {
  return edited ? { definition } : { schemeId };
}

type RecordsYear = TryOutRecordsYearsQuery['tryOutRecordsYears'][number];

/**
 * The years of records a draft can be tried on, as the server tells them (this year and last by
 * its calendar, how far each is recorded and approved), and the one chosen: the server's
 * preferred year for the draft until the user picks another. `recordsYear` is null until known.
 */
export function useRecordsYears(draftYear: number) {
  const { data } = useQuery(TryOutRecordsYearsDocument, { variables: { draftYear } });
  const years = data?.tryOutRecordsYears ?? [];
  const [picked, setPicked] = useState<number | null>(null);
  const recordsYear =
    years.find((y) => y.year === picked)?.year ?? years.find((y) => y.preferred)?.year ?? null;
  return { years, recordsYear, setRecordsYear: setPicked };
}

/** A records year in words: how far it is recorded, and whether its branches have approved it. */
function recordsYearLabel(y: RecordsYear, t: ReturnType<typeof useLocale>['t']): string {
  if (!y.recordedThrough) return t('tryOut.recordsNone', { year: y.year });
  if (!y.provisional) return t('tryOut.recordsApproved', { year: y.year });
  const month = y.recordedThrough;
  return y.branchesApproved === 0
    ? t('tryOut.recordsRunning', { year: y.year, month })
    : t('tryOut.recordsPartlyApproved', {
        year: y.year,
        month,
        approved: y.branchesApproved,
        recorded: y.branchesRecorded,
      });
}

export function RecordsYearSelect({
  years,
  value,
  onChange,
}: {
  years: readonly RecordsYear[];
  value: number | null;
  onChange: (year: number) => void;
}) {
  const { t } = useLocale();
  return (
    <Select<number>
      aria-label={t('tryOut.recordsYear')}
      loading={years.length === 0}
      value={value ?? undefined}
      onChange={onChange}
      options={years.map((y) => ({ value: y.year, label: recordsYearLabel(y, t) }))}
      popupMatchSelectWidth={false}
      style={{ minWidth: 220 }}
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
