import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { EMBEDDED_FILE } from '../../src/graph/open-store';
import { ingestRecords } from '../../src/ingest/pipeline';
import { syntheticArticle } from '../ingest/helpers/articles';
import { killLeftovers, runSayso, stored } from '../ingest/helpers/cli';
import { ensureBuilt } from '../ingest/helpers/dist';
import { tempDir } from '../ingest/helpers/tmp';

const N = 200;
const articles = Array.from({ length: N }, (_, i) => syntheticArticle(i));

function queueCounts(dataDir: string) {
  const db = new Database(path.join(dataDir, EMBEDDED_FILE), { readonly: true });
  try {
    return Object.fromEntries(db.prepare<[], { state: string; c: number }>('SELECT state, COUNT(*) AS c FROM jobs GROUP BY state').all().map((r) => [r.state, r.c]));
  } finally {
    db.close();
  }
}

describe('sayso worker --inbox: crash safety and graceful stop', () => {
  const tmp = tempDir('worker-crash');
  beforeAll(() => ensureBuilt(['dist/ingest/extract-pool-thread.js', 'dist/cli/main.js']), 180_000);
  afterAll(() => {
    killLeftovers();
    tmp.cleanup();
  });

  it('killed with SIGKILL in the middle of 200 articles and restarted, the store holds each exactly once', async () => {
    const dataDir = path.join(tmp.dir, 'crash-data');
    const inbox = path.join(tmp.dir, 'crash-inbox');
    mkdirSync(inbox, { recursive: true });
    writeFileSync(path.join(inbox, 'batch.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const env = { SAYSO_DATA_DIR: dataDir };
    const args = ['worker', '--inbox', inbox, '--concurrency', '2', '--poll', '100', '--settle', '0'];

    const first = runSayso(args, env);
    await first.waitFor((logs) => stored(logs) >= 20, 90_000);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const mid = queueCounts(dataDir);
    expect(mid.done ?? 0).toBeGreaterThanOrEqual(20);
    expect(mid.done ?? 0).toBeLessThan(N);
    expect(readdirSync(inbox)).toContain('batch.jsonl');

    const second = runSayso([...args, '--until-idle'], env);
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(second.output()).toMatch(/put back in the queue|worker started/);

    expect(queueCounts(dataDir)).toEqual({ done: N });
    expect(readdirSync(path.join(inbox, 'done'))).toEqual(['batch.jsonl']);

    const store = createEmbeddedStore({ file: path.join(dataDir, EMBEDDED_FILE) });
    const page = await store.findNodes({ label: 'Article' }, { first: 1000 });
    const urls = page.items.map((n) => n.props.url);
    expect(urls).toHaveLength(N);
    expect(new Set(urls)).toEqual(new Set(articles.map((a) => a.url)));
    // Nothing doubled anywhere: the graph equals that of one uninterrupted run.
    const clean = createEmbeddedStore({ file: ':memory:' });
    await ingestRecords(clean, articles.map((record, i) => ({ origin: String(i), record })));
    expect(await store.stats()).toEqual(await clean.stats());
    await clean.close();
    await store.close();
  }, 180_000);

  it('on SIGTERM finishes the articles in hand and exits 0', async () => {
    const dataDir = path.join(tmp.dir, 'term-data');
    const inbox = path.join(tmp.dir, 'term-inbox');
    mkdirSync(inbox, { recursive: true });
    writeFileSync(path.join(inbox, 'batch.jsonl'), articles.slice(0, 100).map((a) => JSON.stringify(a)).join('\n') + '\n');
    const w = runSayso(['worker', '--inbox', inbox, '--concurrency', '2', '--poll', '100', '--settle', '0'], { SAYSO_DATA_DIR: dataDir });
    await w.waitFor((logs) => stored(logs) >= 5, 90_000);
    w.child.kill('SIGTERM');
    expect(await w.exited).toEqual({ code: 0, signal: null });
    expect(w.logs.some((l) => l.msg === 'worker stopped')).toBe(true);
    const counts = queueCounts(dataDir);
    // Nothing left half-done: every article taken was finished.
    expect(counts.running ?? 0).toBe(0);
    expect(counts.done).toBe(stored(w.logs));
  }, 120_000);
});
