import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Config } from '../config';
import type { ArticleRecord } from '../extract/types';
import { EMBEDDED_FILE } from '../graph/open-store';
import { asIngestQueue, type IngestQueue } from './queue';
import { createNeo4jQueue } from './queue-neo4j';
import { createSqliteQueue } from './queue-sqlite';

/** The durable queue in the configured store's own database: SQLite table or Neo4j `(:Job)` nodes. */
export function openIngestQueue(config: Pick<Config, 'store' | 'dataDir' | 'neo4j' | 'worker'>): IngestQueue {
  const retry = { maxAttempts: config.worker.maxAttempts, backoffMs: config.worker.backoffMs };
  if (config.store === 'neo4j') return createNeo4jQueue({ ...config.neo4j, ...retry });
  return asIngestQueue(createSqliteQueue({ file: join(config.dataDir, EMBEDDED_FILE), ...retry }));
}

/** Queue key of an article: the same record twice is one job; a changed record is a new one. */
export function articleJobKey(record: ArticleRecord): string {
  return `a-${createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 40)}`;
}

/**
 * Puts one article on the durable queue for `sayso worker` (the way an API mutation or a feed
 * poller submits work). Returns the job's id, or the existing job's when the same article is
 * already queued.
 */
export async function enqueueArticle(queue: IngestQueue, record: ArticleRecord, origin: string): Promise<{ key: string; added: boolean }> {
  const key = articleJobKey(record);
  const { added } = await queue.enqueue([{ key, origin, record }]);
  return { key, added: added > 0 };
}
