import { hostname } from 'node:os';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ArticleRecord } from '../extract/types';
import { acquireDriver, releaseDriver } from '../graph/neo4j/driver-pool';
import * as Q from '../graph/neo4j/job-queue-cypher';
import { inTransaction, READ_ATTEMPTS, WRITE_ATTEMPTS, type Tx } from '../graph/neo4j/transactions';
import { SaysoError } from '../graph/store';
import type { Batch, IngestQueue, Job, JobState, QueueCounts } from './queue';
import { backoffDelay, ownerAlive } from './queue-sqlite';

/**
 * The durable ingest queue of the Neo4j store: `(:Job)` nodes in the graph database itself,
 * beside (never among) the `:Node` graph, so the store marks a job done in the transaction
 * that writes the article (`upsertArticle(graph, { job })`). Same states and rules as the
 * SQLite queue. A job is claimed by locking it (a write to it) and re-reading its state under
 * the lock: of two workers racing for one job, the second sees it `running` and moves on.
 */

export interface Neo4jQueueOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  maxAttempts?: number;
  backoffMs?: number;
  maxBackoffMs?: number;
  leaseMs?: number;
  owner?: string;
}

type Stored = Record<string, unknown>;

const num = (v: unknown): number => (typeof v === 'number' ? v : neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function toJob(p: Stored): Job {
  return {
    id: num(p.id),
    key: String(p.key),
    origin: String(p.origin),
    batch: str(p.batch),
    record: typeof p.payload === 'string' ? (JSON.parse(p.payload) as ArticleRecord) : null,
    state: p.state as JobState,
    attempts: num(p.attempts),
    maxAttempts: num(p.maxAttempts),
    lastError: str(p.lastError),
    errorCode: str(p.errorCode),
    nextAttemptAt: num(p.nextAttemptAt),
    articleId: str(p.articleId),
    createdAt: num(p.createdAt),
    updatedAt: num(p.updatedAt),
  };
}

function toBatch(p: Stored): Batch {
  return { id: String(p.id), name: String(p.name), state: p.state as Batch['state'], jobs: num(p.jobs), createdAt: num(p.createdAt) };
}

export function createNeo4jQueue(opts: Neo4jQueueOptions): IngestQueue {
  const key = { uri: opts.uri, user: opts.user, password: opts.password };
  const driver: Driver = acquireDriver(key);
  const database = opts.database || undefined;
  const maxAttempts = opts.maxAttempts ?? 5;
  const backoffMs = opts.backoffMs ?? 1000;
  const maxBackoffMs = opts.maxBackoffMs ?? 5 * 60_000;
  const leaseMs = opts.leaseMs ?? 15 * 60_000;
  const owner = opts.owner ?? `${hostname()}:${process.pid}`;
  let ready: Promise<void> | null = null;
  let closed = false;

  const translate = (err: unknown): Error => {
    if (err instanceof SaysoError) return err;
    const e = err as Error & { code?: string };
    return new SaysoError('STORE_UNAVAILABLE', `Neo4j queue at ${opts.uri}: ${e.message || String(err)}`);
  };

  const ensureReady = () => {
    if (closed) return Promise.reject(new SaysoError('STORE_UNAVAILABLE', 'The Neo4j queue is closed.'));
    if (!ready) {
      ready = (async () => {
        const s = driver.session({ database });
        try {
          for (const q of Q.JOB_SCHEMA) {
            try {
              await s.run(q);
            } catch (err) {
              // Another worker created the same rule a moment ago.
              if (!/AlreadyExists|already exists/i.test(`${(err as { code?: string }).code} ${(err as Error).message}`)) throw err;
            }
          }
        } finally {
          await s.close();
        }
      })().catch((e) => {
        ready = null;
        throw e;
      });
    }
    return ready;
  };

  // The store's own retries (deadlocks, lost connections; never a memory-limit refusal): two
  // workers claiming at once deadlock now and then, and the loser runs its claim again.
  async function write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      await ensureReady();
      return await inTransaction(driver, { database, mode: 'WRITE', attempts: WRITE_ATTEMPTS }, work);
    } catch (err) {
      throw translate(err);
    }
  }

  async function read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      await ensureReady();
      return await inTransaction(driver, { database, mode: 'READ', attempts: READ_ATTEMPTS }, work);
    } catch (err) {
      throw translate(err);
    }
  }

  const int = (n: number) => neo4j.int(n);

  return {
    kind: 'neo4j',
    owner,

    async enqueue(jobs, batch) {
      const now = Date.now();
      const rows = jobs.map((j) => ({
        key: j.key,
        origin: j.origin,
        batch: j.batch ?? batch?.id ?? null,
        payload: j.record ? JSON.stringify(j.record) : null,
        state: j.failed ? 'failed' : 'pending',
        lastError: j.failed?.message ?? null,
        errorCode: j.failed?.code ?? null,
      }));
      const added = await write(async (tx) => {
        if (batch) {
          await tx.run(
            Q.MERGE_BATCH,
            { id: batch.id, name: batch.name, jobs: int(jobs.length), now },
          );
        }
        // Ids come from one sequence node: the SET locks it, so concurrent enqueues get distinct ranges.
        const res = await tx.run(
          Q.ENQUEUE,
          { rows, now, maxAttempts: int(maxAttempts) },
        );
        return num(res.records[0]?.get('added') ?? 0);
      });
      return { added, known: jobs.length - added };
    },

    async claim() {
      // A lost race returns nothing; the next ready job may still be free.
      for (let tries = 0; tries < 5; tries++) {
        const now = Date.now();
        const res = await write((tx) =>
          tx.run(
            Q.CLAIM_NEXT,
            { now, owner },
          ),
        );
        const row = res.records[0];
        if (row) return toJob(row.get('j') as Stored);
        const any = await read((tx) => tx.run(Q.COUNT_READY, { now }));
        if (!num(any.records[0]?.get('c'))) return null;
      }
      return null;
    },

    async claimKey(key) {
      const now = Date.now();
      // The lock (a write) comes before the state is read again, as in claim().
      const res = await write((tx) =>
        tx.run(
          Q.CLAIM_KEY,
          { key, now, owner },
        ),
      );
      const row = res.records[0];
      return row ? toJob(row.get('j') as Stored) : null;
    },

    async complete(id, articleId) {
      await write((tx) => tx.run(Q.MARK_JOB_DONE, { id: int(id), articleId, now: Date.now() }));
    },

    async fail(id, error, retriable) {
      return write(async (tx) => {
        const res = await tx.run(Q.LOCK_ATTEMPTS, { id: int(id) });
        const row = res.records[0];
        if (!row) return 'failed' as const;
        const attempts = num(row.get('attempts'));
        const now = Date.now();
        if (retriable && attempts < num(row.get('max'))) {
          await tx.run(
            Q.RETRY_LATER,
            { id: int(id), message: error.message, code: error.code, at: now + backoffDelay(attempts, backoffMs, maxBackoffMs), now },
          );
          return 'pending' as const;
        }
        const reason = retriable ? `${error.message} (gave up after ${attempts} attempts)` : error.message;
        await tx.run(Q.FAIL, {
          id: int(id),
          reason,
          code: error.code,
          now,
        });
        return 'failed' as const;
      });
    },

    async recoverStale() {
      const now = Date.now();
      const running = await read((tx) => tx.run(Q.RUNNING));
      const stale = running.records
        .map((r) => ({ id: num(r.get('id')), by: str(r.get('by')), at: r.get('at') === null ? null : num(r.get('at')) }))
        .filter((r) => !ownerAlive(r.by, owner) || (r.by !== owner && r.at !== null && now - r.at > leaseMs));
      if (!stale.length) return 0;
      const res = await write((tx) =>
        tx.run(
          Q.RECOVER_STALE,
          { rows: stale.map((r) => ({ id: int(r.id), by: r.by })), now },
        ),
      );
      return num(res.records[0]?.get('c') ?? 0);
    },

    async counts() {
      const res = await read((tx) => tx.run(Q.COUNTS));
      const c: QueueCounts = { pending: 0, running: 0, done: 0, failed: 0 };
      for (const r of res.records) c[r.get('state') as JobState] = num(r.get('c'));
      return c;
    },

    async get(id) {
      const res = await read((tx) => tx.run(Q.GET_JOB, { id: int(id) }));
      const row = res.records[0];
      return row ? toJob(row.get('j') as Stored) : null;
    },

    async deadLetters(limit = 1000) {
      const res = await read((tx) => tx.run(Q.DEAD_LETTERS, { limit: int(limit) }));
      return res.records.map((r) => toJob(r.get('j') as Stored));
    },

    async retryDeadLetters(ids) {
      return write(async (tx) => {
        const now = Date.now();
        const res = await tx.run(
          Q.RETRY_DEAD_LETTERS,
          { ids: ids ? ids.map(int) : null, now },
        );
        // A file already put away in failed/ comes back to life with its retried articles.
        await tx.run(
          Q.REQUEUE_BATCHES,
        );
        return num(res.records[0]?.get('c') ?? 0);
      });
    },

    async nextReadyAt() {
      const res = await read((tx) => tx.run(Q.NEXT_READY_AT));
      const t = res.records[0]?.get('t');
      return t === null || t === undefined ? null : num(t);
    },

    async batch(id) {
      const res = await read((tx) => tx.run(Q.GET_BATCH, { id }));
      const row = res.records[0];
      return row ? toBatch(row.get('b') as Stored) : null;
    },

    async batchJobs(id) {
      const res = await read((tx) => tx.run(Q.BATCH_JOBS, { id }));
      return res.records.map((r) => toJob(r.get('j') as Stored));
    },

    async finishBatch(id) {
      await write((tx) => tx.run(Q.FINISH_BATCH, { id, now: Date.now() }));
    },

    async settledBatches() {
      const res = await read((tx) =>
        tx.run(
          Q.SETTLED_BATCHES,
        ),
      );
      return res.records.map((r) => toBatch(r.get('b') as Stored));
    },

    async close() {
      if (closed) return;
      closed = true;
      await releaseDriver(key);
    },
  };
}
