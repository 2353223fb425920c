/**
 * Cypher of the Neo4j ingest queue (src/ingest/queue-neo4j.ts): `(:Job)` and `(:InboxBatch)`
 * nodes beside the `:Node` graph. It lives with the adapter's other Cypher, so the store marks
 * a job done in an article's write transaction without reaching into the ingest layer.
 */

/** Marks a job done; the Neo4j store runs it inside the article's write transaction. */
export const MARK_JOB_DONE = `MATCH (j:Job {id: $id}) SET j.state = 'done', j.articleId = $articleId, j.lastError = null, j.errorCode = null, j.lockedBy = null, j.updatedAt = $now`;

/** Constraints and indexes of the queue, all `IF NOT EXISTS`. */
export const JOB_SCHEMA = [
  'CREATE CONSTRAINT sayso_job_id IF NOT EXISTS FOR (j:Job) REQUIRE j.id IS UNIQUE',
  'CREATE CONSTRAINT sayso_job_key IF NOT EXISTS FOR (j:Job) REQUIRE j.key IS UNIQUE',
  'CREATE INDEX sayso_job_state IF NOT EXISTS FOR (j:Job) ON (j.state, j.nextAttemptAt)',
  'CREATE INDEX sayso_job_batch IF NOT EXISTS FOR (j:Job) ON (j.batch)',
  'CREATE CONSTRAINT sayso_inbox_batch_id IF NOT EXISTS FOR (b:InboxBatch) REQUIRE b.id IS UNIQUE',
];

/** Records an inbox batch once. */
export const MERGE_BATCH = `MERGE (b:InboxBatch {id: $id}) ON CREATE SET b.name = $name, b.state = 'queued', b.jobs = $jobs, b.createdAt = $now`;

/**
 * Creates the jobs whose key is new. Ids come from one sequence node: the SET locks it, so
 * concurrent enqueues get distinct ranges.
 */
export const ENQUEUE = `UNWIND $rows AS r
  OPTIONAL MATCH (x:Job {key: r.key})
  WITH r, x WHERE x IS NULL
  WITH collect(DISTINCT r) AS fresh
  MERGE (s:JobSequence {name: 'jobs'}) ON CREATE SET s.value = 0
  SET s.value = s.value + size(fresh)
  WITH fresh, s.value - size(fresh) AS base
  UNWIND range(0, size(fresh) - 1) AS i
  WITH fresh[i] AS r, base + i + 1 AS id
  CREATE (:Job {id: id, key: r.key, origin: r.origin, batch: r.batch, payload: r.payload, state: r.state,
                attempts: 0, maxAttempts: $maxAttempts, lastError: r.lastError, errorCode: r.errorCode,
                nextAttemptAt: $now, lockedBy: null, lockedAt: null, articleId: null, createdAt: $now, updatedAt: $now})
  RETURN count(*) AS added`;

/**
 * Claims the next ready job: the lock (a write) comes before its state is read again, so of two
 * workers racing for one job the second moves on.
 */
export const CLAIM_NEXT = `MATCH (j:Job) WHERE j.state = 'pending' AND j.nextAttemptAt <= $now
  WITH j ORDER BY j.nextAttemptAt, j.id LIMIT 1
  SET j._claim = $owner
  WITH j WHERE j.state = 'pending'
  SET j.state = 'running', j.attempts = j.attempts + 1, j.lockedBy = $owner, j.lockedAt = $now, j.updatedAt = $now
  REMOVE j._claim
  RETURN properties(j) AS j`;

/** How many jobs are ready now. */
export const COUNT_READY = `MATCH (j:Job) WHERE j.state = 'pending' AND j.nextAttemptAt <= $now RETURN count(j) AS c`;

/** Claims the job of one key unless it is running; locked before its state is read again. */
export const CLAIM_KEY = `MATCH (j:Job {key: $key}) WHERE j.state <> 'running' AND j.payload IS NOT NULL
  SET j._claim = $owner
  WITH j WHERE j.state <> 'running'
  SET j.attempts = CASE WHEN j.state = 'pending' THEN j.attempts + 1 ELSE 1 END
  SET j.state = 'running', j.lockedBy = $owner, j.lockedAt = $now, j.nextAttemptAt = $now, j.updatedAt = $now
  REMOVE j._claim
  RETURN properties(j) AS j`;

/** Locks a job and reads its attempts. */
export const LOCK_ATTEMPTS = `MATCH (j:Job {id: $id}) SET j._claim = true REMOVE j._claim RETURN j.attempts AS attempts, j.maxAttempts AS max`;

/** Puts a failed attempt back for later. */
export const RETRY_LATER = `MATCH (j:Job {id: $id}) SET j.state = 'pending', j.lastError = $message, j.errorCode = $code, j.nextAttemptAt = $at, j.lockedBy = null, j.updatedAt = $now`;

/** Gives a job up. */
export const FAIL = `MATCH (j:Job {id: $id}) SET j.state = 'failed', j.lastError = $reason, j.errorCode = $code, j.lockedBy = null, j.updatedAt = $now`;

/** Running jobs and who holds them. */
export const RUNNING = `MATCH (j:Job {state: 'running'}) RETURN j.id AS id, j.lockedBy AS by, j.lockedAt AS at`;

/** Puts stale running jobs back, unless another worker took them meanwhile. */
export const RECOVER_STALE = `UNWIND $rows AS r MATCH (j:Job {id: r.id}) WHERE j.state = 'running' AND j.lockedBy = r.by
  SET j.state = 'pending', j.lockedBy = null, j.nextAttemptAt = $now, j.updatedAt = $now RETURN count(j) AS c`;

/** Jobs by state. */
export const COUNTS = 'MATCH (j:Job) RETURN j.state AS state, count(*) AS c';

/** One job. */
export const GET_JOB = 'MATCH (j:Job {id: $id}) RETURN properties(j) AS j';

/** Failed jobs in id order. */
export const DEAD_LETTERS = `MATCH (j:Job {state: 'failed'}) RETURN properties(j) AS j ORDER BY j.id LIMIT $limit`;

/** Failed jobs (all, or those of $ids) back to pending. */
export const RETRY_DEAD_LETTERS = `MATCH (j:Job {state: 'failed'}) WHERE j.payload IS NOT NULL AND ($ids IS NULL OR j.id IN $ids)
  SET j.state = 'pending', j.attempts = 0, j.nextAttemptAt = $now, j.lockedBy = null, j.updatedAt = $now
  RETURN count(j) AS c`;

/** Inbox batches with pending jobs count as queued again. */
export const REQUEUE_BATCHES = `MATCH (j:Job {state: 'pending'}) WHERE j.batch IS NOT NULL WITH DISTINCT j.batch AS id
  MATCH (b:InboxBatch {id: id}) SET b.state = 'queued', b.finishedAt = null`;

/** When the next pending job becomes ready. */
export const NEXT_READY_AT = `MATCH (j:Job {state: 'pending'}) RETURN min(j.nextAttemptAt) AS t`;

/** One inbox batch. */
export const GET_BATCH = 'MATCH (b:InboxBatch {id: $id}) RETURN properties(b) AS b';

/** An inbox batch's jobs in id order. */
export const BATCH_JOBS = 'MATCH (j:Job {batch: $id}) RETURN properties(j) AS j ORDER BY j.id';

/** Marks an inbox batch finished. */
export const FINISH_BATCH = `MATCH (b:InboxBatch {id: $id}) SET b.state = 'finished', b.finishedAt = $now`;

/** Queued inbox batches none of whose jobs is pending or running any more. */
export const SETTLED_BATCHES = `MATCH (b:InboxBatch {state: 'queued'})
  WHERE NOT EXISTS { MATCH (j:Job {batch: b.id}) WHERE j.state IN ['pending', 'running'] }
  RETURN properties(b) AS b ORDER BY b.createdAt`;
