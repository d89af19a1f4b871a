import { Select } from 'antd';
import { useT } from '../app/i18n';
import { today } from '../app/calendar/today';

/** This calendar year (the year whose scores are being kept). */
export const currentYear = () => today().toDate().getFullYear();

/** Years with assessments: from 2021 (the plan's first year) to next year. */
export function yearOptions(now = currentYear()): number[] {
  const years: number[] = [];
  for (let y = now + 1; y >= 2021; y -= 1) years.push(y);
  return years;
}

export function YearSelect({
  value,
  onChange,
}: {
  value: number;
  onChange: (year: number) => void;
}) {
  const t = useT();
  return (
    <Select<number>
      aria-label={t('cmt.year')}
      value={value}
      onChange={onChange}
      options={yearOptions().map((y) => ({ value: y, label: `${y}` }))}
      style={{ width: 100 }}
    />
  );
}
