import { createEmbeddedStore } from '../../src/graph/embedded';
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
});
