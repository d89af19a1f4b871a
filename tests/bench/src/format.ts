// How the results' figures are printed, in the table and in the goals' details.
export const mark = (met: boolean | null) => (met === null ? '—' : met ? '✅ met' : '❌ not met');
export const n = (value: number) => value.toLocaleString('en');
export const ms = (value: number) =>
  `${value.toLocaleString('en', { maximumFractionDigits: 1 })} ms`;
export const x = (value: number) => `${value.toLocaleString('en', { maximumFractionDigits: 2 })}×`;
