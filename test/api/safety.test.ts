import { getIntrospectionQuery } from 'graphql';
import { loadConfig } from '../../src/config';
import { createEmbeddedStore } from '../../src/graph/embedded';
import type { GraphStore } from '../../src/graph/store';
import { startServer } from '../../src/api/server';
import { EXAMPLE_QUERIES } from '../../src/api/examples';
import { createHarness } from './harness';
import pino from 'pino';

const KEY = 'test-key-0123456789';
const article = { id: 'new-one', url: 'https://example.org/new', title: 'Kim speaks', source: 'Example News', published: '2025-11-01', text: 'Kim Jong Un said on Saturday that talks with the United States could resume if sanctions were lifted.' };
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId changed article { title } } }`;

describe('mutations and the API key', () => {
  it('without a configured key, anyone may ingest and delete', async () => {
    const h = await createHarness();
    const r = await h.gql(INGEST, { input: article });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle).toMatchObject({ changed: true, article: { title: 'Kim speaks' } });
    const again = await h.gql(INGEST, { input: article });
    expect(again.data.ingestArticle.changed).toBe(false);
    const del = await h.gql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: r.data.ingestArticle.articleId });
    expect(del.data.deleteArticle).toBe(true);
    expect((await h.gql(`mutation { deleteArticle(id: "article:none") }`)).data.deleteArticle).toBe(false);
    await h.close();
  });

  it('with a key, mutations without it or with a wrong one get 401 UNAUTHENTICATED and change nothing', async () => {
    const h = await createHarness({ env: { SAYSO_API_KEY: KEY } });
    const before = await h.store.stats();
    for (const headers of [{}, { 'x-api-key': 'wrong-key-0123456789' }, { authorization: 'Bearer nope' }] as Record<string, string>[]) {
      const r = await h.gql(INGEST, { input: article }, headers);
      expect(r.status).toBe(401);
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const del = await h.gql(`mutation { deleteArticle(id: "article:none") }`);
    expect(del.status).toBe(401);
    expect(await h.store.stats()).toEqual(before);
    // Reads stay open.
    expect((await h.gql(`{ stats { totalNodes } }`)).status).toBe(200);
    await h.close();
  });

  it('with the right key (x-api-key or Bearer), mutations run', async () => {
    const h = await createHarness({ env: { SAYSO_API_KEY: KEY } });
    const a = await h.gql(INGEST, { input: article }, { 'x-api-key': KEY });
    expect(a.errors).toBeUndefined();
    const b = await h.gql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: a.data.ingestArticle.articleId }, { authorization: `Bearer ${KEY}` });
    expect(b.data.deleteArticle).toBe(true);
    await h.close();
  });

  it('rejects a blank article with BAD_INPUT', async () => {
    const h = await createHarness();
    const r = await h.gql(INGEST, { input: { text: '   ' } });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_INPUT' });
    await h.close();
  });
});

describe('query limits', () => {
  let h: Awaited<ReturnType<typeof createHarness>>;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(() => h.close());

  it('every GraphiQL example and the introspection query pass the limits', async () => {
    for (const q of EXAMPLE_QUERIES) {
      const r = await h.gql(q.query);
      expect({ title: q.title, errors: r.errors }).toEqual({ title: q.title, errors: undefined });
    }
    const intro = await h.gql(getIntrospectionQuery());
    expect(intro.errors).toBeUndefined();
  });

  it('refuses queries nested deeper than the depth limit', async () => {
    const deep = `{ person(name: "Kim") { statements { nodes { speaker { statementsAbout { nodes { speaker { statementsAbout { nodes { article { title } } } } } } } } } } }`;
    const r = await h.gql(deep);
    expect(r.errors![0]!.message).toMatch(/depth limit of 10/i);
  });

  it('refuses too many aliases', async () => {
    const q = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { totalNodes }`).join(' ')} }`;
    expect((await h.gql(q)).errors![0]!.message).toMatch(/aliases limit of 15/i);
  });

  it('refuses too many directives', async () => {
    const q = `{ stats { totalNodes ${'@include(if: true) '.repeat(11)} } }`;
    expect((await h.gql(q)).errors![0]!.message).toMatch(/directives limit of 10/i);
  });

  it('refuses too many tokens', async () => {
    const q = `{ stats { ${'totalNodes '.repeat(2100)} } }`;
    expect((await h.gql(q)).errors![0]!.message).toMatch(/token limit of 2000/i);
  });

  it('refuses queries above the cost limit: page sizes multiply along nested lists, with variables and fragments', async () => {
    const nested = `query($a: Int, $n: Int) { articles(first: $a) { nodes { mentions(first: $n) { nodes { ...E } } } } }
      fragment E on Entity { statementsAbout(first: 100) { nodes { text } } }`;
    const big = await h.gql(nested, { a: 100, n: 100 });
    expect(big.errors![0]).toMatchObject({ extensions: { code: 'BAD_INPUT', limit: 20000 }, message: expect.stringMatching(/Query cost \d+ exceeds the limit of 20000/) });
    expect(big.errors![0]!.extensions!.cost).toBeGreaterThan(1_000_000);
    const small = await h.gql(nested, { a: 10, n: 1 });
    expect(small.errors).toBeUndefined();
    // The default page size (20) counts where first is not given.
    const defaults = await h.gql(`{ statements { nodes { article { statements { nodes { article { statements { nodes { text } } } } } } } } }`);
    expect(defaults.errors![0]!.extensions).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('lets a reasonable seven-level analyst query through', async () => {
    const r = await h.gql(`{ statements(first: 100) { nodes { text speaker { ... on Person { name statements(first: 10) { nodes { text article { title source } } } } } } } }`);
    expect(r.errors).toBeUndefined();
  });

  it('limits the page size', async () => {
    const r = await h.gql(`{ statements(first: 101) { totalCount } }`);
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'BAD_INPUT' }, message: expect.stringMatching(/at most 100/) });
  });
});

describe('request timeout', () => {
  it('answers TIMEOUT when execution runs past the limit', async () => {
    const inner = createEmbeddedStore({ file: ':memory:' });
    const slow: GraphStore = {
      ...inner,
      stats: () => new Promise((resolve) => setTimeout(() => resolve(inner.stats()), 900)),
    };
    const h = await createHarness({ store: slow, env: { SAYSO_REQUEST_TIMEOUT_MS: '200' } });
    const started = Date.now();
    const r = await h.gql(`{ stats { totalNodes } }`);
    expect(Date.now() - started).toBeLessThan(800);
    expect(r.status).toBe(503);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'TIMEOUT' });
    // Let the abandoned store call finish before closing the store under it.
    await new Promise((resolve) => setTimeout(resolve, 900));
    await h.close();
  });
});

describe('CORS', () => {
  const preflight = async (h: Awaited<ReturnType<typeof createHarness>>, origin: string) =>
    h.yoga.fetch('http://localhost/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('allows only the configured origins', async () => {
    const h = await createHarness({ env: { SAYSO_CORS_ORIGINS: 'https://dash.example.org' } });
    expect((await preflight(h, 'https://dash.example.org')).headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    expect((await preflight(h, 'https://evil.example.com')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');
    await h.close();
  });

  it('sends no CORS headers by default (same origin only)', async () => {
    const h = await createHarness();
    expect((await preflight(h, 'https://dash.example.org')).headers.get('access-control-allow-origin')).toBeNull();
    await h.close();
  });
});

describe('serve on a non-loopback host', () => {
  const logger = pino({ level: 'silent' });
  it('refuses to start without an API key', async () => {
    const store = createEmbeddedStore({ file: ':memory:' });
    await expect(startServer({ store, config: loadConfig({ HOST: '0.0.0.0', PORT: '0' }), logger })).rejects.toThrow(/without an API key/);
    await store.close();
  });

  it('starts with a key, and on loopback without one', async () => {
    const store = createEmbeddedStore({ file: ':memory:' });
    const open = await startServer({ store, config: loadConfig({ HOST: '0.0.0.0', PORT: '0', SAYSO_API_KEY: KEY }), logger });
    await open.close();
    const local = await startServer({ store, config: loadConfig({ HOST: '127.0.0.1', PORT: '0' }), logger });
    const res = await fetch(`http://127.0.0.1:${local.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { totalNodes } }' }) });
    expect(await res.json()).toEqual({ data: { stats: { totalNodes: 0 } } });
    await local.close();
    await store.close();
  });
});
