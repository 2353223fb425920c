'use strict';
/**
 * scale: ingest time and headline-query p99 at two sizes of synthetic articles (10k and 100k
 * by default), each into a fresh embedded store, and the ratios large/small.
 */
const { median, fmt, verdict, requireDist, log } = require('../lib/util');
const { openStore } = require('../lib/stores');
const { startServer } = require('../lib/server');
const { fill, measure } = require('./query');

async function size(n, opts) {
  const h = await openStore('embedded', opts);
  try {
    const f = await fill(h.store, n, opts);
    log(`scale ${n}: ingested ${f.articles} (${f.failed} failed) in ${fmt(f.ms / 1000)} s (${f.engine})`);
    let q = null;
    try {
      // Cache off: this line measures how the store's query cost grows with the corpus.
      const server = await startServer(h.store, undefined, { SAYSO_CACHE_TTL_MS: '0' });
      try {
        q = await measure(server, opts, { raw: false, runs: 1, duration: opts.quick ? 5 : 10 });
        q.results = server.results;
        q.totalCount = server.totalCount;
      } finally {
        await server.close();
      }
    } catch (err) {
      log(`scale ${n}: query not measured: ${err.message}`);
      q = { error: err.message };
    }
    return { n, ingestMs: f.ms, articles: f.articles, query: q, engine: f.engine };
  } finally {
    await h.dispose();
  }
}

async function run(opts) {
  requireDist('extract/index.js');
  const [small, large] = opts.scale;
  const a = await size(small, opts);
  const b = await size(large, opts);
  const factor = large / small;
  const ingestRatio = b.ingestMs / a.ingestMs;
  const ingestTarget = factor * 1.05;
  const hasQ = a.query && !a.query.error && a.query.completed > 0 && b.query && !b.query.error && b.query.completed > 0;
  const qRatio = hasQ ? b.query.p99 / a.query.p99 : NaN;
  const k = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
  const ok = ingestRatio <= ingestTarget && hasQ && qRatio <= 1.5 && b.query.p99 < 20;
  const q = (x) => (x.query && !x.query.error ? `p99 ${fmt(x.query.p99)} ms (${x.query.totalCount ?? '?'} matching)` : 'query n/a');
  void median;
  return {
    line:
      `scale ${k(small)}: ingest ${fmt(a.ingestMs / 1000)} s, ${q(a)}; ${k(large)}: ingest ${fmt(b.ingestMs / 1000)} s, ${q(b)}; ` +
      `ratio ingest ${fmt(ingestRatio, 2)}x (target <= ${fmt(ingestTarget, 2)}x) query ${fmt(qRatio, 2)}x (target <= 1.5x, p99 < 20 ms) ` +
      `[embedded, ${opts.threads} threads, ${a.engine}${hasQ ? '' : `; query: ${(a.query?.error ?? b.query?.error ?? '').slice(0, 120)}`}] ${verdict(ok)}`,
    data: { a, b, ingestRatio, qRatio },
  };
}

module.exports = { run };
