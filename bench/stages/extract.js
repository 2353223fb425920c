'use strict';
/**
 * extract: articles/s and words/s of extract() on one core, over the seeds repeated to
 * >= N articles, and the ratio to a bare compromise parse of the same texts. The two sides
 * run alternately (never at once), each in its own thread; the ratio is the median of the
 * per-round ratios.
 */
const { Worker } = require('node:worker_threads');
const path = require('node:path');
const { loadSeeds, repeatTo, wordCount } = require('../lib/corpus');
const { DIST, median, fmt, verdict, requireDist, log } = require('../lib/util');

function startWorker(mode, records) {
  const w = new Worker(path.join(__dirname, 'extract-worker.js'), { workerData: { mode, records, dist: DIST } });
  let pending = null;
  let failure = null;
  const ready = new Promise((resolve, reject) => {
    w.on('error', (err) => {
      failure = new Error(`${mode === 'floor' ? 'compromise' : 'extract()'} failed: ${err.message}`);
      reject(failure);
      if (pending) pending.reject(failure);
      pending = null;
    });
    w.on('message', (m) => {
      if (m.type === 'ready') resolve();
      else if (m.type === 'done' && pending) {
        const p = pending;
        pending = null;
        p.resolve(m);
      }
    });
  });
  return {
    ready,
    run(limit) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        w.postMessage({ type: 'run', limit });
      });
    },
    stop: () => w.terminate(),
  };
}

async function run(opts) {
  requireDist('extract/index.js');
  const { records: seeds, dir } = loadSeeds();
  const n = opts.extractArticles;
  const records = repeatTo(seeds, n);
  const words = records.reduce((s, r) => s + wordCount(r.text), 0);
  log(`extract: ${records.length} articles (${seeds.length} seeds from ${path.relative(process.cwd(), dir) || dir}), ${words} words`);

  const product = startWorker('extract', records);
  const floor = startWorker('floor', records);
  await Promise.all([product.ready, floor.ready]);
  // Warm-up: JIT, lexicons, lazy plugin set-up.
  await product.run(Math.min(60, records.length));
  await floor.run(Math.min(60, records.length));

  const ours = [];
  const base = [];
  const ratios = [];
  const deadline = Date.now() + opts.extractMaxMs;
  for (let round = 0; round < opts.extractRounds; round++) {
    // Alternate which side goes first, so drift on a shared machine hits both alike.
    const first = round % 2 ? floor : product;
    const second = round % 2 ? product : floor;
    const a = await first.run();
    const b = await second.run();
    const p = round % 2 ? b.ms : a.ms;
    const f = round % 2 ? a.ms : b.ms;
    ours.push(p);
    base.push(f);
    ratios.push(p / f);
    log(`extract round ${round + 1}: extract ${fmt(p)} ms, compromise ${fmt(f)} ms, ratio ${fmt(p / f, 2)}`);
    if (Date.now() > deadline && round >= 1) break;
  }
  await product.stop();
  await floor.stop();

  const ms = median(ours);
  const ratio = median(ratios);
  const aps = (records.length / ms) * 1000;
  const wps = (words / ms) * 1000;
  const floorAps = (records.length / median(base)) * 1000;
  return {
    line:
      `extract ${fmt(aps)} articles/s ${fmt(wps / 1000)}k words/s (1 core, ${records.length} articles, median of ${ours.length}); ` +
      `compromise ${fmt(floorAps)} articles/s; ratio ${fmt(ratio, 2)} (target <= 1.5) ${verdict(ratio <= 1.5)}`,
    data: { aps, wps, ratio, floorAps, rounds: ours.length, articles: records.length, words },
  };
}

module.exports = { run };
