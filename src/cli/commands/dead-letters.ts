import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { loadConfig, type Config } from '../../config';
import { SaysoError } from '../../graph/store';
import { pingRedis, redisDeadLetters } from '../../ingest/bullmq-queue';
import { openStoreQueue } from './worker';

export interface DeadLettersCommandDeps {
  config?: () => Config;
  stdout?: Writable;
  stderr?: Writable;
}

interface DeadLetterFlags {
  queue?: string;
  queueName?: string;
  retry?: boolean;
  json?: boolean;
  limit: string;
}

export interface DeadLetterView {
  id: string;
  origin: string;
  code: string | null;
  reason: string | null;
  attempts: number;
}

/** `sayso dead-letters`: the articles that failed for good, with reasons; `--retry` re-queues them. */
export function createDeadLettersCommand(deps: DeadLettersCommandDeps = {}): Command {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  return new Command('dead-letters')
    .description('List articles that failed for good, with the reason; --retry puts them back in the queue.')
    .option('--retry', 'put the dead letters back in the queue (inputs that could not be read need a fixed file instead)')
    .option('--queue <url>', 'Redis URL of the shared queue (default: the store\'s own durable queue)')
    .option('--queue-name <name>', 'BullMQ queue name (default: SAYSO_QUEUE_NAME or sayso-articles)')
    .option('--limit <n>', 'list at most this many', '1000')
    .option('--json', 'print JSON')
    .action(async (flags: DeadLetterFlags) => {
      try {
        const config = (deps.config ?? (() => loadConfig()))();
        const limit = Number(flags.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new SaysoError('BAD_INPUT', `--limit must be a whole number of at least 1 (got "${flags.limit}")`);
        let letters: DeadLetterView[];
        let retried = 0;
        if (flags.queue) {
          await pingRedis(flags.queue);
          const r = await redisDeadLetters({ url: flags.queue, name: flags.queueName ?? config.worker.queueName }, { retry: !!flags.retry, limit });
          letters = r.letters.map((l) => ({ id: l.id, origin: l.origin, code: null, reason: l.reason, attempts: l.attempts }));
          retried = r.retried;
        } else {
          const queue = openStoreQueue(config);
          try {
            letters = (await queue.deadLetters(limit)).map((j) => ({ id: String(j.id), origin: j.origin, code: j.errorCode, reason: j.lastError, attempts: j.attempts }));
            if (flags.retry) retried = await queue.retryDeadLetters();
          } finally {
            await queue.close();
          }
        }
        if (flags.json) stdout.write(JSON.stringify({ deadLetters: letters, ...(flags.retry ? { retried } : {}) }, null, 2) + '\n');
        else {
          if (!letters.length) stdout.write('no dead letters\n');
          for (const l of letters) stdout.write(`${l.id}\t${l.origin}\t${l.code ? `${l.code}: ` : ''}${l.reason ?? ''}${l.attempts > 1 ? ` (${l.attempts} attempts)` : ''}\n`);
          if (flags.retry) stdout.write(`${retried} put back in the queue${letters.length > retried ? `; ${letters.length - retried} could not be read and need a fixed file` : ''}\n`);
        }
      } catch (err) {
        const message = err instanceof SaysoError ? err.message : `dead-letters failed: ${(err as Error).message}`;
        stderr.write(`sayso dead-letters: ${message}\n`);
        process.exitCode = err instanceof SaysoError && err.code === 'BAD_INPUT' ? 2 : 1;
      }
    });
}
