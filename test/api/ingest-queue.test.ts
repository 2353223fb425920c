import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config';
import { EMBEDDED_FILE, openStore } from '../../src/graph/open-store';
import type { GraphStore } from '../../src/graph/store';
import type { IngestQueue } from '../../src/ingest/queue';
import { openIngestQueue } from '../../src/ingest/queue-open';
import { createHarness } from './harness';

const article = {
  id: 'queued-one',
  url: 'https://example.org/queued',
  title: 'Kim speaks',
  source: 'Example News',
  published: '2025-11-01',
  text: 'Kim Jong Un said on Saturday that talks with the United States could resume if sanctions were lifted.',
};
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId changed nodes edges article { title } } }`;

interface JobRow {
  id: number;
  origin: string;
  state: string;
  attempts: number;
  article_id: string | null;
  error_code: string | null;
  last_error: string | null;
}

/** The API over the embedded store in a data folder, with the store's own durable queue. */
describe('ingestArticle through the durable queue (embedded store)', () => {
  let dir: string;
  let config: Config;
  let queue: IngestQueue;
  let store: GraphStore;
  let h: Awaited<ReturnType<typeof createHarness>>;
  const jobs = (): JobRow[] => {
    const db = new Database(join(dir, EMBEDDED_FILE), { readonly: true });
    try {
      return db.prepare<[], JobRow>('SELECT id, origin, state, attempts, article_id, error_code, last_error FROM jobs ORDER BY id').all();
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sayso-api-queue-'));
    config = loadConfig({ SAYSO_DATA_DIR: dir });
    queue = openIngestQueue(config);
    store = await openStore(config);
    h = await createHarness({ store, queue });
  });
  afterEach(async () => {
    await queue.close();
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the article, and the queue shows its job done with the same article id', async () => {
    const r = await h.gql(INGEST, { input: article });
    expect(r.errors).toBeUndefined();
    const res = r.data.ingestArticle;
    expect(res).toMatchObject({ changed: true, article: { title: 'Kim speaks' } });
    expect(res.articleId).toMatch(/^article:/);
    expect(res.nodes).toBeGreaterThan(0);
    expect(res.edges).toBeGreaterThan(0);
    expect(await queue.counts()).toEqual({ pending: 0, running: 0, done: 1, failed: 0 });
    expect(jobs()).toEqual([expect.objectContaining({ origin: 'graphql', state: 'done', attempts: 1, article_id: res.articleId, error_code: null })]);
    expect((await store.getNodes([res.articleId]))[0]).toMatchObject({ label: 'Article' });

    // The same article again is the same job, processed again: nothing changes.
    const again = await h.gql(INGEST, { input: article });
    expect(again.errors).toBeUndefined();
    expect(again.data.ingestArticle).toMatchObject({ articleId: res.articleId, changed: false });
    expect(jobs()).toEqual([expect.objectContaining({ state: 'done', attempts: 1, article_id: res.articleId })]);

    // Deleted, then sent again: it is back.
    expect((await h.gql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: res.articleId })).data.deleteArticle).toBe(true);
    const back = await h.gql(INGEST, { input: article });
    expect(back.data.ingestArticle).toMatchObject({ articleId: res.articleId, changed: true, article: { title: 'Kim speaks' } });
    expect(await queue.counts()).toEqual({ pending: 0, running: 0, done: 1, failed: 0 });
  });

  it('gives BAD_INPUT with the reason for a bad article and leaves it among the dead letters', async () => {
    const before = await store.stats();
    const empty = await h.gql(INGEST, { input: { ...article, text: '   ' } });
    expect(empty.data?.ingestArticle ?? null).toBeNull();
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_INPUT' });
    expect(empty.errors![0]!.message).toMatch(/empty article/);

    const binary = await h.gql(INGEST, { input: { ...article, url: 'https://example.org/binary', text: `PK\u0003\u0004\u0000\u0000${'\u0001\u0002abc'.repeat(50)}` } });
    expect(binary.errors![0]!.extensions).toMatchObject({ code: 'BAD_INPUT' });
    expect(binary.errors![0]!.message).toMatch(/binary content/);

    expect(await queue.counts()).toEqual({ pending: 0, running: 0, done: 0, failed: 2 });
    const dead = await queue.deadLetters();
    expect(dead.map((j) => [j.origin, j.errorCode, j.lastError])).toEqual([
      ['graphql', 'BAD_INPUT', expect.stringMatching(/empty article/)],
      ['graphql', 'BAD_INPUT', expect.stringMatching(/binary content/)],
    ]);
    expect(await store.stats()).toEqual(before);

    // The server carries on: a good article right after is stored.
    const ok = await h.gql(INGEST, { input: article });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.ingestArticle.changed).toBe(true);
    expect(await queue.counts()).toEqual({ pending: 0, running: 0, done: 1, failed: 2 });
  });

  it('answers while a worker holds the same article, and leaves that job to the worker', async () => {
    // A worker process on the same file has the job in hand (claimed, not finished).
    const first = await h.gql(INGEST, { input: article });
    const worker = openIngestQueue(config);
    try {
      const key = (await worker.get(jobs()[0]!.id))!.key;
      expect(await worker.claimKey(key)).toMatchObject({ state: 'running' });
    } finally {
      await worker.close();
    }
    const r = await h.gql(INGEST, { input: article });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle).toMatchObject({ articleId: first.data.ingestArticle.articleId, changed: false });
    expect(jobs()).toEqual([expect.objectContaining({ state: 'running' })]);
  });
});
