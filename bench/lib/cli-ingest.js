'use strict';
/**
 * The product's batch path as a user runs it: `sayso ingest file.jsonl` in its own process,
 * into a fresh embedded store, with its resident memory sampled every 200 ms.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { ROOT } = require('./corpus');

function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * @returns {Promise<{ articles: number, failures: number, ms: number, peak: number, growth: number, store: string }>}
 *   peak: highest RSS sampled; growth: peak over the last half of the run against the peak over
 *   its first 30% (start-up included, so short runs read high); store: the SQLite file written.
 */
function cliIngest(file, dataDir, { timeoutMs = 2 * 3600 * 1000 } = {}) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const cli = path.join(ROOT, 'bin', 'sayso.js');
  const samples = [];
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const child = spawn(process.execPath, [cli, 'ingest', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SAYSO_DATA_DIR: dataDir, SAYSO_STORE: 'embedded', LOG_LEVEL: 'error' },
    });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    const timer = setInterval(() => samples.push({ t: Date.now() - t0, rss: rssOf(child.pid) }), 200);
    const limit = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('close', (code) => {
      clearInterval(timer);
      clearTimeout(limit);
      const ms = Date.now() - t0;
      const m = /Ingested (\d+) articles?/.exec(out);
      if (!m) return reject(new Error(`sayso ingest exited (${code}): ${(err || out).trim().split('\n').slice(-2).join(' | ').slice(0, 300)}`));
      const f = /; (\d+) failures?\./.exec(out);
      const peak = Math.max(0, ...samples.map((s) => s.rss));
      const early = Math.max(0, ...samples.filter((s) => s.t <= ms * 0.3).map((s) => s.rss));
      const late = Math.max(0, ...samples.filter((s) => s.t >= ms / 2).map((s) => s.rss));
      resolve({ articles: Number(m[1]), failures: f ? Number(f[1]) : 0, ms, peak, growth: early ? late / early : NaN, store: path.join(dataDir, 'sayso.sqlite') });
    });
  });
}

module.exports = { cliIngest };
