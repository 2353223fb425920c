import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';

/**
 * Where the Neo4j tests find their server, and whether they run at all.
 *
 * NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD) wins; otherwise the local server that
 * `npm run neo4j:start` runs on bolt://127.0.0.1:7687. When nothing answers the tests are
 * skipped with a loud line, except under CI=true, where they must run and fail.
 * The tests own that database: they wipe it.
 */

export interface Neo4jTarget {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export function neo4jTarget(): Neo4jTarget {
  return {
    uri: process.env.NEO4J_URI || 'bolt://127.0.0.1:7687',
    user: process.env.NEO4J_USER || undefined,
    password: process.env.NEO4J_PASSWORD || undefined,
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

export function isCi(): boolean {
  return /^(1|true|yes)$/i.test(process.env.CI ?? '');
}

/** Synchronous, so a test file can decide between describe and describe.skip at load time. */
export function neo4jReachable(target: Neo4jTarget): boolean {
  const script = resolve(__dirname, '../../scripts/neo4j/wait-for-bolt.js');
  const res = spawnSync(process.execPath, [script, '--uri', target.uri, '--timeout', '0', '--quiet'], {
    env: { ...process.env, NEO4J_USER: target.user ?? '', NEO4J_PASSWORD: target.password ?? '' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return res.status === 0;
}

/**
 * `describe` when Neo4j answers; under CI a failing test naming the problem when it does
 * not; otherwise `describe.skip` after a loud SKIPPED line.
 */
export function describeNeo4j(name: string, body: (target: Neo4jTarget) => void): void {
  const target = neo4jTarget();
  if (neo4jReachable(target)) {
    describe(name, () => body(target));
    return;
  }
  const why = `no server at ${target.uri} (run npm run neo4j:start or set NEO4J_URI)`;
  if (isCi()) {
    describe(name, () => {
      test('Neo4j is reachable (required under CI=true)', () => {
        throw new Error(`Neo4j tests cannot run: ${why}`);
      });
    });
    return;
  }
  const line = `SKIPPED: Neo4j tests — ${why}`;
  process.stderr.write(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n\n`);
  describe.skip(name, () => body(target));
}

/** Deletes everything in the test database. */
export async function wipeNeo4j(target: Neo4jTarget): Promise<void> {
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
  const session = driver.session({ database: target.database });
  try {
    // A writer outside the test lock (a benchmark, a developer's worker) can deadlock the wipe;
    // Neo4j calls that transient, so it is retried a few times before it counts as a failure.
    for (let attempt = 1; ; attempt++) {
      try {
        // Links first, in batches: detaching a node that holds every article's link (a country
        // in a large store) in one inner transaction can exceed the transaction memory limit.
        await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
        break;
      } catch (err) {
        const code = String((err as { code?: unknown }).code ?? '');
        if (attempt >= 5 || !code.startsWith('Neo.TransientError')) throw err;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  } finally {
    await session.close();
    await driver.close();
  }
}

/**
 * Neo4j test files share one database and jest runs files in parallel: each file holds this
 * cross-process lock while it uses the server.
 */
export async function lockNeo4j(target: Neo4jTarget, timeoutMs = 600_000): Promise<() => void> {
  const dir = join(tmpdir(), `sayso-neo4j-test-${target.uri.replace(/[^A-Za-z0-9]+/g, '_')}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      } catch {
        // The holder is between mkdir and writing its pid.
      }
      if (Number.isFinite(holder) && holder > 0 && !alive(holder)) rmSync(dir, { recursive: true, force: true });
      if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for the Neo4j test lock ${dir}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface PlanStep {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanStep[];
}

/** A statement's plan (EXPLAIN, parameters unbound), depth first, one "operator details" line per step. */
export async function planSteps(target: Neo4jTarget, statement: string): Promise<string[]> {
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
  try {
    const res = await driver.executeQuery(`EXPLAIN ${statement}`, {}, { database: target.database });
    const steps: string[] = [];
    const walk = (p: PlanStep) => {
      steps.push(`${p.operatorType} ${String(p.arguments.Details ?? '')}`);
      p.children.forEach(walk);
    };
    walk(res.summary.plan as unknown as PlanStep);
    return steps;
  } finally {
    await driver.close();
  }
}
