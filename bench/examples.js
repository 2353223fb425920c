#!/usr/bin/env node
'use strict';
/**
 * How long each of the playground's example queries takes on an existing store, in process
 * (no HTTP) with the response cache off: which questions grow with the corpus.
 *
 *   node bench/examples.js [--data=DIR] [--runs=7] [--only=WORDS]   # SAYSO_STORE, NEO4J_* as for `sayso serve`
 *
 * Prints one line per example: the median and fastest of `runs` runs, and the size of the
 * answer. Mutations are skipped; --only keeps the examples whose title holds WORDS (any case).
 */
const { requireDist, parseFlags, median, fmt } = require('./lib/util');

async function main() {
  const args = parseFlags(process.argv.slice(2));
  if (args.help) {
    process.stdout.write('node bench/examples.js [--data=DIR] [--runs=7] [--only=WORDS]: times the example queries on a store (cache off)\n');
    return;
  }
  const runs = Math.max(1, Number(args.runs ?? 7));
  const { loadConfig } = requireDist('config.js');
  const { openStore } = requireDist('graph/open-store.js');
  const { createApi } = requireDist('api/yoga.js');
  const { EXAMPLE_QUERIES } = requireDist('api/examples.js');
  const env = { ...process.env, LOG_LEVEL: 'silent', SAYSO_CACHE_TTL_MS: '0', SAYSO_REQUEST_TIMEOUT_MS: '600000' };
  if (args.data) env.SAYSO_DATA_DIR = String(args.data);
  const config = loadConfig(env);
  const store = await openStore(config);
  const yoga = createApi({ store, config });
  const stats = await store.stats();
  process.stdout.write(`store: ${config.store}, ${stats.nodes.Article ?? 0} articles, ${stats.totalNodes} nodes, ${stats.totalEdges} edges\n`);
  try {
    for (const { title, query } of EXAMPLE_QUERIES) {
      if (/^\s*(#[^\n]*\n\s*)*mutation\b/.test(query)) continue;
      if (args.only && !title.toLowerCase().includes(String(args.only).toLowerCase())) continue;
      const ms = [];
      let body = '';
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const res = await yoga.fetch('http://127.0.0.1/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query }),
        });
        body = await res.text();
        ms.push(performance.now() - t);
      }
      const errors = JSON.parse(body).errors;
      const note = errors?.length ? `error: ${String(errors[0].message).slice(0, 80)}` : `${fmt(body.length / 1024)} kB`;
      process.stdout.write(`${fmt(median(ms)).padStart(7)} ms (min ${fmt(Math.min(...ms))})  ${title}  [${note}]\n`);
    }
  } finally {
    await store.close();
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
