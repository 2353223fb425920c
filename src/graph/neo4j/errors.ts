import neo4j from 'neo4j-driver';
import { SaysoError } from '../store';

/** Neo4j's errors as the store reports them, and which are worth another attempt. */

const codeOf = (e: unknown) => String((e as { code?: string }).code ?? '');

/**
 * The server refused a transaction more memory than its limits allow. Neo4j files this under
 * transient errors, but the same query would be refused again: it is never retried.
 */
const OUT_OF_MEMORY = /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|MemoryLimitExceeded/;

/** The server stopped the transaction at the time limit it was started with. */
const TIMED_OUT = /TransactionTimedOut/;

/**
 * Worth another attempt: a deadlock, a lock timeout, a constraint raced by a concurrent writer,
 * a lost connection (a restarting or failing-over server). Not a refusal that would come again
 * (memory), nor a transaction stopped on purpose (its time limit, an administrator).
 */
export function isRetryable(e: unknown): boolean {
  const code = codeOf(e);
  if (OUT_OF_MEMORY.test(code) || code === 'Neo.TransientError.Transaction.Terminated') return false;
  return (
    code.startsWith('Neo.TransientError') ||
    code === 'Neo.ClientError.Schema.ConstraintValidationFailed' ||
    code === neo4j.error.SERVICE_UNAVAILABLE ||
    code === neo4j.error.SESSION_EXPIRED ||
    neo4j.isRetryableError(e)
  );
}

/** A SaysoError that says what to do, where there is one; other errors pass unchanged. */
export function translate(e: unknown, uri: string, opts: { timeoutMs?: number; write?: boolean } = {}): unknown {
  if (e instanceof SaysoError) return e;
  const code = codeOf(e);
  const message = (e as Error).message ?? String(e);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security')) {
    return new SaysoError('STORE_UNAVAILABLE', `Neo4j at ${uri} is not available: ${message}`);
  }
  const raise = "raise the server's db.memory.transaction.max or dbms.memory.transaction.total.max";
  const narrow = 'Narrow it (a date range, a smaller page, fewer nested lists)';
  if (OUT_OF_MEMORY.test(code)) {
    return new SaysoError(
      'TOO_LARGE',
      opts.write
        ? `The write needs more memory than Neo4j at ${uri} allows one transaction (${message.split('\n')[0]}). Write fewer articles at a time or ${raise}.`
        : `The query needs more memory than Neo4j at ${uri} allows one transaction (${message.split('\n')[0]}). ${narrow} or ${raise}.`,
    );
  }
  if (TIMED_OUT.test(code)) {
    const limit = opts.timeoutMs ? ` (${opts.timeoutMs} ms, NEO4J_READ_TIMEOUT_MS)` : '';
    return new SaysoError('TIMEOUT', `Neo4j at ${uri} stopped the query at its time limit${limit}. ${narrow} or raise the limit.`);
  }
  return e;
}
