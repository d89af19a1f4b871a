// Item 4: autocannon against the server on the loopback interface, bounded in requests and time,
// at 10 and 50 connections, on a typical analyst query; the server's resident memory is sampled
// from /proc during the run and read again after a short rest.
import autocannon from 'autocannon';
import type { GraphQLClient } from '../server/graphql.js';
import type { ProcessMemory } from '../server/server-process.js';
import { round } from '../stats.js';

export const MEMORY_LIMIT_MB = 512;
export const SETTLE_TOLERANCE = 0.2;

export type LoadRun = {
  connections: number;
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  graphqlErrors: number;
  rssMb: { before: number; peak: number; after: number };
  peakUnderLimit: boolean;
  settled: boolean;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runLoad(
  server: ProcessMemory,
  client: GraphQLClient,
  query: string,
  variables: Record<string, unknown>,
  opts: { connections: number; amount: number; durationSeconds: number; settleMs: number },
): Promise<LoadRun> {
  const before = server.rssMb();
  server.resetPeak();
  let sampledPeak = before;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, server.rssMb());
  }, 50);
  // autocannon lets `amount` override `duration`: the time bound is enforced here with stop().
  const options: autocannon.Options = {
    url: client.url,
    method: 'POST',
    headers: client.headers(),
    body: client.body(query, variables),
    connections: opts.connections,
    amount: opts.amount,
    duration: opts.durationSeconds + 1,
    timeout: 30,
    // A 200 carrying GraphQL errors is an error too (counted by autocannon as a mismatch).
    verifyBody: (body: unknown) => !String(body).includes('"errors"'),
  };
  let stopper: NodeJS.Timeout | undefined;
  // autocannon reports its run when its next once-a-second sample is due, so its `duration` is
  // rounded up to whole seconds: 5,000 requests done in 12.1 or in 12.9 s both read as 13 s, and
  // two servers compared on req/s tie or part by up to a twelfth. The run's time here is from the
  // start to the last response.
  const started = performance.now();
  let lastResponse = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: Error | null, res: autocannon.Result) =>
      error ? reject(error) : resolve(res),
    );
    instance.on('response', () => {
      lastResponse = performance.now();
    });
    stopper = setTimeout(() => instance.stop(), opts.durationSeconds * 1000);
  });
  const seconds = (lastResponse - started) / 1000;
  clearTimeout(stopper);
  const graphqlErrors = result.mismatches;
  clearInterval(sampler);
  const peak = Math.max(sampledPeak, server.peakRssMb());
  await sleep(opts.settleMs);
  const after = server.rssMb();
  const requests = result.requests.total;
  return {
    connections: opts.connections,
    requests,
    durationSeconds: round(seconds, 2),
    requestsPerSecond: seconds > 0 ? round(requests / seconds, 1) : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + graphqlErrors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    graphqlErrors,
    rssMb: { before: round(before, 1), peak: round(peak, 1), after: round(after, 1) },
    peakUnderLimit: peak < MEMORY_LIMIT_MB,
    settled: after <= before * (1 + SETTLE_TOLERANCE),
  };
}
