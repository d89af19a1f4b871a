/** What the freshness verdicts follow: the session cache's invalidations (auth/sessions/session-cache.ts). */
export type InvalidationSource = {
  /** Bumped whenever any process of the server announces a mutation. */
  begin(): number;
  /** False while announcements may go unheard (no listener) or the cache is off. */
  readonly active: boolean;
};

/**
 * Remembers, per bureau and year, that `ensureFreshSummaries` found no summary missing, so that a
 * burst of statistics reads pays its bureau-wide count once. A summary goes missing only through a
 * write (a member or membership added, a month recorded, a scheme published, summaries removed),
 * and every mutation, in any process, clears what the session cache holds: the verdicts follow it,
 * stamped with its generation, so a mutation's answer leaves only after every process has
 * forgotten them. While announcements may be lost the verdicts are not trusted at all; a verdict
 * lives `ttlMs` at most, which bounds only a change made straight in the database.
 */
export class SummaryFreshness {
  private readonly verdicts = new Map<string, { generation: number; at: number }>();

  constructor(
    private readonly invalidations: InvalidationSource,
    private readonly ttlMs: number,
  ) {}

  /** The generation to hand back to `markFresh` when the check it started is done. */
  begin(): number {
    return this.invalidations.begin();
  }

  isFresh(bureauId: string, year: number): boolean {
    const verdict = this.verdicts.get(`${bureauId}|${year}`);
    return (
      verdict !== undefined &&
      this.invalidations.active &&
      verdict.generation === this.invalidations.begin() &&
      Date.now() - verdict.at < this.ttlMs
    );
  }

  /** Records a check that began at `generation`; ignored if a mutation was announced since. */
  markFresh(bureauId: string, year: number, generation: number): void {
    if (!this.invalidations.active || generation !== this.invalidations.begin()) return;
    if (this.verdicts.size > 1_000) this.verdicts.clear();
    this.verdicts.set(`${bureauId}|${year}`, { generation, at: Date.now() });
  }
}
