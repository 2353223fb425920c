import type { ArticleRecord } from '../extract/types';
import { SaysoError, type UpsertResult } from '../graph/store';
import type { IngestQueue } from './queue';
import { enqueueArticle } from './queue-open';
import { errorInfo, isRetriable, type ArticleProcessor } from './worker-article';

export interface ProcessedNow extends UpsertResult {
  /** The queue job that carried the article. */
  jobId: number | null;
}

/**
 * Submits one article to the store's durable queue and processes that job at once in this
 * process, for callers that wait for the answer (the GraphQL `ingestArticle` mutation). The
 * article's graph and the job's done mark commit in one transaction, exactly as in
 * `sayso worker`. A bad article leaves its job among the dead letters and throws the BAD_INPUT
 * reason; a store error that may pass leaves the job pending for a worker to retry.
 *
 * The same article sent again is the same job: it is processed again (the store answers
 * `changed: false` when it already holds that content, and restores it if it was deleted).
 */
export async function ingestThroughQueue(queue: IngestQueue, processor: ArticleProcessor, record: ArticleRecord, origin: string): Promise<ProcessedNow> {
  const { key } = await enqueueArticle(queue, record, origin);
  const job = await queue.claimKey(key);
  if (!job) {
    // A worker has this very article in hand right now. The upsert is idempotent, so answering
    // from a write of our own is safe; the worker's done mark commits with its own write.
    return { ...(await processor.process(record)), jobId: null };
  }
  try {
    const r = await processor.process(job.record ?? record, { job: { id: job.id } });
    // Already done when the store committed it with the graph; repeating it is harmless.
    await queue.complete(job.id, r.articleId);
    return { ...r, jobId: job.id };
  } catch (err) {
    const info = errorInfo(err);
    const state = await queue.fail(job.id, info, isRetriable(err)).catch(() => 'running' as const);
    if (state === 'pending') {
      throw new SaysoError('STORE_UNAVAILABLE', `${info.message} (the article stays queued as job ${job.id}; a worker retries it)`);
    }
    throw err;
  }
}
