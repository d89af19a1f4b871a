import { useSearchParams } from 'react-router';

/**
 * The year in the address (`?year=2025`), so a work item's link, a reload or a shared link opens
 * the year it names; otherwise `fallback`.
 */
export function useYearParam(fallback: number): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('year');
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : fallback;
  return [
    year,
    (next: number) =>
      setParams(
        (p) => {
          p.set('year', String(next));
          return p;
        },
        { replace: true },
      ),
  ];
}
