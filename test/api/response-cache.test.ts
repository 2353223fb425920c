import { createEmbeddedStore } from '../../src/graph/embedded';
import type { GraphStore } from '../../src/graph/store';
import { loadConfig } from '../../src/config';
import { createResponseStore, responseKey } from '../../src/api/response-cache';
import { createHarness } from './harness';

const KEY = 'test-key-0123456789';
const QUERY = `query Recent($first: Int) { articles(first: $first) { totalCount nodes { title source } } }`;
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId changed } }`;
const article = { id: 'cache-new', url: 'https://example.org/cache-new', title: 'Kim speaks again', source: 'Example News', published: '2025-11-02', text: 'Kim Jong Un said on Sunday that talks with the United States could resume if sanctions were lifted.' };

/** The real embedded store, counting every method call made on it; `failNext` makes the next call throw. */
function countingStore() {
  const inner = createEmbeddedStore({ file: ':memory:' });
  const counter = { calls: 0, failNext: false, delayMs: 0 };
  const store = new Proxy(inner, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counter.calls++;
        if (counter.failNext) {
          counter.failNext = false;
          return Promise.reject(new Error('store unavailable'));
        }
        const call = () => (value as (...a: unknown[]) => unknown).apply(target, args);
        return counter.delayMs > 0 ? new Promise((r) => setTimeout(r, counter.delayMs)).then(call) : call();
      };
    },
  }) as GraphStore;
  return { store, counter };
}

/** Store calls made while `fn` runs. */
async function callsDuring(counter: { calls: number }, fn: () => Promise<unknown>): Promise<number> {
  const before = counter.calls;
  await fn();
  return counter.calls - before;
}

describe('response cache', () => {
  it('is on by default for 2 s, configurable, and 0 turns it off', () => {
    expect(loadConfig({}).cacheTtlMs).toBe(2000);
    expect(loadConfig({ SAYSO_CACHE_TTL_MS: '500' }).cacheTtlMs).toBe(500);
    expect(loadConfig({ SAYSO_CACHE_TTL_MS: '0' }).cacheTtlMs).toBe(0);
    expect(() => loadConfig({ SAYSO_CACHE_TTL_MS: '-1' })).toThrow(/SAYSO_CACHE_TTL_MS/);
  });

  it('answers a repeated query from the cache without calling the store', async () => {
    const { store, counter } = countingStore();
    const h = await createHarness({ store, second: true });
    const first = await h.gql(QUERY, { first: 5 });
    expect(first.errors).toBeUndefined();
    expect(first.data.articles.totalCount).toBe(2);
    let second: any;
    expect(await callsDuring(counter, async () => (second = await h.gql(QUERY, { first: 5 })))).toBe(0);
    expect(second).toEqual(first);
    // Other variables are another entry.
    expect(await callsDuring(counter, () => h.gql(QUERY, { first: 1 }))).toBeGreaterThan(0);
    await h.close();
  });

  it('drops every cached answer when this server ingests or deletes an article; mutations are never cached', async () => {
    const { store, counter } = countingStore();
    const h = await createHarness({ store });
    const before = await h.gql(QUERY, { first: 10 });
    expect(before.data.articles.totalCount).toBe(1);
    const ingested = await h.gql(INGEST, { input: article });
    expect(ingested.data.ingestArticle.changed).toBe(true);
    // The same mutation again runs again (and reports no change).
    const again = await h.gql(INGEST, { input: article });
    expect(again.data.ingestArticle.changed).toBe(false);

    let after: any;
    expect(await callsDuring(counter, async () => (after = await h.gql(QUERY, { first: 10 })))).toBeGreaterThan(0);
    expect(after.data.articles.totalCount).toBe(2);
    expect(after.data.articles.nodes.map((n: { title: string }) => n.title)).toContain('Kim speaks again');

    const del = await h.gql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: ingested.data.ingestArticle.articleId });
    expect(del.data.deleteArticle).toBe(true);
    const gone = await h.gql(QUERY, { first: 10 });
    expect(gone.data.articles.totalCount).toBe(1);
    await h.close();
  });

  it('sends a cached answer with its ETag, and 304 to a client that holds it', async () => {
    const { store, counter } = countingStore();
    const h = await createHarness({ store });
    const ask = (headers: Record<string, string> = {}) =>
      h.yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify({ query: QUERY, variables: { first: 5 } }) });
    const fresh = await ask();
    const freshBody = await fresh.text();
    const hit = await ask();
    const etag = hit.headers.get('etag');
    expect(etag).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hit.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await hit.text()).toBe(freshBody);
    const calls = await callsDuring(counter, async () => {
      const again = await ask({ 'if-none-match': etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    });
    expect(calls).toBe(0);
    await h.close();
  });

  it('runs identical queries that arrive together once', async () => {
    const { store, counter } = countingStore();
    const h = await createHarness({ store, second: true });
    const cold = await createHarness({ store, env: { SAYSO_CACHE_TTL_MS: '0' } });
    const one = await callsDuring(counter, () => cold.gql(QUERY, { first: 5 }));
    let answers: any[] = [];
    expect(await callsDuring(counter, async () => (answers = await Promise.all(Array.from({ length: 10 }, () => h.gql(QUERY, { first: 5 })))))).toBe(one);
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0].data.articles.totalCount).toBe(2);
    await h.close();
  });

  /** An API whose answer (one article) is cached, then a second article written past it, then `waitMs` gone by. */
  async function cachedThenWritten(ttlMs: number, waitMs: number) {
    const { store, counter } = countingStore();
    const h = await createHarness({ store, env: { SAYSO_CACHE_TTL_MS: String(ttlMs) } });
    expect((await h.gql(QUERY, { first: 10 })).data.articles.totalCount).toBe(1);
    await createHarness({ store, second: true });
    await new Promise((r) => setTimeout(r, waitMs));
    return { h, counter };
  }

  it('serves the expired answer to requests arriving while the first one recomputes it', async () => {
    const { h, counter } = await cachedThenWritten(100, 120);
    counter.delayMs = 40;
    const refresh = h.gql(QUERY, { first: 10 });
    await new Promise((r) => setTimeout(r, 10));
    let during: any[] = [];
    expect(await callsDuring(counter, async () => (during = await Promise.all(Array.from({ length: 5 }, () => h.gql(QUERY, { first: 10 })))))).toBe(0);
    for (const a of during) expect(a.data.articles.totalCount).toBe(1);
    expect((await refresh).data.articles.totalCount).toBe(2);
    counter.delayMs = 0;
    expect(await callsDuring(counter, async () => expect((await h.gql(QUERY, { first: 10 })).data.articles.totalCount).toBe(2))).toBe(0);
    await h.close();
  });

  it('serves an expired answer only within one TTL of its expiry', async () => {
    const { h, counter } = await cachedThenWritten(50, 120);
    // Past its grace: every request waits for the new answer.
    counter.delayMs = 30;
    const answers = await Promise.all(Array.from({ length: 5 }, () => h.gql(QUERY, { first: 10 })));
    for (const a of answers) expect(a.data.articles.totalCount).toBe(2);
    await h.close();
  });

  it('with SAYSO_CACHE_TTL_MS=0 every query calls the store', async () => {
    const { store, counter } = countingStore();
    const h = await createHarness({ store, env: { SAYSO_CACHE_TTL_MS: '0' } });
    await h.gql(QUERY, { first: 5 });
    expect(await callsDuring(counter, () => h.gql(QUERY, { first: 5 }))).toBeGreaterThan(0);
    await h.close();
  });

  it('shows writes made past the API once the TTL runs out', async () => {
    const { store, counter } = countingStore();
    const h = await createHarness({ store, env: { SAYSO_CACHE_TTL_MS: '50' } });
    expect((await h.gql(QUERY, { first: 10 })).data.articles.totalCount).toBe(1);
    // Another process's write, as far as this API knows.
    const other = await createHarness({ store, second: true });
    expect(await callsDuring(counter, () => h.gql(QUERY, { first: 10 }))).toBe(0);
    await new Promise((r) => setTimeout(r, 80));
    expect((await h.gql(QUERY, { first: 10 })).data.articles.totalCount).toBe(2);
    void other;
    await h.close();
  });

  it('keeps answers for key holders apart from those for callers without the key', async () => {
    const { store, counter } = countingStore();
    const h = await createHarness({ store, env: { SAYSO_API_KEY: KEY } });
    const withKey = { 'x-api-key': KEY };
    expect(await callsDuring(counter, () => h.gql(QUERY, { first: 5 }, withKey))).toBeGreaterThan(0);
    // The key holder's entry is not served to a caller without the key or with another key...
    expect(await callsDuring(counter, () => h.gql(QUERY, { first: 5 }, { 'x-api-key': 'other-key-0123456789' }))).toBeGreaterThan(0);
    const fresh = await createHarness({ store, env: { SAYSO_API_KEY: KEY } });
    expect(await callsDuring(counter, () => fresh.gql(QUERY, { first: 5 }, withKey))).toBeGreaterThan(0);
    expect(await callsDuring(counter, () => fresh.gql(QUERY, { first: 5 }))).toBeGreaterThan(0);
    // ...while the key, however presented, finds its own.
    expect(await callsDuring(counter, () => h.gql(QUERY, { first: 5 }, { authorization: `Bearer ${KEY}` }))).toBe(0);
    expect(await callsDuring(counter, () => fresh.gql(QUERY, { first: 5 }, withKey))).toBe(0);
    await h.close();
  });

  it('does not cache answers with errors', async () => {
    const { store, counter } = countingStore();
    const h = await createHarness({ store });
    counter.failNext = true;
    const failed = await h.gql(QUERY, { first: 5 });
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    let ok: any;
    expect(await callsDuring(counter, async () => (ok = await h.gql(QUERY, { first: 5 })))).toBeGreaterThan(0);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.articles.totalCount).toBe(1);
    // Refused queries are errors too.
    const tooBig = await h.gql(QUERY, { first: 100000 });
    expect(tooBig.errors?.length).toBeGreaterThan(0);
    expect((await h.gql(QUERY, { first: 100000 })).errors?.length).toBeGreaterThan(0);
    await h.close();
  });

  it('does not cache introspection', async () => {
    const { store, counter } = countingStore();
    const h = await createHarness({ store });
    const q = `{ __type(name: "Query") { name } articles(first: 3) { totalCount } }`;
    expect((await h.gql(q)).data.__type.name).toBe('Query');
    expect(await callsDuring(counter, () => h.gql(q))).toBeGreaterThan(0);
    const s = `{ __schema { queryType { name } } articles(first: 3) { totalCount } }`;
    await h.gql(s);
    expect(await callsDuring(counter, () => h.gql(s))).toBeGreaterThan(0);
    await h.close();
  });

  it('holds at most its limit of answers and forgets expired ones', async () => {
    const cache = createResponseStore(2);
    cache.set('a', { data: { a: 1 } }, [], 1000);
    cache.set('b', { data: { b: 1 } }, [], 1000);
    cache.set('c', { data: { c: 1 } }, [], 1000);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeNull();
    expect(cache.get('c')).toMatchObject({ data: { c: 1 } });
    cache.set('d', { data: {} }, [], 0);
    expect(cache.get('d')).toBeNull();
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('keeps an expired answer as stale for one TTL more, then forgets it', () => {
    const cache = createResponseStore();
    const now = jest.spyOn(Date, 'now').mockReturnValue(1000);
    try {
      cache.set('a', { data: { a: 1 } }, [], 100);
      expect(cache.get('a')).toMatchObject({ data: { a: 1 } });
      expect(cache.stale('a')).toBeNull();
      now.mockReturnValue(1100);
      expect(cache.get('a')).toBeNull();
      expect(cache.stale('a')).toMatchObject({ data: { a: 1 } });
      now.mockReturnValue(1199);
      expect(cache.stale('a')).toMatchObject({ data: { a: 1 } });
      now.mockReturnValue(1200);
      expect(cache.stale('a')).toBeNull();
      expect(cache.size).toBe(0);
    } finally {
      now.mockRestore();
    }
  });

  it('serialises a cached answer once, also through the copy each hit gets', () => {
    const cache = createResponseStore();
    const answer = { data: { a: [1, 2], b: 'x' }, extensions: { http: { headers: { ETag: 'k' } } } };
    cache.set('a', answer, [], 1000);
    const held = cache.get('a') as { stringify(): string };
    const hit = { ...held, [Symbol.for('servedFromResponseCache')]: true };
    const text = hit.stringify();
    // The headers the cache keeps with an answer are not part of its body.
    expect(text).toBe(JSON.stringify({ data: answer.data }));
    const spy = jest.spyOn(JSON, 'stringify');
    try {
      expect(held.stringify()).toBe(text);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('keys requests by a digest fit for an ETag header', () => {
    const a = responseKey({ documentString: '{ a }\n', operationName: null, variableValues: { x: 1 }, sessionId: 'anonymous' });
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(responseKey({ documentString: '{ a }\n', variableValues: { x: 2 }, sessionId: 'anonymous' })).not.toBe(a);
    expect(responseKey({ documentString: '{ a }\n', variableValues: { x: 1 }, sessionId: 'authorized' })).not.toBe(a);
  });
});
