import type { EntityManager } from '@mikro-orm/postgresql';
import { type Plain, type Properties, selectPlain } from '../../db/rows/plain-rows.js';
import { textArray, uuidArray } from '../../db/rows/sql-arrays.js';
import DataLoader from 'dataloader';
import { parsePeriod } from './score-period-input.js';
import { ScoreSummary } from './score-summary.entity.js';

/**
 * The summary period a member's `score(year, quarter)` asks for: `year` or `q1`…`q4`. A year or
 * quarter out of range is a typed error naming the argument, not an empty score.
 */
export function summaryPeriod(year: number, quarter: number | null | undefined): string {
  parsePeriod({ year, quarter });
  return quarter ? `q${quarter}` : 'year';
}

/** Key of a summary: `year|period|memberId`, period being `year` or `q1`…`q4`. */
export const summaryKey = (year: number, period: string, memberId: string) =>
  `${year}|${period}|${memberId}`;

type SummaryRow = Plain<ScoreSummary>;

/**
 * A request's summaries with one set of properties, by year, period and member. What a roster
 * reads ahead (`prefetch`) is kept by year and period, then by member id, so a roster's lines
 * answer synchronously by ids already read, instead of building, flattening and hashing a
 * 46-character key for each line twice (a roster 4–6 % sooner, alternated with that). Anything
 * else is loaded in batches, one statement per year asked, however many periods.
 */
export class ScoreSummaryLoader {
  private readonly known = new Map<string, Map<string, SummaryRow | null>>();
  private readonly loader: DataLoader<string, SummaryRow | null>;

  constructor(
    private readonly em: EntityManager,
    /** The properties read: those asked, and the row's key (year and period) whatever was asked. */
    private readonly only: Properties,
  ) {
    this.loader = new DataLoader((keys) => this.batch(keys));
  }

  /**
   * Reads the summaries of `memberIds` for `periods` of `year` in one statement; from then on
   * each is known, a member without one as null. A read that fails leaves them unknown, so that
   * each field asks again and reports the error itself.
   */
  async prefetch(year: number, periods: readonly string[], memberIds: readonly string[]) {
    if (memberIds.length === 0 || periods.length === 0) return;
    let rows: SummaryRow[];
    try {
      rows = await this.read(year, periods, memberIds);
    } catch {
      return;
    }
    const byPeriod = new Map(periods.map((period) => [period, this.knownOf(year, period)]));
    for (const row of rows) byPeriod.get(row.period)?.set(row.memberId, row);
    for (const known of byPeriod.values()) {
      for (const id of memberIds) if (!known.has(id)) known.set(id, null);
    }
  }

  /** The member's summary of the period: synchronously when read ahead, else batched. */
  get(
    year: number,
    period: string,
    memberId: string,
  ): SummaryRow | null | Promise<SummaryRow | null> {
    const known = this.known.get(`${year}|${period}`)?.get(memberId);
    return known !== undefined ? known : this.loader.load(summaryKey(year, period, memberId));
  }

  private knownOf(year: number, period: string): Map<string, SummaryRow | null> {
    const key = `${year}|${period}`;
    let known = this.known.get(key);
    if (!known) this.known.set(key, (known = new Map()));
    return known;
  }

  private read(year: number, periods: readonly string[], memberIds: readonly string[]) {
    return selectPlain(
      this.em,
      ScoreSummary,
      's',
      {
        sql: 's.year = ? and s.period = any(?::text[]) and s.member_id = any(?::uuid[])',
        params: [year, textArray(periods), uuidArray(memberIds)],
      },
      // Sent after the roster's own read, on its own: planned once per connection.
      { only: this.only, prepared: true },
    );
  }

  private async batch(keys: readonly string[]): Promise<(SummaryRow | null)[]> {
    const byYear = new Map<number, { periods: Set<string>; memberIds: Set<string> }>();
    for (const key of keys) {
      const [year, period, memberId] = key.split('|') as [string, string, string];
      const group = byYear.get(Number(year)) ?? { periods: new Set(), memberIds: new Set() };
      group.periods.add(period);
      group.memberIds.add(memberId);
      byYear.set(Number(year), group);
    }
    const found = new Map<string, SummaryRow>();
    for (const [year, { periods, memberIds }] of byYear) {
      const rows = await this.read(year, [...periods], [...memberIds]);
      for (const row of rows) found.set(summaryKey(row.year, row.period, row.memberId), row);
    }
    return keys.map((k) => found.get(k) ?? null);
  }
}

/**
 * Summaries by member, as plain rows. One loader per set of properties asked (`propertiesFor` the
 * selection), so a row never lacks a field its query selects and a roster of totals does not
 * parse every summary's JSON.
 */
export function createScoreSummaryLoaders(em: EntityManager) {
  const loaders = new Map<string, ScoreSummaryLoader>();
  // The same list of properties (one per field of a parsed query) asks again for each member.
  const byList = new WeakMap<readonly string[], ScoreSummaryLoader>();
  return {
    /** The loader whose rows carry `properties`. */
    with(properties: Properties): ScoreSummaryLoader {
      let loader = properties === 'all' ? undefined : byList.get(properties);
      if (loader) return loader;
      const signature = properties === 'all' ? '*' : properties.join(',');
      loader = loaders.get(signature);
      if (!loader) {
        const only: Properties = properties === 'all' ? 'all' : [...properties, 'year', 'period'];
        loader = new ScoreSummaryLoader(em, only);
        loaders.set(signature, loader);
      }
      if (properties !== 'all') byList.set(properties, loader);
      return loader;
    },
  };
}
