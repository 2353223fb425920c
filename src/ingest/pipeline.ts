import { buildArticleGraph } from '../graph/build';
import type { ArticleGraph } from '../graph/model';
import { SaysoError, type GraphStore, type UpsertResult } from '../graph/store';
import { EXTRACTOR_VERSION, extract } from '../extract';
import type { ArticleRecord, Extraction } from '../extract/types';
import { createExtractPool, type Extractor } from './extract-pool';
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
}

/** Inputs read ahead of the article being stored, per unit of concurrency: memory stays flat. */
export const READ_AHEAD_PER_THREAD = 2;

/** Extracts, builds and stores one record; throws on failure. */
export async function ingestRecord(store: GraphStore, record: ArticleRecord, opts: Pick<IngestOptions, 'extractorVersion' | 'extract'> = {}) {
  if (typeof record.text !== 'string' || !record.text.trim()) throw new Error('the record has no text');
  // The same per-article path as the worker: bad-input checks, then extraction, then the upsert
  // with retries when the store is busy or briefly unreachable.
  const extractor: Extractor = {
    size: 1,
    run: async (r) => buildArticleGraph((opts.extract ?? extract)(r), { extractorVersion: opts.extractorVersion ?? EXTRACTOR_VERSION }),
    close: async () => {},
  };
  return createArticleProcessor({ store, extractor }).process(record);
}

/**
 * Ingests a stream of inputs. A bad article never stops the batch: its failure is collected with
 * its origin and the rest carry on.
 *
 * With a concurrency above 1, articles are extracted on threads while earlier ones are stored;
 * at most `READ_AHEAD_PER_THREAD * concurrency` inputs are read ahead of the one being stored,
 * so a huge input is never pulled into memory. Articles are stored, counted and reported in
 * input order, so the store, the summary and the failures are the same at any concurrency.
 */
export async function ingestRecords(store: GraphStore, items: AsyncIterable<InputItem> | Iterable<InputItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const concurrency = opts.concurrency ?? opts.extractor?.size ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new SaysoError('BAD_INPUT', `concurrency must be a whole number of at least 1 (got ${concurrency})`);
  if (opts.extract && (concurrency > 1 || opts.extractor)) {
    throw new SaysoError('BAD_INPUT', 'a custom extract function runs on the calling thread only: use concurrency 1 without an extractor');
  }
  const summary: IngestSummary = { articles: 0, nodes: 0, edges: 0, unchanged: 0, failures: [] };
  const fail = (origin: string, err: unknown) => {
    const failure = { origin, error: typeof err === 'string' ? err : (err as Error).message || String(err) };
    summary.failures.push(failure);
    opts.onArticle?.({ ...failure, failed: true });
  };

  if (concurrency === 1 && !opts.extractor) {
    for await (const item of items) {
      if (item.error !== undefined || !item.record) {
        fail(item.origin, item.error ?? 'no article record');
        continue;
      }
      try {
        count(summary, item.origin, await ingestRecord(store, item.record, opts), opts);
      } catch (err) {
        fail(item.origin, err);
      }
    }
    return summary;
  }

  const own = opts.extractor ? null : (opts.openPool ?? ((size: number) => createExtractPool({ size })))(concurrency);
  const processor = createArticleProcessor({ store, extractor: opts.extractor ?? own! });
  type Extracted = { graph: ArticleGraph } | { error: unknown };
  // Inputs in reading order, each with its extraction under way on the threads.
  const ahead: { origin: string; extracted: Promise<Extracted> }[] = [];
  const limit = READ_AHEAD_PER_THREAD * concurrency;
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<InputItem>)[Symbol.iterator]();
  let exhausted = false;
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
        ahead.push({ origin: item.origin, extracted });
      }
      const head = ahead.shift();
      if (!head) break;
      const x = await head.extracted;
      if ('error' in x) {
        fail(head.origin, x.error);
        continue;
      }
      try {
        count(summary, head.origin, await processor.write(x.graph), opts);
      } catch (err) {
        fail(head.origin, err);
      }
    }
  } finally {
    if (!exhausted) await iterator.return?.();
    // Articles still on the threads (an error got here) are abandoned: their promises settle
    // into `Extracted` values, so nothing is left unhandled.
    await own?.close();
  }
  return summary;
}

/** The same checks as the one-by-one path (`ingestRecord`), then extraction on the threads. */
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
