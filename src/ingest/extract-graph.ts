import { extract, EXTRACTOR_VERSION } from '../extract';
import type { ArticleRecord, Extraction } from '../extract/types';
import { buildArticleGraph } from '../graph/build';
import type { ArticleGraph } from '../graph/model';
import { SaysoError } from '../graph/store';

/**
 * Record to graph, the pure part of ingestion, shared by both extractors: the threads of the pool
 * (extract-pool-thread.ts) and the one on the calling thread (`createInlineExtractor` in
 * extract-pool.ts), so an article gets the same graph, or fails with the same error, either way.
 * Loads the whole extractor: extract-pool.ts only requires it when it extracts on its own thread.
 */

export interface ExtractGraphOptions {
  /** The extractor to run (the real one by default; tests pass a fixed one). */
  extract?: (record: ArticleRecord) => Extraction;
  /** Recorded on the article (default: the running extractor's `EXTRACTOR_VERSION`). */
  extractorVersion?: string;
}

/** Extracts and builds one article's graph; a page whose text is all furniture is refused with its reason. */
export function extractGraph(record: ArticleRecord, opts: ExtractGraphOptions = {}): ArticleGraph {
  const x = (opts.extract ?? extract)(record);
  if (x.article.text.trim() === '') throw new SaysoError('BAD_INPUT', 'only page boilerplate: no article text left after cleaning');
  return buildArticleGraph(x, { extractorVersion: opts.extractorVersion ?? EXTRACTOR_VERSION });
}

/** How an extraction error reaches the caller: bad input stays `BAD_INPUT`, anything else is `EXTRACTION_FAILED`. */
export function extractionError(err: unknown): { code: 'BAD_INPUT' | 'EXTRACTION_FAILED'; message: string } {
  const e = err as (Error & { code?: unknown }) | null | undefined;
  return { code: e?.code === 'BAD_INPUT' ? 'BAD_INPUT' : 'EXTRACTION_FAILED', message: e?.message || String(err) };
}
