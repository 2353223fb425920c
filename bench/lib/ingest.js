'use strict';
/**
 * Ingests a stream of article records into a store through the product's batch pipeline
 * (`ingestRecords` in src/ingest/pipeline.ts): extraction on N threads, writes batched in store
 * transactions, in input order, with bounded read-ahead (memory stays flat). One thread is the
 * pipeline at concurrency 1: extraction and writes take turns on the calling thread.
 */
const { requireDist } = require('./util');

/** Stops the figures from meaning nothing: most articles failing is an error, not a result. */
function checkFailures(articles, failures) {
  if (failures.length >= 10 && failures.length > articles) {
    throw new Error(`extraction failing (${failures.length} failed, ${articles} stored): ${String(failures[0]?.error).slice(0, 200)}`);
  }
}

/**
 * @param {{ source: AsyncIterable<object>|Iterable<object>, store: any, threads: number, warm?: object[], batchSize?: number }} o
 *   warm: records extracted (untimed, not stored) on each thread before the clock starts, so
 *   thread start-up (module loading, lexicons, a cold JIT) is not counted as throughput: the
 *   one-thread run extracts in a process that is warm already.
 * @returns {Promise<{ articles: number, failed: number, engine: string, startedAt: number }>}
 */
async function ingest(o) {
  const { ingestRecords } = requireDist('ingest/pipeline.js');
  const { createExtractPool } = requireDist('ingest/extract-pool.js');
  const pool = o.threads > 1 ? createExtractPool({ size: o.threads }) : null;
  try {
    if (o.warm && pool) await warmPool(pool, o.warm, o.threads);
    if (o.warm && !pool) for (const r of o.warm) requireDist('extract/index.js').extract(r);
    async function* items() {
      let i = 0;
      for await (const record of o.source) yield { origin: `synthetic:${i++}`, record };
    }
    const startedAt = performance.now();
    const summary = await ingestRecords(o.store, items(), {
      ...(pool ? { extractor: pool } : { concurrency: 1 }),
      ...(o.batchSize ? { batchSize: o.batchSize } : {}),
    });
    checkFailures(summary.articles, summary.failures);
    return { articles: summary.articles, failed: summary.failures.length, engine: 'pipeline', startedAt };
  } finally {
    await pool?.close();
  }
}

/** Each thread extracts every warm-up record (a pool thread takes at most two tasks at a time). */
async function warmPool(pool, records, threads) {
  await Promise.all(records.flatMap((r) => Array.from({ length: threads }, () => pool.run(r).catch(() => null))));
}

/**
 * Extraction alone on N threads of the product's pool, nothing stored: the most the pipeline
 * could reach on this machine with N threads. Returns articles/s.
 */
async function extractionOnly(records, threads, warm) {
  const { createExtractPool } = requireDist('ingest/extract-pool.js');
  const pool = createExtractPool({ size: threads });
  try {
    await warmPool(pool, warm, threads);
    const t0 = performance.now();
    await Promise.all(records.map((r) => pool.run(r).catch(() => null)));
    return (records.length / (performance.now() - t0)) * 1000;
  } finally {
    await pool.close();
  }
}

module.exports = { ingest, checkFailures, extractionOnly };
