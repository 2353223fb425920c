#!/usr/bin/env node
'use strict';
/**
 * Waits until a Neo4j server answers on Bolt (driver.verifyConnectivity), or fails with the
 * tail of the server log. Exit 0 when reachable, 1 otherwise.
 *
 *   node wait-for-bolt.js --uri bolt://127.0.0.1:7687 [--timeout 180] [--pid N] [--log file] [--quiet]
 *
 * --timeout 0 makes a single attempt (used to ask "is anything there already?").
 * --pid: give up at once when that process exits (the server died while starting).
 */
const fs = require('node:fs');
const path = require('node:path');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const uri = arg('uri', 'bolt://127.0.0.1:7687');
const timeoutS = Number(arg('timeout', '180'));
const pid = arg('pid', null);
const logFile = arg('log', null);
const quiet = process.argv.includes('--quiet');

// Resolved from the repository so this works before any build.
const neo4j = require(require.resolve('neo4j-driver', { paths: [path.resolve(__dirname, '../..')] }));

function alive(p) {
  try {
    process.kill(Number(p), 0);
    return true;
  } catch {
    return false;
  }
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

async function attempt() {
  // A server with authentication needs NEO4J_USER / NEO4J_PASSWORD; the local one has none.
  const user = process.env.NEO4J_USER;
  const auth = user ? neo4j.auth.basic(user, process.env.NEO4J_PASSWORD || '') : undefined;
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 2000 });
  try {
    await driver.verifyConnectivity();
    return null;
  } catch (e) {
    return e;
  } finally {
    await driver.close().catch(() => {});
  }
}

async function main() {
  const started = Date.now();
  let lastError = null;
  for (;;) {
    lastError = await attempt();
    if (!lastError) {
      if (!quiet) console.log(`[neo4j] Bolt answers on ${uri} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      return 0;
    }
    if (timeoutS <= 0) break;
    if (pid && !alive(pid)) {
      console.error(`[neo4j] the server process ${pid} exited before Bolt answered on ${uri}`);
      if (logFile) console.error(`---- last lines of ${logFile} ----\n${tail(logFile, 60)}`);
      return 1;
    }
    if (Date.now() - started > timeoutS * 1000) {
      console.error(`[neo4j] no answer on ${uri} after ${timeoutS}s: ${lastError.message}`);
      if (logFile) console.error(`---- last lines of ${logFile} ----\n${tail(logFile, 60)}`);
      return 1;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!quiet) console.error(`[neo4j] no answer on ${uri}: ${lastError && lastError.message}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[neo4j] ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  },
);
