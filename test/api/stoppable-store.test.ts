import pino from 'pino';
import { loadConfig } from '../../src/config';
import { buildArticleGraph } from '../../src/graph/build';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { SaysoError, type GraphStore } from '../../src/graph/store';
import { startServer } from '../../src/api/server';
import { stoppableStore } from '../../src/api/stoppable-store';
import { fixtureExtraction } from '../graph/fixture-extraction';
import { createHarness } from './harness';

const HEADLINE = `{ conditions(holder: "Kim Jong Un") { nodes { text on article { title } sentence } } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The embedded store with every read taking `delayMs`, and the time each read started. */
function slowStore(delayMs: number) {
  const inner = createEmbeddedStore({ file: ':memory:' });
  const started: number[] = [];
  const slow = <A extends unknown[], T>(read: (...args: A) => Promise<T>) => async (...args: A): Promise<T> => {
    started.push(Date.now());
    await sleep(delayMs);
    return read(...args);
  };
  const store: GraphStore = {
    ...inner,
    getNodes: slow(inner.getNodes),
    neighbours: slow(inner.neighbours),
    findNodes: slow(inner.findNodes),
    findNamed: slow(inner.findNamed),
    search: slow(inner.search),
    stats: slow(inner.stats),
  };
  return { store, started, close: () => inner.close() };
}

describe('stoppableStore', () => {
  it('passes calls through until stopped, then refuses every call without reaching the store', async () => {
    const inner = createEmbeddedStore({ file: ':memory:' });
    await inner.upsertArticle(buildArticleGraph(fixtureExtraction(), { extractorVersion: 'test' }));
    const calls: string[] = [];
    const counted: GraphStore = {
      ...inner,
      getNodes: (ids) => (calls.push('getNodes'), inner.getNodes(ids)),
      findNodes: (q, page) => (calls.push('findNodes'), inner.findNodes(q, page)),
      findNamed: (name, labels, limit) => (calls.push('findNamed'), inner.findNamed(name, labels, limit)),
      interactions: (q) => (calls.push('interactions'), inner.interactions(q)),
      stats: () => (calls.push('stats'), inner.stats()),
    };
    const stop = new AbortController();
    const store = stoppableStore(counted, stop.signal);
    expect((await store.stats()).totalNodes).toBeGreaterThan(0);
    expect((await store.findNodes({ label: 'Person', name: 'Kim Jong Un' }, { first: 1 })).items).toHaveLength(1);
    expect(await store.findNamed('Kim Jong Un', ['Person'])).toHaveLength(1);
    expect(await store.interactions({ ids: ['person:kim-jong-un'], meetingStatuses: ['occurred'] })).not.toHaveLength(0);
    expect(calls).toEqual(['stats', 'findNodes', 'findNamed', 'interactions']);

    stop.abort();
    await expect(store.getNodes(['x'])).rejects.toMatchObject({ code: 'TIMEOUT', message: expect.stringMatching(/client went away/) });
    await expect(store.findNodes({ label: 'Person' }, { first: 1 })).rejects.toBeInstanceOf(SaysoError);
    await expect(store.findNamed('Kim Jong Un', ['Person'])).rejects.toMatchObject({ code: 'TIMEOUT' });
    await expect(store.interactions({ ids: ['x'], meetingStatuses: [] })).rejects.toMatchObject({ code: 'TIMEOUT' });
    await expect(store.stats()).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(() => store.exportGraph()).toThrow(SaysoError);
    expect(calls).toEqual(['stats', 'findNodes', 'findNamed', 'interactions']);
    // Closing a request's view leaves the store open.
    await store.close();
    expect((await inner.stats()).totalNodes).toBeGreaterThan(0);
    await inner.close();
  });

  it('refuses with the reason it was stopped for', async () => {
    const inner = createEmbeddedStore({ file: ':memory:' });
    const stop = new AbortController();
    stop.abort(new SaysoError('TIMEOUT', 'took longer than 5 ms'));
    await expect(stoppableStore(inner, stop.signal).stats()).rejects.toThrow('took longer than 5 ms');
    await inner.close();
  });
});

describe('a stopped request reads no more', () => {
  it('after the time limit answers, no store call starts for that request', async () => {
    // The full answer takes several rounds of store calls; how many, measured without a limit.
    const full = slowStore(120);
    const unlimited = await createHarness({ store: full.store });
    const before = full.started.length;
    expect((await unlimited.gql(HEADLINE)).data.conditions.nodes.length).toBeGreaterThan(0);
    const rounds = full.started.length - before;
    expect(rounds).toBeGreaterThanOrEqual(3);
    await full.close();

    const slow = slowStore(120);
    const h = await createHarness({ store: slow.store, env: { SAYSO_REQUEST_TIMEOUT_MS: '150' } });
    const from = slow.started.length;
    const r = await h.gql(HEADLINE);
    const answeredAt = Date.now();
    expect(r.status).toBe(503);
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'TIMEOUT' }, message: expect.stringMatching(/longer than 150 ms/) });
    // Time for the abandoned execution to run to its end.
    await sleep(120 * rounds + 300);
    const calls = slow.started.slice(from);
    expect(calls.filter((t) => t > answeredAt)).toEqual([]);
    expect(calls.length).toBeLessThan(rounds);
    await h.close();
  });

  it('a client that hangs up stops its request', async () => {
    const slow = slowStore(120);
    await slow.store.upsertArticle(buildArticleGraph(fixtureExtraction(), { extractorVersion: 'test' }));
    const server = await startServer({ store: slow.store, config: loadConfig({ HOST: '127.0.0.1', PORT: '0' }), logger: pino({ level: 'silent' }) });
    try {
      const from = slow.started.length;
      const hangUp = new AbortController();
      const request = fetch(`http://127.0.0.1:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEADLINE }),
        signal: hangUp.signal,
      });
      await sleep(60);
      hangUp.abort();
      const hungUpAt = Date.now();
      await expect(request).rejects.toThrow();
      await sleep(1000);
      const calls = slow.started.slice(from);
      expect(calls.length).toBeGreaterThan(0);
      // The server sees the closed socket within milliseconds; the next round would start at 120 ms.
      expect(calls.filter((t) => t > hungUpAt + 60)).toEqual([]);

      // The server still answers the next client in full.
      const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: HEADLINE }) });
      expect(((await res.json()) as { data: { conditions: { nodes: unknown[] } } }).data.conditions.nodes.length).toBeGreaterThan(0);
    } finally {
      await server.close();
      await slow.close();
    }
  });
});
