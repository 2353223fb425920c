#!/usr/bin/env node
'use strict';
/**
 * Store-only scaling: how the cost of one upsertArticle grows with the size of the store,
 * extraction taken out. A few hundred synthetic articles are extracted once; their graphs
 * are then written again and again under fresh article ids (entity nodes stay shared, as they
 * are in real news), and the mean upsert time of each step is printed.
 *
 *   node bench/store-scaling.js [--store=embedded|neo4j] [--articles=5000] [--step=500] [--distinct=200] [--batch=N]
 *
 * With --batch=N the articles go through upsertArticles N at a time (as batch ingest writes
 * them) and the time printed is per article.
 */
const os = require('node:os');
const path = require('node:path');
const { loadSeeds } = require('./lib/corpus');
const { createSynth } = require('./lib/synth');
const { openStore } = require('./lib/stores');
const { requireDist, parseFlags } = require('./lib/util');

const OWNED = new Set(['Article', 'Statement', 'Condition', 'Event']);

/** The same article's graph under another identity: owned node ids, edge ids and articleId renamed. */
function clone(graph, k) {
  const rename = new Map();
  for (const n of graph.nodes) if (OWNED.has(n.label)) rename.set(n.id, `${n.id}~${k}`);
  const id = (x) => rename.get(x) ?? x;
  return {
    articleId: id(graph.articleId),
    contentHash: `${graph.contentHash}~${k}`,
    nodes: graph.nodes.map((n) => ({ ...n, id: id(n.id), props: n.props.articleId ? { ...n.props, articleId: id(n.props.articleId) } : n.props })),
    edges: graph.edges.map((e) => ({ ...e, id: `${e.id}~${k}`, from: id(e.from), to: id(e.to), articleId: id(e.articleId) })),
  };
}

async function main() {
  const args = parseFlags(process.argv.slice(2));
  const total = Number(args.articles ?? 5000);
  const step = Number(args.step ?? 500);
  const distinct = Number(args.distinct ?? 200);
  const kind = args.store ?? 'embedded';
  const batch = Math.max(0, Number(args.batch ?? 0));
  const { extract, EXTRACTOR_VERSION } = requireDist('extract/index.js');
  const { buildArticleGraph } = requireDist('graph/build.js');
  const synth = createSynth(loadSeeds().records, { seed: 17 });
  const graphs = [];
  for (let i = 0; i < distinct; i++) graphs.push(buildArticleGraph(extract(synth.article(i)), { extractorVersion: EXTRACTOR_VERSION }));
  const opts = {
    workDir: path.join(os.tmpdir(), `sayso-store-scaling-${process.pid}`),
    neo4jUri: args['neo4j-uri'] ?? 'bolt://127.0.0.1:7687',
    neo4jUser: 'neo4j',
    neo4jPassword: '',
    // Neo4j: time per Cypher statement, summed (the adapter reports each one).
    onQuery: (statement, ms) => {
      const key = statement.replace(/\s+/g, ' ').trim().slice(0, 90);
      const s = perStatement.get(key) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += ms;
      perStatement.set(key, s);
    },
  };
  const perStatement = new Map();
  const h = await openStore(kind, opts);
  const written = [];
  try {
    console.log(`store-scaling ${kind}: ${distinct} distinct graphs (${graphs.reduce((s, g) => s + g.nodes.length, 0) / distinct} nodes, ${graphs.reduce((s, g) => s + g.edges.length, 0) / distinct} edges each on average)`);
    let first = null;
    for (let done = 0; done < total; done += step) {
      const t0 = performance.now();
      const end = Math.min(total, done + step);
      for (let i = done; i < end; i += batch || 1) {
        const group = [];
        for (let k = i; k < Math.min(end, i + (batch || 1)); k++) group.push(clone(graphs[k % distinct], k));
        if (batch) await h.store.upsertArticles(group);
        else await h.store.upsertArticle(group[0]);
        if (kind === 'neo4j') written.push(...group.map((g) => g.articleId));
      }
      const ms = (performance.now() - t0) / step;
      first ??= ms;
      console.log(`  ${String(done + step).padStart(7)} articles: ${ms.toFixed(2)} ms per ${batch ? `article (batches of ${batch})` : 'upsert'} (${(ms / first).toFixed(2)}x the first step)`);
    }
    if (perStatement.size) {
      const all = [...perStatement.values()].reduce((t, s) => t + s.ms, 0);
      console.log(`  Cypher statements by total time (${[...perStatement.values()].reduce((t, s) => t + s.n, 0) / total} per article):`);
      for (const [k, s] of [...perStatement.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) {
        console.log(`  ${((100 * s.ms) / all).toFixed(1).padStart(5)}%  ${String(s.n).padStart(6)} x  ${(s.ms / s.n).toFixed(2)} ms  ${k}`);
      }
    }
  } finally {
    perStatement.clear();
    for (const id of written) await h.store.deleteArticle(id);
    await h.dispose();
    require('node:fs').rmSync(opts.workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
