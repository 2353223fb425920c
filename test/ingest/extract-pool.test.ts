import { existsSync } from 'node:fs';
import path from 'node:path';
import { createExtractPool, extractorThreadFile } from '../../src/ingest/extract-pool';
import { syntheticArticle } from './helpers/articles';
import { ensureBuilt, ROOT } from './helpers/dist';

// Threads load the whole extractor when they start: seconds on a busy machine.
jest.setTimeout(120_000);

describe('extraction thread pool', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('loads the compiled extractor from dist/', () => {
    const file = extractorThreadFile();
    expect(file).toBe(path.join(ROOT, 'dist', 'ingest', 'extract-pool-thread.js'));
    expect(existsSync(file)).toBe(true);
  });

  it('extracts articles on two threads into the same graphs as in-process extraction', async () => {
    const pool = createExtractPool({ size: 2 });
    try {
      const records = Array.from({ length: 8 }, (_, i) => syntheticArticle(i));
      const graphs = await Promise.all(records.map((r) => pool.run(r)));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { extractGraph } = require('../../src/ingest/extract-pool-thread') as typeof import('../../src/ingest/extract-pool-thread');
      expect(graphs.map((g) => g.contentHash)).toEqual(records.map((r) => extractGraph(r).contentHash));
      expect(new Set(graphs.map((g) => g.articleId)).size).toBe(8);
      expect(graphs[0]!.nodes.some((n) => n.label === 'Article')).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('fails one article with its reason and keeps serving the others', async () => {
    const pool = createExtractPool({ size: 1 });
    try {
      const bad = pool.run({ text: null as unknown as string });
      const good = pool.run(syntheticArticle(1));
      await expect(bad).rejects.toMatchObject({ code: 'EXTRACTION_FAILED' });
      await expect(good).resolves.toMatchObject({ articleId: expect.stringMatching(/^article:/) });
    } finally {
      await pool.close();
    }
  });

  it('replaces a thread that overruns its time limit', async () => {
    const pool = createExtractPool({ size: 1, timeoutMs: 1 });
    try {
      await expect(pool.run(syntheticArticle(2))).rejects.toMatchObject({ code: 'EXTRACTION_FAILED', message: 'extraction timed out after 0 s' });
    } finally {
      await pool.close();
    }
  });

  it('hands the articles queued behind a hung one to a fresh thread, each with its own time limit', async () => {
    const pool = createExtractPool({ size: 1, timeoutMs: 3000, threadFile: path.join(__dirname, 'helpers', 'hanging-thread.js') });
    try {
      const hung = pool.run({ ...syntheticArticle(5), text: `HANG ${syntheticArticle(5).text}` });
      // Posted to the same thread while it is stuck on the first one.
      const queued = [pool.run(syntheticArticle(6)), pool.run(syntheticArticle(7))];
      await expect(hung).rejects.toMatchObject({ code: 'EXTRACTION_FAILED', message: 'extraction timed out after 3 s' });
      const graphs = await Promise.all(queued);
      expect(graphs.map((g) => g.articleId)).toEqual([expect.stringMatching(/^article:/), expect.stringMatching(/^article:/)]);
      expect(graphs[0]!.articleId).not.toBe(graphs[1]!.articleId);
    } finally {
      await pool.close();
    }
  });

  it('names the fix when the compiled thread is missing', () => {
    expect(() => createExtractPool({ size: 1, threadFile: path.join(ROOT, 'dist', 'no-such-thread.js') })).toThrow(/is missing .*run `npm run build` first/);
  });

  it('stops respawning threads that die at once, and says so', async () => {
    const pool = createExtractPool({ size: 1, threadFile: path.join(__dirname, 'helpers', 'crashing-thread.js') });
    try {
      await expect(pool.run(syntheticArticle(3))).rejects.toMatchObject({ code: 'EXTRACTION_FAILED' });
      // Each article meanwhile fails with the crash; after a handful of deaths the pool gives up.
      let last = '';
      for (let i = 0; i < 50 && !last.startsWith('extraction threads keep dying'); i++) {
        last = await pool.run(syntheticArticle(4)).then(
          () => 'resolved',
          (e: Error) => e.message,
        );
      }
      expect(last).toMatch(/^extraction threads keep dying \(last: extraction thread crashed: thread cannot start\)$/);
    } finally {
      await pool.close();
    }
  });
});
