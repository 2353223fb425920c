import { createEmbeddedStore } from '../../src/graph/embedded';
import type { ArticleGraph } from '../../src/graph/model';
import { SaysoError, type GraphStore } from '../../src/graph/store';
import { ingestRecords, type InputItem } from '../../src/ingest/pipeline';
import type { ArticleRecord } from '../../src/extract/types';
import { fixtureExtraction } from './fixture-extraction';

/** Fixed extraction keyed by the record, so the test does not depend on extraction quality. */
const fakeExtract = (r: ArticleRecord) => {
  if (r.text.includes('BOOM')) throw new Error('extractor blew up');
  return fixtureExtraction({ id: r.id, url: r.url, extra: r.text });
};

async function* stream(items: InputItem[]) {
  for (const i of items) yield i;
}

describe('ingestRecords', () => {
  it('stores good articles, collects failures with their origin and carries on', async () => {
    const store = createEmbeddedStore({ file: ':memory:' });
    const seen: string[] = [];
    const items: InputItem[] = [
      { origin: 'a.json', record: { id: 'a', url: 'https://example.org/a', text: 'First.' } },
      { origin: 'broken.json', error: 'Unexpected token } in JSON at position 3' },
      { origin: 'b.jsonl:2', record: { id: 'b', url: 'https://example.org/b', text: 'BOOM' } },
      { origin: 'empty.json', record: { id: 'e', text: '   ' } },
      { origin: 'c.txt', record: { id: 'c', url: 'https://example.org/c', text: 'Third.' } },
    ];
    const s = await ingestRecords(store, stream(items), { extract: fakeExtract, onArticle: (r) => seen.push(r.origin) });
    const stats = await store.stats();
    expect(s.articles).toBe(2);
    expect(s.unchanged).toBe(0);
    expect(s.nodes).toBeGreaterThan(0);
    expect(s.failures).toEqual([
      { origin: 'broken.json', error: 'Unexpected token } in JSON at position 3' },
      { origin: 'b.jsonl:2', error: 'extractor blew up' },
      { origin: 'empty.json', error: 'the record has no text' },
    ]);
    expect(seen).toEqual(items.map((i) => i.origin));
    expect(stats.nodes.Article).toBe(2);

    const again = await ingestRecords(store, items.slice(0, 1), { extract: fakeExtract });
    expect(again).toEqual({ articles: 1, nodes: 0, edges: 0, unchanged: 1, failures: [] });
    expect(await store.stats()).toEqual(stats);
    await store.close();
  });

  const articles = (n: number, refused?: number): InputItem[] =>
    Array.from({ length: n }, (_, i) => ({
      origin: `a${i}.json`,
      record: { id: `a${i}`, url: `https://example.org/a${i}`, text: i === refused ? 'REFUSED by the store' : `Article ${i}.` },
    }));

  async function exported(store: GraphStore): Promise<string[]> {
    const out: string[] = [];
    for await (const item of store.exportGraph()) out.push(JSON.stringify(item));
    return out.sort();
  }

  it('writes articles a batch per transaction and stores the same graph as one at a time', async () => {
    const one = createEmbeddedStore({ file: ':memory:' });
    const batched = createEmbeddedStore({ file: ':memory:' });
    const batchSizes: number[] = [];
    const upsertArticles = batched.upsertArticles.bind(batched);
    batched.upsertArticles = (graphs) => {
      batchSizes.push(graphs.length);
      return upsertArticles(graphs);
    };
    try {
      const seen: string[] = [];
      const a = await ingestRecords(one, articles(10), { extract: fakeExtract, batchSize: 1 });
      const b = await ingestRecords(batched, articles(10), { extract: fakeExtract, batchSize: 4, onArticle: (r) => seen.push(r.origin) });
      expect(b).toEqual(a);
      expect(b.articles).toBe(10);
      expect(batchSizes).toEqual([4, 4, 2]);
      expect(seen).toEqual(articles(10).map((i) => i.origin));
      expect(await exported(batched)).toEqual(await exported(one));
    } finally {
      await one.close();
      await batched.close();
    }
  });

  it('writes batches of the size the store asks for, unless the caller gives one', async () => {
    const base = createEmbeddedStore({ file: ':memory:' });
    expect(base.writeBatchSize).toBe(128);
    const batchSizes: number[] = [];
    const upsertArticles = base.upsertArticles.bind(base);
    const store: GraphStore = {
      ...base,
      writeBatchSize: 3,
      upsertArticles: (graphs) => {
        batchSizes.push(graphs.length);
        return upsertArticles(graphs);
      },
    };
    try {
      expect((await ingestRecords(store, articles(8), { extract: fakeExtract })).articles).toBe(8);
      expect(batchSizes).toEqual([3, 3, 2]);
      batchSizes.length = 0;
      await ingestRecords(store, articles(6), { extract: fakeExtract, batchSize: 2 });
      expect(batchSizes).toEqual([2, 2, 2]);
    } finally {
      await base.close();
    }
  });

  it('writes a batch the store refuses one article at a time: only the article at fault fails', async () => {
    const store = createEmbeddedStore({ file: ':memory:' });
    // The store refuses one article's graph, as a constraint or a size limit would.
    const refuses = (g: ArticleGraph) => g.nodes.some((n) => n.label === 'Article' && String(n.props.text).includes('REFUSED'));
    const upsertArticle = store.upsertArticle.bind(store);
    const upsertArticles = store.upsertArticles.bind(store);
    store.upsertArticle = async (g, o) => {
      if (refuses(g)) throw new SaysoError('BAD_INPUT', 'the store refused this article');
      return upsertArticle(g, o);
    };
    store.upsertArticles = async (gs) => {
      if (gs.some(refuses)) throw new SaysoError('BAD_INPUT', 'the store refused this batch');
      return upsertArticles(gs);
    };
    try {
      const seen: string[] = [];
      const s = await ingestRecords(store, articles(6, 2), { extract: fakeExtract, batchSize: 3, onArticle: (r) => seen.push(r.origin) });
      expect(s.articles).toBe(5);
      expect(s.failures).toEqual([{ origin: 'a2.json', error: 'the store refused this article' }]);
      expect(seen).toEqual(articles(6).map((i) => i.origin));
      expect((await store.stats()).nodes.Article).toBe(5);
    } finally {
      await store.close();
    }
  });

  it('refuses a batch size that is not a whole number of at least 1', async () => {
    const store = createEmbeddedStore({ file: ':memory:' });
    await expect(ingestRecords(store, [], { batchSize: 0 })).rejects.toThrow(/batch size must be a whole number of at least 1/);
    await store.close();
  });
});
