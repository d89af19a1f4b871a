import { renderExplanation, type ExplanationLine } from '@jifen/scoring';
import { Collapse, Typography } from 'antd';
import { PlainList } from './PlainList';
import { useLocale } from '../app/i18n';

/** Lines grouped by month (lines without a month — caps, evaluation, rounding — come last). */
export function linesByMonth(
  lines: readonly ExplanationLine[],
): { month: string | null; lines: ExplanationLine[] }[] {
  const groups = new Map<string | null, ExplanationLine[]>();
  for (const line of lines) {
    const key = line.month ?? null;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([month, group]) => ({ month, lines: group }));
}

/**
 * A score's explanation lines (计分说明) as the scoring package renders them, month by month: every
 * figure traced to the records it rests on.
 */
export function ExplanationLines({ lines, compact }: { lines: unknown; compact?: boolean }) {
  const { t, locale } = useLocale();
  if (!Array.isArray(lines) || lines.length === 0) {
    return <Typography.Text type="secondary">{t('cmt.noLines')}</Typography.Text>;
  }
  const groups = linesByMonth(lines as ExplanationLine[]);
  return (
    <Collapse
      size="small"
      defaultActiveKey={compact ? [] : [groups[0]?.month ?? 'other']}
      data-testid="explanation-lines"
      items={groups.map((g) => ({
        key: g.month ?? 'other',
        label: g.month ?? t('cmt.linesOther'),
        children: (
          <PlainList
            rows={g.lines.map((line, index) => ({
              key: String(index),
              content: (
                <Typography.Text style={{ fontSize: 13 }}>
                  {renderExplanation(line, locale)}
                </Typography.Text>
              ),
            }))}
          />
        ),
      }))}
    />
  );
}
