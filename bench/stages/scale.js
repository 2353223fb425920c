'use strict';
/**
 * scale: ingest time and headline-query p99 at two sizes of synthetic articles (10k and 100k
 * by default), and the ratios large/small. Each size is written to one JSONL file and ingested
 * by `sayso ingest` (the product's batch path, its own process, fresh embedded store); the
 * query is then served from that store with the response cache off (how the store's cost grows
 * with the corpus) and on (what a dashboard gets from the product as configured).
 *
 * The large run also samples the ingest's resident memory; the memory stage reports it when it
 * asks for the same size, instead of ingesting the same 100k articles a second time.
 */
const fs = require('node:fs');
const path = require('node:path');
const { fmt, fmtBytes, verdict, requireDist, log } = require('../lib/util');
const { loadSeeds } = require('../lib/corpus');
const { createSynth, writeJsonl } = require('../lib/synth');
const { cliIngest } = require('../lib/cli-ingest');
const { startServer } = require('../lib/server');
const { measure } = require('./query');

/** Where the large run leaves its memory figures for the memory stage (same work dir). */
const memoryFile = (opts, n) => path.join(opts.workDir, `memory-${n}.json`);

async function queryAt(storeFile, opts, env) {
  const { createEmbeddedStore } = requireDist('graph/embedded/index.js');
  const store = createEmbeddedStore({ file: storeFile });
  try {
    const server = await startServer(store, undefined, env);
    try {
      const q = await measure(server, opts, { raw: false, runs: 1, duration: opts.quick ? 5 : 10 });
      return { ...q, results: server.results, totalCount: server.totalCount };
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
  }
}

async function size(n, opts) {
  fs.mkdirSync(opts.workDir, { recursive: true });
  const file = path.join(opts.workDir, `scale-${n}.jsonl`);
  const dataDir = path.join(opts.workDir, `scale-data-${n}`);
  const w = await writeJsonl(file, createSynth(loadSeeds().records, { seed: 11 }), n);
  log(`scale ${n}: ${fmtBytes(w.bytes)} JSONL written, ingesting with sayso ingest`);
  try {
    const f = await cliIngest(file, dataDir, { timeoutMs: opts.stageTimeoutMs });
    log(`scale ${n}: ingested ${f.articles} (${f.failures} failed) in ${fmt(f.ms / 1000)} s, peak RSS ${fmtBytes(f.peak)}`);
    const q = {};
    for (const [k, env] of [['off', { SAYSO_CACHE_TTL_MS: '0' }], ['on', {}]]) {
      try {
        q[k] = await queryAt(f.store, opts, env);
        log(`scale ${n}: query cache ${k} p50 ${q[k].p50} ms p99 ${q[k].p99} ms ${fmt(q[k].rps)} req/s`);
      } catch (err) {
        log(`scale ${n}: query (cache ${k}) not measured: ${err.message}`);
        q[k] = { error: err.message };
      }
    }
    return { n, ingest: f, bytes: w.bytes, q };
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function run(opts) {
  requireDist('extract/index.js');
  requireDist('cli/main.js');
  const [small, large] = opts.scale;
  const a = await size(small, opts);
  const b = await size(large, opts);
  fs.writeFileSync(memoryFile(opts, large), JSON.stringify({ ...b.ingest, bytes: b.bytes }));
  const factor = large / small;
  const ingestRatio = b.ingest.ms / a.ingest.ms;
  const ingestTarget = factor * 1.05;
  const ok = (x) => x && !x.error && x.completed > 0;
  const hasQ = ok(a.q.off) && ok(b.q.off);
  const qRatio = hasQ ? b.q.off.p99 / a.q.off.p99 : NaN;
  const cachedP99 = ok(b.q.on) ? b.q.on.p99 : NaN;
  const k = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
  const pass = ingestRatio <= ingestTarget && hasQ && qRatio <= 1.5 && cachedP99 < 20;
  const q = (x) =>
    ok(x.q.off) ? `p99 ${fmt(x.q.off.p99)} ms cache off (${fmt(x.q.off.rps)} req/s), ${ok(x.q.on) ? fmt(x.q.on.p99) : 'n/a'} ms cache on (${x.q.off.totalCount ?? '?'} matching)` : 'query n/a';
  const err = hasQ ? '' : `; query: ${(a.q.off?.error ?? b.q.off?.error ?? '').slice(0, 120)}`;
  return {
    line:
      `scale ${k(small)}: ingest ${fmt(a.ingest.ms / 1000)} s, ${q(a)}; ${k(large)}: ingest ${fmt(b.ingest.ms / 1000)} s, ${q(b)}; ` +
      `ratio ingest ${fmt(ingestRatio, 2)}x (target <= ${fmt(ingestTarget, 2)}x) query ${fmt(qRatio, 2)}x cache off (target <= 1.5x), ` +
      `p99 at ${k(large)} ${fmt(cachedP99)} ms cache on (target < 20 ms) [sayso ingest, embedded, ${opts.connections} clients${err}] ${verdict(pass)}`,
    data: { a, b, ingestRatio, qRatio },
  };
}

module.exports = { run, memoryFile };
