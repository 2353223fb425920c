'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { ROOT } = require('./corpus');

const DIST = path.join(ROOT, 'dist');

function median(xs) {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile, p in [0, 100]. */
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const k = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[k];
}

function fmt(x, digits = 1) {
  if (!Number.isFinite(x)) return 'n/a';
  if (Math.abs(x) >= 100) return x.toFixed(0);
  return x.toFixed(digits);
}

function fmtBytes(b) {
  return `${(b / 1048576).toFixed(0)} MB`;
}

/** `--name=value` and bare `--flag` (true) options; anything else is a positional argument, in `_`. */
function parseFlags(argv) {
  const args = { _: [] };
  for (const a of argv) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(a);
    if (m) args[m[1]] = m[2] ?? true;
    else args._.push(a);
  }
  return args;
}

const verdict = (ok) => (ok ? 'PASS' : 'MISS');

class Missing extends Error {}

/** Loads a compiled module from dist/, or explains which part is not there yet. */
function requireDist(rel) {
  const file = path.join(DIST, rel);
  if (!fs.existsSync(file)) throw new Missing(`not available: dist/${rel} (run npm run build; is src/${rel.replace(/\.js$/, '.ts')} there?)`);
  return require(file);
}

/** Picks the first function among several candidate export names. */
function pickExport(mod, names, what) {
  for (const n of names) if (typeof mod[n] === 'function') return mod[n];
  throw new Missing(`not available: ${what} (looked for ${names.join(', ')})`);
}

const now = () => performance.now();

function log(...args) {
  process.stderr.write(`  [bench] ${args.join(' ')}\n`);
}

module.exports = { DIST, parseFlags, median, percentile, fmt, fmtBytes, verdict, Missing, requireDist, pickExport, now, log };
