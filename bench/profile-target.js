'use strict';
/** What bench/profile.js runs under --cpu-prof: one stage, in this thread, nothing else. */
const path = require('node:path');
const { loadSeeds, repeatTo } = require('./lib/corpus');
const { DIST } = require('./lib/util');

const [stage = 'extract', n = '500'] = process.argv.slice(2);
const { extract, EXTRACTOR_VERSION } = require(path.join(DIST, 'extract', 'index.js'));
const records = stage === 'query' ? [] : repeatTo(loadSeeds().records, Number(n));
const t0 = performance.now();
if (stage === 'query') {
  // The API process under the headline query: store filled untimed, then 10 s of load from a
  // separate autocannon process (not profiled).
  const os = require('node:os');
  const { openStore } = require('./lib/stores');
  const { fill } = require('./stages/query');
  const { startServer, load, HEADLINE } = require('./lib/server');
  (async () => {
    const opts = { workDir: path.join(os.tmpdir(), `sayso-prof-${process.pid}`), threads: 2 };
    const h = await openStore('embedded', opts);
    await fill(h.store, Number(n), opts);
    // SAYSO_CACHE_TTL_MS=0 profiles the query itself, as the `cache off` figures measure it.
    const ttl = process.env.SAYSO_CACHE_TTL_MS;
    const server = await startServer(h.store, HEADLINE, ttl === undefined ? {} : { SAYSO_CACHE_TTL_MS: ttl });
    const r = await load({ url: `${server.url}/graphql`, body: JSON.stringify({ query: HEADLINE }), connections: 50, duration: 10 });
    process.stderr.write(`  [profile] query: ${server.results} results, p50 ${r.p50} ms p99 ${r.p99} ms ${r.rps} req/s\n`);
    await server.close();
    await h.dispose();
    require('node:fs').rmSync(opts.workDir, { recursive: true, force: true });
  })().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
} else if (stage === 'extract') {
  for (const r of records) extract(r);
} else if (stage === 'build') {
  const { buildArticleGraph } = require(path.join(DIST, 'graph', 'build.js'));
  for (const r of records) buildArticleGraph(extract(r), { extractorVersion: EXTRACTOR_VERSION });
} else if (stage === 'floor') {
  const nlp = require('compromise');
  for (const r of records) nlp(r.text);
} else {
  throw new Error(`unknown stage ${stage}: extract, build, floor or query`);
}
if (stage !== 'query') process.stderr.write(`  [profile] ${stage}: ${records.length} articles in ${(performance.now() - t0).toFixed(0)} ms\n`);
