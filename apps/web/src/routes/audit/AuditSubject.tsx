import { Typography } from 'antd';
import { useLocale } from '../../app/i18n';

type Entry = {
  entityLabel: string;
  entityLabelEn: string;
  subject?: string | null;
  subjectEn?: string | null;
};

/** An entry's 对象: the kind of record, and under it which one, as the server names it. */
export function AuditSubject({ entry }: { entry: Entry }) {
  const { locale } = useLocale();
  const en = locale === 'en';
  const subject = en ? entry.subjectEn : entry.subject;
  return (
    <>
      <div>{en ? entry.entityLabelEn : entry.entityLabel}</div>
      {subject && (
        // keep-all: a name or a period breaks only at the parts' separators.
        <Typography.Text
          type="secondary"
          style={{ wordBreak: 'keep-all' }}
          data-testid="audit-subject"
        >
          {subject}
        </Typography.Text>
      )}
    </>
  );
}
