import { loadConfig } from '../../src/config';
import { buildArticleGraph } from '../../src/graph/build';
import type { GraphStore } from '../../src/graph/store';
import { createApi } from '../../src/api/yoga';
import { fixtureExtraction } from '../graph/fixture-extraction';

type Call = { method: string; args: any[] };

/** Wraps a store: records every call, and lets a test answer a method its own way. */
function recording(store: GraphStore, own: Partial<Record<string, (...args: any[]) => unknown>> = {}) {
  const calls: Call[] = [];
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: any[]) => {
        calls.push({ method: String(prop), args });
        const answer = own[String(prop)];
        return answer ? answer(...args) : (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped as GraphStore, calls, reset: () => void calls.splice(0) };
}

/** Calls per method. */
const counted = (calls: readonly Call[]) => calls.reduce<Record<string, number>>((c, x) => ({ ...c, [x.method]: (c[x.method] ?? 0) + 1 }), {});

/** One GraphQL request to a fresh API over `store`; fails on errors. */
async function ask(store: GraphStore, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const yoga = createApi({ store, config: loadConfig({}) });
  const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Fixture articles under their own ids, each published on its date. */
const dated = (articles: [string, string][]) => articles.map(([id, published]) => fixtureExtraction({ id, url: `https://example.org/${id}`, published }));

/** A store holding these articles, given to `body` and closed after it. */
async function holding(makeStore: () => Promise<GraphStore>, articles: ReturnType<typeof fixtureExtraction>[], body: (inner: GraphStore) => Promise<void>): Promise<void> {
  const inner = await makeStore();
  try {
    for (const a of articles) await inner.upsertArticle(buildArticleGraph(a));
    await body(inner);
  } finally {
    await inner.close();
  }
}

export function runDataLoaderSuite(storeName: string, makeStore: () => Promise<GraphStore>) {
  describe(`DataLoader batching (${storeName} store)`, () => {
    it('a page of statements with speaker, article and conditions costs the same few store calls for 5 or 50', async () => {
      const inner = await makeStore();
      try {
        // 20 articles of 3 statements each: 60 statements.
        for (let i = 0; i < 20; i++) {
          await inner.upsertArticle(buildArticleGraph(fixtureExtraction({ id: `a${i}`, url: `https://example.org/${i}`, published: `2025-10-${String(i + 1).padStart(2, '0')}` })));
        }
        const { store, calls, reset } = recording(inner);
        const query = `query($n: Int) { statements(first: $n) { totalCount nodes { text speaker { name } reporter { name } article { title source } conditions { nodes { text holder { name } } } } } }`;
        const run = async (n: number) => {
          reset();
          expect((await ask(store, query, { n })).statements.nodes).toHaveLength(n);
          return counted(calls);
        };
        const five = await run(5);
        const fifty = await run(50);
        const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
        expect(fifty).toEqual(five);
        // findNodes for the page, then one neighbours call per edge kind followed
        // (speaker, reporter, article, conditions, the conditions' holders).
        expect(fifty.findNodes).toBe(1);
        expect(total(fifty)).toBeLessThanOrEqual(7);
      } finally {
        await inner.close();
      }
    });

    it('statements about a topic are filtered by the store: the topic\u2019s statements are never listed', () =>
      holding(makeStore, [fixtureExtraction()], async (inner) => {
        const { store, calls } = recording(inner);
        const data = await ask(store, '{ statements(speaker: "Kim Jong Un", about: "United States", first: 1) { totalCount nodes { text } } }');
        expect(data.statements.totalCount).toBeGreaterThan(0);
        // A common topic has a statement in most articles: listing them cost a request as much.
        expect(calls.filter((c) => c.method === 'neighbours' && c.args[0].edgeType === 'ABOUT' && c.args[0].direction === 'in')).toEqual([]);
        expect(calls.filter((c) => c.method === 'findNodes' && c.args[0].linksTo).map((c) => c.args[0].linksTo)).toEqual([{ ids: ['country:USA'], edgeType: 'ABOUT' }]);
      }));

    it('an entity\u2019s lists are paged by the store, newest first: its links are never all listed', () =>
      holding(makeStore, dated([['a', '2025-10-18'], ['b', '2025-09-22'], ['c', '2025-10-01']]), async (inner) => {
        const { store, calls } = recording(inner);
        const query = `{
          us: node(id: "country:USA") { ... on Country { mentionedIn(first: 2) { totalCount nodes { published } } statementsAbout(first: 1) { totalCount nodes { published } } } }
          kim: node(id: "person:kim-jong-un") { ... on Person { statements(first: 2) { totalCount nodes { published } } conditions(first: 1) { nodes { published } } } }
        }`;
        const data = await ask(store, query);
        expect(data.us.mentionedIn).toEqual({ totalCount: 3, nodes: [{ published: '2025-10-18' }, { published: '2025-10-01' }] });
        expect(data.us.statementsAbout.nodes).toEqual([{ published: '2025-10-18' }]);
        expect(data.kim.statements).toEqual({ totalCount: 3, nodes: [{ published: '2025-10-18' }, { published: '2025-10-01' }] });
        expect(data.kim.conditions.nodes).toEqual([{ published: '2025-10-18' }]);
        expect(calls.filter((c) => c.method === 'neighbours')).toEqual([]);
      }));

    it('statements(text:) is filtered, counted and paged by the store: the full-text hits are never listed', () =>
      holding(makeStore, dated([['a', '2025-10-18'], ['b', '2025-09-22'], ['c', '2025-10-01']]), async (inner) => {
        const { store, calls } = recording(inner);
        const data = await ask(store, '{ all: statements(text: "talks", first: 2) { totalCount nodes { published } } trump: statements(text: "talks", speaker: "Donald Trump") { totalCount } }');
        const hits = await inner.search('talks', ['Statement'], { first: 100 });
        expect(hits.totalCount).toBeGreaterThan(2);
        expect(data.all.totalCount).toBe(hits.totalCount);
        // Newest first, as without words.
        expect(data.all.nodes).toEqual([{ published: '2025-10-18' }, { published: '2025-10-01' }]);
        expect(data.trump.totalCount).toBe(3);
        // Listing every hit cost seconds once a word was common (docs/benchmarks.md, finding 27).
        expect(calls.filter((c) => c.method === 'search')).toEqual([]);
        expect(calls.filter((c) => c.method === 'findNodes').map((c) => c.args[0].words)).toEqual(['talks', 'talks']);
      }));

    it('the article of each fact on a page is one node read by the ids the facts carry, not a walk of their links', () =>
      holding(makeStore, dated([['a', '2025-10-18'], ['b', '2025-09-22']]), async (inner) => {
        const { store, calls } = recording(inner);
        const data = await ask(store, '{ conditions(holder: "Kim Jong Un") { nodes { published article { id title published } } } }');
        const nodes: { published: string; article: { id: string; title: string; published: string } }[] = data.conditions.nodes;
        // Both articles' conditions, each with the article that reports it.
        expect(new Set(nodes.map((n) => n.article.published))).toEqual(new Set(['2025-10-18', '2025-09-22']));
        for (const n of nodes) expect(n.article.published).toBe(n.published);
        expect(calls.filter((c) => c.method === 'neighbours' && c.args[0].edgeType === 'IN_ARTICLE')).toEqual([]);
        const read = calls.filter((c) => c.method === 'getNodes').flatMap((c) => c.args[0] as string[]);
        expect(new Set(nodes.map((n) => n.article.id))).toEqual(new Set(read.filter((id) => id.startsWith('article:'))));
      }));

    it('a holder named in words is looked up once for every label a holder can have', () =>
      holding(makeStore, [fixtureExtraction()], async (inner) => {
        const { store, calls } = recording(inner);
        const data = await ask(store, '{ conditions(holder: "Kim Jong Un") { nodes { text } } }');
        expect(data.conditions.nodes.length).toBeGreaterThan(0);
        const lookups = calls.filter((c) => c.method === 'findNamed');
        expect(lookups).toHaveLength(1);
        expect(lookups[0]!.args[0]).toBe('Kim Jong Un');
        expect([...lookups[0]!.args[1]].sort()).toEqual(['Country', 'Organization', 'Person']);
        expect(calls.filter((c) => c.method === 'findNodes' && c.args[0].name !== undefined)).toEqual([]);
      }));
  });
}
