import { useQuery } from '@apollo/client/react';
import { Tag } from 'antd';
import { useLocale, useT } from '../app/i18n';
import { OutcomeBandsDocument, type OutcomeBand } from '../graphql/graphql';

/**
 * Colours of the outcome bands, by the band codes the server sends: presentation only. Which bands
 * there are, their order and their names come from the server (`useOutcomeBands`).
 */
export const BAND_COLORS: Record<string, { tag: string; chart: string } | undefined> = {
  priorityCandidate: { tag: 'green', chart: '#389e0d' },
  incentive: { tag: 'blue', chart: '#1677ff' },
  none: { tag: 'default', chart: '#bfbfbf' },
  yellowWarning: { tag: 'gold', chart: '#faad14' },
  redWarning: { tag: 'red', chart: '#cf1322' },
};

/** A band as a screen shows it: its filter value, its code in scores and statistics, its name. */
export type BandInfo = { band: OutcomeBand; code: string; label: string };

/**
 * The server's outcome bands, best first, named in the screen's language (read once, then from the
 * cache); `labelOf` names a band code, '' for none or while they load.
 */
export function useOutcomeBands(): {
  bands: BandInfo[];
  labelOf: (code: string | null | undefined) => string;
} {
  const { locale } = useLocale();
  const list = useQuery(OutcomeBandsDocument).data?.outcomeBands ?? [];
  const bands = list.map((b) => ({
    band: b.band,
    code: b.code,
    label: locale === 'zh-CN' ? b.labelZh : b.labelEn,
  }));
  const labelOf = (code: string | null | undefined) =>
    bands.find((b) => b.code === code)?.label ?? '';
  return { bands, labelOf };
}

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
  const label = useOutcomeBands().labelOf(band);
  if (!band || !label) return null;
  const text = projected ? t('cmt.band.projected', { band: label }) : label;
  const color = BAND_COLORS[band]?.tag;
  if (!color || color === 'default') return <Tag bordered={!projected}>{text}</Tag>;
  return (
    <Tag color={color} bordered={!projected}>
      {text}
    </Tag>
  );
}
