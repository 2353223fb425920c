'use strict';
/**
 * Ingests a stream of article records into a store with N extraction threads: through the
 * product's extraction pool (src/ingest/extract-pool.ts) when it is built, else through the
 * bench harness pool (same stages, bench-owned threads). Writes go to the store one at a time,
 * in completion order, with a bounded number of articles in flight (memory stays flat).
 */
const fs = require('node:fs');
const path = require('node:path');
const { DIST } = require('./util');
const { ingestWithHarness } = require('./harness');

function productPool() {
  const file = path.join(DIST, 'ingest', 'extract-pool.js');
  if (!fs.existsSync(file)) return null;
  const mod = require(file);
  return typeof mod.createExtractPool === 'function' ? mod : null;
}

/** Stops a run early when most articles fail: the numbers would mean nothing. */
function checkFailures(articles, failed, firstError) {
  if (failed >= 10 && failed > articles) {
    throw new Error(`extraction failing (${failed} failed, ${articles} stored): ${String(firstError?.message ?? firstError).slice(0, 200)}`);
  }
}

async function ingestWithPool(mod, o) {
  const pool = mod.createExtractPool({ size: o.threads });
  // Thread start-up (module loading, lexicons) is a fixed cost, not throughput: one untimed
  // article per thread first; the clock starts after it.
  if (o.warm) await Promise.all(Array.from({ length: o.threads }, () => pool.run(o.warm).catch(() => null)));
  const startedAt = performance.now();
  const inFlight = new Set();
  const limit = o.threads * 4;
  let articles = 0;
  let failed = 0;
  let firstError = null;
  const fail = (err) => {
    failed++;
    firstError ??= err;
  };
  let writeChain = Promise.resolve();
  try {
    for await (const record of o.source) {
      const p = pool
        .run(record)
        .then(
          (graph) =>
            (writeChain = writeChain.then(() =>
              o.store.upsertArticle(graph).then(
                () => void articles++,
                fail,
              ),
            )),
          fail,
        )
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= limit) await Promise.race(inFlight);
      checkFailures(articles, failed, firstError);
    }
    await Promise.all(inFlight);
    await writeChain;
  } finally {
    await pool.close();
  }
  return { articles, failed, startedAt };
}

/**
 * @param {{ source: AsyncIterable<object>|Iterable<object>, store: any, threads: number, engine?: 'pool'|'harness', warm?: object }} o
 *   warm: a record each thread extracts (untimed, not stored) before the clock starts.
 * @returns {Promise<{ articles: number, failed: number, engine: string, startedAt?: number }>}
 */
async function ingest(o) {
  const mod = o.engine === 'harness' ? null : productPool();
  if (mod) return { ...(await ingestWithPool(mod, o)), engine: 'extract-pool' };
  return { ...(await ingestWithHarness(o)), engine: 'harness' };
}

module.exports = { ingest, productPool, checkFailures };
