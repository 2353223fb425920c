import { parentPort } from 'node:worker_threads';
import type { ArticleRecord } from '../extract/types';
import type { ArticleGraph } from '../graph/model';
import { extractGraph, extractionError } from './extract-graph';

/**
 * One extraction thread of the pool (extract-pool.ts). Runs the pure part of the pipeline,
 * record to ArticleGraph (`extractGraph`, the same as on the calling thread), so the main thread
 * only talks to the store. Loaded from dist/.
 */

export { extractGraph };

export interface ThreadTask {
  id: number;
  record: ArticleRecord;
}

export type ThreadReply =
  | { id: number; graph: ArticleGraph }
  | { id: number; error: { code: string; message: string } };

if (parentPort) {
  const port = parentPort;
  port.on('message', (task: ThreadTask) => {
    let reply: ThreadReply;
    try {
      reply = { id: task.id, graph: extractGraph(task.record) };
    } catch (err) {
      reply = { id: task.id, error: extractionError(err) };
    }
    port.postMessage(reply);
  });
}
