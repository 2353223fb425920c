import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startServer } from '../../src/api/server';
import { MAX_REQUEST_BODY_BYTES, useBodyLimit } from '../../src/api/body-limit';
import { createEmbeddedStore } from '../../src/graph/embedded';

interface Reply {
  status: number;
  body: string;
}

/** One POST over a real socket: with a Content-Length, or chunked (none) when `chunks` is given. */
function post(port: number, opts: { body?: string; chunks?: string[]; declare?: number }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json', accept: 'application/json' };
    if (opts.declare !== undefined) headers['content-length'] = opts.declare;
    else if (opts.body !== undefined) headers['content-length'] = Buffer.byteLength(opts.body);
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may answer and close before a refused body is all sent.
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err)));
    if (opts.chunks) {
      for (const c of opts.chunks) req.write(c);
      req.end();
    } else if (opts.declare !== undefined) {
      req.flushHeaders();
    } else {
      req.end(opts.body);
    }
  });
}

const echo = createSchema({ typeDefs: 'type Query { echo(text: String!): Int! }', resolvers: { Query: { echo: (_: unknown, a: { text: string }) => a.text.length } } });

describe('request body limit', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const yoga = createYoga({ schema: echo, maxRequestBodySize: false, logging: false, plugins: [useBodyLimit(200)] });
    server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const query = (n: number) => JSON.stringify({ query: `{ echo(text: "${'x'.repeat(n)}") }` });

  it('answers a body within the limit, declared or chunked', async () => {
    const declared = await post(port, { body: query(100) });
    expect(declared.status).toBe(200);
    expect(JSON.parse(declared.body)).toEqual({ data: { echo: 100 } });
    const body = query(120);
    const chunked = await post(port, { chunks: [body.slice(0, 50), body.slice(50)] });
    expect(chunked.status).toBe(200);
    expect(JSON.parse(chunked.body)).toEqual({ data: { echo: 120 } });
  });

  it('refuses a declared length over the limit with 413 before reading the body', async () => {
    const r = await post(port, { declare: 5000 });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).errors[0]).toMatchObject({ message: expect.stringContaining('larger than 200 bytes'), extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
  });

  it('counts a chunked body and refuses it with 413 once it passes the limit', async () => {
    const body = query(400);
    const r = await post(port, { chunks: [body.slice(0, 150), body.slice(150, 300), body.slice(300)] });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a Content-Length that is not one byte count', async () => {
    const yoga = createYoga({ schema: echo, maxRequestBodySize: false, logging: false, plugins: [useBodyLimit(200)] });
    const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '20, 20' }, body: query(1) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });
});

describe('the API server', () => {
  it(`refuses a body declared over ${MAX_REQUEST_BODY_BYTES} bytes with 413 and stays up`, async () => {
    const store = createEmbeddedStore({ file: ':memory:' });
    const running = await startServer({ store, config: loadConfig({ HOST: '127.0.0.1', PORT: '0' }), logger: pino({ level: 'silent' }) });
    try {
      const r = await post(running.port, { declare: MAX_REQUEST_BODY_BYTES + 1 });
      expect(r.status).toBe(413);
      const ok = await post(running.port, { body: JSON.stringify({ query: '{ stats { totalNodes } }' }) });
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body)).toEqual({ data: { stats: { totalNodes: 0 } } });
    } finally {
      await running.close();
      await store.close();
    }
  });
});
