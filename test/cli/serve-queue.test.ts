import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createServeCommand } from '../../src/cli/commands/serve';
import { loadConfig } from '../../src/config';
import { EMBEDDED_FILE, openStore } from '../../src/graph/open-store';

describe('sayso serve and the ingest queue', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sayso-serve-queue-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts ingestArticle through the queue in the store file, and closes it with the store on shutdown', async () => {
    const config = loadConfig({ SAYSO_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    const before = new Set(process.listeners('SIGTERM'));
    let listening!: (urls: string[]) => void;
    const urls = new Promise<string[]>((r) => (listening = r));
    const cmd = createServeCommand({ config: () => config, openStore, stdout: new PassThrough(), stderr: new PassThrough() }, { onListening: listening });
    const running = cmd.parseAsync([], { from: 'user' });
    const [url] = await urls;

    const post = async (text: string) =>
      (await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          query: `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId changed } }`,
          variables: { input: { url: 'https://example.org/served', title: 'Kim speaks', text } },
        }),
      }).then((r) => r.json())) as { data?: { ingestArticle: { articleId: string; changed: boolean } | null }; errors?: { message: string; extensions: { code: string } }[] };
    const ok = await post('Kim Jong Un said on Saturday that talks with the United States could resume if sanctions were lifted.');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.ingestArticle).toMatchObject({ changed: true });
    const bad = await post('');
    expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_INPUT' }, message: expect.stringMatching(/empty article/) });
    const file = join(dir, EMBEDDED_FILE);
    expect(existsSync(`${file}-wal`)).toBe(true);

    // SIGTERM, as the serve command hears it.
    const stop = process.listeners('SIGTERM').filter((l) => !before.has(l));
    expect(stop).toHaveLength(1);
    (stop[0] as (s: string) => void)('SIGTERM');
    await running;
    // The last connection to the store file (store and queue alike) closed cleanly: SQLite
    // folds the write-ahead log back in and removes it only then.
    expect(existsSync(`${file}-wal`)).toBe(false);

    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT origin, state, article_id AS articleId, error_code AS code FROM jobs ORDER BY id').all()).toEqual([
        { origin: 'graphql', state: 'done', articleId: ok.data!.ingestArticle!.articleId, code: null },
        { origin: 'graphql', state: 'failed', articleId: null, code: 'BAD_INPUT' },
      ]);
    } finally {
      db.close();
    }
  });
});
