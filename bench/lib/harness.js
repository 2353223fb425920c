'use strict';
/**
 * A minimal reference pipeline used when the product's batch pipeline is not available: N
 * worker threads extract and build article graphs, the main thread writes them to the store
 * in arrival order, with a bounded number of batches in flight (so memory stays flat).
 */
const { Worker } = require('node:worker_threads');
const path = require('node:path');
const { DIST } = require('./util');

/**
 * @param {{ source: AsyncIterable<object>|Iterable<object>, store: any, threads: number, batch?: number }} o
 */
async function ingestWithHarness(o) {
  const batchSize = o.batch ?? 8;
  const workers = [];
  for (let i = 0; i < o.threads; i++) {
    workers.push(new Worker(path.join(__dirname, 'harness-worker.js'), { workerData: { dist: DIST } }));
  }
  let seq = 0;
  let articles = 0;
  let failed = 0;
  let firstError = null;
  const idle = [...workers];
  const waiters = [];
  const writes = [];
  let writeChain = Promise.resolve();
  const results = new Map();

  const send = (w, records) =>
    new Promise((resolve, reject) => {
      const my = seq++;
      const onMsg = (m) => {
        if (m.seq !== my) return;
        w.off('message', onMsg);
        w.off('error', reject);
        resolve(m);
      };
      w.on('message', onMsg);
      w.once('error', reject);
      w.postMessage({ type: 'batch', seq: my, records });
    });

  const acquire = () => (idle.length ? Promise.resolve(idle.pop()) : new Promise((r) => waiters.push(r)));
  const release = (w) => {
    const next = waiters.shift();
    if (next) next(w);
    else idle.push(w);
  };

  async function dispatch(records) {
    const w = await acquire();
    const p = send(w, records).then((m) => {
      release(w);
      failed += m.failed;
      firstError ??= m.error;
      if (failed >= 10 && failed > articles) {
        throw new Error(`extraction failing (${failed} failed, ${articles} stored): ${String(firstError).slice(0, 200)}`);
      }
      // Writes are serialised: the store sees one upsert at a time, in completion order.
      writeChain = writeChain.then(async () => {
        for (const g of m.graphs) {
          await o.store.upsertArticle(g);
          articles++;
        }
      });
      return writeChain;
    });
    writes.push(p);
    // Keep at most 2 batches per thread in flight.
    if (writes.length > o.threads * 2) await writes.shift();
  }

  try {
    let buf = [];
    for await (const r of o.source) {
      buf.push(r);
      if (buf.length >= batchSize) {
        await dispatch(buf);
        buf = [];
      }
    }
    if (buf.length) await dispatch(buf);
    await Promise.all(writes);
    await writeChain;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  void results;
  return { articles, failed };
}

module.exports = { ingestWithHarness };
