import type { Batch, Job, JobState, NewJob, QueueCounts, SqliteQueue } from './queue-sqlite';

export type { Batch, Job, JobState, NewJob, QueueCounts } from './queue-sqlite';

/**
 * The durable ingest queue kept in the store's own database, whichever store that is: a `jobs`
 * table in the embedded store's SQLite file (queue-sqlite.ts) or `(:Job)` nodes in Neo4j
 * (queue-neo4j.ts). Either way, the store can mark a job done in the transaction that writes
 * the article's graph (`upsertArticle(graph, { job })`).
 */
export interface IngestQueue {
  readonly kind: 'embedded' | 'neo4j';
  readonly owner: string;
  /** Adds jobs in one transaction; known keys are left as they are. */
  enqueue(jobs: NewJob[], batch?: { id: string; name: string }): Promise<{ added: number; known: number }>;
  /** Takes the oldest ready job, or null. Atomic across processes and machines. */
  claim(): Promise<Job | null>;
  /**
   * Takes the job with this key to process it now (an API request that waits for its article):
   * pending, or done or failed to process again with fresh attempts. Null when there is no such
   * job, it has no article, or another worker holds it.
   */
  claimKey(key: string): Promise<Job | null>;
  complete(id: number, articleId: string): Promise<void>;
  /** A retriable failure goes back to `pending` after a backoff while attempts remain; otherwise a dead letter. */
  fail(id: number, error: { code: string; message: string }, retriable: boolean): Promise<JobState>;
  /** Returns `running` jobs whose owner died (or whose lease expired) to `pending`. */
  recoverStale(): Promise<number>;
  counts(): Promise<QueueCounts>;
  get(id: number): Promise<Job | null>;
  deadLetters(limit?: number): Promise<Job[]>;
  retryDeadLetters(ids?: number[]): Promise<number>;
  nextReadyAt(): Promise<number | null>;
  batch(id: string): Promise<Batch | null>;
  batchJobs(id: string): Promise<Job[]>;
  finishBatch(id: string): Promise<void>;
  settledBatches(): Promise<Batch[]>;
  close(): Promise<void>;
}

/** The SQLite queue behind the async interface (its calls are synchronous and quick). */
export function asIngestQueue(q: SqliteQueue): IngestQueue {
  return {
    kind: 'embedded',
    owner: q.owner,
    enqueue: async (jobs, batch) => q.enqueue(jobs, batch),
    claim: async () => q.claim(),
    claimKey: async (key) => q.claimKey(key),
    complete: async (id, articleId) => q.complete(id, articleId),
    fail: async (id, error, retriable) => q.fail(id, error, retriable),
    recoverStale: async () => q.recoverStale(),
    counts: async () => q.counts(),
    get: async (id) => q.get(id),
    deadLetters: async (limit) => q.deadLetters(limit),
    retryDeadLetters: async (ids) => q.retryDeadLetters(ids),
    nextReadyAt: async () => q.nextReadyAt(),
    batch: async (id) => q.batch(id),
    batchJobs: async (id) => q.batchJobs(id),
    finishBatch: async (id) => q.finishBatch(id),
    settledBatches: async () => q.settledBatches(),
    close: async () => q.close(),
  };
}
