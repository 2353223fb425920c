import type { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import type { Config } from '../config';

/**
 * Logs are JSON lines on stderr; stdout is kept for what a person or a pipe reads. A command
 * given its own stderr stream (`CliDeps.stderr`) logs there instead of to file descriptor 2.
 */
export function createCliLogger(config: Pick<Config, 'logLevel'>, name = 'sayso', stream?: Writable): Logger {
  return pino({ name, level: config.logLevel }, stream && stream !== process.stderr ? stream : pino.destination(2));
}
