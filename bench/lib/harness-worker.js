'use strict';
/** Extraction thread of the bench harness pipeline: records in, article graphs out. */
const { parentPort, workerData } = require('node:worker_threads');
const path = require('node:path');

const { extract, EXTRACTOR_VERSION } = require(path.join(workerData.dist, 'extract', 'index.js'));
const { buildArticleGraph } = require(path.join(workerData.dist, 'graph', 'build.js'));

parentPort.on('message', (msg) => {
  if (msg.type !== 'batch') return;
  const graphs = [];
  let failed = 0;
  let error = null;
  const t0 = performance.now();
  for (const r of msg.records) {
    try {
      graphs.push(buildArticleGraph(extract(r), { extractorVersion: EXTRACTOR_VERSION }));
    } catch (err) {
      failed++;
      error ??= String(err?.message ?? err);
    }
  }
  parentPort.postMessage({ type: 'graphs', seq: msg.seq, graphs, failed, error, ms: performance.now() - t0 });
});
