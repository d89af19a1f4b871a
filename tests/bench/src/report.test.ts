import { describe, expect, it } from 'vitest';
import type { LoadRun } from './load-test.js';
import { peerLoadGoal } from './report.js';

function run(requestsPerSecond: number, errors = 0): LoadRun {
  return {
    connections: 10,
    requests: requestsPerSecond * 20,
    durationSeconds: 20,
    requestsPerSecond,
    p50Ms: 100,
    p99Ms: 300,
    errors,
    non2xx: 0,
    timeouts: 0,
    graphqlErrors: errors,
    rssMb: { before: 300, peak: 320, after: 300 },
    peakUnderLimit: true,
    settled: true,
  };
}

describe('the load goal against PostGraphile', () => {
  it('is met only when Jifen serves at least the peer’s req/s without errors', () => {
    expect(peerLoadGoal(run(90), run(80)).met).toBe(true);
    expect(peerLoadGoal(run(80), run(80)).met).toBe(true);
    expect(peerLoadGoal(run(65.9), run(78.7))).toMatchObject({
      met: false,
      detail: '65.9 against 78.7 req/s (0.84×), 0 errors',
    });
    expect(peerLoadGoal(run(90, 3), run(80)).met).toBe(false);
  });
});
