import { GCProfiler, type HeapSpaceStatistics } from 'node:v8';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { DeferredBeginClient } from './deferred-begin-client.js';

// A file of its own: other tests' spies and pools would keep objects alive themselves.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(() => db.close());

const oldSpace = (spaces: HeapSpaceStatistics[]) =>
  spaces.find((s) => s.spaceName === 'old_space')!.spaceUsedSize;

it('lets a query’s rows die young: none is moved into the old generation once unused', async () => {
  const client = new DeferredBeginClient(db.ownerUrl);
  await client.connect();
  try {
    const text = `select g, repeat('积分', 40) || g as line from generate_series(1, 500) g`;
    // Warm first: the first collections also move what loading and connecting left behind.
    for (let i = 0; i < 200; i++) await client.query(text);
    const profiler = new GCProfiler();
    profiler.start();
    // About 50 MB of rows, read one query after another and dropped: the young generation is
    // collected many times meanwhile, each time while a query is being read.
    let rows = 0;
    for (let i = 0; i < 600; i++) rows += (await client.query(text)).rows.length;
    const { statistics } = profiler.stop()!;
    expect(rows).toBe(600 * 500);
    // What the young collections moved into the old generation. With pg's own promise form each
    // query's rows outlived the collection during the next query: 47–65 MB moved here.
    const promoted = statistics
      .filter((s) => s.gcType === 'Scavenge')
      .reduce(
        (sum, s) =>
          sum + oldSpace(s.afterGC.heapSpaceStatistics) - oldSpace(s.beforeGC.heapSpaceStatistics),
        0,
      );
    // Whatever else the process holds moves too: 6.4 MB once in a whole suite on a busy machine,
    // so the line sits well above that and well below the fault's 47 MB.
    expect(promoted).toBeLessThan(16 * 1024 * 1024);
  } finally {
    await client.end();
  }
});
