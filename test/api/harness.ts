import { loadConfig, type Config } from '../../src/config';
import { buildArticleGraph } from '../../src/graph/build';
import { createEmbeddedStore } from '../../src/graph/embedded';
import type { GraphStore } from '../../src/graph/store';
import { createApi } from '../../src/api/yoga';
import type { IngestQueue } from '../../src/ingest/queue';
import { fixtureExtraction } from '../graph/fixture-extraction';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/** An API over an in-memory store holding the fixture article (and a second one, on request). */
export async function createHarness(opts: { env?: Record<string, string>; store?: GraphStore; queue?: IngestQueue; second?: boolean; logError?: (e: unknown) => void } = {}) {
  const store = opts.store ?? createEmbeddedStore({ file: ':memory:' });
  await store.upsertArticle(buildArticleGraph(fixtureExtraction(), { extractorVersion: 'test' }));
  if (opts.second) {
    const x = fixtureExtraction({ id: 'second', url: 'https://example.org/second', published: '2025-09-22', source: 'The Straits Times', title: 'Kim sets terms for talks' });
    await store.upsertArticle(buildArticleGraph(x, { extractorVersion: 'test' }));
  }
  const config: Config = loadConfig(opts.env ?? {});
  const yoga = createApi({ store, config, logError: opts.logError ?? (() => undefined), ...(opts.queue ? { queue: opts.queue } : {}) });
  async function gql<T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResult<T>, 'status'>;
    return { status: res.status, ...body };
  }
  return { store, yoga, gql, config, close: () => store.close() };
}
