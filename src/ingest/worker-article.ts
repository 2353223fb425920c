import type { ArticleRecord } from '../extract/types';
import type { ArticleGraph } from '../graph/model';
import { SaysoError, type GraphStore, type UpsertResult } from '../graph/store';
import type { Extractor } from './extract-pool';
import { checkRecord, DEFAULT_LIMITS, type ArticleLimits } from './worker-checks';

/**
 * The one path an article takes in every ingest mode (batch, inbox worker, Redis worker):
 * checks, extraction (on a thread when the extractor is a pool), then the store upsert, retried
 * with backoff when the store is the problem. Bad articles fail at once with a clear reason.
 */

export interface ArticleProcessorOptions {
  store: GraphStore;
  extractor: Extractor;
  limits?: ArticleLimits;
  /** Tries of the store upsert before the error is handed to the caller (queue-level retry). */
  storeAttempts?: number;
  /** Delay before the second try; doubles after that. */
  storeRetryMs?: number;
  /** Told about each store error that will be retried. */
  onStoreRetry?: (err: Error, attempt: number, delayMs: number) => void;
}

export interface ProcessOptions {
  /** Queue job to mark done in the store's transaction, where the store supports it. */
  job?: { id: number };
}

export interface ArticleProcessor {
  process(record: ArticleRecord, opts?: ProcessOptions): Promise<UpsertResult>;
  /** The first half of `process`: checks and extraction, nothing written. */
  extract(record: ArticleRecord): Promise<ArticleGraph>;
  /** The second half of `process`: the store upsert of an extracted graph, with its retries. */
  write(graph: ArticleGraph, opts?: ProcessOptions): Promise<UpsertResult>;
  /** Several extracted graphs in one store transaction, all or nothing, with the same retries as `write`. */
  writeMany(graphs: readonly ArticleGraph[]): Promise<UpsertResult[]>;
}

/** Errors worth trying again: the store was unavailable, busy or failed mid-write. */
export function isRetriable(err: unknown): boolean {
  if (err instanceof SaysoError) return err.code === 'STORE_UNAVAILABLE';
  return true;
}

export function errorInfo(err: unknown): { code: string; message: string } {
  if (err instanceof SaysoError) return { code: err.code, message: err.message };
  const e = err as Error & { code?: unknown };
  return { code: 'STORE_UNAVAILABLE', message: (e && e.message) || String(err) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createArticleProcessor(opts: ArticleProcessorOptions): ArticleProcessor {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const attempts = Math.max(1, opts.storeAttempts ?? 3);
  const retryMs = opts.storeRetryMs ?? 200;

  const extract = async (record: ArticleRecord): Promise<ArticleGraph> => {
    checkRecord(record, limits);
    return opts.extractor.run(record);
  };

  const withRetries = async <T>(work: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (err) {
        // Anything the store throws, short of a closed store or a graph it refuses (invalid, or
        // larger than a transaction may be), may pass: a busy database file, a dropped
        // connection, a cluster leader election.
        const final = err instanceof SaysoError && (err.code === 'BAD_INPUT' || err.code === 'TOO_LARGE' || /closed/i.test(err.message));
        if (attempt >= attempts || final) {
          throw err instanceof SaysoError ? err : new SaysoError('STORE_UNAVAILABLE', `store write failed: ${(err as Error).message || String(err)}`);
        }
        const delay = retryMs * 2 ** (attempt - 1);
        opts.onStoreRetry?.(err as Error, attempt, delay);
        await sleep(delay);
      }
    }
  };

  const write = (graph: ArticleGraph, popts: ProcessOptions = {}) =>
    withRetries(() => opts.store.upsertArticle(graph, popts.job ? { job: popts.job } : undefined));

  return {
    extract,
    write,
    writeMany: (graphs) => withRetries(() => opts.store.upsertArticles(graphs)),
    async process(record, popts = {}) {
      return write(await extract(record), popts);
    },
  };
}
