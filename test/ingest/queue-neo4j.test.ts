import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { createApi } from '../../src/api/yoga';
import { loadConfig } from '../../src/config';
import { createNeo4jStore } from '../../src/graph/neo4j';
import { createInlineExtractor } from '../../src/ingest/extract-pool';
import type { IngestQueue } from '../../src/ingest/queue';
import { createNeo4jQueue } from '../../src/ingest/queue-neo4j';
import { createInboxWorker } from '../../src/ingest/worker';
import { createArticleProcessor } from '../../src/ingest/worker-article';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from '../neo4j/neo4j-test-server';
import { syntheticArticle } from './helpers/articles';
import { tempDir } from './helpers/tmp';

const rec = (i: number) => syntheticArticle(i);

describeNeo4j('Neo4j job queue: (:Job) nodes beside the graph', (target) => {
  let release: (() => void) | null = null;
  const open: IngestQueue[] = [];
  const queue = (o: Partial<Parameters<typeof createNeo4jQueue>[0]> = {}) => {
    const q = createNeo4jQueue({ ...target, ...o });
    open.push(q);
    return q;
  };
  const tmp = tempDir('neo4j-queue');
  beforeAll(async () => {
    release = await lockNeo4j(target);
  }, 600_000);
  beforeEach(() => wipeNeo4j(target));
  afterEach(async () => {
    for (const q of open.splice(0)) await q.close();
  });
  afterAll(() => {
    release?.();
    tmp.cleanup();
  });

  it('adds each key once and hands each job to exactly one of several racing claimers', async () => {
    const a = queue({ owner: 'a:1' });
    const b = queue({ owner: 'b:2' });
    expect(await a.enqueue(Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, origin: `o${i}`, record: rec(i) })))).toEqual({ added: 30, known: 0 });
    expect(await b.enqueue([{ key: 'k1', origin: 'o1', record: rec(1) }, { key: 'k30', origin: 'o30', record: rec(30) }])).toEqual({ added: 1, known: 1 });
    const claimed: number[] = [];
    const drain = async (q: IngestQueue) => {
      for (let j = await q.claim(); j; j = await q.claim()) claimed.push(j.id);
    };
    await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    expect(claimed).toHaveLength(31);
    expect(new Set(claimed).size).toBe(31);
    expect(await a.counts()).toEqual({ pending: 0, running: 31, done: 0, failed: 0 });
  }, 60_000);

  it('retries with backoff, dead-letters with the reason, and --retry brings jobs back', async () => {
    const q = queue({ maxAttempts: 2, backoffMs: 1 });
    await q.enqueue([
      { key: 'a', origin: 'a.json', record: rec(1) },
      { key: 'b', origin: 'b.jsonl:2', failed: { code: 'BAD_INPUT', message: 'line 2: malformed JSON' } },
    ]);
    const first = (await q.claim())!;
    expect(await q.fail(first.id, { code: 'STORE_UNAVAILABLE', message: 'leader switch' }, true)).toBe('pending');
    await new Promise((r) => setTimeout(r, 20));
    const second = (await q.claim())!;
    expect(second).toMatchObject({ id: first.id, attempts: 2 });
    expect(await q.fail(second.id, { code: 'STORE_UNAVAILABLE', message: 'leader switch' }, true)).toBe('failed');
    expect((await q.deadLetters()).map((j) => [j.origin, j.lastError])).toEqual([
      ['a.json', 'leader switch (gave up after 2 attempts)'],
      ['b.jsonl:2', 'line 2: malformed JSON'],
    ]);
    expect(await q.retryDeadLetters()).toBe(1);
    expect(await q.counts()).toEqual({ pending: 1, running: 0, done: 0, failed: 1 });
  }, 60_000);

  it('claims one job by key now; done and failed jobs come back with fresh attempts', async () => {
    const q = queue({ owner: 'api:1' });
    await q.enqueue([1, 2].map((i) => ({ key: `k${i}`, origin: `o${i}`, record: rec(i) })));
    const job = (await q.claimKey('k2'))!;
    expect(job).toMatchObject({ key: 'k2', state: 'running', attempts: 1 });
    expect(await queue({ owner: 'w:2' }).claimKey('k2')).toBeNull();
    expect((await q.claim())!.key).toBe('k1');
    await q.complete(job.id, 'article:2');
    expect(await q.claimKey('k2')).toMatchObject({ id: job.id, state: 'running', attempts: 1 });
    expect(await q.fail(job.id, { code: 'BAD_INPUT', message: 'empty article' }, false)).toBe('failed');
    expect(await q.claimKey('k2')).toMatchObject({ id: job.id, attempts: 1 });
    expect(await q.claimKey('nope')).toBeNull();
  }, 60_000);

  it('ingestArticle over Neo4j: a queue job done with the graph, or a dead letter with the BAD_INPUT reason', async () => {
    const store = createNeo4jStore(target);
    const q = queue();
    try {
      const yoga = createApi({ store, config: loadConfig({}), queue: q, logError: () => undefined });
      const ingest = async (input: Record<string, unknown>) =>
        (await (
          await yoga.fetch('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ query: `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId changed nodes } }`, variables: { input } }),
          })
        ).json()) as { data?: { ingestArticle: { articleId: string; changed: boolean; nodes: number } | null }; errors?: { message: string; extensions: { code: string } }[] };
      const { text, url, title } = rec(3);
      const ok = await ingest({ text, url, title });
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.ingestArticle).toMatchObject({ changed: true });
      const bad = await ingest({ text: '\u0000\u0001\u0002 not text' });
      expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_INPUT' }, message: expect.stringMatching(/binary content/) });
      expect(await q.counts()).toEqual({ pending: 0, running: 0, done: 1, failed: 1 });
      expect((await q.deadLetters()).map((j) => [j.origin, j.errorCode])).toEqual([['graphql', 'BAD_INPUT']]);
      expect((await store.stats()).nodes.Article).toBe(1);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('puts back the jobs of a worker that died', async () => {
    const dead = queue({ owner: `${hostname()}:2147483646` });
    await dead.enqueue([{ key: 'k', origin: 'o', record: rec(1) }]);
    await dead.claim();
    expect(await queue().recoverStale()).toBe(1);
    expect((await queue().counts()).pending).toBe(1);
  }, 60_000);

  it('commits the article and its done mark in one Neo4j transaction, and drains an inbox', async () => {
    const store = createNeo4jStore(target);
    const q = queue();
    try {
      await q.enqueue([{ key: 'k', origin: 'o', record: rec(7) }]);
      const job = (await q.claim())!;
      const r = await createArticleProcessor({ store, extractor: createInlineExtractor() }).process(job.record!, { job: { id: job.id } });
      expect(await q.get(job.id)).toMatchObject({ state: 'done', articleId: r.articleId });

      const inbox = path.join(tmp.dir, 'inbox');
      mkdirSync(inbox);
      writeFileSync(path.join(inbox, 'feed.jsonl'), [rec(8), rec(9), rec(10)].map((a) => JSON.stringify(a)).join('\n') + '\n{"broken":\n');
      const counters = await createInboxWorker({
        dir: inbox,
        queue: q,
        processor: createArticleProcessor({ store, extractor: createInlineExtractor() }),
        concurrency: 2,
        commitWithGraph: true,
        settleMs: 0,
        pollMs: 50,
        untilIdle: true,
      }).run();
      expect(counters).toMatchObject({ stored: 3, failed: 1 });
      expect(readdirSync(path.join(inbox, 'failed'))).toEqual(['feed.jsonl', 'feed.jsonl.error.json']);
      expect((await store.stats()).nodes.Article).toBe(4);
      expect(await q.counts()).toEqual({ pending: 0, running: 0, done: 4, failed: 1 });
    } finally {
      await store.close();
    }
  }, 120_000);
});
