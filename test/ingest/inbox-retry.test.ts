import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createEmbeddedStore } from '../../src/graph/embedded';
import type { GraphStore } from '../../src/graph/store';
import { createInlineExtractor } from '../../src/ingest/extract-pool';
import { createSqliteQueue } from '../../src/ingest/queue-sqlite';
import { createInboxWorker, type FailureReport } from '../../src/ingest/worker';
import { createArticleProcessor } from '../../src/ingest/worker-article';
import { syntheticArticle } from './helpers/articles';
import { tempDir } from './helpers/tmp';

// The first article loads the whole extractor, slow on a busy machine.
jest.setTimeout(120_000);

describe('inbox worker: store outages, dead letters and --retry', () => {
  const tmp = tempDir('inbox-retry');
  afterAll(() => tmp.cleanup());

  it('retries a store outage with backoff, gives up into failed/, and a retry later moves the file to done/', async () => {
    const inbox = path.join(tmp.dir, 'inbox');
    const file = path.join(tmp.dir, 'store.sqlite');
    mkdirSync(inbox);
    writeFileSync(path.join(inbox, 'two.jsonl'), [syntheticArticle(1), syntheticArticle(2)].map((a) => JSON.stringify(a)).join('\n'));
    const store = createEmbeddedStore({ file });
    const queue = createSqliteQueue({ file, maxAttempts: 3, backoffMs: 20 });
    let calls = 0;
    // The real store behind a connection that is down for the whole first run.
    const down: GraphStore = { ...store, upsertArticle: () => (calls++, Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:7687'))) };
    const run = (s: GraphStore) =>
      createInboxWorker({
        dir: inbox,
        queue,
        processor: createArticleProcessor({ store: s, extractor: createInlineExtractor(), storeAttempts: 2, storeRetryMs: 1 }),
        concurrency: 2,
        settleMs: 0,
        pollMs: 20,
        untilIdle: true,
      }).run();

    const first = await run(down);
    expect(first).toMatchObject({ stored: 0, failed: 2, retried: 4 });
    expect(calls).toBe(2 * 3 * 2); // 2 articles x 3 queue attempts x 2 tries each
    const report = JSON.parse(readFileSync(path.join(inbox, 'failed', 'two.jsonl.error.json'), 'utf8')) as FailureReport;
    expect(report).toMatchObject({ file: 'two.jsonl', articles: 2, stored: 0 });
    expect(report.failures.map((f) => [f.code, f.reason, f.attempts])).toEqual([
      ['STORE_UNAVAILABLE', 'store write failed: connect ECONNREFUSED 10.0.0.5:7687 (gave up after 3 attempts)', 3],
      ['STORE_UNAVAILABLE', 'store write failed: connect ECONNREFUSED 10.0.0.5:7687 (gave up after 3 attempts)', 3],
    ]);

    expect(queue.retryDeadLetters()).toBe(2);
    const second = await run(store);
    expect(second).toMatchObject({ stored: 2, failed: 0 });
    expect(existsSync(path.join(inbox, 'done', 'two.jsonl'))).toBe(true);
    expect(existsSync(path.join(inbox, 'failed', 'two.jsonl'))).toBe(false);
    expect(existsSync(path.join(inbox, 'failed', 'two.jsonl.error.json'))).toBe(false);
    expect((await store.stats()).nodes.Article).toBe(2);
    await store.close();
    queue.close();
  });

  it('recognises a file dropped again: the articles are not queued twice and the copy is put away', async () => {
    const inbox = path.join(tmp.dir, 'inbox2');
    const file = path.join(tmp.dir, 'store2.sqlite');
    mkdirSync(inbox);
    const content = JSON.stringify(syntheticArticle(3));
    writeFileSync(path.join(inbox, 'a.json'), content);
    const store = createEmbeddedStore({ file });
    const queue = createSqliteQueue({ file });
    const run = () =>
      createInboxWorker({ dir: inbox, queue, processor: createArticleProcessor({ store, extractor: createInlineExtractor() }), concurrency: 1, settleMs: 0, pollMs: 20, untilIdle: true }).run();
    expect(await run()).toMatchObject({ stored: 1 });
    writeFileSync(path.join(inbox, 'a.json'), content);
    expect(await run()).toMatchObject({ stored: 0, unchanged: 0, failed: 0 });
    expect(queue.counts()).toEqual({ pending: 0, running: 0, done: 1, failed: 0 });
    expect(existsSync(path.join(inbox, 'a.json'))).toBe(false);
    // The second copy sits beside the first under a time-stamped name.
    expect(readdirSync(path.join(inbox, 'done'))).toHaveLength(2);
    await store.close();
    queue.close();
  });
});
