import { useSearchParams } from 'react-router';
import { today } from '../app/calendar/today';

/** The month shown first: last month (this month's records are still coming in). */
export function defaultMonth(day = today()): string {
  return day.subtract(1, 'month').format('YYYY-MM');
}

/** The month in the address (`?month=2026-03`), so a reload or a shared link keeps it. */
export function useMonthParam(fallback = defaultMonth()): [string, (month: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('month');
  const month = raw && /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? raw : fallback;
  return [
    month,
    (next: string) =>
      setParams(
        (p) => {
          p.set('month', next);
          return p;
        },
        { replace: true },
      ),
  ];
}
