import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SaysoError } from '../store';

/** How long an opener or writer waits for another process holding the file's lock. */
export const BUSY_TIMEOUT_MS = 10_000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

const isBusy = (err: unknown): boolean => {
  const code = (err as { code?: unknown })?.code;
  // SQLITE_SCHEMA: another process changed the schema while this one prepared a statement.
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'SQLITE_SCHEMA');
};

/**
 * Runs `fn` again while SQLite answers "busy" (or that the schema changed under it), until `timeoutMs` has passed. The busy timeout
 * alone does not cover every case: SQLite returns SQLITE_BUSY at once, without waiting, when
 * waiting could deadlock (two processes switching a new file to WAL, or a read snapshot
 * that another writer has moved past). Two workers started together on a fresh data dir
 * hit exactly that.
 */
export function whileBusy<T>(fn: () => T, file: string, timeoutMs = BUSY_TIMEOUT_MS): T {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (err) {
      if (!isBusy(err)) throw err;
      if (Date.now() >= deadline) {
        throw new SaysoError(
          'STORE_UNAVAILABLE',
          `The SQLite file ${file} stayed locked by another process for ${timeoutMs / 1000} s. ` +
            'Wait for the other sayso process (an ingest, a worker) to finish, or stop it, and try again.',
        );
      }
      // 5, 10, 20 ... 200 ms, with jitter so that two openers do not collide again.
      Atomics.wait(sleeper, 0, 0, Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}

/**
 * Opens (creating it with its folder if missing) a SQLite file shared by several processes:
 * write-ahead log, so that readers never block the writer, and a busy timeout, so that a
 * writer waits for another instead of failing.
 */
export function openSharedSqlite(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    throw new SaysoError('STORE_UNAVAILABLE', `Cannot open the SQLite file ${file}: ${(err as Error).message}`);
  }
  try {
    whileBusy(() => db.pragma('journal_mode = WAL'), file);
    db.pragma('synchronous = NORMAL');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
