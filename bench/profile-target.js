'use strict';
/** What bench/profile.js runs under --cpu-prof: one stage, in this thread, nothing else. */
const path = require('node:path');
const { loadSeeds, repeatTo } = require('./lib/corpus');
const { DIST } = require('./lib/util');

const [stage = 'extract', n = '500'] = process.argv.slice(2);
const { extract, EXTRACTOR_VERSION } = require(path.join(DIST, 'extract', 'index.js'));
const records = repeatTo(loadSeeds().records, Number(n));
const t0 = performance.now();
if (stage === 'extract') {
  for (const r of records) extract(r);
} else if (stage === 'build') {
  const { buildArticleGraph } = require(path.join(DIST, 'graph', 'build.js'));
  for (const r of records) buildArticleGraph(extract(r), { extractorVersion: EXTRACTOR_VERSION });
} else if (stage === 'floor') {
  const nlp = require('compromise');
  for (const r of records) nlp(r.text);
} else {
  throw new Error(`unknown stage ${stage}: extract, build or floor`);
}
process.stderr.write(`  [profile] ${stage}: ${records.length} articles in ${(performance.now() - t0).toFixed(0)} ms\n`);
