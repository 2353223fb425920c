import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { loadConfig, type Config } from '../../config';
import { openStore } from '../../graph/open-store';
import { SaysoError, type GraphStore } from '../../graph/store';
import { createRedisWorker, pingRedis } from '../../ingest/bullmq-queue';
import { createExtractPool, defaultConcurrency } from '../../ingest/extract-pool';
import { openIngestQueue } from '../../ingest/queue-open';
import { createInboxWorker, type WorkerCounters } from '../../ingest/worker';
import { createArticleProcessor } from '../../ingest/worker-article';
import { createCliLogger } from '../logger';

export interface WorkerCommandDeps {
  config?: () => Config;
  stderr?: Writable;
}

interface WorkerFlags {
  inbox?: string;
  queue?: string;
  queueName?: string;
  concurrency?: string;
  poll: string;
  settle: string;
  untilIdle?: boolean;
}

const EXAMPLES = `
Modes:
  --inbox DIR          watch DIR for .txt, .json, .jsonl and .html files; each article goes
                       through a durable queue in the store's database; the file then moves to
                       DIR/done/ or DIR/failed/ (with <name>.error.json holding the reasons)
  --queue redis://...  take articles from the BullMQ queue on Redis that any number of workers
                       share (submit with \`sayso enqueue\`)
  (neither)            work off the store's durable queue only (filled by \`sayso enqueue\`)

SIGTERM or Ctrl-C finishes the articles in hand, then exits 0. Logs are JSON lines (pino).

Examples:
  $ sayso worker --inbox ./inbox
  $ sayso worker --queue redis://127.0.0.1:6379 --concurrency 2
`;

const positiveInt = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new SaysoError('BAD_INPUT', `${name} must be a whole number of at least 1 (got "${v}")`);
  return Number(v);
};

/** The durable queue in the configured store's own database. */
export const openStoreQueue = openIngestQueue;

/** `sayso worker`: continuous, crash-safe ingestion from an inbox folder or a shared Redis queue. */
export function createWorkerCommand(deps: WorkerCommandDeps = {}): Command {
  const stderr = deps.stderr ?? process.stderr;
  return new Command('worker')
    .description('Ingest articles continuously from an inbox folder (durable queue in the store) or a shared Redis queue.')
    .option('--inbox <dir>', 'folder to watch for article files')
    .option('--queue <url>', 'Redis URL of the shared queue, e.g. redis://127.0.0.1:6379')
    .option('--queue-name <name>', 'BullMQ queue name (default: SAYSO_QUEUE_NAME or sayso-articles)')
    .option('-c, --concurrency <n>', 'extraction threads and articles in hand (default: one per core)')
    .option('--poll <ms>', 'rescan the inbox at least this often', '1000')
    .option('--settle <ms>', 'a file must be left unchanged this long before it is read', '500')
    .option('--until-idle', 'exit once the inbox and the queue are empty (inbox mode)')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: WorkerFlags) => {
      try {
        await runWorker(flags, deps.config ?? (() => loadConfig()));
      } catch (err) {
        const message = err instanceof SaysoError ? err.message : `worker failed: ${(err as Error).stack ?? String(err)}`;
        stderr.write(`sayso worker: ${message}\n`);
        process.exitCode = err instanceof SaysoError && err.code === 'BAD_INPUT' ? 2 : 1;
      }
    });
}

async function runWorker(flags: WorkerFlags, getConfig: () => Config): Promise<void> {
  const config = getConfig();
  const concurrency = positiveInt('--concurrency', flags.concurrency) ?? config.worker.concurrency ?? defaultConcurrency();
  const pollMs = positiveInt('--poll', flags.poll) ?? 1000;
  const settleMs = Number(flags.settle);
  if (!Number.isFinite(settleMs) || settleMs < 0) throw new SaysoError('BAD_INPUT', `--settle must be a number of milliseconds (got "${flags.settle}")`);
  if (flags.inbox && flags.queue) throw new SaysoError('BAD_INPUT', 'Choose one source: --inbox DIR or --queue redis://...');
  const log = createCliLogger(config, 'sayso-worker');

  const redisUrl = flags.queue;
  if (redisUrl) await pingRedis(redisUrl);
  // Before any thread or connection exists, so a bad setup leaves nothing running.
  const queue = redisUrl ? null : openStoreQueue(config);
  let store: GraphStore | null = null;
  let pool: ReturnType<typeof createExtractPool> | null = null;
  try {
    store = await openStore(config);
    pool = createExtractPool({ size: concurrency });
    const processor = createArticleProcessor({
      store,
      extractor: pool,
      limits: { maxBytes: config.worker.maxArticleBytes },
      onStoreRetry: (err, attempt, delayMs) => log.warn({ err: err.message, attempt, delayMs }, 'store write failed; retrying'),
    });
    const worker = redisUrl
      ? createRedisWorker({ url: redisUrl, name: flags.queueName ?? config.worker.queueName, processor, concurrency, log })
      : createInboxWorker({
          ...(flags.inbox ? { dir: flags.inbox } : {}),
          queue: queue!,
          processor,
          concurrency,
          commitWithGraph: true,
          pollMs,
          settleMs,
          limits: { maxBytes: config.worker.maxArticleBytes },
          log,
          untilIdle: !!flags.untilIdle,
        });

    let signals = 0;
    const onSignal = (sig: NodeJS.Signals) => {
      signals++;
      if (signals > 1) {
        // A second signal means now: the durable queue puts the articles in hand back on restart.
        log.warn({ signal: sig }, 'second signal: exiting without waiting');
        process.exit(130);
      }
      log.info({ signal: sig }, 'signal received');
      worker.stop();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    log.info({ mode: redisUrl ? 'redis' : flags.inbox ? 'inbox' : 'queue', inbox: flags.inbox, queue: redisUrl ? flags.queueName ?? config.worker.queueName : undefined, concurrency, store: config.store }, 'worker started');
    const counters: WorkerCounters = await worker.run();
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    log.info({ ...counters, queue: queue ? await queue.counts().catch(() => undefined) : undefined }, 'worker stopped');
  } finally {
    await pool?.close();
    await store?.close();
    await queue?.close();
  }
}
