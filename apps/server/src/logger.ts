import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout, one line an event. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'jifen' }, timestamp: pino.stdTimeFunctions.isoTime });
}
