'use strict';
/** Opens the stores under test: a fresh embedded SQLite file, or the local Neo4j server. */
const net = require('node:net');
const path = require('node:path');
const fs = require('node:fs');
const { requireDist, pickExport } = require('./util');

function reachable(uri, timeoutMs = 1500) {
  let host = '127.0.0.1';
  let port = 7687;
  try {
    const u = new URL(uri);
    host = u.hostname || host;
    port = Number(u.port) || port;
  } catch {
    /* keep defaults */
  }
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

let embeddedSeq = 0;
async function openStore(kind, opts) {
  if (kind === 'embedded') {
    const mod = requireDist('graph/embedded/index.js');
    const create = pickExport(mod, ['createEmbeddedStore'], 'embedded store');
    fs.mkdirSync(opts.workDir, { recursive: true });
    const file = path.join(opts.workDir, `embedded-${process.pid}-${embeddedSeq++}.db`);
    const store = create({ file });
    return {
      store,
      describe: 'embedded',
      async dispose() {
        await store.close();
        for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      },
      async clear() {},
    };
  }
  if (!(await reachable(opts.neo4jUri))) {
    const err = new Error(`no Neo4j at ${opts.neo4jUri} (start one with npm run neo4j:start)`);
    err.skip = true;
    throw err;
  }
  const mod = requireDist('graph/neo4j/index.js');
  const create = pickExport(mod, ['createNeo4jStore'], 'Neo4j store');
  const store = create({ uri: opts.neo4jUri, user: opts.neo4jUser, password: opts.neo4jPassword, ...(opts.onQuery ? { onQuery: opts.onQuery } : {}) });
  const written = new Set();
  return {
    store,
    describe: `neo4j ${opts.neo4jUri}`,
    /** Article ids the bench wrote, so they can be removed again. */
    written,
    async clear() {
      for (const id of written) await store.deleteArticle(id);
      written.clear();
    },
    async dispose() {
      try {
        await this.clear();
      } finally {
        await store.close();
      }
    },
  };
}

/** Wraps a store so the ids of articles written through it are remembered (for clean-up). */
function remembering(store, written) {
  if (!written) return store;
  return new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (prop === 'upsertArticle') return (g, o) => (written.add(g.articleId), v.call(target, g, o));
      if (prop === 'upsertArticles') return (gs) => (gs.forEach((g) => written.add(g.articleId)), v.call(target, gs));
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

module.exports = { openStore, reachable, remembering };
