import path from 'node:path';
import { Queue } from 'bullmq';
import { createEmbeddedStore } from '../../src/graph/embedded';
import type { GraphStore } from '../../src/graph/store';
import { createRedisConnection, createRedisWorker, enqueueToRedis, redisDeadLetters, redisQueueCounts } from '../../src/ingest/bullmq-queue';
import { createInlineExtractor } from '../../src/ingest/extract-pool';
import type { FileItem } from '../../src/ingest/inbox-read';
import { createArticleProcessor } from '../../src/ingest/worker-article';
import { syntheticArticle } from './helpers/articles';
import { describeRedis, uniqueQueueName } from './helpers/redis';
import { tempDir } from './helpers/tmp';

const tmp = tempDir('redis');
afterAll(() => tmp.cleanup());
let n = 0;
const storeFile = () => path.join(tmp.dir, `s${++n}.sqlite`);
const items = (from: number, count: number): FileItem[] => Array.from({ length: count }, (_, i) => ({ origin: `batch.jsonl:${from + i}`, record: syntheticArticle(from + i) }));

async function until(check: () => Promise<boolean>, timeoutMs = 90_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for the queue');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeRedis('BullMQ queue on a real Redis', (url) => {
  const names: string[] = [];
  const queueName = (label: string) => {
    const name = uniqueQueueName(label);
    names.push(name);
    return name;
  };
  // Loading the extractor is the slow part on a busy machine; do it once, before the clocks start.
  beforeAll(() => createInlineExtractor().run(syntheticArticle(0)), 120_000);
  afterAll(async () => {
    const connection = createRedisConnection(url);
    for (const name of names) {
      const q = new Queue(name, { connection });
      await q.obliterate({ force: true });
      await q.close();
    }
    connection.disconnect();
  });

  it('drains enqueued articles into the store, and the same articles again add nothing', async () => {
    const name = queueName('drain');
    const store = createEmbeddedStore({ file: storeFile() });
    expect(await enqueueToRedis({ url, name, maxAttempts: 3, backoffMs: 10 }, items(0, 12))).toEqual({ added: 12, known: 0, refused: 0 });
    expect(await enqueueToRedis({ url, name, maxAttempts: 3, backoffMs: 10 }, items(0, 12))).toEqual({ added: 0, known: 12, refused: 0 });
    const worker = createRedisWorker({ url, name, concurrency: 2, processor: createArticleProcessor({ store, extractor: createInlineExtractor() }) });
    const running = worker.run();
    await until(async () => (await redisQueueCounts({ url, name })).done === 12);
    worker.stop();
    expect(await running).toMatchObject({ stored: 12, failed: 0 });
    expect((await store.stats()).nodes.Article).toBe(12);
    await store.close();
  }, 120_000);

  it('retries store errors with backoff until the write lands', async () => {
    const name = queueName('retry');
    const real = createEmbeddedStore({ file: storeFile() });
    let failures = 2;
    const flaky: GraphStore = { ...real, upsertArticle: (g, o) => (failures-- > 0 ? Promise.reject(new Error('connection reset')) : real.upsertArticle(g, o)) };
    await enqueueToRedis({ url, name, maxAttempts: 5, backoffMs: 20 }, items(100, 1));
    const worker = createRedisWorker({ url, name, concurrency: 1, processor: createArticleProcessor({ store: flaky, extractor: createInlineExtractor(), storeAttempts: 1 }) });
    const running = worker.run();
    await until(async () => (await redisQueueCounts({ url, name })).done === 1);
    worker.stop();
    expect(await running).toMatchObject({ stored: 1, retried: 2, failed: 0 });
    await real.close();
  }, 120_000);

  it('sends bad articles and unreadable lines to the dead letters with reasons; --retry re-runs the retriable ones', async () => {
    const name = queueName('dead');
    const store = createEmbeddedStore({ file: storeFile() });
    const bad: FileItem[] = [
      { origin: 'feed.jsonl:2', error: { code: 'BAD_INPUT', message: 'line 2: malformed JSON: Unexpected end of JSON input' } },
      { origin: 'blank.json', record: { url: 'https://news.example.org/blank', text: '  ' } },
    ];
    expect(await enqueueToRedis({ url, name, maxAttempts: 3, backoffMs: 10 }, [...items(200, 2), ...bad])).toEqual({ added: 3, known: 0, refused: 1 });
    const worker = createRedisWorker({ url, name, concurrency: 2, processor: createArticleProcessor({ store, extractor: createInlineExtractor() }) });
    const running = worker.run();
    await until(async () => {
      const c = await redisQueueCounts({ url, name });
      return c.done === 2 && c.failed === 2;
    });
    const { letters } = await redisDeadLetters({ url, name });
    expect(letters.map((l) => [l.origin, l.reason, l.attempts]).sort()).toEqual([
      ['blank.json', 'empty article: the text is blank', 1],
      ['feed.jsonl:2', 'line 2: malformed JSON: Unexpected end of JSON input', 1],
    ]);
    // A retry of an unreadable line would fail the same way: only jobs holding an article go back.
    expect((await redisDeadLetters({ url, name }, { retry: true })).retried).toBe(1);
    await until(async () => (await redisQueueCounts({ url, name })).failed === 2);
    worker.stop();
    expect((await running).failed).toBe(3);
    expect((await store.stats()).nodes.Article).toBe(2);
    await store.close();
  }, 120_000);
});
