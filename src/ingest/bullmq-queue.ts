import { createHash } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type Job as BullJob } from 'bullmq';
import IORedis, { type RedisOptions } from 'ioredis';
import type { ArticleRecord } from '../extract/types';
import { SaysoError } from '../graph/store';
import type { FileItem } from './inbox-read';
import { articleJobKey } from './queue-open';
import type { QueueCounts } from './queue-sqlite';
import { errorInfo, isRetriable, type ArticleProcessor } from './worker-article';
import { silentLog, type WorkerCounters, type WorkerLog } from './worker';

/**
 * The scale-out queue: BullMQ on Redis, shared by workers on many machines. Same per-article
 * path as the inbox worker; BullMQ brings the retries with exponential backoff (store errors),
 * the dead letters (its failed set: bad articles at once, store errors once attempts run out)
 * and the recovery of jobs whose worker died (stalled jobs go back to waiting).
 *
 * Idempotency: a job's id is the hash of the article record, so enqueueing the same article
 * twice while its job is kept adds nothing, and the store's upsert makes a repeat harmless.
 */

export interface ArticleJobData {
  origin: string;
  record?: ArticleRecord;
  /** An input that could not be read: it goes straight to the dead letters with this reason. */
  error?: { code: string; message: string };
}

export interface RedisQueueOptions {
  url: string;
  name: string;
}

export const ARTICLE_JOB = 'article';

/** One connection per role; BullMQ workers need `maxRetriesPerRequest: null` (blocking commands). */
export function createRedisConnection(url: string, extra: RedisOptions = {}): IORedis {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SaysoError('BAD_INPUT', `Invalid Redis URL "${url}": use redis://host:port`);
  }
  if (!/^rediss?:$/.test(parsed.protocol)) throw new SaysoError('BAD_INPUT', `Invalid Redis URL "${url}": use redis://host:port`);
  return new IORedis(url, { maxRetriesPerRequest: null, ...extra });
}

/** Fails fast with a clear message when nothing answers at the URL. */
export async function pingRedis(url: string, timeoutMs = 3000): Promise<void> {
  const conn = createRedisConnection(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 1, retryStrategy: () => null });
  // The socket error (ECONNREFUSED, ENOTFOUND) says more than the rejected connect().
  let cause = '';
  conn.on('error', (e: Error) => (cause ||= e.message));
  try {
    await conn.connect();
    await conn.ping();
  } catch (err) {
    throw new SaysoError('STORE_UNAVAILABLE', `No Redis answers at ${url} (${cause || (err as Error).message}). Start one with \`npm run redis:start\` or pass --queue redis://host:port.`);
  } finally {
    conn.disconnect();
  }
}

export function jobIdFor(item: FileItem): string {
  // No ':' in custom ids (BullMQ reserves it); the hash is stable across machines.
  if (item.record) return articleJobKey(item.record);
  return `e-${createHash('sha256').update(`${item.origin}\0${item.error?.message ?? ''}`).digest('hex').slice(0, 40)}`;
}

export interface EnqueueResult {
  added: number;
  /** Jobs already in the queue (the same article enqueued again). */
  known: number;
  /** Inputs that could not be read; they are queued as dead letters with their reason. */
  refused: number;
}

export async function enqueueToRedis(
  q: RedisQueueOptions & { maxAttempts: number; backoffMs: number },
  items: FileItem[],
): Promise<EnqueueResult> {
  const connection = createRedisConnection(q.url);
  const queue = new Queue<ArticleJobData>(q.name, { connection });
  try {
    const result: EnqueueResult = { added: 0, known: 0, refused: 0 };
    const CHUNK = 500;
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK);
      const ids = chunk.map(jobIdFor);
      // addBulk ignores ids that already exist; count them first to report what was new.
      const existing = await Promise.all(ids.map((id) => queue.getJob(id)));
      await queue.addBulk(
        chunk.map((it, k) => ({
          name: ARTICLE_JOB,
          data: { origin: it.origin, ...(it.record ? { record: it.record } : {}), ...(it.error ? { error: it.error } : {}) },
          opts: {
            jobId: ids[k]!,
            attempts: it.error ? 1 : q.maxAttempts,
            backoff: { type: 'exponential', delay: q.backoffMs },
            removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
            removeOnFail: false,
          },
        })),
      );
      chunk.forEach((it, k) => {
        if (existing[k]) result.known++;
        else if (it.error) result.refused++;
        else result.added++;
      });
    }
    return result;
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export interface RedisWorker {
  run(): Promise<WorkerCounters>;
  /** Finish the articles in hand, take no more. */
  stop(): void;
  readonly counters: WorkerCounters;
}

export function createRedisWorker(
  opts: RedisQueueOptions & { processor: ArticleProcessor; concurrency: number; log?: WorkerLog },
): RedisWorker {
  const log = opts.log ?? silentLog;
  const counters: WorkerCounters = { stored: 0, unchanged: 0, failed: 0, retried: 0 };
  const connection = createRedisConnection(opts.url);
  connection.on('error', (err) => log.warn({ err: err.message }, 'Redis connection error; reconnecting'));
  let stopped: Promise<void> | null = null;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => (resolveDone = r));

  const worker = new Worker<ArticleJobData>(
    opts.name,
    async (job: BullJob<ArticleJobData>) => {
      const { record, error, origin } = job.data;
      if (error) throw new UnrecoverableError(error.message);
      if (!record) throw new UnrecoverableError('no article in the job');
      try {
        const r = await opts.processor.process(record);
        counters[r.changed ? 'stored' : 'unchanged']++;
        log.info({ job: job.id, origin, attempt: job.attemptsMade + 1, articleId: r.articleId, changed: r.changed, nodes: r.nodes, edges: r.edges }, r.changed ? 'article stored' : 'article unchanged');
        return { articleId: r.articleId, changed: r.changed };
      } catch (err) {
        const info = errorInfo(err);
        // Bad articles are not worth another try; store errors are, with BullMQ's backoff.
        if (!isRetriable(err)) throw new UnrecoverableError(info.message);
        throw new Error(info.message);
      }
    },
    { connection, concurrency: Math.max(1, opts.concurrency), autorun: false },
  );
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (final) counters.failed++;
    else counters.retried++;
    log.warn({ job: job.id, origin: job.data.origin, attempt: job.attemptsMade, reason: err.message }, final ? 'article failed' : 'store error; will retry');
  });
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));

  return {
    counters,
    async run() {
      void worker
        .run()
        .catch((err: Error) => log.error({ err: err.message }, 'worker stopped on an error'))
        .finally(() => resolveDone());
      await done;
      await stopped;
      connection.disconnect();
      return counters;
    },
    stop() {
      if (stopped) return;
      log.info({}, 'stopping: finishing the articles in hand');
      // close() waits for the active jobs to finish and takes no new ones.
      stopped = worker.close();
    },
  };
}

export async function redisQueueCounts(q: RedisQueueOptions): Promise<QueueCounts & { delayed: number }> {
  const connection = createRedisConnection(q.url);
  const queue = new Queue(q.name, { connection });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized', 'waiting-children');
    return {
      pending: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.delayed ?? 0),
      running: c.active ?? 0,
      done: c.completed ?? 0,
      failed: c.failed ?? 0,
      delayed: c.delayed ?? 0,
    };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export interface RedisDeadLetter {
  id: string;
  origin: string;
  reason: string;
  attempts: number;
  failedAt: string | null;
}

/** The dead letters (failed jobs); with `retry`, those holding an article go back to waiting. */
export async function redisDeadLetters(q: RedisQueueOptions, opts: { retry?: boolean; limit?: number } = {}): Promise<{ letters: RedisDeadLetter[]; retried: number }> {
  const connection = createRedisConnection(q.url);
  const queue = new Queue<ArticleJobData>(q.name, { connection });
  try {
    const jobs = await queue.getFailed(0, (opts.limit ?? 1000) - 1);
    const letters = jobs.filter(Boolean).map((j) => ({
      id: String(j.id),
      origin: j.data.origin,
      reason: j.failedReason,
      attempts: j.attemptsMade,
      failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
    }));
    let retried = 0;
    if (opts.retry) {
      for (const j of jobs) {
        if (!j || !j.data.record) continue; // an unreadable input needs a fixed file, not a retry
        await j.retry('failed', { resetAttemptsMade: true });
        retried++;
      }
    }
    return { letters, retried };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
