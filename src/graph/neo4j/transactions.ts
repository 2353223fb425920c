import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { isRetryable } from './errors';

/**
 * Transactions with our own retries instead of the driver's managed ones. The driver retries
 * every error the server files as transient for up to `maxTransactionRetryTime`, and Neo4j
 * files a query past its memory limit under transient errors: the same write was sent again
 * for 30 s before failing. Here `isRetryable` decides, and a transaction can carry a time
 * limit the server enforces, so a runaway read stops on the server, not only in the client.
 */

/** What the store's statements need of a transaction: explicit and managed ones both run. */
export type Tx = Pick<ManagedTransaction, 'run'>;

export interface TxOptions {
  database?: string;
  mode: 'READ' | 'WRITE';
  /** Attempts in all, the first included. */
  attempts: number;
  /** The server stops the transaction after this long (Neo4j's per-transaction timeout); none when absent or 0. */
  timeoutMs?: number;
}

/** Attempts in all of a write and of a read (`isRetryable` decides what is retried). */
export const WRITE_ATTEMPTS = 8;
export const READ_ATTEMPTS = 3;

const MAX_BACKOFF_MS = 2000;

/** Exponential, with jitter so that writers that collided do not collide again. */
function backoff(attempt: number): Promise<void> {
  const ms = Math.min(MAX_BACKOFF_MS, 25 * 2 ** attempt) + Math.random() * 50;
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function openSession(driver: Driver, opts: TxOptions): Session {
  return driver.session({ database: opts.database, defaultAccessMode: opts.mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
}

const txConfig = (opts: TxOptions) => (opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined);

/** Runs `call` on a fresh session, again on a failure worth it, up to `opts.attempts` in all. */
async function withRetries<T>(driver: Driver, opts: TxOptions, call: (session: Session) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = openSession(driver, opts);
    try {
      return await call(session);
    } catch (e) {
      if (attempt >= opts.attempts || !isRetryable(e)) throw e;
      await backoff(attempt);
    } finally {
      await session.close();
    }
  }
}

/** Runs `work` in one transaction and commits it; a failure worth it runs the whole of `work` again. */
export function inTransaction<T>(driver: Driver, opts: TxOptions, work: (tx: Tx) => Promise<T>): Promise<T> {
  return withRetries(driver, opts, async (session) => {
    const tx = session.beginTransaction(txConfig(opts));
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (e) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw e;
    }
  });
}

/**
 * One statement as an auto-commit transaction: RUN and PULL go out together, so a point read
 * costs one round trip instead of BEGIN, RUN and COMMIT. The driver never retries these.
 */
export function autoCommit(driver: Driver, opts: TxOptions, statement: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
  return withRetries(driver, opts, async (session) => (await session.run(statement, params, txConfig(opts))).records);
}
