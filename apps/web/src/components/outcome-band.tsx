import { Tag } from 'antd';
import type { OutcomeBand } from '../graphql/graphql';
import { useT, type MessageKey } from '../app/i18n';

/** The outcome bands of an annual score, best first (as the scoring package names them). */
export const BANDS = [
  'priorityCandidate',
  'incentive',
  'none',
  'yellowWarning',
  'redWarning',
] as const;
export type Band = (typeof BANDS)[number];

export const BAND_COLORS: Record<Band, { tag: string; chart: string }> = {
  priorityCandidate: { tag: 'green', chart: '#389e0d' },
  incentive: { tag: 'blue', chart: '#1677ff' },
  none: { tag: 'default', chart: '#bfbfbf' },
  yellowWarning: { tag: 'gold', chart: '#faad14' },
  redWarning: { tag: 'red', chart: '#cf1322' },
};

export function isBand(value: unknown): value is Band {
  return typeof value === 'string' && (BANDS as readonly string[]).includes(value);
}

/** `priorityCandidate` → `PRIORITY_CANDIDATE`, the GraphQL enum of the ranking filter. */
export function bandEnum(band: Band): OutcomeBand {
  return band.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase() as OutcomeBand;
}

export const bandLabel = (band: Band): MessageKey => `cmt.band.${band}`;
export const bandShortLabel = (band: Band): MessageKey => `cmt.band.short.${band}`;

/**
 * A coloured tag for a year's outcome band; nothing for a quarter (no band). `projected`: the band
 * of a provisional year's projection, labelled 预计 (never shown as a final outcome).
 */
export function OutcomeTag({
  band,
  projected = false,
}: {
  band: string | null | undefined;
  projected?: boolean;
}) {
  const t = useT();
  if (!isBand(band)) return null;
  const label = t(bandShortLabel(band));
  const text = projected ? t('cmt.band.projected', { band: label }) : label;
  if (band === 'none') return <Tag bordered={!projected}>{text}</Tag>;
  return (
    <Tag color={BAND_COLORS[band].tag} bordered={!projected}>
      {text}
    </Tag>
  );
}
