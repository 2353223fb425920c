'use strict';
/**
 * Child process of the memory stage: ingests one JSONL file, streaming, into a fresh embedded
 * store, then reports its own peak RSS. Usage: node ingest-file.js <file.jsonl> <store.db> <threads>
 */
const fs = require('node:fs');
const readline = require('node:readline');
const { requireDist, pickExport } = require('./util');
const { ingest } = require('./ingest');

async function* records(file) {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield JSON.parse(line);
}

async function main() {
  const [file, db, threads] = process.argv.slice(2);
  const create = pickExport(requireDist('graph/embedded/index.js'), ['createEmbeddedStore'], 'embedded store');
  const store = create({ file: db });
  const r = await ingest({ source: records(file), store, threads: Number(threads) });
  await store.close();
  const hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  process.send?.({ ...r, peakRss: hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024 });
}

main().catch((err) => {
  process.send?.({ error: String(err?.stack ?? err) });
  process.exitCode = 1;
});
