#!/usr/bin/env node
'use strict';
/**
 * npm run bench [-- --quick] [--only=extract,query] [--scale=10000,100000] [--memory=100000]
 *               [--runs=3] [--duration=10] [--neo4j-uri=bolt://127.0.0.1:7687]
 *
 * Prints one line per measurement, each starting with its name and ending with the target and
 * PASS or MISS. Each stage runs in its own process; progress goes to stderr.
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const os = require('node:os');
const { parseFlags } = require('./lib/util');

const STAGES = ['extract', 'ingest-embedded', 'ingest-neo4j', 'query', 'scale', 'memory'];

const HELP = `npm run bench [-- options]

Prints one line per measurement (stdout), each ending with its target and PASS or MISS;
progress goes to stderr. A full run takes about 40 minutes on 2 cores; --quick under five.

  --quick                   smaller sizes, one run each
  --only=a,b                stages to run, of: ${STAGES.join(', ')}
  --runs=N                  repetitions per stage (median reported)
  --threads=N               extraction threads for ingest (default: cores, 2 to 8)
  --extract-articles=N      extract stage size (500)
  --ingest-articles=N       ingest-embedded size (2000; quick 300)
  --neo4j-ingest-articles=N ingest-neo4j size (600; quick 120)
  --query-articles=N        query embedded store size (10000; quick 1000)
  --neo4j-query-articles=N  query neo4j store size (1000; quick 60)
  --duration=S              seconds per query load run (10; quick 5)
  --connections=N           concurrent query clients (50)
  --scale=A,B               scale sizes (10000,100000; quick 300,3000)
  --memory=N                memory stage size (100000; quick 3000)
  --neo4j-uri=URI           Neo4j for the neo4j stages (NEO4J_URI, bolt://127.0.0.1:7687);
  --neo4j-user=U, --neo4j-password=P
                            the neo4j stages are skipped when none answers
  --work-dir=DIR            scratch directory (a temporary one by default)
  --keep                    keep the scratch directory
  --stage-timeout=S         stop a stage after S seconds (7200; quick 900)
  --json=FILE               also write the results as JSON
  --help                    this text
`;

/** The options the help lists: an option it does not document is refused. */
const FLAGS = new Set([...HELP.matchAll(/--([a-z0-9][a-z0-9-]*)/g)].map((m) => m[1]));

function usageError(message) {
  process.stderr.write(`bench: ${message}\nRun \`npm run bench -- --help\` for the options.\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const { _: positional, ...args } = parseFlags(argv);
  if (positional.length > 0) usageError(`unexpected argument "${positional[0]}"`);
  for (const name of Object.keys(args)) if (!FLAGS.has(name)) usageError(`unknown option --${name}`);
  return args;
}

function options(args) {
  const quick = Boolean(args.quick);
  const num = (k, d) => (args[k] !== undefined ? Number(args[k]) : d);
  const list = (k, d) => (args[k] !== undefined ? String(args[k]).split(',').map(Number) : d);
  return {
    quick,
    extractArticles: num('extract-articles', 500),
    extractRounds: num('runs', quick ? 3 : 5),
    extractMaxMs: quick ? 60_000 : 300_000,
    ingestArticles: num('ingest-articles', quick ? 300 : 2000),
    // Neo4j writes are far slower per article: smaller sizes keep the run bounded.
    neo4jIngestArticles: num('neo4j-ingest-articles', quick ? 120 : 600),
    ingestRuns: num('runs', quick ? 1 : 3),
    threads: num('threads', Math.max(2, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8))),
    queryArticles: num('query-articles', quick ? 1000 : 10000),
    neo4jQueryArticles: num('neo4j-query-articles', quick ? 60 : 1000),
    queryDuration: num('duration', quick ? 5 : 10),
    queryRuns: num('runs', quick ? 1 : 3),
    connections: num('connections', 50),
    scale: list('scale', quick ? [300, 3000] : [10000, 100000]),
    memoryArticles: num('memory', quick ? 3000 : 100000),
    neo4jUri: args['neo4j-uri'] ?? process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    neo4jUser: args['neo4j-user'] ?? process.env.NEO4J_USER ?? 'neo4j',
    neo4jPassword: args['neo4j-password'] ?? process.env.NEO4J_PASSWORD ?? '',
    workDir: args['work-dir'] ?? path.join(os.tmpdir(), `sayso-bench-${process.pid}`),
    stageTimeoutMs: num('stage-timeout', quick ? 900 : 7200) * 1000,
  };
}

function runStage(name, opts) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(__dirname, 'stage.js'), name, JSON.stringify(opts)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      process.stderr.write(`  [bench] ${name}: over ${opts.stageTimeoutMs / 1000} s, stopping it\n`);
      child.kill('SIGKILL');
    }, opts.stageTimeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const m = /@@RESULT (.*)$/m.exec(out);
      if (m) resolve(JSON.parse(m[1]));
      else resolve({ line: `${name} error: stage exited (${signal ?? code}) without a result`, error: true });
    });
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  const opts = options(args);
  const only = args.only ? String(args.only).split(',') : STAGES;
  const unknown = only.filter((s) => !STAGES.includes(s));
  if (unknown.length) usageError(`unknown stage ${unknown.join(', ')} (stages: ${STAGES.join(', ')})`);
  const fs = require('node:fs');
  fs.mkdirSync(opts.workDir, { recursive: true });
  const started = Date.now();
  process.stderr.write(
    `  [bench] ${opts.quick ? 'quick' : 'full'} run on ${os.cpus().length} cpus (${os.cpus()[0]?.model ?? '?'}), ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}\n`,
  );
  const results = [];
  for (const name of STAGES.filter((s) => only.includes(s))) {
    const t0 = Date.now();
    const r = await runStage(name, { ...opts, label: name });
    results.push(r);
    process.stdout.write(`${r.line}\n`);
    process.stderr.write(`  [bench] ${name} took ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  if (!args['keep']) fs.rmSync(opts.workDir, { recursive: true, force: true });
  process.stderr.write(`  [bench] done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  if (args.json) fs.writeFileSync(String(args.json), JSON.stringify(results, null, 2));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
