import dayjs, { type Dayjs } from 'dayjs';

/**
 * Today on the server's calendar. The server decides what is "in the future" (a meeting, an
 * interview, a finished measure), so date defaults and limits follow its day, which the session
 * brings with the viewer; before anyone logs in, the browser's own day stands in.
 */
let serverDay: string | null = null;

/** Called by the session whenever the viewer arrives (log-in, reload). */
export function setServerToday(day: string | null | undefined): void {
  serverDay = day ?? null;
}

/** Today as a dayjs date (midnight), by the server's calendar. */
export function today(): Dayjs {
  return serverDay ? dayjs(serverDay) : dayjs().startOf('day');
}
