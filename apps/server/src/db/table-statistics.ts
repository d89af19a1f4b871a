import type { Logger } from 'pino';
import { withClient } from './connection/with-client.js';

/** Tables a bulk write leaves with stale planner statistics (named here: they go into SQL). */
export type AnalyzedTable = 'score_summary';

/**
 * Gathers a table's planner statistics after a bulk write, in the background, as the owner (the
 * app role may not analyze a table it does not own). Publishing a bureau's first scheme writes
 * five summaries a member into a table last analysed without them: until it is analysed again
 * the planner takes the bureau's summaries for none, and a roster took 57–65 ms instead of 12.
 * Autovacuum would analyse it within its naptime, if it runs; this does it as soon as the write
 * has committed. A failure is logged, never thrown: the write it follows has succeeded.
 */
export class TableStatistics {
  readonly #running = new Map<AnalyzedTable, Promise<void>>();
  readonly #again = new Set<AnalyzedTable>();

  constructor(
    private readonly ownerUrl: string | null,
    private readonly log: Logger,
  ) {}

  /** Analyses `table` soon; asked again while it runs, it runs once more afterwards. */
  analyzeSoon(table: AnalyzedTable): void {
    if (!this.ownerUrl) return;
    if (this.#running.has(table)) {
      this.#again.add(table);
      return;
    }
    const run = this.#analyze(table).finally(() => {
      this.#running.delete(table);
      if (this.#again.delete(table)) this.analyzeSoon(table);
    });
    this.#running.set(table, run);
  }

  /** Resolves once nothing is being analysed (the server's stop, tests). */
  async settled(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running.values());
  }

  async #analyze(table: AnalyzedTable): Promise<void> {
    try {
      await withClient(this.ownerUrl!, (owner) => owner.query(`analyze ${table}`));
    } catch (error) {
      this.log.warn({ err: error, table }, 'could not analyse a table after a bulk write');
    }
  }
}
