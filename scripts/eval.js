#!/usr/bin/env node
// Extracts every article record (*.json, not *.gold.json) in DIR into a temporary folder
// and scores the predictions with ../shared/eval/score.mjs.
//   npm run eval [-- DIR] [--verbose] [--json] [--baseline FILE]
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const baselineFile = option('--baseline');
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--baseline');
const dir = path.resolve(positional[0] ?? path.join(root, '..', 'shared', 'corpus', 'dev'));
const scorer = path.join(root, '..', 'shared', 'eval', 'score.mjs');

if (!fs.existsSync(dir) || !fs.existsSync(scorer)) {
  console.error(`evaluation corpus not found: ${fs.existsSync(dir) ? scorer : dir}`);
  console.error('The scorer and the annotated articles live in ../shared (eval/score.mjs, corpus/dev).');
  process.exit(2);
}

const { extract } = require(path.join(root, 'dist', 'extract'));
const { toEvalPrediction } = require(path.join(root, 'dist', 'extract', 'to-eval'));

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sayso-eval-'));
let failed = 0;
for (const file of fs.readdirSync(dir).sort()) {
  if (!file.endsWith('.json') || file.endsWith('.gold.json')) continue;
  const id = path.basename(file, '.json');
  try {
    const record = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const prediction = toEvalPrediction(extract({ ...record, id: record.id ?? id }));
    fs.writeFileSync(path.join(out, `${id}.json`), JSON.stringify({ ...prediction, id }, null, 2));
  } catch (err) {
    failed++;
    console.error(`${file}: extraction failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const scoreArgs = [scorer, '--gold', dir, '--pred', out];
if (flag('--verbose')) scoreArgs.push('--verbose');
if (flag('--json')) scoreArgs.push('--json');
const run = spawnSync(process.execPath, scoreArgs, { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
fs.rmSync(out, { recursive: true, force: true });
if (run.status !== 0) process.exit(run.status ?? 1);
if (failed) process.exitCode = 1;

if (baselineFile) {
  const baseline = JSON.parse(fs.readFileSync(path.resolve(baselineFile), 'utf8'));
  const m = run.stdout.match(/overall=([0-9.]+)/) ?? run.stdout.match(/"overall":\s*([0-9.]+)/);
  const overall = m ? Number(m[1]) : 0;
  if (overall < baseline.overall - 0.02) {
    console.error(`overall ${overall.toFixed(2)} is more than 0.02 below the baseline ${baseline.overall}`);
    process.exit(1);
  }
}
