'use strict';
/**
 * Serves the product's GraphQL API over a store on 127.0.0.1 (an ephemeral port), plus a
 * `/raw` route that makes the same store calls the headline query makes, without GraphQL,
 * and serialises their results: the baseline for the GraphQL overhead.
 */
const http = require('node:http');
const { fork } = require('node:child_process');
const path = require('node:path');
const { requireDist, pickExport, Missing } = require('./util');
const { timedStore } = require('./timed-store');

const HEADLINE = '{ conditions(holder: "Kim Jong Un") { nodes { text on sentence article { title } } } }';

function createApiFactory() {
  for (const rel of ['api/index.js', 'api/yoga.js', 'api/server.js']) {
    try {
      const mod = requireDist(rel);
      if (typeof mod.createApi === 'function') return mod.createApi;
    } catch (err) {
      if (!(err instanceof Missing)) throw err;
    }
  }
  throw new Missing('not available: createApi (dist/api/index.js or dist/api/yoga.js)');
}

/** The product's config for the bench server; `env` adds variables (e.g. SAYSO_CACHE_TTL_MS). */
function benchConfig(env = {}) {
  const { loadConfig } = requireDist('config.js');
  return loadConfig({ LOG_LEVEL: 'silent', SAYSO_REQUEST_TIMEOUT_MS: '600000', HOST: '127.0.0.1', PORT: '0', ...env });
}

/** Groups recorded calls into rounds: a call joins the round unless it began after one of its calls ended. */
function rounds(calls) {
  const sorted = [...calls].sort((a, b) => a.start - b.start);
  const out = [];
  let cur = null;
  let minEnd = Infinity;
  for (const c of sorted) {
    if (cur && c.start < minEnd) {
      cur.push(c);
      minEnd = Math.min(minEnd, c.end);
    } else {
      cur = [c];
      out.push(cur);
      minEnd = c.end;
    }
  }
  return out;
}

async function gql(yoga, query) {
  const res = await yoga.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

async function startServer(store, query = HEADLINE, env = {}) {
  const createApi = createApiFactory();
  const config = benchConfig(env);
  // 1. Record the store calls one headline request makes (through a recording wrapper).
  const rec = timedStore(store, { record: true });
  const probeApi = createApi({ store: rec.store, config });
  const probe = await gql(probeApi, query);
  if (probe.errors?.length) throw new Error(`headline query failed: ${JSON.stringify(probe.errors).slice(0, 300)}`);
  const calls = rec.recorded().map((c) => ({ method: c.method, args: c.args, start: c.start, end: c.end }));
  const plan = rounds(calls);
  const results = probe.data?.conditions?.nodes?.length ?? 0;
  let totalCount = null;
  try {
    const t = await gql(probeApi, '{ conditions(holder: "Kim Jong Un") { totalCount } }');
    totalCount = t.data?.conditions?.totalCount ?? null;
  } catch {
    /* optional */
  }

  // 2. The API under load gets the bare store.
  const yoga = createApi({ store, config });
  const raw = async () => {
    const out = [];
    for (const round of plan) out.push(await Promise.all(round.map((c) => store[c.method](...c.args))));
    return JSON.stringify({ data: out });
  };
  const server = http.createServer((req, res) => {
    if (req.url && req.url.startsWith('/raw')) {
      req.resume();
      req.on('end', () => {
        raw().then(
          (body) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(body);
          },
          (err) => {
            res.writeHead(500);
            res.end(String(err));
          },
        );
      });
      return;
    }
    yoga(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    results,
    totalCount,
    storeCalls: calls.length,
    storeRounds: plan.length,
    /** Response cache TTL of the served API (0: off). */
    cacheTtlMs: config.cacheTtlMs ?? 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Runs autocannon in a child process against one URL. */
function load({ url, body, connections, duration }) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), (duration + 30) * 1000);
    child.once('message', (m) => {
      clearTimeout(timer);
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`load generator exited (${code})`));
    });
    child.send({ url, body, connections, duration });
  });
}

module.exports = { HEADLINE, startServer, load, rounds };
