'use strict';
/**
 * memory: peak RSS of `sayso ingest` ingesting N synthetic articles from one JSONL file
 * (streaming, extraction threads included), and whether it stays flat: the peak over the last
 * half of the run against the peak over its first 30% (start-up included, so short runs read
 * high). When the scale stage has just ingested the same number of articles this way, its
 * samples are the measurement (the same run, not a second one).
 */
const fs = require('node:fs');
const path = require('node:path');
const { loadSeeds } = require('../lib/corpus');
const { createSynth, writeJsonl } = require('../lib/synth');
const { cliIngest } = require('../lib/cli-ingest');
const { fmt, fmtBytes, verdict, requireDist, log } = require('../lib/util');
const { memoryFile } = require('./scale');

async function ownRun(opts) {
  fs.mkdirSync(opts.workDir, { recursive: true });
  const file = path.join(opts.workDir, `memory-${opts.memoryArticles}.jsonl`);
  const dataDir = path.join(opts.workDir, `memory-data-${process.pid}`);
  const w = await writeJsonl(file, createSynth(loadSeeds().records, { seed: 13 }), opts.memoryArticles);
  log(`memory: ${w.articles} articles, ${fmtBytes(w.bytes)} JSONL`);
  try {
    return { ...(await cliIngest(file, dataDir, { timeoutMs: opts.stageTimeoutMs })), bytes: w.bytes, source: 'sayso ingest' };
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function run(opts) {
  requireDist('cli/main.js');
  const shared = memoryFile(opts, opts.memoryArticles);
  const r = fs.existsSync(shared) ? { ...JSON.parse(fs.readFileSync(shared, 'utf8')), source: 'sayso ingest, the scale stage run' } : await ownRun(opts);
  const ok = r.peak <= 1024 * 1048576 && r.growth <= 1.5;
  return {
    line:
      `memory peak RSS ${fmtBytes(r.peak)} ingesting ${r.articles} articles from one ${fmtBytes(r.bytes)} JSONL file in ${fmt(r.ms / 1000)} s ` +
      `(target <= 1024 MB); late/early peak ${fmt(r.growth, 2)}x (target <= 1.5x, flat) [${r.source}${r.failures ? `, ${r.failures} failed` : ''}] ${verdict(ok)}`,
    data: r,
  };
}

module.exports = { run };
