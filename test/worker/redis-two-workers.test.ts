import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Queue } from 'bullmq';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { createNeo4jStore } from '../../src/graph/neo4j';
import type { GraphStore } from '../../src/graph/store';
import { EMBEDDED_FILE } from '../../src/graph/open-store';
import { createRedisConnection, redisQueueCounts } from '../../src/ingest/bullmq-queue';
import { ingestRecords } from '../../src/ingest/pipeline';
import { syntheticArticle } from '../ingest/helpers/articles';
import { killLeftovers, runSayso, stored } from '../ingest/helpers/cli';
import { CLI, ensureBuilt, ROOT } from '../ingest/helpers/dist';
import { describeRedis, uniqueQueueName } from '../ingest/helpers/redis';
import { tempDir } from '../ingest/helpers/tmp';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from '../neo4j/neo4j-test-server';

const N = 200;
const articles = Array.from({ length: N }, (_, i) => syntheticArticle(1000 + i));

describeRedis('redis scale-out: two worker processes share one queue', (url) => {
  const tmp = tempDir('redis-workers');
  const name = uniqueQueueName('two-workers');
  const names = [name];
  const dataDir = path.join(tmp.dir, 'data');
  const env = { SAYSO_DATA_DIR: dataDir };
  beforeAll(() => ensureBuilt(['dist/ingest/extract-pool-thread.js', 'dist/cli/main.js']), 180_000);
  afterAll(async () => {
    killLeftovers();
    const connection = createRedisConnection(url);
    for (const n of names) {
      const q = new Queue(n, { connection });
      await q.obliterate({ force: true });
      await q.close();
    }
    connection.disconnect();
    tmp.cleanup();
  });

  /** Two `sayso worker --queue` processes on one queue; returns when the queue is drained and both exited 0. */
  async function drainWithTwoWorkers(queueName: string, storeEnv: Record<string, string>) {
    const workers = [0, 1].map(() => runSayso(['worker', '--queue', url, '--queue-name', queueName, '--concurrency', '1'], { ...env, ...storeEnv }));
    await Promise.all(workers.map((w) => w.waitFor((logs) => logs.some((l) => l.msg === 'worker started'), 60_000)));

    const feed = path.join(tmp.dir, `${queueName}.jsonl`);
    writeFileSync(feed, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const enqueue = () => spawnSync(process.execPath, [CLI, 'enqueue', '--queue', url, '--queue-name', queueName, feed], { cwd: ROOT, env: { ...process.env, ...env, ...storeEnv }, encoding: 'utf8' });
    const enq = enqueue();
    expect(enq.stdout).toBe('queued 200 articles\n');
    expect(enq.status).toBe(0);

    const start = Date.now();
    while ((await redisQueueCounts({ url, name: queueName })).done < N) {
      if (Date.now() - start > 150_000) throw new Error(`queue not drained: ${JSON.stringify(await redisQueueCounts({ url, name: queueName }))}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) expect(await w.exited).toEqual({ code: 0, signal: null });

    // Both took a share, and between them every article once.
    const shares = workers.map((w) => stored(w.logs));
    expect(Math.min(...shares)).toBeGreaterThan(0);
    expect(shares[0]! + shares[1]!).toBe(N);
    expect(await redisQueueCounts({ url, name: queueName })).toMatchObject({ pending: 0, running: 0, done: N, failed: 0 });

    // The same articles again: BullMQ already holds their jobs, so nothing is added.
    expect(enqueue().stdout).toBe('queued 0 articles, 200 already queued\n');
  }

  async function expectEachOnce(store: GraphStore) {
    const urls = (await store.findNodes({ label: 'Article' }, { first: 1000 })).items.map((n) => n.props.url);
    expect(urls).toHaveLength(N);
    expect(new Set(urls)).toEqual(new Set(articles.map((a) => a.url)));
    // Nothing doubled anywhere: the graph equals that of one uninterrupted run.
    const clean = createEmbeddedStore({ file: ':memory:' });
    await ingestRecords(clean, articles.map((record, i) => ({ origin: String(i), record })));
    expect(await store.stats()).toEqual(await clean.stats());
    await clean.close();
  }

  it('drains 200 articles with two workers into the embedded store; each stored exactly once', async () => {
    await drainWithTwoWorkers(name, {});
    const store = createEmbeddedStore({ file: path.join(dataDir, EMBEDDED_FILE) });
    await expectEachOnce(store);
    await store.close();
  }, 240_000);

  describeNeo4j('writing to Neo4j', (target) => {
    let release: (() => void) | null = null;
    beforeAll(async () => {
      release = await lockNeo4j(target);
      await wipeNeo4j(target);
    }, 600_000);
    afterAll(() => release?.());

    it('drains 200 articles with two workers into Neo4j; each stored exactly once', async () => {
      const queueName = uniqueQueueName('two-workers-neo4j');
      names.push(queueName);
      await drainWithTwoWorkers(queueName, {
        SAYSO_STORE: 'neo4j',
        NEO4J_URI: target.uri,
        NEO4J_USER: target.user ?? 'neo4j',
        // A server without authentication takes any password; the configuration wants one.
        NEO4J_PASSWORD: target.password ?? 'no-auth',
        ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
      });
      const store = createNeo4jStore(target);
      await expectEachOnce(store);
      await store.close();
    }, 300_000);
  });
});
