// An extraction thread like the real one (dist/ingest/extract-pool-thread.js, which cannot be
// loaded here: it answers every message itself), except that an article whose text starts with
// "HANG" never finishes. extract-pool.test.ts: what happens to the articles queued behind it.
const path = require('node:path');
const { parentPort } = require('node:worker_threads');
const dist = path.resolve(__dirname, '..', '..', '..', 'dist');
const { extract, EXTRACTOR_VERSION } = require(path.join(dist, 'extract', 'index.js'));
const { buildArticleGraph } = require(path.join(dist, 'graph', 'build.js'));

parentPort.on('message', (task) => {
  if (task.record.text.startsWith('HANG')) for (;;);
  parentPort.postMessage({ id: task.id, graph: buildArticleGraph(extract(task.record), { extractorVersion: EXTRACTOR_VERSION }) });
});
