import path from 'node:path';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { SaysoError, type GraphStore } from '../../src/graph/store';
import { createInlineExtractor } from '../../src/ingest/extract-pool';
import { createSqliteQueue } from '../../src/ingest/queue-sqlite';
import { createArticleProcessor, isRetriable } from '../../src/ingest/worker-article';
import { syntheticArticle } from './helpers/articles';
import { tempDir } from './helpers/tmp';

const tmp = tempDir('article');
afterAll(() => tmp.cleanup());
let n = 0;
const file = () => path.join(tmp.dir, `s${++n}.sqlite`);
const extractor = createInlineExtractor();

// The first article loads the whole extractor, slow on a busy machine.
jest.setTimeout(120_000);

describe('per-article processing', () => {
  it('stores an article once: the same content again writes nothing, a changed one replaces it', async () => {
    const store = createEmbeddedStore({ file: file() });
    const p = createArticleProcessor({ store, extractor });
    const a = syntheticArticle(1);
    const first = await p.process(a);
    expect(first.changed).toBe(true);
    expect((await p.process(a)).changed).toBe(false);
    const changed = await p.process({ ...a, text: a.text + '\n\nOfficials declined to comment further.' });
    expect(changed).toMatchObject({ articleId: first.articleId, changed: true });
    expect((await store.stats()).nodes.Article).toBe(1);
    await store.close();
  });

  it('retries a failing store write with backoff and then succeeds', async () => {
    const real = createEmbeddedStore({ file: file() });
    let failures = 2;
    // The real store behind a connection that drops twice.
    const flaky: GraphStore = {
      ...real,
      upsertArticle: (g, o) => (failures-- > 0 ? Promise.reject(new Error('SQLITE_BUSY: database is locked')) : real.upsertArticle(g, o)),
    };
    const retries: number[] = [];
    const p = createArticleProcessor({ store: flaky, extractor, storeRetryMs: 5, onStoreRetry: (_e, _a, d) => retries.push(d) });
    expect((await p.process(syntheticArticle(2))).changed).toBe(true);
    expect(retries).toEqual([5, 10]);
    await real.close();
  });

  it('hands a store error that outlasts its tries to the queue as retriable', async () => {
    const real = createEmbeddedStore({ file: file() });
    const down: GraphStore = { ...real, upsertArticle: () => Promise.reject(new Error('connection refused')) };
    const p = createArticleProcessor({ store: down, extractor, storeAttempts: 2, storeRetryMs: 1 });
    const err = await p.process(syntheticArticle(3)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE', message: 'store write failed: connection refused' });
    expect(isRetriable(err)).toBe(true);
    await real.close();
  });

  it('tries a write the store refuses as too large once, and does not hand it back for retries', async () => {
    const real = createEmbeddedStore({ file: file() });
    let calls = 0;
    const refusing: GraphStore = {
      ...real,
      upsertArticle: () => {
        calls += 1;
        return Promise.reject(new SaysoError('TOO_LARGE', 'The query needs more memory than Neo4j allows one transaction.'));
      },
    };
    const p = createArticleProcessor({ store: refusing, extractor, storeAttempts: 3, storeRetryMs: 1 });
    const err = await p.process(syntheticArticle(5)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TOO_LARGE' });
    expect(calls).toBe(1);
    expect(isRetriable(err)).toBe(false);
    await real.close();
  });

  it('refuses a bad article with a permanent BAD_INPUT reason', async () => {
    const store = createEmbeddedStore({ file: file() });
    const p = createArticleProcessor({ store, extractor });
    const err = await p.process({ text: '   ' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BAD_INPUT', message: 'empty article: the text is blank' });
    expect(isRetriable(err)).toBe(false);
    await store.close();
  });

  it('commits the graph and the queue job done mark in one transaction on the embedded store', async () => {
    const f = file();
    const queue = createSqliteQueue({ file: f });
    const store = createEmbeddedStore({ file: f });
    queue.enqueue([{ key: 'k', origin: 'o', record: syntheticArticle(4) }]);
    const job = queue.claim()!;
    const r = await createArticleProcessor({ store, extractor }).process(job.record!, { job: { id: job.id } });
    expect(queue.get(job.id)).toMatchObject({ state: 'done', articleId: r.articleId });
    await store.close();
    queue.close();
  });
});

describe('enqueueArticle', () => {
  it('puts an article on the store queue once, whoever submits it (an API mutation, a poller)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { enqueueArticle } = require('../../src/ingest/queue-open') as typeof import('../../src/ingest/queue-open');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { asIngestQueue } = require('../../src/ingest/queue') as typeof import('../../src/ingest/queue');
    const queue = asIngestQueue(createSqliteQueue({ file: file() }));
    const first = await enqueueArticle(queue, syntheticArticle(9), 'graphql:ingestArticle');
    expect(first.added).toBe(true);
    expect(await enqueueArticle(queue, syntheticArticle(9), 'graphql:ingestArticle')).toEqual({ key: first.key, added: false });
    expect((await enqueueArticle(queue, { ...syntheticArticle(9), title: 'Updated' }, 'graphql:ingestArticle')).added).toBe(true);
    expect(await queue.counts()).toEqual({ pending: 2, running: 0, done: 0, failed: 0 });
    await queue.close();
  });
});
