import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Queue } from 'bullmq';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { EMBEDDED_FILE } from '../../src/graph/open-store';
import { createRedisConnection, redisQueueCounts } from '../../src/ingest/bullmq-queue';
import { ingestRecords } from '../../src/ingest/pipeline';
import { syntheticArticle } from '../ingest/helpers/articles';
import { runSayso, stored } from '../ingest/helpers/cli';
import { CLI, ensureBuilt, ROOT } from '../ingest/helpers/dist';
import { describeRedis, uniqueQueueName } from '../ingest/helpers/redis';
import { tempDir } from '../ingest/helpers/tmp';

const N = 200;
const articles = Array.from({ length: N }, (_, i) => syntheticArticle(1000 + i));

describeRedis('redis scale-out: two worker processes share one queue', (url) => {
  const tmp = tempDir('redis-workers');
  const name = uniqueQueueName('two-workers');
  const dataDir = path.join(tmp.dir, 'data');
  const env = { SAYSO_DATA_DIR: dataDir };
  beforeAll(() => ensureBuilt(['dist/ingest/extract-pool-thread.js', 'dist/cli/main.js']), 180_000);
  afterAll(async () => {
    const connection = createRedisConnection(url);
    const q = new Queue(name, { connection });
    await q.obliterate({ force: true });
    await q.close();
    connection.disconnect();
    tmp.cleanup();
  });

  it('drains 200 articles with two workers; the store holds each exactly once', async () => {
    const workers = [0, 1].map(() => runSayso(['worker', '--queue', url, '--queue-name', name, '--concurrency', '1'], env));
    await Promise.all(workers.map((w) => w.waitFor((logs) => logs.some((l) => l.msg === 'worker started'), 60_000)));

    const feed = path.join(tmp.dir, 'feed.jsonl');
    writeFileSync(feed, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const enq = spawnSync(process.execPath, [CLI, 'enqueue', '--queue', url, '--queue-name', name, feed], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(enq.stdout).toBe('queued 200 articles\n');
    expect(enq.status).toBe(0);

    const start = Date.now();
    while ((await redisQueueCounts({ url, name })).done < N) {
      if (Date.now() - start > 150_000) throw new Error(`queue not drained: ${JSON.stringify(await redisQueueCounts({ url, name }))}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) expect(await w.exited).toEqual({ code: 0, signal: null });

    // Both took a share, and between them every article once.
    const shares = workers.map((w) => stored(w.logs));
    expect(Math.min(...shares)).toBeGreaterThan(0);
    expect(shares[0]! + shares[1]!).toBe(N);
    expect(await redisQueueCounts({ url, name })).toMatchObject({ pending: 0, running: 0, done: N, failed: 0 });

    const store = createEmbeddedStore({ file: path.join(dataDir, EMBEDDED_FILE) });
    const urls = (await store.findNodes({ label: 'Article' }, { first: 1000 })).items.map((n) => n.props.url);
    expect(urls).toHaveLength(N);
    expect(new Set(urls)).toEqual(new Set(articles.map((a) => a.url)));
    const clean = createEmbeddedStore({ file: ':memory:' });
    await ingestRecords(clean, articles.map((record, i) => ({ origin: String(i), record })));
    expect(await store.stats()).toEqual(await clean.stats());
    await clean.close();
    await store.close();

    // The same articles again: BullMQ already holds their jobs, so nothing is added.
    const again = spawnSync(process.execPath, [CLI, 'enqueue', '--queue', url, '--queue-name', name, feed], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(again.stdout).toBe('queued 0 articles, 200 already queued\n');
  }, 240_000);
});
