import type { ArticleGraph, GraphEdge, GraphNode } from '../../src/graph/model';
import { createEmbeddedStore } from '../../src/graph/embedded';
import { MAX_QUOTE_MENTIONS } from '../../src/api/context';
import { encodeCursor } from '../../src/graph/store';
import { createHarness } from './harness';

const QUOTE_KEY = 'we will not give up our weapons';
const MENTIONS = MAX_QUOTE_MENTIONS + 5;

/**
 * One quotation printed more often than the API holds in memory. Statement ids run against
 * their dates, so the earliest mention is the last by id, past the first MAX_QUOTE_MENTIONS.
 */
function muchQuoted(): ArticleGraph {
  const articleId = 'article:quoted';
  const nodes: GraphNode[] = [{ id: articleId, label: 'Article', props: { title: 'Quoted', source: 'Example News', published: '2025-10-01', url: 'https://news.example/quoted' } }];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < MENTIONS; i++) {
    const id = `statement:quoted-${String(i).padStart(5, '0')}`;
    const day = new Date(Date.UTC(2025, 9, 1) - i * 3_600_000).toISOString();
    nodes.push({ id, label: 'Statement', props: { text: 'We will not give up our weapons', kind: 'direct', quoteKey: QUOTE_KEY, published: day, articleId } });
    edges.push({ id: `edge:in-${id}`, type: 'IN_ARTICLE', from: id, to: articleId, articleId, props: {} });
  }
  return { articleId, contentHash: 'quoted:v1', nodes, edges };
}

describe('a quotation printed more often than the API holds in memory', () => {
  it('counts every mention, finds the earliest, and pages all of them from the store', async () => {
    const store = createEmbeddedStore({ file: ':memory:' });
    await store.upsertArticle(muchQuoted());
    const h = await createHarness({ store });
    try {
      const earliest = `statement:quoted-${String(MENTIONS - 1).padStart(5, '0')}`;
      const r = await h.gql(`{ quote(quoteKey: "${QUOTE_KEY}") { count earliest { id } mentions(first: 2) { totalCount pageInfo { endCursor } nodes { id } } } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.quote.count).toBe(MENTIONS);
      expect(r.data.quote.earliest.id).toBe(earliest);
      expect(r.data.quote.mentions.totalCount).toBe(MENTIONS);
      expect(r.data.quote.mentions.nodes.map((n: { id: string }) => n.id)).toEqual([earliest, `statement:quoted-${String(MENTIONS - 2).padStart(5, '0')}`]);
      // The last page, past the mentions held in memory.
      const last = await h.gql(`query ($after: String) { quote(quoteKey: "${QUOTE_KEY}") { mentions(first: 100, after: $after) { nodes { id } } } }`, {
        after: encodeCursor(MENTIONS - 3),
      });
      expect(last.data.quote.mentions.nodes.map((n: { id: string }) => n.id)).toEqual(['statement:quoted-00001', 'statement:quoted-00000']);
    } finally {
      await h.close();
    }
  });
});

/** Twelve articles from three outlets, each printing the quotation once, the outlets taking turns. */
function quotedByThreeOutlets(): ArticleGraph[] {
  const outlets = ['Example News', 'The Daily Example', 'Example Wire'];
  return Array.from({ length: 12 }, (_, i): ArticleGraph => {
    const articleId = `article:outlets-${String(i).padStart(2, '0')}`;
    const source = outlets[i % 3]!;
    const published = `2025-10-${String(i + 1).padStart(2, '0')}`;
    const id = `statement:outlets-${String(i).padStart(2, '0')}`;
    return {
      articleId,
      contentHash: `${articleId}:v1`,
      nodes: [
        { id: articleId, label: 'Article', props: { title: `Quoted ${i}`, source, published, url: `https://news.example/${i}` } },
        { id, label: 'Statement', props: { text: 'We will not give up our weapons', kind: 'direct', quoteKey: QUOTE_KEY, sourceKey: source.toLowerCase(), published, articleId } },
      ],
      edges: [{ id: `edge:in-${id}`, type: 'IN_ARTICLE', from: id, to: articleId, articleId, props: {} }],
    };
  });
}

describe("a quotation's outlets", () => {
  it('are named in order of first publication, from one article per outlet', async () => {
    const store = createEmbeddedStore({ file: ':memory:' });
    await store.upsertArticles(quotedByThreeOutlets());
    const loaded: string[] = [];
    const watched = new Proxy(store, {
      get(target, prop) {
        if (prop === 'getNodes') return (ids: string[]) => (loaded.push(...ids), target.getNodes(ids));
        const value = Reflect.get(target, prop) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const h = await createHarness({ store: watched });
    try {
      const r = await h.gql(`{ quote(quoteKey: "${QUOTE_KEY}") { count outlets } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.quote).toEqual({ count: 12, outlets: ['Example News', 'The Daily Example', 'Example Wire'] });
      expect(loaded.filter((id) => id.startsWith('article:')).sort()).toEqual(['article:outlets-00', 'article:outlets-01', 'article:outlets-02']);
    } finally {
      await h.close();
      await store.close();
    }
  });
});
