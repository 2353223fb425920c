'use strict';
/**
 * query: the headline GraphQL query under 50 concurrent clients (autocannon, separate
 * process) against a real server on 127.0.0.1, on each store, and the same store calls made
 * without GraphQL (`/raw`) on the same server, alternating, for the overhead ratio.
 */
const { loadSeeds } = require('../lib/corpus');
const { createSynth } = require('../lib/synth');
const { median, fmt, verdict, requireDist, log, now } = require('../lib/util');
const { openStore, remembering } = require('../lib/stores');
const { ingest } = require('../lib/ingest');
const { HEADLINE, startServer, load } = require('../lib/server');

/** Fills a store with `n` synthetic articles; returns the ingest wall time. */
async function fill(store, n, opts, seedOffset = 0) {
  const { records: seeds } = loadSeeds();
  const synth = createSynth(seeds, { seed: 11 });
  function* source() {
    for (let i = 0; i < n; i++) yield synth.article(seedOffset + i);
  }
  const t0 = now();
  const r = await ingest({ source: source(), store, threads: opts.threads });
  return { ms: now() - t0, ...r };
}

/** Runs the headline query (and optionally /raw) under load; medians over runs. */
async function measure(server, opts, { raw = true, duration = opts.queryDuration, runs = opts.queryRuns } = {}) {
  const body = JSON.stringify({ query: HEADLINE });
  const g = [];
  const r = [];
  // Untimed warm-up of both routes: JIT, caches, connection pools.
  for (const kind of raw ? ['graphql', 'raw'] : ['graphql']) {
    await load({ url: `${server.url}/${kind}`, body, connections: opts.connections, duration: opts.quick ? 1 : 2 });
  }
  for (let i = 0; i < runs; i++) {
    const order = raw ? (i % 2 ? ['raw', 'graphql'] : ['graphql', 'raw']) : ['graphql'];
    for (const kind of order) {
      const res = await load({ url: `${server.url}/${kind === 'raw' ? 'raw' : 'graphql'}`, body, connections: opts.connections, duration });
      log(`query ${kind}: p50 ${res.p50} ms p99 ${res.p99} ms ${fmt(res.rps)} req/s, ${res.total} done, non-2xx ${res.non2xx}, errors ${res.errors}, timeouts ${res.timeouts}`);
      (kind === 'raw' ? r : g).push(res);
    }
  }
  // A run in which no request completed has no latency to report.
  const pick = (xs, k) => median(xs.filter((x) => x.total > 0).map((x) => x[k]));
  return {
    p50: pick(g, 'p50'),
    p99: pick(g, 'p99'),
    rps: pick(g, 'rps'),
    failures: g.reduce((s, x) => s + x.non2xx + x.errors + x.timeouts, 0),
    completed: g.reduce((s, x) => s + x.total, 0),
    rawP50: r.length ? pick(r, 'p50') : NaN,
    rawP99: r.length ? pick(r, 'p99') : NaN,
    rawRps: r.length ? pick(r, 'rps') : NaN,
    // Mean latency ratio at the same concurrency (robust where latency nears the run length);
    // median of the per-run ratios.
    overhead: r.length ? median(r.filter((x, i) => x.total > 0 && g[i].total > 0).map((x) => g[r.indexOf(x)].mean / x.mean)) : NaN,
    runs: g.length,
  };
}

async function forStore(kind, opts) {
  const h = await openStore(kind, opts);
  try {
    const n = kind === 'neo4j' ? opts.neo4jQueryArticles : opts.queryArticles;
    const f = await fill(remembering(h.store, h.written), n, opts);
    log(`query ${kind}: ${f.articles} articles in ${fmt(f.ms / 1000)} s (${f.engine})`);
    // A Neo4j database may hold articles the bench did not write (tests, earlier runs): the
    // query then runs over those too, so the line says so.
    const extra = ((await h.store.stats()).nodes.Article ?? 0) - f.articles;
    if (extra > 0) log(`query ${kind}: the store also holds ${extra} article(s) the bench did not write`);
    // The API as configured by default (response cache on) for the latency line; the same API
    // with the cache off (SAYSO_CACHE_TTL_MS=0) against /raw for the GraphQL overhead, which
    // only means the same thing when every request runs the query.
    const server = await startServer(h.store);
    let uncached = null;
    try {
      log(`query ${kind}: ${server.results} conditions per answer (${server.totalCount} in all), ${server.storeCalls} store calls in ${server.storeRounds} round(s)`);
      const m = await measure(server, opts, { raw: !server.cacheTtlMs });
      let u = m;
      if (server.cacheTtlMs) {
        uncached = await startServer(h.store, undefined, { SAYSO_CACHE_TTL_MS: '0' });
        u = await measure(uncached, opts);
      }
      const cache = server.cacheTtlMs ? `response cache on, TTL ${server.cacheTtlMs} ms` : 'response cache off';
      const failures = m.failures + (u === m ? 0 : u.failures);
      const ok = m.completed > 0 && m.p99 < 20 && u.overhead <= 1.3 && failures === 0;
      return (
        `query ${kind} p50 ${fmt(m.p50)} ms p99 ${fmt(m.p99)} ms ${fmt(m.rps)} req/s (${cache}; target p99 < 20 ms); ` +
        (server.cacheTtlMs ? `cache off p50 ${fmt(u.p50)} ms p99 ${fmt(u.p99)} ms ${fmt(u.rps)} req/s; ` : '') +
        `raw store calls p50 ${fmt(u.rawP50)} ms ${fmt(u.rawRps)} req/s, GraphQL overhead ${fmt(u.overhead, 2)}x (cache off; target <= 1.3x) ` +
        `[${f.articles} articles${extra > 0 ? ` (+${extra} already in the store)` : ''}, ${server.results} of ${server.totalCount ?? '?'} results, ${server.storeCalls} store calls, ${opts.connections} clients, ` +
        `${opts.queryDuration} s x ${m.runs}, ${m.completed} requests${server.cacheTtlMs ? ` (${u.completed} cache off)` : ''}${failures ? `, ${failures} failed or timed out` : ''}] ${verdict(ok)}`
      );
    } finally {
      await server.close();
      if (uncached) await uncached.close();
    }
  } finally {
    await h.dispose();
  }
}

async function run(opts) {
  requireDist('extract/index.js');
  const lines = [];
  for (const kind of ['embedded', 'neo4j']) {
    try {
      lines.push(await forStore(kind, opts));
    } catch (err) {
      if (err?.skip || err?.constructor?.name === 'Missing') lines.push(`query ${kind} skipped: ${err.message}`);
      else lines.push(`query ${kind} error: ${String(err?.message ?? err).slice(0, 300)}`);
    }
  }
  return { line: lines.join('\n') };
}

module.exports = { run, fill, measure };
