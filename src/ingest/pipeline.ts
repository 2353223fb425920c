import { buildArticleGraph } from '../graph/build';
import type { GraphStore } from '../graph/store';
import { EXTRACTOR_VERSION, extract } from '../extract';
import type { ArticleRecord, Extraction } from '../extract/types';
import type { Extractor } from './extract-pool';
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
  /** Told about every article, stored or failed (progress output, logs). */
  onArticle?: (result: IngestedArticle | (IngestFailure & { failed: true })) => void;
}

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
 * Ingests a stream of inputs one by one. A bad article never stops the batch: its failure is
 * collected with its origin and the rest carry on.
 */
export async function ingestRecords(store: GraphStore, items: AsyncIterable<InputItem> | Iterable<InputItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { articles: 0, nodes: 0, edges: 0, unchanged: 0, failures: [] };
  for await (const item of items) {
    if (item.error !== undefined || !item.record) {
      const failure = { origin: item.origin, error: item.error ?? 'no article record' };
      summary.failures.push(failure);
      opts.onArticle?.({ ...failure, failed: true });
      continue;
    }
    try {
      const r = await ingestRecord(store, item.record, opts);
      summary.articles += 1;
      if (r.changed) {
        summary.nodes += r.nodes;
        summary.edges += r.edges;
      } else summary.unchanged += 1;
      opts.onArticle?.({ origin: item.origin, ...r });
    } catch (err) {
      const failure = { origin: item.origin, error: (err as Error).message || String(err) };
      summary.failures.push(failure);
      opts.onArticle?.({ ...failure, failed: true });
    }
  }
  return summary;
}
