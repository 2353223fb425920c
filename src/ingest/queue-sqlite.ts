import type Database from 'better-sqlite3';
import { hostname } from 'node:os';
import type { ArticleRecord } from '../extract/types';
import { openSharedSqlite, whileBusy } from '../graph/embedded/sqlite-file';

/**
 * The durable ingest queue of the embedded store: a `jobs` table in the store's own SQLite
 * file, so queue and graph live and die together. A job is one article. States:
 *
 *   pending -> running -> done
 *                      -> pending (store error; retried after a backoff)
 *                      -> failed  (bad article, or attempts used up: a dead letter)
 *
 * Claiming is one UPDATE ... RETURNING inside an IMMEDIATE transaction, so two workers on the
 * same file never take the same job. A worker that dies leaves its jobs `running`; they return
 * to `pending` when their owner is gone (same host) or their lease has expired.
 */

export type JobState = 'pending' | 'running' | 'done' | 'failed';

export interface Job {
  id: number;
  /** Dedupe key: enqueueing the same key twice adds nothing. */
  key: string;
  /** Where the article came from, for people: `inbox/a.jsonl:3`, a path, a URL. */
  origin: string;
  /** Inbox file the job belongs to, if any. */
  batch: string | null;
  /** The article; null for a job that failed before it had one (unreadable line). */
  record: ArticleRecord | null;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  errorCode: string | null;
  nextAttemptAt: number;
  articleId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface NewJob {
  key: string;
  origin: string;
  batch?: string | null;
  record?: ArticleRecord | null;
  /** Enqueue it straight into the dead letters with this reason (unreadable input). */
  failed?: { code: string; message: string };
}

export interface QueueCounts {
  pending: number;
  running: number;
  done: number;
  failed: number;
}

export interface Batch {
  id: string;
  name: string;
  state: 'queued' | 'finished';
  jobs: number;
  createdAt: number;
}

export interface SqliteQueueOptions {
  /** The store's SQLite file (or an open handle on it). */
  file?: string;
  db?: Database.Database;
  maxAttempts?: number;
  /** First retry delay; doubles per attempt up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A running job whose owner cannot be checked is reclaimed after this long. */
  leaseMs?: number;
  /** Who claims: `host:pid` by default. */
  owner?: string;
  now?: () => number;
}

export const JOBS_DDL = `
CREATE TABLE IF NOT EXISTS jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  batch TEXT,
  payload TEXT,
  state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL,
  last_error TEXT,
  error_code TEXT,
  next_attempt_at INTEGER NOT NULL,
  locked_by TEXT,
  locked_at INTEGER,
  article_id TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_ready ON jobs(state, next_attempt_at, id);
CREATE INDEX IF NOT EXISTS jobs_batch ON jobs(batch, state);
CREATE TABLE IF NOT EXISTS inbox_batches (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'finished')),
  jobs INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  finished_at INTEGER
);
`;

interface JobRow {
  id: number;
  key: string;
  origin: string;
  batch: string | null;
  payload: string | null;
  state: JobState;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  error_code: string | null;
  next_attempt_at: number;
  article_id: string | null;
  created_at: number;
  updated_at: number;
}

const toJob = (r: JobRow): Job => ({
  id: r.id,
  key: r.key,
  origin: r.origin,
  batch: r.batch,
  record: r.payload ? (JSON.parse(r.payload) as ArticleRecord) : null,
  state: r.state,
  attempts: r.attempts,
  maxAttempts: r.max_attempts,
  lastError: r.last_error,
  errorCode: r.error_code,
  nextAttemptAt: r.next_attempt_at,
  articleId: r.article_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface SqliteQueue {
  readonly owner: string;
  /** Adds jobs in one transaction; known keys are left as they are. */
  enqueue(jobs: NewJob[], batch?: { id: string; name: string }): { added: number; known: number };
  /** Takes the oldest ready job, or null. Atomic across processes. */
  claim(): Job | null;
  /**
   * Takes the job with this key to process it now, whatever its schedule: a pending one (even
   * one backing off), or a done or failed one to process again with fresh attempts. Null when
   * there is no such job, it has no article, or another worker holds it `running`.
   */
  claimKey(key: string): Job | null;
  /** Marks a job done. */
  complete(id: number, articleId: string): void;
  /**
   * Records a failure: a retriable one goes back to `pending` after a backoff while attempts
   * remain; anything else becomes a dead letter. Returns the new state.
   */
  fail(id: number, error: { code: string; message: string }, retriable: boolean): JobState;
  /** Returns `running` jobs whose owner has died (or whose lease expired) to `pending`. */
  recoverStale(): number;
  /** Puts claimed jobs of this owner back (graceful shutdown of a worker that claimed ahead). */
  releaseOwn(): number;
  counts(): QueueCounts;
  get(id: number): Job | null;
  deadLetters(limit?: number): Job[];
  /** Dead letters (all, or these ids) back to `pending` with fresh attempts. */
  retryDeadLetters(ids?: number[]): number;
  /** Earliest time a pending job becomes ready, or null when none is pending. */
  nextReadyAt(): number | null;
  batch(id: string): Batch | null;
  batchJobs(id: string): Job[];
  finishBatch(id: string): void;
  /** Batches whose jobs are all done or failed but whose file has not been put away. */
  settledBatches(): Batch[];
  /** The queue's connection to the store file. */
  readonly db: Database.Database;
  close(): void;
}

/**
 * Whether the worker named `host:pid` may still be running. Only a process on this host can be
 * checked; for another host the answer is yes, and the lease decides.
 */
export function ownerAlive(lockedBy: string | null, self: string): boolean {
  if (!lockedBy) return false;
  if (lockedBy === self) return true;
  const i = lockedBy.lastIndexOf(':');
  const pid = Number(lockedBy.slice(i + 1));
  if (lockedBy.slice(0, i) !== hostname() || !Number.isInteger(pid)) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  // Jitter keeps a fleet of workers from retrying a struggling store in lockstep.
  return Math.round(exp * (0.75 + Math.random() * 0.5));
}

/** Statement that marks a job done; run it inside the store's transaction for an atomic commit. */
export const MARK_DONE_SQL = `UPDATE jobs SET state = 'done', article_id = @articleId, last_error = NULL, error_code = NULL, locked_by = NULL, updated_at = @now WHERE id = @id`;

export function createSqliteQueue(opts: SqliteQueueOptions): SqliteQueue {
  let db: Database.Database;
  const ownDb = !opts.db;
  if (opts.db) db = opts.db;
  else {
    if (!opts.file) throw new Error('createSqliteQueue needs the store file or an open database');
    db = openSharedSqlite(opts.file);
  }
  whileBusy(() => db.exec(JOBS_DDL), opts.file ?? db.name);
  const now = opts.now ?? Date.now;
  const maxAttempts = opts.maxAttempts ?? 5;
  const backoffMs = opts.backoffMs ?? 1000;
  const maxBackoffMs = opts.maxBackoffMs ?? 5 * 60_000;
  const leaseMs = opts.leaseMs ?? 15 * 60_000;
  const host = hostname();
  const owner = opts.owner ?? `${host}:${process.pid}`;

  const st = {
    insert: db.prepare(
      `INSERT OR IGNORE INTO jobs (key, origin, batch, payload, state, attempts, max_attempts, last_error, error_code, next_attempt_at, created_at, updated_at)
       VALUES (@key, @origin, @batch, @payload, @state, 0, @maxAttempts, @lastError, @errorCode, @now, @now, @now)`,
    ),
    insertBatch: db.prepare(`INSERT OR IGNORE INTO inbox_batches (id, name, state, jobs, created_at) VALUES (?, ?, 'queued', ?, ?)`),
    claim: db.prepare<[{ owner: string; now: number }], JobRow>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = @owner, locked_at = @now, updated_at = @now
       WHERE id = (SELECT id FROM jobs WHERE state = 'pending' AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT 1)
       RETURNING *`,
    ),
    claimKey: db.prepare<[{ owner: string; now: number; key: string }], JobRow>(
      `UPDATE jobs SET attempts = CASE WHEN state = 'pending' THEN attempts + 1 ELSE 1 END, state = 'running',
         locked_by = @owner, locked_at = @now, next_attempt_at = @now, updated_at = @now
       WHERE key = @key AND state != 'running' AND payload IS NOT NULL
       RETURNING *`,
    ),
    done: db.prepare(MARK_DONE_SQL),
    get: db.prepare<[number], JobRow>('SELECT * FROM jobs WHERE id = ?'),
    retry: db.prepare(`UPDATE jobs SET state = 'pending', last_error = ?, error_code = ?, next_attempt_at = ?, locked_by = NULL, updated_at = ? WHERE id = ?`),
    dead: db.prepare(`UPDATE jobs SET state = 'failed', last_error = ?, error_code = ?, locked_by = NULL, updated_at = ? WHERE id = ?`),
    running: db.prepare<[], { id: number; locked_by: string | null; locked_at: number | null }>(`SELECT id, locked_by, locked_at FROM jobs WHERE state = 'running'`),
    requeue: db.prepare(`UPDATE jobs SET state = 'pending', locked_by = NULL, next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'running'`),
    releaseOwn: db.prepare(`UPDATE jobs SET state = 'pending', attempts = MAX(0, attempts - 1), locked_by = NULL, updated_at = ? WHERE state = 'running' AND locked_by = ?`),
    counts: db.prepare<[], { state: JobState; c: number }>('SELECT state, COUNT(*) AS c FROM jobs GROUP BY state'),
    deadLetters: db.prepare<[number], JobRow>(`SELECT * FROM jobs WHERE state = 'failed' ORDER BY id LIMIT ?`),
    retryAllDead: db.prepare(`UPDATE jobs SET state = 'pending', attempts = 0, next_attempt_at = ?, locked_by = NULL, updated_at = ? WHERE state = 'failed' AND payload IS NOT NULL`),
    retryDead: db.prepare(`UPDATE jobs SET state = 'pending', attempts = 0, next_attempt_at = ?, locked_by = NULL, updated_at = ? WHERE state = 'failed' AND payload IS NOT NULL AND id = ?`),
    reopenBatches: db.prepare(`UPDATE inbox_batches SET state = 'queued', finished_at = NULL WHERE id IN (SELECT DISTINCT batch FROM jobs WHERE state = 'pending' AND batch IS NOT NULL)`),
    nextReady: db.prepare<[], { t: number | null }>(`SELECT MIN(next_attempt_at) AS t FROM jobs WHERE state = 'pending'`),
    batch: db.prepare<[string], { id: string; name: string; state: Batch['state']; jobs: number; created_at: number }>('SELECT * FROM inbox_batches WHERE id = ?'),
    batchJobs: db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE batch = ? ORDER BY id'),
    finishBatch: db.prepare(`UPDATE inbox_batches SET state = 'finished', finished_at = ? WHERE id = ?`),
    settled: db.prepare<[], { id: string; name: string; state: Batch['state']; jobs: number; created_at: number }>(
      `SELECT b.* FROM inbox_batches b WHERE b.state = 'queued'
       AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.batch = b.id AND j.state IN ('pending', 'running')) ORDER BY b.created_at`,
    ),
  };

  const toBatch = (r: { id: string; name: string; state: Batch['state']; jobs: number; created_at: number }): Batch => ({
    id: r.id,
    name: r.name,
    state: r.state,
    jobs: r.jobs,
    createdAt: r.created_at,
  });

  const enqueueTx = db.transaction((jobs: NewJob[], batch?: { id: string; name: string }) => {
    const t = now();
    if (batch) st.insertBatch.run(batch.id, batch.name, jobs.length, t);
    let added = 0;
    for (const j of jobs) {
      const r = st.insert.run({
        key: j.key,
        origin: j.origin,
        batch: j.batch ?? batch?.id ?? null,
        payload: j.record ? JSON.stringify(j.record) : null,
        state: j.failed ? 'failed' : 'pending',
        maxAttempts,
        lastError: j.failed?.message ?? null,
        errorCode: j.failed?.code ?? null,
        now: t,
      });
      added += r.changes;
    }
    return { added, known: jobs.length - added };
  });

  const claimTx = db.transaction(() => {
    const t = now();
    const row = st.claim.get({ owner, now: t });
    return row ? toJob(row) : null;
  });

  const alive = (lockedBy: string | null) => ownerAlive(lockedBy, owner);

  const recoverTx = db.transaction(() => {
    const t = now();
    let n = 0;
    for (const r of st.running.all()) {
      const expired = r.locked_at !== null && t - r.locked_at > leaseMs;
      if (!alive(r.locked_by) || (expired && r.locked_by !== owner)) n += st.requeue.run(t, t, r.id).changes;
    }
    return n;
  });

  return {
    owner,
    db,
    enqueue: (jobs, batch) => enqueueTx.immediate(jobs, batch),
    claim: () => claimTx.immediate(),
    claimKey(key) {
      const row = st.claimKey.get({ owner, now: now(), key });
      return row ? toJob(row) : null;
    },
    complete(id, articleId) {
      st.done.run({ id, articleId, now: now() });
    },
    fail(id, error, retriable) {
      const row = st.get.get(id);
      if (!row) return 'failed';
      const t = now();
      if (retriable && row.attempts < row.max_attempts) {
        st.retry.run(error.message, error.code, t + backoffDelay(row.attempts, backoffMs, maxBackoffMs), t, id);
        return 'pending';
      }
      const reason = retriable ? `${error.message} (gave up after ${row.attempts} attempts)` : error.message;
      st.dead.run(reason, error.code, t, id);
      return 'failed';
    },
    recoverStale: () => recoverTx.immediate(),
    releaseOwn: () => st.releaseOwn.run(now(), owner).changes,
    counts() {
      const c: QueueCounts = { pending: 0, running: 0, done: 0, failed: 0 };
      for (const r of st.counts.all()) c[r.state] = r.c;
      return c;
    },
    get(id) {
      const r = st.get.get(id);
      return r ? toJob(r) : null;
    },
    deadLetters: (limit = 1000) => st.deadLetters.all(limit).map(toJob),
    retryDeadLetters: db.transaction((ids?: number[]) => {
      const t = now();
      let n = 0;
      if (!ids) n = st.retryAllDead.run(t, t).changes;
      else for (const id of ids) n += st.retryDead.run(t, t, id).changes;
      // A file already put away in failed/ comes back to life with its retried articles.
      st.reopenBatches.run();
      return n;
    }) as (ids?: number[]) => number,
    nextReadyAt: () => st.nextReady.get()?.t ?? null,
    batch(id) {
      const r = st.batch.get(id);
      return r ? toBatch(r) : null;
    },
    batchJobs: (id) => st.batchJobs.all(id).map(toJob),
    finishBatch(id) {
      st.finishBatch.run(now(), id);
    },
    settledBatches: () => st.settled.all().map(toBatch),
    close() {
      if (ownDb && db.open) db.close();
    },
  };
}
