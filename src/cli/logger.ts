import pino, { type Logger } from 'pino';
import type { Config } from '../config';

/** Logs are JSON lines on stderr; stdout is kept for what a person or a pipe reads. */
export function createCliLogger(config: Pick<Config, 'logLevel'>, name = 'sayso'): Logger {
  return pino({ name, level: config.logLevel }, pino.destination(2));
}
