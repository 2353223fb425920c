import { parentPort } from 'node:worker_threads';
import { extract, EXTRACTOR_VERSION } from '../extract';
import { buildArticleGraph } from '../graph/build';
import type { ArticleRecord } from '../extract/types';
import type { ArticleGraph } from '../graph/model';

/**
 * One extraction thread of the pool (extract-pool.ts). Runs the pure part of the pipeline,
 * record to ArticleGraph, so the main thread only talks to the store. Loaded from dist/.
 */

export interface ThreadTask {
  id: number;
  record: ArticleRecord;
}

export type ThreadReply =
  | { id: number; graph: ArticleGraph }
  | { id: number; error: { code: string; message: string } };

/** Record to graph; a page whose text is all furniture is refused with its reason. */
export function extractGraph(record: ArticleRecord): ArticleGraph {
  const x = extract(record);
  if (x.article.text.trim() === '') {
    const err = new Error('only page boilerplate: no article text left after cleaning') as Error & { code: string };
    err.code = 'BAD_INPUT';
    throw err;
  }
  return buildArticleGraph(x, { extractorVersion: EXTRACTOR_VERSION });
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (task: ThreadTask) => {
    let reply: ThreadReply;
    try {
      reply = { id: task.id, graph: extractGraph(task.record) };
    } catch (err) {
      const e = err as Error & { code?: string };
      reply = { id: task.id, error: { code: e.code === 'BAD_INPUT' ? 'BAD_INPUT' : 'EXTRACTION_FAILED', message: e.message || String(err) } };
    }
    port.postMessage(reply);
  });
}
