import pg from 'pg';

/**
 * Samples what one PostgreSQL backend is doing, every few milliseconds, from a connection of its
 * own (`pg_stat_activity`): working (active, waiting on nothing), waiting for its client's next
 * statement (idle in its transaction), reading a page the shared buffers did not hold, or another
 * wait. On two cores it tells which side of a pipeline waits for the other.
 */
export async function sampleBackend(ownerUrl: string, pid: number) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const counts = new Map<string, number>();
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await client.query<{ state: string | null; wait: string | null }>(
        `select state, wait_event_type || ':' || wait_event as wait
           from pg_stat_activity where pid = $1`,
        [pid],
      );
      const row = rows[0];
      if (row) {
        const key =
          row.state === 'active' && !row.wait
            ? 'working'
            : row.state === 'idle in transaction'
              ? 'waiting for this process'
              : row.wait === 'IO:DataFileRead'
                ? 'reading pages into shared buffers'
                : `${row.state ?? '?'} ${row.wait ?? ''}`.trim();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, 4));
    }
  })();
  return {
    /** Stops sampling; the share of the samples in each state, the largest first. */
    async stop(): Promise<string> {
      stopped = true;
      await loop;
      await client.end();
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      return [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([state, n]) => `${state} ${((100 * n) / Math.max(total, 1)).toFixed(0)} %`)
        .join(', ');
    },
  };
}
