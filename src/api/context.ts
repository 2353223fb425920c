import { createHash, timingSafeEqual } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Config } from '../config';
import type { EdgeType, GraphNode, NodeLabel } from '../graph/model';
import type { Direction, GraphStore, Neighbour, NodeQuery } from '../graph/store';
import type { IngestQueue } from '../ingest/queue';
import type { ArticleProcessor } from '../ingest/worker-article';
import { stoppableStore } from './stoppable-store';

export interface Loaders {
  /** Nodes by id: one `getNodes` per tick, however many fields ask. */
  node: DataLoader<string, GraphNode | null>;
  /** Neighbour lists by node id for one edge type, direction and label: one `neighbours` call per tick. */
  neighbours(edgeType: EdgeType, direction: Direction, label?: NodeLabel): DataLoader<string, Neighbour[]>;
  /**
   * A quotation's mentions by quoteKey, earliest first (the first MAX_QUOTE_MENTIONS), with how
   * many there are: one store call per distinct quotation in a request.
   */
  quote: DataLoader<string, { mentions: GraphNode[]; total: number }>;
}

export interface ApiContext {
  /** The store as this request sees it: no call starts once the request is stopped. */
  store: GraphStore;
  /**
   * Stops the request's store calls (stoppable-store.ts); aborted by the time limit
   * (safety.ts) with its error, or when the client goes away.
   */
  stop: AbortController;
  config: Pick<Config, 'maxPageSize' | 'apiKey'>;
  loaders: Loaders;
  /** True when the request presented the API key, or the server has none. */
  authorized: boolean;
  /**
   * The store's durable ingest queue and the article path that processes its jobs, shared by
   * all requests; null when the API was created without a queue (see `ApiOptions.queue`).
   */
  ingest: ApiIngest | null;
}

export interface ApiIngest {
  queue: IngestQueue;
  processor: ArticleProcessor;
}

/** Upper bound of mentions of one quotation held in memory (its outlets are read from them). */
export const MAX_QUOTE_MENTIONS = 1000;

/** A quotation's mentions (statements with one quoteKey), earliest published first, undated last. */
export const quoteMentions = (quoteKey: string): NodeQuery => ({ label: 'Statement', where: { quoteKey }, orderBy: { prop: 'published', direction: 'ASC', nulls: 'last' } });

export function createLoaders(store: GraphStore): Loaders {
  const node = new DataLoader<string, GraphNode | null>((ids) => store.getNodes(ids));
  const byQuery = new Map<string, DataLoader<string, Neighbour[]>>();
  const quote = new DataLoader<string, { mentions: GraphNode[]; total: number }>((keys) =>
    Promise.all(
      keys.map(async (quoteKey) => {
        const page = await store.findNodes(quoteMentions(quoteKey), { first: MAX_QUOTE_MENTIONS });
        return { mentions: page.items, total: page.totalCount };
      }),
    ),
  );
  return {
    node,
    quote,
    neighbours(edgeType, direction, label) {
      const key = `${edgeType}|${direction}|${label ?? ''}`;
      let loader = byQuery.get(key);
      if (!loader) {
        loader = new DataLoader<string, Neighbour[]>(async (ids) => {
          const lists = await store.neighbours({ ids: [...ids], edgeType, direction, ...(label ? { label } : {}) });
          // Prime the node cache with what came back, so following an edge costs nothing more.
          for (const list of lists) for (const n of list) node.prime(n.node.id, n.node);
          return lists;
        });
        byQuery.set(key, loader);
      }
      return loader;
    },
  };
}

/** Reads the API key from `x-api-key` or `Authorization: Bearer <key>`. */
export function presentedKey(headers: Headers): string | null {
  const direct = headers.get('x-api-key');
  if (direct) return direct.trim();
  const auth = headers.get('authorization');
  const m = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  return m?.[1] ?? null;
}

/** A fresh context per request: its DataLoader caches never outlive the request. */
export function createContext(store: GraphStore, config: ApiContext['config'], request: Request, ingest: ApiIngest | null = null): ApiContext {
  const stop = new AbortController();
  // The server aborts the request's signal when the client hangs up before the answer is sent.
  const gone = request.signal;
  if (gone?.aborted) stop.abort();
  else gone?.addEventListener('abort', () => stop.abort(), { once: true });
  const own = stoppableStore(store, stop.signal);
  return { store: own, stop, config, loaders: createLoaders(own), authorized: isAuthorized(request.headers, config.apiKey), ingest };
}

/** True when the headers present the API key, or there is none to present. */
export function isAuthorized(headers: Headers, apiKey: string | undefined): boolean {
  return !apiKey || safeEqual(presentedKey(headers) ?? '', apiKey);
}

function safeEqual(a: string, b: string): boolean {
  // Constant-time comparison so the key cannot be guessed from response times.
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
