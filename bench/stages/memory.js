'use strict';
/**
 * memory: peak RSS of a process ingesting N synthetic articles from one JSONL file (streaming,
 * worker threads included), and whether it stays flat: the peak over the last half of the run
 * against the peak over its first 30% (start-up included, so short runs read high).
 */
const fs = require('node:fs');
const path = require('node:path');
const { fork, spawn } = require('node:child_process');
const { loadSeeds, ROOT } = require('../lib/corpus');
const { createSynth, writeJsonl } = require('../lib/synth');
const { DIST, fmt, fmtBytes, verdict, requireDist, log } = require('../lib/util');

function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function run(opts) {
  requireDist('extract/index.js');
  requireDist('graph/embedded/index.js');
  fs.mkdirSync(opts.workDir, { recursive: true });
  const file = path.join(opts.workDir, `memory-${opts.memoryArticles}.jsonl`);
  const db = path.join(opts.workDir, `memory-${process.pid}.db`);
  const { records: seeds } = loadSeeds();
  const w = await writeJsonl(file, createSynth(seeds, { seed: 13 }), opts.memoryArticles);
  log(`memory: ${w.articles} articles, ${fmtBytes(w.bytes)} JSONL`);

  const samples = [];
  const t0 = Date.now();
  const cli = path.join(ROOT, 'bin', 'sayso.js');
  const useCli = opts.memoryEngine !== 'pool' && fs.existsSync(path.join(DIST, 'cli', 'main.js'));
  const result = await new Promise((resolve, reject) => {
    let child;
    let msg = null;
    let out = '';
    let err = '';
    if (useCli) {
      // The product path: `sayso ingest file.jsonl` into a fresh embedded store.
      const dataDir = path.join(opts.workDir, `memory-data-${process.pid}`);
      child = spawn(process.execPath, [cli, 'ingest', file], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, SAYSO_DATA_DIR: dataDir, SAYSO_STORE: 'embedded', LOG_LEVEL: 'error' },
      });
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
      child.once('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));
    } else {
      child = fork(path.join(__dirname, '..', 'lib', 'ingest-file.js'), [file, db, String(opts.threads)], {
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      child.on('message', (m) => (msg = m));
    }
    const timer = setInterval(() => samples.push({ t: Date.now() - t0, rss: rssOf(child.pid) }), 200);
    const limit = setTimeout(() => child.kill('SIGKILL'), opts.stageTimeoutMs);
    child.once('close', (code) => {
      clearInterval(timer);
      clearTimeout(limit);
      if (useCli) {
        const m = /Ingested (\d+) articles?/.exec(out);
        if (!m) reject(new Error(`sayso ingest exited (${code}): ${(err || out).trim().split('\n').slice(-2).join(' | ').slice(0, 300)}`));
        else resolve({ articles: Number(m[1]), engine: `sayso ingest${code ? `, exit ${code}: ${(err.match(/failed: /g) ?? []).length} failures` : ''}` });
      } else if (msg?.error) reject(new Error(msg.error.split('\n')[0]));
      else if (!msg) reject(new Error(`ingest process exited (${code}) without a result`));
      else resolve({ ...msg, engine: `${opts.threads} threads, ${msg.engine}` });
    });
  });
  const ms = Date.now() - t0;
  for (const f of [file, db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });

  const peak = Math.max(result.peakRss ?? 0, ...samples.map((s) => s.rss));
  const early = Math.max(0, ...samples.filter((s) => s.t <= ms * 0.3).map((s) => s.rss));
  const late = Math.max(0, ...samples.filter((s) => s.t >= ms / 2).map((s) => s.rss));
  const growth = early ? late / early : NaN;
  const ok = peak <= 1024 * 1048576 && growth <= 1.5;
  return {
    line:
      `memory peak RSS ${fmtBytes(peak)} ingesting ${result.articles} articles from one ${fmtBytes(w.bytes)} JSONL file in ${fmt(ms / 1000)} s ` +
      `(target <= 1024 MB); late/early peak ${fmt(growth, 2)}x (target <= 1.5x, flat) [${result.engine}] ${verdict(ok)}`,
    data: { peak, growth, articles: result.articles, ms },
  };
}

module.exports = { run };
