'use strict';
/**
 * Ingests a stream of article records into a store with N extraction threads, through the
 * product's batch pipeline (src/ingest/pipeline.ts) when it is built, else through the bench
 * harness pipeline (same stages, bench-owned pool).
 */
const fs = require('node:fs');
const path = require('node:path');
const { DIST } = require('./util');
const { ingestWithHarness } = require('./harness');

function productPipeline() {
  const file = path.join(DIST, 'ingest', 'pipeline.js');
  if (!fs.existsSync(file)) return null;
  return require(file);
}

/**
 * @param {{ source: AsyncIterable<object>|Iterable<object>, store: any, threads: number, engine?: 'product'|'harness' }} o
 * @returns {Promise<{ articles: number, failed: number, engine: string }>}
 */
async function ingest(o) {
  const mod = o.engine === 'harness' ? null : productPipeline();
  if (mod && typeof mod.runPipeline === 'function') {
    const r = await mod.runPipeline({ source: o.source, store: o.store, threads: o.threads });
    return { articles: r.articles ?? r.ok ?? 0, failed: r.failed ?? 0, engine: 'pipeline' };
  }
  const r = await ingestWithHarness(o);
  return { ...r, engine: 'harness' };
}

module.exports = { ingest, productPipeline };
