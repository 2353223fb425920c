#!/usr/bin/env node
'use strict';
/**
 * CPU profile of one stage, summarised by self time.
 *
 *   node bench/profile.js [extract|ingest] [--articles=500] [--top=25] [--keep=dir]
 *
 * Runs the stage under `node --cpu-prof` in a child process, then prints the functions with
 * the most self time (file:line, share of all samples) and the same totals per source file.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT } = require('./lib/corpus');
const { parseFlags } = require('./lib/util');

function summarise(profile, top) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  // timeDeltas[i] is the time before sample i; attribute it to that sample's node.
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = deltas[i + 1] ?? deltas[i] ?? 0;
    total += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const fns = new Map();
  const files = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const file = cf.url ? cf.url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '').replace(/^.*\/node_modules\//, 'node_modules/') : '';
    const name = cf.functionName || (file ? '(anonymous)' : `(${cf.functionName || 'native'})`);
    const key = `${name} ${file}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    const fkey = file || name;
    files.set(fkey, (files.get(fkey) ?? 0) + us);
  }
  const rows = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
  return { totalMs: total / 1000, functions: rows(fns), files: rows(files) };
}

function main() {
  const args = parseFlags(process.argv.slice(2));
  const stage = args._[0] ?? 'extract';
  const top = Number(args.top ?? 25);
  const dir = args.keep ? path.resolve(String(args.keep)) : fs.mkdtempSync(path.join(os.tmpdir(), 'sayso-prof-'));
  fs.mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=500', path.join(__dirname, 'profile-target.js'), stage, String(args.articles ?? 500)],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
  const file = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  const s = summarise(JSON.parse(fs.readFileSync(file, 'utf8')), top);
  console.log(`profile ${stage}: ${s.totalMs.toFixed(0)} ms sampled (${file})`);
  console.log('\nTop self time by function:');
  for (const l of s.functions) console.log(l);
  console.log('\nSelf time by file:');
  for (const l of s.files) console.log(l);
  if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) main();
module.exports = { summarise };
