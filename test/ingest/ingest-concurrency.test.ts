import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { openStore } from '../../src/graph/open-store';
import { main } from '../../src/cli/main';
import { SaysoError } from '../../src/graph/store';
import { createExtractPool, createInlineExtractor, type Extractor } from '../../src/ingest/extract-pool';
import { ingestRecord, ingestRecords, READ_AHEAD_PER_THREAD, type InputItem, type IngestSummary } from '../../src/ingest/pipeline';
import { readInputs } from '../../src/read/files';
import { syntheticArticle } from './helpers/articles';
import { killLeftovers, runSayso } from './helpers/cli';
import { ensureBuilt, ROOT } from './helpers/dist';
import { tempDir } from './helpers/tmp';

// Extraction threads load the compiled extractor when they start: seconds on a busy machine.
jest.setTimeout(180_000);

const SEEDS = path.join(ROOT, 'seeds');
const MIXED = path.join(ROOT, 'test', 'fixtures', 'bad-input', 'mixed.jsonl');

/** The seed articles with a JSONL file holding a malformed line in the middle of them. */
function inputPaths(dir: string): string[] {
  const seeds = readdirSync(SEEDS)
    .filter((f) => /\.(json|txt)$/.test(f))
    .sort()
    .map((f) => path.join(SEEDS, f));
  const mixed = path.join(dir, 'mixed.jsonl');
  copyFileSync(MIXED, mixed);
  const half = Math.floor(seeds.length / 2);
  return [...seeds.slice(0, half), mixed, ...seeds.slice(half)];
}

/** Tracks the pools the pipeline starts: how many, and whether each was closed. */
function trackedPools() {
  const pools: { size: number; closed: boolean }[] = [];
  const openPool = (size: number): Extractor => {
    const pool = createExtractPool({ size });
    const entry = { size, closed: false };
    pools.push(entry);
    return {
      size: pool.size,
      run: (r) => pool.run(r),
      close: async () => {
        await pool.close();
        entry.closed = true;
      },
    };
  };
  return { pools, openPool };
}

describe('ingestRecords on extraction threads', () => {
  const tmp = tempDir('ingest-concurrency');
  beforeAll(() => ensureBuilt(), 180_000);
  afterAll(() => {
    killLeftovers();
    tmp.cleanup();
  });

  const ingestInto = async (name: string, concurrency: number) => {
    const dir = path.join(tmp.dir, name);
    mkdirSync(dir);
    const store = createEmbeddedStore({ file: path.join(dir, 'store.sqlite') });
    const tracked = trackedPools();
    const events: string[] = [];
    try {
      const summary = await ingestRecords(store, readInputs(inputPaths(dir)), {
        concurrency,
        openPool: tracked.openPool,
        onArticle: (e) => events.push(`${e.origin.replace(dir, '<dir>')} ${'failed' in e ? 'failed' : 'stored'}`),
      });
      const articles = await store.findNodes({ label: 'Article' }, { first: 100 });
      return { summary, stats: await store.stats(), articleIds: articles.items.map((n) => n.id).sort(), events, pools: tracked.pools, dir };
    } finally {
      await store.close();
    }
  };

  it('gives the same graph, summary and failures at concurrency 1 and 2, and closes the pool', async () => {
    const one = await ingestInto('c1', 1);
    const two = await ingestInto('c2', 2);

    // Concurrency 1 extracts on this thread; 2 starts one pool of two threads and closes it.
    expect(one.pools).toEqual([]);
    expect(two.pools).toEqual([{ size: 2, closed: true }]);

    const norm = (s: IngestSummary, dir: string) => ({ ...s, failures: s.failures.map((f) => ({ ...f, origin: f.origin.replace(dir, '<dir>') })) });
    expect(norm(two.summary, two.dir)).toEqual(norm(one.summary, one.dir));
    expect(two.stats).toEqual(one.stats);
    expect(two.articleIds).toEqual(one.articleIds);
    expect(two.events).toEqual(one.events);

    // The malformed line fails alone, with its origin; the lines around it and the seeds land.
    expect(norm(one.summary, one.dir).failures).toEqual([{ origin: '<dir>/mixed.jsonl:2', error: expect.stringMatching(/^malformed JSON on line 2/) }]);
    expect(one.summary.articles).toBeGreaterThanOrEqual(7);
    expect(one.stats.totalNodes).toBeGreaterThan(0);
  });

  /**
   * A scraped page that kept only its byline, date line and credit. The record checks let it
   * through (none of its lines is cookie, sharing or subscription furniture), but cleaning the
   * text removes every line: extraction is left with no article text.
   */
  const bylineOnly = { id: 'byline-only', url: 'https://news.example.org/byline-only', text: 'By Jane Doe\nMonday, October 6, 2025 10:15 AM EST\nAdditional reporting by John Smith' };
  const BOILERPLATE_ONLY = 'only page boilerplate: no article text left after cleaning';

  it('refuses a page that is all boilerplate at concurrency 1 as at 2, and stores the articles around it', async () => {
    const items: InputItem[] = [
      { origin: 'gen:0', record: syntheticArticle(0) },
      { origin: 'byline-only.txt', record: bylineOnly },
      { origin: 'gen:2', record: syntheticArticle(2) },
    ];
    const ingestAt = async (concurrency: number) => {
      const store = createEmbeddedStore({ file: path.join(tmp.dir, `byline-only-${concurrency}.sqlite`) });
      try {
        const summary = await ingestRecords(store, items, { concurrency });
        const articles = await store.findNodes({ label: 'Article' }, { first: 100 });
        return { summary, urls: articles.items.map((n) => n.props.url).sort() };
      } finally {
        await store.close();
      }
    };
    const one = await ingestAt(1);
    const two = await ingestAt(2);

    expect(two.summary.failures).toEqual([{ origin: 'byline-only.txt', error: BOILERPLATE_ONLY }]);
    expect(one.summary).toEqual(two.summary);
    expect(one.summary.articles).toBe(2);
    expect(one.urls).toEqual([syntheticArticle(0).url, syntheticArticle(2).url]);
    expect(two.urls).toEqual(one.urls);
  });

  it('gives that page the same error code and message on the calling thread as on a thread of the pool', async () => {
    const pool = createExtractPool({ size: 1 });
    const store = createEmbeddedStore({ file: ':memory:' });
    try {
      const caught = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => e);
      const onThread = await caught(pool.run(bylineOnly));
      const inline = await caught(createInlineExtractor().run(bylineOnly));
      // The single-article path (the API's direct write) stores nothing either.
      const single = await caught(ingestRecord(store, bylineOnly));
      for (const err of [onThread, inline, single]) {
        expect(err).toBeInstanceOf(SaysoError);
        expect(err).toMatchObject({ code: 'BAD_INPUT', message: BOILERPLATE_ONLY });
      }
      expect((await store.stats()).nodes.Article ?? 0).toBe(0);
    } finally {
      await pool.close();
      await store.close();
    }
  });

  it('reads no more than a batch plus a small multiple of the concurrency ahead of what is stored', async () => {
    const store = createEmbeddedStore({ file: path.join(tmp.dir, 'read-ahead.sqlite') });
    let pulled = 0;
    let reported = 0;
    let maxAhead = 0;
    function* endless(): Generator<InputItem> {
      for (let i = 0; i < 40; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - reported);
        yield { origin: `gen:${i}`, record: syntheticArticle(i) };
      }
    }
    try {
      const summary = await ingestRecords(store, endless(), { concurrency: 2, batchSize: 5, onArticle: () => void reported++ });
      expect(summary).toMatchObject({ articles: 40, failures: [] });
      // The batch being written, the batch being filled, plus the ones read ahead of it.
      expect(maxAhead).toBeLessThanOrEqual(2 * 5 + READ_AHEAD_PER_THREAD * 2 + 1);
      expect(maxAhead).toBeGreaterThan(1);
    } finally {
      await store.close();
    }
  });

  it('closes the pool when the batch ends in an error', async () => {
    const store = createEmbeddedStore({ file: path.join(tmp.dir, 'error.sqlite') });
    const tracked = trackedPools();
    function* breaking(): Generator<InputItem> {
      for (let i = 0; i < 5; i++) yield { origin: `gen:${i}`, record: syntheticArticle(i) };
      throw new Error('the input broke');
    }
    try {
      await expect(ingestRecords(store, breaking(), { concurrency: 2, openPool: tracked.openPool })).rejects.toThrow('the input broke');
      expect(tracked.pools).toEqual([{ size: 2, closed: true }]);
    } finally {
      await store.close();
    }
  });

  it('refuses a concurrency that is not a whole number of at least 1', async () => {
    const store = createEmbeddedStore({ file: path.join(tmp.dir, 'refuse.sqlite') });
    try {
      await expect(ingestRecords(store, [], { concurrency: 0 })).rejects.toThrow(/concurrency must be a whole number of at least 1/);
      await expect(ingestRecords(store, [], { concurrency: 1.5 })).rejects.toThrow(/concurrency must be a whole number of at least 1/);
    } finally {
      await store.close();
    }
  });

  it('refuses a custom extract function or extractor version with extraction threads, which would ignore it', async () => {
    const store = createEmbeddedStore({ file: path.join(tmp.dir, 'refuse-custom.sqlite') });
    try {
      await expect(ingestRecords(store, [], { concurrency: 2, extractorVersion: 'test' })).rejects.toThrow(/custom extractor version applies on the calling thread only/);
      await expect(ingestRecords(store, [], { concurrency: 2, extract: () => { throw new Error('not called'); } })).rejects.toThrow(/custom extract function applies on the calling thread only/);
      expect((await ingestRecords(store, [], { concurrency: 1, extractorVersion: 'test' })).articles).toBe(0);
    } finally {
      await store.close();
    }
  });
});

describe('sayso ingest --concurrency', () => {
  const tmp = tempDir('ingest-cli-concurrency');
  beforeAll(() => ensureBuilt(['dist/ingest/extract-pool-thread.js', 'dist/cli/main.js']), 180_000);
  afterAll(() => {
    killLeftovers();
    tmp.cleanup();
  });

  const ingest = async (name: string, concurrency: string) => {
    const dir = path.join(tmp.dir, name);
    mkdirSync(dir);
    const run = runSayso(['ingest', '--concurrency', concurrency, ...inputPaths(dir)], { SAYSO_DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' });
    // The process ends on its own once the batch is done: the pool is closed, nothing is left open.
    const timeout = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 150_000).unref());
    const exit = await Promise.race([run.exited, timeout]);
    return { exit, output: run.output().split(dir).join('<dir>') };
  };

  it('prints the same summary and failures with 1 and 2 threads, and exits by itself', async () => {
    const one = await ingest('c1', '1');
    const two = await ingest('c2', '2');
    expect(one.exit).toEqual({ code: 1, signal: null });
    expect(two.exit).toEqual({ code: 1, signal: null });
    expect(one.output).toMatch(/^Ingested \d+ articles \(\d+ unchanged\): \d+ nodes, \d+ edges written; 1 failure\.$/m);
    expect(one.output).toMatch(/^failed: <dir>\/mixed\.jsonl:2: malformed JSON on line 2/m);
    expect(two.output).toBe(one.output);
  });

  const run = async (argv: string[]) => {
    process.exitCode = undefined;
    const out = new PassThrough();
    const err = new PassThrough();
    let stdout = '';
    let stderr = '';
    out.on('data', (c: Buffer) => (stdout += c.toString()));
    err.on('data', (c: Buffer) => (stderr += c.toString()));
    let opened = 0;
    await main(argv, {
      config: () => loadConfig({ SAYSO_DATA_DIR: path.join(tmp.dir, 'refused'), LOG_LEVEL: 'silent' }),
      openStore: (c) => {
        opened++;
        return openStore(c);
      },
      stdout: out,
      stderr: err,
    });
    const code = process.exitCode ?? 0;
    process.exitCode = undefined;
    return { stdout, stderr, code, opened };
  };

  it.each(['0', '-1', 'two', '1.5', ''])('refuses --concurrency %p with a clear message, before opening the store', async (v) => {
    const r = await run(['ingest', '--concurrency', v, SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`sayso: --concurrency must be a whole number of at least 1 (got "${v}")`);
    expect(r.opened).toBe(0);
  });

  it('documents --concurrency in its help', async () => {
    const r = await run(['ingest', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/-c, --concurrency <n>\s+articles extracted at once/);
  });
});
