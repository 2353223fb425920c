'use strict';
/**
 * One side of the extraction comparison, in its own thread so each side has its own module
 * registry: the product's extractor (with whatever compromise plugins it installs), or a bare
 * compromise parse of the same texts (the floor).
 */
const { parentPort, workerData } = require('node:worker_threads');
const path = require('node:path');

const { mode, records, dist } = workerData;
let fn;
if (mode === 'floor') {
  const nlp = require('compromise');
  fn = (r) => nlp(r.text);
} else {
  const { extract } = require(path.join(dist, 'extract', 'index.js'));
  fn = (r) => extract(r);
}

parentPort.on('message', (msg) => {
  if (msg.type === 'run') {
    const list = msg.limit ? records.slice(0, msg.limit) : records;
    let sink = 0;
    const t0 = performance.now();
    for (const r of list) {
      const out = fn(r);
      if (out) sink++;
    }
    const ms = performance.now() - t0;
    parentPort.postMessage({ type: 'done', ms, n: list.length, sink });
  } else if (msg.type === 'exit') {
    process.exit(0);
  }
});
parentPort.postMessage({ type: 'ready' });
