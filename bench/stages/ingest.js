'use strict';
/**
 * ingest-<store>: articles/s end to end (records -> extract -> graph -> store) through the
 * product pipeline with worker threads, the speed-up over one thread (the pipeline at
 * concurrency 1: extraction and writes on the calling thread; both measured in the same run,
 * alternating), and the share of wall time the store was busy writing.
 */
const { loadSeeds } = require('../lib/corpus');
const { createSynth } = require('../lib/synth');
const { median, fmt, verdict, requireDist, log, now } = require('../lib/util');
const { openStore, remembering } = require('../lib/stores');
const { timedStore } = require('../lib/timed-store');
const { ingest, extractionOnly } = require('../lib/ingest');

let warmRecord;

async function once(opts, records, threads) {
  const h = await openStore(opts.store, opts);
  try {
    const timed = timedStore(remembering(h.store, h.written));
    const t0 = now();
    const r = await ingest({ source: records, store: timed.store, threads, warm: warmRecord });
    const ms = now() - (r.startedAt ?? t0);
    const storeMs = timed.busyMs('upsertArticle') + timed.busyMs('upsertArticles');
    return { ms, storeMs, articles: r.articles, failed: r.failed, engine: r.engine };
  } finally {
    await h.dispose();
  }
}

async function run(opts) {
  requireDist('extract/index.js');
  requireDist('graph/build.js');
  const label = `ingest-${opts.store}`;
  // Fails fast (skip line) when the store cannot be opened.
  const probe = await openStore(opts.store, opts);
  await probe.dispose();

  const { records: seeds } = loadSeeds();
  const synth = createSynth(seeds, { seed: 7 });
  const n = opts.store === 'neo4j' ? opts.neo4jIngestArticles : opts.ingestArticles;
  const records = Array.from({ length: n }, (_, i) => synth.article(i));
  warmRecord = Array.from({ length: 10 }, (_, i) => ({ ...synth.article(n + 1 + i), url: `https://bench.sayso.invalid/warm-up-${i}` }));
  // Warm the page cache, JIT and lexicons once, untimed.
  await once(opts, records.slice(0, Math.max(5, Math.min(40, Math.floor(records.length / 5)))), 1);

  const multi = [];
  const single = [];
  const speedups = [];
  const shares = [];
  const ceilings = [];
  let engine = '';
  for (let i = 0; i < opts.ingestRuns; i++) {
    const order = i % 2 ? [opts.threads, 1] : [1, opts.threads];
    const res = {};
    for (const t of order) {
      res[t] = await once(opts, records, t);
      engine = res[t].engine;
      log(`${label} run ${i + 1}: ${t} thread(s) ${fmt(res[t].ms)} ms, store ${fmt(res[t].storeMs)} ms, ${res[t].articles} ok, ${res[t].failed} failed`);
    }
    const aps = (res[opts.threads].articles / res[opts.threads].ms) * 1000;
    const aps1 = (res[1].articles / res[1].ms) * 1000;
    multi.push(aps);
    single.push(aps1);
    speedups.push(aps / aps1);
    shares.push(res[opts.threads].storeMs / res[opts.threads].ms);
    // What the machine allows: extraction alone on the same threads, N against 1, side by side.
    const sample = records.slice(0, Math.min(records.length, 200));
    const [x1, xn] = [await extractionOnly(sample, 1, warmRecord), await extractionOnly(sample, opts.threads, warmRecord)];
    ceilings.push(xn / x1);
    log(`${label} run ${i + 1}: extraction alone ${fmt(x1)} articles/s on 1 thread, ${fmt(xn)} on ${opts.threads}`);
  }
  const aps = median(multi);
  const speedup = median(speedups);
  const share = median(shares);
  const ok = speedup >= 1.8 && share <= 0.2;
  return {
    line:
      `${label} ${fmt(aps)} articles/s with ${opts.threads} threads (1 thread ${fmt(median(single))}), ` +
      `speed-up ${fmt(speedup, 2)}x (target >= 1.8x; extraction alone on ${opts.threads} threads: ${fmt(median(ceilings), 2)}x), store share ${fmt(share * 100)}% (target <= 20%) ` +
      `[${records.length} articles, median of ${multi.length}, ${engine}] ${verdict(ok)}`,
    data: { aps, speedup, share, engine, ceiling: median(ceilings) },
  };
}

module.exports = { run };
