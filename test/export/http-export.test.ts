import { XMLParser } from 'fast-xml-parser';
import { createSchema, createYoga } from 'graphql-yoga';
import { createExportHandler, useExportRoute } from '../../src/api/export-route';
import { createApi } from '../../src/api/yoga';
import { startServer } from '../../src/api/server';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import type { ExportItem, GraphStore } from '../../src/graph/store';
import { parseCsv } from './csv-parse';
import { createFixtureStore, fixtureCounts, IDS } from './fixture';

/** Reads a ustar archive: name -> contents. */
function untar(buf: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let off = 0;
  while (off + 512 <= buf.length) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, ''), 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
    expect(parseInt(header.subarray(148, 156).toString('ascii'), 8)).toBe(sum);
    expect(header.subarray(257, 263).toString('ascii')).toBe('ustar\0');
    files.set(name, buf.subarray(off + 512, off + 512 + size).toString('utf8'));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** A store whose export never ends: only a client hanging up can stop it. */
function endlessStore() {
  const state = { yielded: 0, finished: false };
  const store = {
    async getNodes(ids: readonly string[]) {
      return ids.map(() => null);
    },
    exportGraph(): AsyncIterable<ExportItem> {
      return (async function* () {
        try {
          for (;;) {
            state.yielded++;
            yield { kind: 'node', node: { id: `person:p${state.yielded}`, label: 'Person', props: { name: 'x'.repeat(100) } } } as ExportItem;
          }
        } finally {
          state.finished = true;
        }
      })();
    },
  } as unknown as GraphStore;
  return { store, state };
}

describe('GET /export', () => {
  let store: GraphStore;
  const counts = fixtureCounts();
  beforeAll(async () => {
    store = await createFixtureStore();
  });
  afterAll(async () => {
    await store.close();
  });

  const get = (handler: (r: Request) => Promise<Response>, query: string, headers: Record<string, string> = {}) =>
    handler(new Request(`http://localhost/export?${query}`, { headers }));

  it('streams each format with its content type and a download name', async () => {
    const handler = createExportHandler({ store, config: { maxPageSize: 100 } });
    const expected: Record<string, string> = {
      graphml: 'application/graphml+xml; charset=utf-8',
      json: 'application/json; charset=utf-8',
      cypher: 'application/x-cypher-query; charset=utf-8',
      jsonld: 'application/ld+json; charset=utf-8',
    };
    for (const [format, type] of Object.entries(expected)) {
      const res = await get(handler, `format=${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="sayso-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`));
      const text = await res.text();
      if (format === 'json') {
        const doc = JSON.parse(text) as { nodes: unknown[]; edges: unknown[] };
        expect([doc.nodes.length, doc.edges.length]).toEqual([counts.nodes, counts.edges]);
      }
      if (format === 'graphml') {
        const doc = new XMLParser({ ignoreAttributes: false }).parse(text) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
        expect([doc.graphml.graph.node.length, doc.graphml.graph.edge.length]).toEqual([counts.nodes, counts.edges]);
      }
      if (format === 'jsonld') expect((JSON.parse(text) as { '@context': string })['@context']).toBe('https://schema.org');
      if (format === 'cypher') expect(text).toContain('MERGE (n:Person {id: row.id})');
    }
  });

  it('applies the selection from the query string', async () => {
    const handler = createExportHandler({ store, config: { maxPageSize: 100 } });
    const res = await get(handler, `format=json&entity=${encodeURIComponent(IDS.KIM)}&depth=1&labels=Person&labels=Condition`);
    expect(res.headers.get('content-disposition')).toContain('sayso-person-kim-jong-un-d1-Person-Condition-');
    const doc = JSON.parse(await res.text()) as { nodes: { data: { type: string } }[] };
    expect(new Set(doc.nodes.map((n) => n.data.type))).toEqual(new Set(['Person', 'Condition']));
  });

  it('sends csv as a tar of neo4j-admin files', async () => {
    const handler = createExportHandler({ store, config: { maxPageSize: 100 } });
    const res = await get(handler, 'format=csv');
    expect(res.headers.get('content-type')).toBe('application/x-tar');
    expect(res.headers.get('content-disposition')).toMatch(/-csv\.tar"$/);
    const files = untar(Buffer.from(await res.arrayBuffer()));
    expect(files.get('nodes-Person.csv')?.split('\n')[0]).toMatch(/^id:ID,:LABEL,/);
    let rows = 0;
    for (const [name, text] of files) if (name.startsWith('nodes-')) rows += parseCsv(text).length - 1;
    expect(rows).toBe(counts.nodes);
  });

  it('answers mistakes with 400/404 and a message', async () => {
    const handler = createExportHandler({ store, config: { maxPageSize: 100 } });
    const bad = await get(handler, 'format=pdf');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'BAD_INPUT', message: 'format must be one of graphml, json, csv, cypher, jsonld, got "pdf".' } });
    expect((await get(handler, 'format=json&labels=Nope')).status).toBe(400);
    const missing = await get(handler, 'format=json&entity=person:nobody');
    expect(missing.status).toBe(404);
    const post = await handler(new Request('http://localhost/export?format=json', { method: 'POST' }));
    expect(post.status).toBe(400);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 503 when the store is down, and masks unexpected errors', async () => {
    const { SaysoError } = await import('../../src/graph/store');
    const down = { getNodes: async () => { throw new SaysoError('STORE_UNAVAILABLE', 'Neo4j is not answering.'); } } as unknown as GraphStore;
    const res = await createExportHandler({ store: down, config: { maxPageSize: 100 } })(new Request(`http://localhost/export?format=json&entity=${IDS.KIM}`));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'STORE_UNAVAILABLE', message: 'Neo4j is not answering.' } });
    const logged: Error[] = [];
    const broken = { getNodes: async () => { throw new Error('secret internals'); } } as unknown as GraphStore;
    const masked = await createExportHandler({ store: broken, config: { maxPageSize: 100 }, onError: (e) => logged.push(e) })(
      new Request(`http://localhost/export?format=json&entity=${IDS.KIM}`),
    );
    expect(masked.status).toBe(500);
    expect(await masked.text()).not.toContain('secret');
    expect(logged.map((e) => e.message)).toEqual(['secret internals']);
  });

  it('needs the API key when the server has one, in the header the API reads', async () => {
    const key = 'export-test-key-0123456789';
    const handler = createExportHandler({ store, config: { maxPageSize: 100, apiKey: key } });
    const none = await get(handler, 'format=json');
    expect(none.status).toBe(401);
    expect((await none.json()) as unknown).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await get(handler, 'format=json', { 'x-api-key': 'wrong-key-0123456789' })).status).toBe(401);
    expect((await get(handler, 'format=json', { 'x-api-key': key })).status).toBe(200);
    expect((await get(handler, 'format=json', { authorization: `Bearer ${key}` })).status).toBe(200);
  });

  it('mounts on a Yoga server next to /graphql', async () => {
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
      plugins: [useExportRoute({ store, config: { maxPageSize: 100 } })],
    });
    const res = await yoga.fetch('http://localhost/export?format=json');
    expect(res.status).toBe(200);
    expect((JSON.parse(await res.text()) as { nodes: unknown[] }).nodes).toHaveLength(counts.nodes);
    const gql = await yoga.fetch('http://localhost/graphql?query=%7Bok%7D');
    expect(await gql.json()).toEqual({ data: { ok: true } });
  });

  it('is served by the sayso API, under its key', async () => {
    const config = loadConfig({ SAYSO_API_KEY: 'export-api-key-0123456789' });
    const api = createApi({ store, config });
    expect((await api.fetch('http://localhost/export?format=json')).status).toBe(401);
    const res = await api.fetch('http://localhost/export?format=jsonld', { headers: { 'x-api-key': 'export-api-key-0123456789' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect((JSON.parse(await res.text()) as { '@graph': unknown[] })['@graph'].length).toBeGreaterThan(counts.nodes);

    // The API's CORS rules apply to /export too: preflight and the download itself.
    const cors = createApi({ store, config: loadConfig({ SAYSO_CORS_ORIGINS: 'https://dash.example.org' }) });
    const origin = { origin: 'https://dash.example.org' };
    const preflight = await cors.fetch('http://localhost/export?format=json', {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-api-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    const download = await cors.fetch('http://localhost/export?format=json', { headers: origin });
    expect(download.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    expect(download.headers.get('access-control-expose-headers')).toBe('content-disposition');
    await download.text();
  });

  it('streams over a real HTTP server, and a client that hangs up stops the export', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
    const server = await startServer({ store, config, logger: pino({ level: 'silent' }) });
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/export?format=graphml`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
      const doc = new XMLParser({ ignoreAttributes: false }).parse(await res.text()) as { graphml: { graph: { node: unknown[] } } };
      expect(doc.graphml.graph.node).toHaveLength(counts.nodes);
    } finally {
      await server.close();
    }

    const { store: endless, state } = endlessStore();
    const slow = await startServer({ store: endless, config, logger: pino({ level: 'silent' }) });
    try {
      const controller = new AbortController();
      const res = await fetch(`http://127.0.0.1:${slow.port}/export?format=json`, { signal: controller.signal });
      const reader = res.body!.getReader();
      let got = 0;
      while (got < 1_000_000) got += (await reader.read()).value?.length ?? 0;
      controller.abort();
      for (let i = 0; i < 100 && !state.finished; i++) await new Promise((r) => setTimeout(r, 20));
      expect(state.finished).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('stops reading the store when the client goes away', async () => {
    const { store: endless, state } = endlessStore();
    const errors: Error[] = [];
    const handler = createExportHandler({ store: endless, config: { maxPageSize: 100 }, onError: (e) => errors.push(e) });
    // The typed formats read the selection once for the schema before writing a byte.
    const typed = endlessStore();
    const typedErrors: Error[] = [];
    const typedRes = await createExportHandler({ store: typed.store, config: { maxPageSize: 100 }, onError: (e) => typedErrors.push(e) })(
      new Request('http://localhost/export?format=graphml'),
    );
    await new Promise((r) => setTimeout(r, 30));
    await typedRes.body!.cancel();
    for (let i = 0; i < 50 && !typed.state.finished; i++) await new Promise((r) => setTimeout(r, 10));
    expect(typed.state.finished).toBe(true);
    expect(typedErrors).toHaveLength(1);

    const res = await get(handler, 'format=json');
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    for (let i = 0; i < 50 && !state.finished; i++) await new Promise((r) => setTimeout(r, 10));
    expect(state.finished).toBe(true);
    const stoppedAt = state.yielded;
    await new Promise((r) => setTimeout(r, 50));
    expect(state.yielded).toBe(stoppedAt);
    expect(stoppedAt).toBeLessThan(100_000);
    expect(errors).toHaveLength(1);
  });
});
