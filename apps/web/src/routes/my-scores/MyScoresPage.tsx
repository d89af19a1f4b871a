import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Card,
  Col,
  Collapse,
  Empty,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { MyScoreDocument, type MyScoreQuery } from '../../graphql/graphql';
import { useLocale, type Locale, type Translate } from '../../app/i18n';
import { useViewer } from '../../app/session/session';
import { MemberOutcomes } from '../members/MemberOutcomes';
import { BAND_COLORS, useOutcomeBands } from '../../components/outcome-band';
import { PlainList } from '../../components/PlainList';
import { ProjectionCard } from './ProjectionCard';
import { today } from '../../app/calendar/today';

type Score = MyScoreQuery['memberScore'];
type Line = Score['lines'][number];
export type PeriodKind = 'month' | 'quarter' | 'year';
export type Period = { kind: PeriodKind; year: number; month: number; quarter: number };

/**
 * The colour of the big total: its band's, once the year is final; otherwise the text's own. A
 * month, a quarter or a year still running has no band, and a total in the brand's red read as a
 * red warning to members well above it.
 */
export function totalColor(score: Pick<Score, 'provisional' | 'outcome'>): string | undefined {
  const band = score.provisional ? undefined : score.outcome?.band;
  // No band to name ('none'): its chart grey would only make the total hard to read.
  return band && band !== 'none' ? BAND_COLORS[band]?.chart : undefined;
}

/** The period first shown: last month (the default `asOf` of the server), its quarter and year. */
export function defaultPeriod(day = today()): Period {
  const last = day.subtract(1, 'month');
  return {
    kind: 'month',
    year: last.year(),
    month: last.month() + 1,
    quarter: Math.floor(last.month() / 3) + 1,
  };
}

export type LineGroup = { key: string; title: string; points: string | null; lines: Line[] };

/**
 * The explanation lines grouped as the form groups them: each base category, then the special
 * score, the evaluation and the rounding step; within a group, by month.
 */
export function groupLines(score: Score, locale: Locale, t: Translate): LineGroup[] {
  const name = (part: { nameZh: string; nameEn: string }) =>
    locale === 'en' ? part.nameEn : part.nameZh;
  const groups = new Map<string, LineGroup>();
  const add = (key: string, title: string, points: string | null, line: Line) => {
    const group = groups.get(key) ?? { key, title, points, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  };
  for (const category of score.categories) {
    groups.set(`base:${category.code}`, {
      key: `base:${category.code}`,
      title: name(category),
      points: category.value,
      lines: [],
    });
  }
  for (const line of score.lines) {
    if (line.section === 'base' && line.category) {
      const category = score.categories.find((c) => c.code === line.category);
      add(
        `base:${line.category}`,
        category ? name(category) : line.category,
        category?.value ?? null,
        line,
      );
    } else if (line.section === 'special') {
      add('special', t('myScores.special'), score.special.value, line);
    } else if (line.section === 'evaluation') {
      add('evaluation', t('myScores.evaluation'), score.evaluation?.value ?? null, line);
    } else {
      add(line.section, t('myScores.totalLines'), null, line);
    }
  }
  for (const group of groups.values()) {
    group.lines.sort((a, b) => (a.month ?? '').localeCompare(b.month ?? ''));
  }
  return [...groups.values()].filter((g) => g.lines.length > 0);
}

function yearsAround(year: number): number[] {
  return [year, year - 1, year - 2];
}

/** 我的积分: the member's own score by month, quarter or year, with every explanation line. */
export default function MyScoresPage() {
  const viewer = useViewer();
  const { t, locale } = useLocale();
  const bandLabel = useOutcomeBands().labelOf;
  const [period, setPeriod] = useState<Period>(() => defaultPeriod());
  const memberId = viewer.memberId;
  const { data, loading, error } = useQuery(MyScoreDocument, {
    variables: {
      memberId: memberId ?? '',
      year: period.year,
      month: period.kind === 'month' ? period.month : null,
      quarter: period.kind === 'quarter' ? period.quarter : null,
    },
    skip: !memberId,
  });
  const score = data?.memberScore;
  const lineMonths = useMemo(
    () =>
      [...new Set((score?.lines ?? []).map((l) => l.month).filter((m): m is string => !!m))].sort(),
    [score],
  );
  // A year has a hundred lines and more: it opens on its latest month, any month or all on demand.
  const [lineMonth, setLineMonth] = useState<string | null>(null);
  const shownMonth =
    lineMonth && lineMonths.includes(lineMonth)
      ? lineMonth
      : period.kind === 'year' && lineMonths.length > 1
        ? lineMonths[lineMonths.length - 1]!
        : 'all';
  const groups = useMemo(() => {
    if (!score) return [];
    const lines =
      shownMonth === 'all'
        ? score.lines
        : score.lines.filter((l) => !l.month || l.month === shownMonth);
    return groupLines({ ...score, lines }, locale, t);
  }, [score, locale, t, shownMonth]);

  if (!memberId) return <Empty description={t('myScores.noMember')} />;

  const name = (part: { nameZh: string; nameEn: string }) =>
    locale === 'en' ? part.nameEn : part.nameZh;
  const text = (line: Line) => (locale === 'en' ? line.textEn : line.textZh);
  const thisYear = today().year();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('myScores.title')}>
        <Space wrap size={[8, 8]}>
          <Segmented<PeriodKind>
            aria-label={t('myScores.periodKind')}
            value={period.kind}
            onChange={(kind) => setPeriod({ ...period, kind })}
            options={[
              { value: 'month', label: t('myScores.byMonth') },
              { value: 'quarter', label: t('myScores.byQuarter') },
              { value: 'year', label: t('myScores.byYear') },
            ]}
          />
          <Select
            aria-label={t('myScores.year')}
            value={period.year}
            onChange={(year) => setPeriod({ ...period, year })}
            options={yearsAround(thisYear).map((y) => ({
              value: y,
              label: t('myScores.yearLabel', { year: y }),
            }))}
            style={{ width: 100 }}
          />
          {period.kind === 'month' && (
            <Select
              aria-label={t('myScores.month')}
              data-testid="my-scores-month"
              value={period.month}
              onChange={(month) => setPeriod({ ...period, month })}
              options={Array.from({ length: 12 }, (_, i) => ({
                value: i + 1,
                label: t('myScores.monthLabel', { month: i + 1 }),
              }))}
              style={{ width: 90 }}
            />
          )}
          {period.kind === 'quarter' && (
            <Select
              aria-label={t('myScores.quarter')}
              value={period.quarter}
              onChange={(quarter) => setPeriod({ ...period, quarter })}
              options={[1, 2, 3, 4].map((q) => ({
                value: q,
                label: t('myScores.quarterLabel', { quarter: q }),
              }))}
              style={{ width: 110 }}
            />
          )}
        </Space>
      </Card>

      {error && !score && <Alert type="error" showIcon title={t('myScores.loadFailed')} />}
      {loading && !score && <Card loading size="small" />}

      {score && (
        <>
          <Card size="small" data-testid="my-scores-summary">
            <Row gutter={[12, 12]} align="middle">
              <Col xs={24} sm={8}>
                <Statistic
                  title={t('myScores.total')}
                  value={score.total.value}
                  styles={{ content: { fontSize: 36, color: totalColor(score) } }}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {score.asOf
                    ? t('myScores.asOf', { month: score.asOf, version: score.schemeVersion })
                    : t('myScores.nothingRecorded')}
                </Typography.Text>
                {score.provisional && (
                  <div>
                    <Tag data-testid="my-scores-provisional">{t('myScores.provisional')}</Tag>
                  </div>
                )}
              </Col>
              <Col xs={8} sm={5}>
                <Statistic title={t('myScores.base')} value={score.base.value} />
              </Col>
              <Col xs={8} sm={5}>
                <Statistic title={t('myScores.special')} value={score.special.value} />
              </Col>
              {score.evaluation && (
                <Col xs={8} sm={6}>
                  <Statistic title={t('myScores.evaluation')} value={score.evaluation.value} />
                </Col>
              )}
            </Row>
            {score.outcome && (
              <div style={{ marginTop: 8 }}>
                <Tag color={BAND_COLORS[score.outcome.band]?.tag} data-testid="my-scores-outcome">
                  {bandLabel(score.outcome.band)}
                </Tag>
                {score.outcome.probationaryInterview && <Tag>{t('myScores.probInterview')}</Tag>}
                {score.outcome.probationExtension && <Tag>{t('myScores.probExtension')}</Tag>}
              </div>
            )}
          </Card>

          <ProjectionCard score={score} />

          <Card size="small" title={t('myScores.breakdown')}>
            <PlainList
              testId="my-scores-breakdown"
              rows={[
                ...score.categories.map((c) => ({ key: c.code, label: name(c), value: c.value })),
                ...score.specialItems
                  .filter((i) => Number(i.value) !== 0)
                  .map((i) => ({
                    key: `special:${i.code}`,
                    label: `${t('myScores.special')} · ${name(i)}`,
                    value: i.value,
                  })),
              ].map((row) => ({
                key: row.key,
                content: row.label,
                extra: <Typography.Text strong>{row.value}</Typography.Text>,
              }))}
            />
            {score.months.length > 1 && (
              <>
                <Typography.Text type="secondary">{t('myScores.monthsBase')}</Typography.Text>
                <Space wrap size={[4, 4]} style={{ marginTop: 4 }} data-testid="my-scores-months">
                  {score.months.map((m) => (
                    <Tag key={m.month}>
                      {t('myScores.monthTag', { month: Number(m.month.slice(5)), base: m.base })}
                    </Tag>
                  ))}
                </Space>
              </>
            )}
          </Card>

          {score.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('myScores.warnings')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {score.warnings.map((w, i) => (
                    <li key={`${w.code}-${i}`}>{locale === 'en' ? w.messageEn : w.messageZh}</li>
                  ))}
                </ul>
              }
            />
          )}

          <Card
            size="small"
            title={t('myScores.lines')}
            data-testid="my-scores-lines"
            extra={
              lineMonths.length > 1 ? (
                <Select
                  size="small"
                  aria-label={t('myScores.linesMonth')}
                  value={shownMonth}
                  onChange={setLineMonth}
                  options={[
                    { value: 'all', label: t('myScores.allMonths') },
                    ...lineMonths.map((m) => ({
                      value: m,
                      label: t('myScores.monthLabel', { month: Number(m.slice(5)) }),
                    })),
                  ]}
                  style={{ width: 100 }}
                />
              ) : null
            }
          >
            {groups.length === 0 ? (
              <Empty description={t('myScores.noLines')} />
            ) : (
              <Collapse
                size="small"
                defaultActiveKey={groups.length <= 4 ? groups.map((g) => g.key) : [groups[0]!.key]}
                items={groups.map((group) => ({
                  key: group.key,
                  label: group.title,
                  extra: group.points ? (
                    <Typography.Text strong>{group.points}</Typography.Text>
                  ) : null,
                  children: (
                    <PlainList
                      rows={group.lines.map((line, index) => ({
                        key: `${line.itemCode ?? line.kind}-${line.month ?? ''}-${index}`,
                        content: (
                          <Typography.Text style={{ fontSize: 13 }}>{text(line)}</Typography.Text>
                        ),
                      }))}
                    />
                  ),
                }))}
              />
            )}
          </Card>
        </>
      )}
      <MemberOutcomes memberId={memberId} ownTitle={t('myScores.cases')} />
    </Space>
  );
}
