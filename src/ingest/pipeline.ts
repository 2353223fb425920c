import type { ArticleGraph } from '../graph/model';
import { SaysoError, type GraphStore, type UpsertResult } from '../graph/store';
import type { ArticleRecord, Extraction } from '../extract/types';
import { createExtractPool, createInlineExtractor, TASKS_PER_THREAD, type Extractor } from './extract-pool';
import { createArticleProcessor } from './worker-article';
import type { InputItem } from '../read/files';

/** One input as the readers yield it (`readInputs` in src/read/files.ts). */
export type { InputItem };

export interface IngestFailure {
  origin: string;
  error: string;
}

export interface IngestSummary {
  /** Articles read and stored (changed or not). */
  articles: number;
  /** Nodes and edges written (articles whose content was unchanged add nothing). */
  nodes: number;
  edges: number;
  /** Articles skipped because the store already held the same content. */
  unchanged: number;
  failures: IngestFailure[];
}

export interface IngestedArticle {
  origin: string;
  articleId: string;
  changed: boolean;
  nodes: number;
  edges: number;
}

export interface IngestOptions {
  extractorVersion?: string;
  /** The extractor to run (the real one by default; tests pass a fixed one). */
  extract?: (record: ArticleRecord) => Extraction;
  /** Told about every article, stored or failed (progress output, logs), in input order. */
  onArticle?: (result: IngestedArticle | (IngestFailure & { failed: true })) => void;
  /**
   * Articles extracted at once. 1 (the default): one after another on the calling thread. N > 1:
   * on a pool of N extraction threads (the compiled extractor in dist/), closed at the end.
   */
  concurrency?: number;
  /** Extraction threads the caller owns (and closes); their size is the default concurrency. */
  extractor?: Extractor;
  /** Starts the pool for a concurrency above 1 when no extractor is given (default: `createExtractPool`). */
  openPool?: (size: number) => Extractor;
  /** Articles written per store transaction (default `DEFAULT_BATCH_SIZE`). */
  batchSize?: number;
}

/**
 * Inputs read ahead of the article being stored, per unit of concurrency: memory stays flat.
 * As many as the pool keeps posted to each thread, so the threads' inboxes stay full.
 */
export const READ_AHEAD_PER_THREAD = TASKS_PER_THREAD;

/**
 * Articles written per store transaction, unless the store asks for another size
 * (`GraphStore.writeBatchSize`). One commit for many articles is what keeps the store's share of
 * an ingest small (a commit costs more than a small article's rows); 32 keeps a batch's write
 * well under the time an extraction thread spends on one article, so threads never wait long for
 * the writer, and a store that writes over the network (Neo4j) overlaps its writes with
 * extraction batch by batch.
 */
export const DEFAULT_BATCH_SIZE = 32;

/** A batch waiting this long for its next article is written anyway, so slow inputs still show progress. */
export const BATCH_MAX_WAIT_MS = 1000;

/** Extracts, builds and stores one record; throws on failure. */
export async function ingestRecord(store: GraphStore, record: ArticleRecord, opts: Pick<IngestOptions, 'extractorVersion' | 'extract'> = {}) {
  if (typeof record.text !== 'string' || !record.text.trim()) throw new Error('the record has no text');
  // The same per-article path as the worker: bad-input checks, then extraction, then the upsert
  // with retries when the store is busy or briefly unreachable. Extraction on this thread makes
  // the same checks, graph and errors as on a thread of the pool.
  return createArticleProcessor({ store, extractor: createInlineExtractor(opts) }).process(record);
}

/**
 * Ingests a stream of inputs. A bad article never stops the batch: its failure is collected with
 * its origin and the rest carry on.
 *
 * Extraction runs on the calling thread (concurrency 1) or on a pool of threads while earlier
 * articles are stored. Extracted articles are written `batchSize` at a time, each batch in one
 * store transaction, one batch written while the next fills; when a batch write fails, its
 * articles are written one by one, so only the article at fault fails. At most
 * `READ_AHEAD_PER_THREAD * concurrency` inputs are read ahead of the batch being filled, so a
 * huge input is never pulled into memory. Articles are stored, counted and reported in input
 * order, so the store, the summary and the failures are the same at any concurrency and batch
 * size.
 */
export async function ingestRecords(store: GraphStore, items: AsyncIterable<InputItem> | Iterable<InputItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const concurrency = opts.concurrency ?? opts.extractor?.size ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new SaysoError('BAD_INPUT', `concurrency must be a whole number of at least 1 (got ${concurrency})`);
  // Extraction threads run the compiled extractor and record its own version.
  if ((opts.extract || opts.extractorVersion !== undefined) && (concurrency > 1 || opts.extractor)) {
    throw new SaysoError('BAD_INPUT', `a custom ${opts.extract ? 'extract function' : 'extractor version'} applies on the calling thread only: use concurrency 1 without an extractor`);
  }
  const batchSize = opts.batchSize ?? store.writeBatchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new SaysoError('BAD_INPUT', `batch size must be a whole number of at least 1 (got ${batchSize})`);
  const summary: IngestSummary = { articles: 0, nodes: 0, edges: 0, unchanged: 0, failures: [] };
  const fail = (origin: string, err: unknown) => {
    const failure = { origin, error: typeof err === 'string' ? err : (err as Error).message || String(err) };
    summary.failures.push(failure);
    opts.onArticle?.({ ...failure, failed: true });
  };

  const own = opts.extractor || concurrency === 1 ? null : (opts.openPool ?? ((size: number) => createExtractPool({ size })))(concurrency);
  const processor = createArticleProcessor({ store, extractor: opts.extractor ?? own ?? createInlineExtractor(opts) });
  type Extracted = { graph: ArticleGraph } | { error: unknown };
  // Inputs in reading order, each with its extraction under way.
  const ahead: { origin: string; extracted: Promise<Extracted>; settled: boolean }[] = [];
  // Extracted articles and failures in input order, waiting for the next batch write.
  const pending: ({ origin: string } & Extracted)[] = [];
  let pendingGraphs = 0;
  let batchOpenedAt = 0;

  const writeBatch = async (batch: typeof pending) => {
    const graphs = batch.flatMap((x) => ('graph' in x ? [x.graph] : []));
    let results: UpsertResult[] | null = null;
    if (graphs.length > 1) results = await processor.writeMany(graphs).catch(() => null);
    let next = 0;
    for (const x of batch) {
      if ('error' in x) {
        fail(x.origin, x.error);
        continue;
      }
      const done = results?.[next++];
      if (done) {
        count(summary, x.origin, done, opts);
        continue;
      }
      // One by one: a batch of one, or a failed batch, where only the bad article must fail.
      try {
        count(summary, x.origin, await processor.write(x.graph), opts);
      } catch (err) {
        fail(x.origin, err);
      }
    }
  };
  // One batch is written while the next one fills, so extraction goes on during a write that
  // waits on a server (Neo4j); batches still commit and report in input order.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = pending.splice(0);
    pendingGraphs = 0;
    await writing;
    writing = writeBatch(batch);
  };

  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<InputItem>)[Symbol.iterator]();
  let exhausted = false;
  const limit = READ_AHEAD_PER_THREAD * concurrency;
  try {
    for (;;) {
      while (!exhausted && ahead.length < limit) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const item = next.value;
        const extracted: Promise<Extracted> =
          item.error !== undefined || !item.record
            ? Promise.resolve({ error: item.error ?? 'no article record' })
            : extractOne(processor, item.record).then(
                (graph) => ({ graph }),
                (error: unknown) => ({ error }),
              );
        const entry = { origin: item.origin, settled: false, extracted: extracted.finally(() => void (entry.settled = true)) };
        ahead.push(entry);
      }
      const head = ahead.shift();
      if (!head) break;
      // Nothing to add for a while: write what is waiting rather than sit on it.
      if (!head.settled && pendingGraphs > 0 && performance.now() - batchOpenedAt >= BATCH_MAX_WAIT_MS) await flush();
      const x = await head.extracted;
      if (!pending.length) batchOpenedAt = performance.now();
      pending.push({ origin: head.origin, ...x });
      if ('graph' in x && ++pendingGraphs >= batchSize) await flush();
    }
    await flush();
    await writing;
  } finally {
    // A write under way when an error got here still finishes: what it holds was extracted.
    await writing.catch(() => {});
    if (!exhausted) await iterator.return?.();
    // Articles still on the threads (an error got here) are abandoned: their promises settle
    // into `Extracted` values, so nothing is left unhandled.
    await own?.close();
  }
  return summary;
}

/** The same checks as the one-by-one path (`ingestRecord`), then extraction. */
async function extractOne(processor: ReturnType<typeof createArticleProcessor>, record: ArticleRecord): Promise<ArticleGraph> {
  if (typeof record.text !== 'string' || !record.text.trim()) throw new Error('the record has no text');
  return processor.extract(record);
}

function count(summary: IngestSummary, origin: string, r: UpsertResult, opts: IngestOptions): void {
  summary.articles += 1;
  if (r.changed) {
    summary.nodes += r.nodes;
    summary.edges += r.edges;
  } else summary.unchanged += 1;
  opts.onArticle?.({ origin, ...r });
}
