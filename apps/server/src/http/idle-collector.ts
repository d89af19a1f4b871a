import type { NextFunction, Request, Response } from 'express';

/** V8's `gc()` (under `--expose-gc`); `last-resort` also returns the pages V8 keeps pooled. */
type Gc = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

const LAST_RESORT = { type: 'major', execution: 'sync', flavor: 'last-resort' } as const;

/**
 * Gives memory back once a burst of requests, or one large request, is over. Under load V8 grows
 * its heap to what the busiest second needed and, with nothing left to allocate afterwards, never
 * collects it: after fifty concurrent analysts the heap held ~200 MB of which ~55 MB was live. So
 * once the server has sat idle for `idleMs` after a burst of `afterRequests`, or after any request
 * that grew the resident memory by `afterGrowthMb` since the last collection (a what-if of 10,000
 * members), it collects.
 *
 * A full collection frees the heap, but V8 (Node 22 and 26 alike) keeps the freed pages in a pool
 * for reuse and gives them back to the system only under memory pressure: after the what-if the
 * heap held 123 MB and the process 901 MB, 3,138 pages of 256 KB. So when a full collection leaves
 * the resident memory `afterGrowthMb` or more above where the last collection left it, a last-resort
 * collection follows, which also releases the pool (901 -> 163 MB in the bench; 0.3–0.4 s of an
 * idle server's time with 100 MB of live heap). A burst's pool counts too, once it is
 * `releaseAboveShare` of where the last collection left the memory: ten analysts for twenty
 * seconds left 55 MB pooled above 170 MB, under 64 MB but a third above the server's resting size.
 * Needs `--expose-gc` (`pnpm start` passes it); without it this does nothing.
 */
export function idleCollector(
  options: {
    idleMs?: number;
    afterRequests?: number;
    afterGrowthMb?: number;
    /** A full collection that leaves this share or more above the last one's is followed by a last-resort one. */
    releaseAboveShare?: number;
    gc?: Gc | undefined;
    /** Resident memory in bytes (process.memoryUsage.rss, a cheap read). */
    rss?: () => number;
  } = {},
) {
  const gc = options.gc ?? (globalThis as { gc?: Gc }).gc;
  const idleMs = options.idleMs ?? 2_000;
  const afterRequests = options.afterRequests ?? 100;
  const afterGrowth = (options.afterGrowthMb ?? 64) * 1024 * 1024;
  const releaseAboveShare = options.releaseAboveShare ?? 0.15;
  const rss = options.rss ?? (() => process.memoryUsage.rss());
  let inFlight = 0;
  let sinceCollect = 0;
  let rssAfterCollect = rss();
  let timer: NodeJS.Timeout | null = null;
  return (_req: Request, res: Response, next: NextFunction) => {
    if (!gc) return next();
    inFlight++;
    sinceCollect++;
    if (timer) clearTimeout(timer);
    timer = null;
    res.once('close', () => {
      inFlight--;
      if (inFlight > 0) return;
      if (sinceCollect < afterRequests && rss() - rssAfterCollect < afterGrowth) return;
      timer = setTimeout(() => {
        timer = null;
        if (inFlight > 0) return;
        sinceCollect = 0;
        gc();
        const kept = rss() - rssAfterCollect;
        if (kept >= Math.min(afterGrowth, rssAfterCollect * releaseAboveShare)) gc(LAST_RESORT);
        rssAfterCollect = rss();
      }, idleMs);
      timer.unref();
    });
    next();
  };
}
