'use strict';
/**
 * Benchmark corpus: the seed articles (seeds/), or, where a checkout has none yet, the
 * development corpus beside the project (../shared/corpus/dev). Records follow the article
 * record format: { id, url, source, published, title, text }.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

function readRecordsFromFile(file) {
  const raw = fs.readFileSync(file, 'utf8');
  const ext = path.extname(file).toLowerCase();
  const base = path.basename(file, ext);
  if (ext === '.jsonl' || ext === '.ndjson') {
    return raw
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  }
  if (ext === '.json') {
    if (base.endsWith('.gold')) return [];
    const data = JSON.parse(raw);
    const list = Array.isArray(data) ? data : [data];
    return list.filter((r) => r && typeof r.text === 'string');
  }
  if (ext === '.txt' && !/^readme$/i.test(base)) {
    const text = raw.trim();
    const title = text.split('\n')[0].slice(0, 200);
    return [{ id: base, title, text }];
  }
  return [];
}

function readDir(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  const walk = (d) => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else out.push(...readRecordsFromFile(p));
    }
  };
  walk(dir);
  return out.filter((r) => r && typeof r.text === 'string' && r.text.trim().length > 0);
}

/** Seed articles and where they came from. */
function loadSeeds(opts = {}) {
  const dirs = [opts.dir, path.join(ROOT, 'seeds'), path.join(ROOT, '..', 'shared', 'corpus', 'dev')].filter(Boolean);
  for (const dir of dirs) {
    const records = readDir(dir);
    if (records.length > 0) return { dir, records };
  }
  throw new Error(`no seed articles found in ${dirs.join(', ')}`);
}

/** The seeds repeated to at least `n` articles, each copy with its own id and url. */
function repeatTo(records, n) {
  const out = [];
  for (let i = 0; out.length < n; i++) {
    const r = records[i % records.length];
    const copy = Math.floor(i / records.length);
    out.push({
      ...r,
      id: `${r.id ?? 'seed'}-r${copy}`,
      url: `https://bench.sayso.invalid/repeat/${copy}/${encodeURIComponent(r.id ?? String(i))}`,
    });
  }
  return out;
}

function wordCount(text) {
  let n = 0;
  const re = /\S+/g;
  while (re.exec(text)) n++;
  return n;
}

module.exports = { ROOT, loadSeeds, repeatTo, wordCount, readRecordsFromFile };
