import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { createInlineExtractor } from '../../src/ingest/extract-pool';
import { createSqliteQueue } from '../../src/ingest/queue-sqlite';
import { createInboxWorker, type FailureReport } from '../../src/ingest/worker';
import { createArticleProcessor } from '../../src/ingest/worker-article';
import { syntheticArticle } from './helpers/articles';
import { tempDir } from './helpers/tmp';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'bad-input');

/**
 * Every kind of bad input dropped into one inbox next to good articles: each bad one ends in
 * failed/ with a clear reason, the good ones (and the good lines of a broken JSONL file) land,
 * and the worker never stops.
 */
describe('inbox worker with bad input', () => {
  const tmp = tempDir('bad-input');
  const inbox = path.join(tmp.dir, 'inbox');
  const file = path.join(tmp.dir, 'store.sqlite');
  let reports: Record<string, FailureReport>;
  let done: string[];
  let articles: { url: unknown; text: unknown }[];

  beforeAll(async () => {
    mkdirSync(inbox);
    for (const f of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, f), path.join(inbox, f));
    // 20 MB of text, made here rather than kept in the repository.
    writeFileSync(path.join(inbox, 'huge.txt'), 'Officials said the talks would continue. '.repeat(Math.ceil((20 * 1024 * 1024) / 41)));
    writeFileSync(path.join(inbox, 'good.json'), JSON.stringify(syntheticArticle(1)));

    const store = createEmbeddedStore({ file });
    const queue = createSqliteQueue({ file });
    const worker = createInboxWorker({
      dir: inbox,
      queue,
      processor: createArticleProcessor({ store, extractor: createInlineExtractor() }),
      concurrency: 2,
      commitWithGraph: true,
      settleMs: 0,
      pollMs: 50,
      untilIdle: true,
    });
    await worker.run();
    const failedDir = path.join(inbox, 'failed');
    reports = Object.fromEntries(
      readdirSync(failedDir)
        .filter((f) => f.endsWith('.error.json'))
        .map((f) => [f.replace(/\.error\.json$/, ''), JSON.parse(readFileSync(path.join(failedDir, f), 'utf8')) as FailureReport]),
    );
    done = readdirSync(path.join(inbox, 'done')).sort();
    const page = await store.findNodes({ label: 'Article' }, { first: 100 });
    articles = page.items.map((n) => ({ url: n.props.url, text: n.props.text }));
    await store.close();
    queue.close();
  }, 180_000);
  afterAll(() => tmp.cleanup());

  const reason = (name: string, i = 0) => reports[name]?.failures[i]?.reason;

  it('leaves the inbox empty: every file is put away', () => {
    expect(readdirSync(inbox).sort()).toEqual(['done', 'failed']);
  });

  it('empty file', () => expect(reason('empty.txt')).toBe('empty file: nothing to read'));
  it('binary file', () => expect(reason('binary.json')).toMatch(/^binary file: not text/));
  it('20 MB text', () => expect(reason('huge.txt')).toMatch(/^too large: 20\.0 MB of text exceeds the 2\.0 MB limit/));
  it('invalid UTF-8', () => expect(reason('invalid-utf8.txt')).toMatch(/^invalid UTF-8 at byte \d+/));
  it('only boilerplate', () => expect(reason('boilerplate.txt')).toMatch(/^only page boilerplate/));
  it('non-English text in another script', () => expect(reason('korean.txt')).toMatch(/^not English: the text is mostly Hangul script/));
  it('non-English text in Latin script', () => expect(reason('french.txt')).toMatch(/^not English: only [\d.]+% of words are common English words/));
  it('HTML that is nothing but script', () => expect(reason('only-script.html')).toMatch(/^no article text in the page/));

  it('a malformed JSON line fails alone: the lines around it land', () => {
    const r = reports['mixed.jsonl']!;
    expect(r).toMatchObject({ articles: 3, stored: 2 });
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatchObject({ origin: 'mixed.jsonl:2', code: 'BAD_INPUT' });
    expect(r.failures[0]!.reason).toMatch(/^line 2: malformed JSON/);
    const urls = articles.map((a) => a.url);
    expect(urls).toEqual(expect.arrayContaining(['https://news.example.org/mixed-1', 'https://news.example.org/mixed-3']));
    expect(urls).not.toContain('https://news.example.org/mixed-2');
  });

  it('HTML with scripts lands without a trace of script or style', () => {
    expect(done).toContain('with-scripts.html');
    const a = articles.find((x) => x.url === 'https://news.example.org/putin-invites-zelensky');
    expect(a).toBeDefined();
    expect(String(a!.text)).toContain('let him come to Moscow');
    expect(String(a!.text)).not.toMatch(/SECRET_TRACKER|INLINE_SCRIPT|must never reach|display: none/);
  });

  it('good files land in done/ beside the bad ones', () => {
    expect(done).toEqual(['good.json', 'with-scripts.html']);
    expect(articles).toHaveLength(4);
    expect(existsSync(path.join(inbox, 'failed', 'mixed.jsonl'))).toBe(true);
  });
});
