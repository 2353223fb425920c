import { loadConfig } from '../../src/config';
import { buildArticleGraph } from '../../src/graph/build';
import type { GraphStore } from '../../src/graph/store';
import { createApi } from '../../src/api/yoga';
import { fixtureExtraction } from '../graph/fixture-extraction';

/** Wraps a store and counts calls per method. */
function counting(store: GraphStore) {
  const calls: Record<string, number> = {};
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        calls[String(prop)] = (calls[String(prop)] ?? 0) + 1;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped as GraphStore, calls, reset: () => Object.keys(calls).forEach((k) => delete calls[k]) };
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
        const { store, calls, reset } = counting(inner);
        const yoga = createApi({ store, config: loadConfig({}) });
        const query = `query($n: Int) { statements(first: $n) { totalCount nodes { text speaker { name } reporter { name } article { title source } conditions { nodes { text holder { name } } } } } }`;
        const run = async (n: number) => {
          reset();
          const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { n } }) });
          const body = (await res.json()) as { data: any; errors?: unknown };
          expect(body.errors).toBeUndefined();
          expect(body.data.statements.nodes).toHaveLength(n);
          return { ...calls };
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

    it('statements about a topic are filtered by the store: the topic\u2019s statements are never listed', async () => {
      const inner = await makeStore();
      try {
        await inner.upsertArticle(buildArticleGraph(fixtureExtraction()));
        const calls: { method: string; edgeType?: string; direction?: string; linksTo?: unknown }[] = [];
        const store = new Proxy(inner, {
          get(target, prop, receiver) {
            const v = Reflect.get(target, prop, receiver);
            if (typeof v !== 'function') return v;
            return (...args: any[]) => {
              const a = args[0] ?? {};
              calls.push({ method: String(prop), edgeType: a.edgeType, direction: a.direction, linksTo: a.linksTo });
              return (v as (...x: unknown[]) => unknown).apply(target, args);
            };
          },
        });
        const yoga = createApi({ store, config: loadConfig({}) });
        const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ statements(speaker: "Kim Jong Un", about: "United States", first: 1) { totalCount nodes { text } } }' }) });
        const body = (await res.json()) as { data: any; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data.statements.totalCount).toBeGreaterThan(0);
        // A common topic has a statement in most articles: listing them cost a request as much.
        expect(calls.filter((c) => c.method === 'neighbours' && c.edgeType === 'ABOUT' && c.direction === 'in')).toEqual([]);
        expect(calls.filter((c) => c.method === 'findNodes' && c.linksTo)).toEqual([{ method: 'findNodes', linksTo: { ids: ['country:USA'], edgeType: 'ABOUT' } }]);
      } finally {
        await inner.close();
      }
    });

    it('an entity\u2019s lists are paged by the store, newest first: its links are never all listed', async () => {
      const inner = await makeStore();
      try {
        for (const [id, published] of [['a', '2025-10-18'], ['b', '2025-09-22'], ['c', '2025-10-01']]) {
          await inner.upsertArticle(buildArticleGraph(fixtureExtraction({ id, url: `https://example.org/${id}`, published })));
        }
        const listed: string[] = [];
        const store = new Proxy(inner, {
          get(target, prop, receiver) {
            const v = Reflect.get(target, prop, receiver);
            if (typeof v !== 'function') return v;
            return (...args: any[]) => {
              if (prop === 'neighbours') listed.push(`${args[0].edgeType} ${args[0].direction}`);
              return (v as (...x: unknown[]) => unknown).apply(target, args);
            };
          },
        });
        const yoga = createApi({ store, config: loadConfig({}) });
        const query = `{
          us: node(id: "country:USA") { ... on Country { mentionedIn(first: 2) { totalCount nodes { published } } statementsAbout(first: 1) { totalCount nodes { published } } } }
          kim: node(id: "person:kim-jong-un") { ... on Person { statements(first: 2) { totalCount nodes { published } } conditions(first: 1) { nodes { published } } } }
        }`;
        const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = (await res.json()) as { data: any; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data.us.mentionedIn).toEqual({ totalCount: 3, nodes: [{ published: '2025-10-18' }, { published: '2025-10-01' }] });
        expect(body.data.us.statementsAbout.nodes).toEqual([{ published: '2025-10-18' }]);
        expect(body.data.kim.statements).toEqual({ totalCount: 3, nodes: [{ published: '2025-10-18' }, { published: '2025-10-01' }] });
        expect(body.data.kim.conditions.nodes).toEqual([{ published: '2025-10-18' }]);
        expect(listed).toEqual([]);
      } finally {
        await inner.close();
      }
    });

    it('statements(text:) follows every page of full-text hits, however many there are', async () => {
      const inner = await makeStore();
      try {
        for (const id of ['a', 'b', 'c']) await inner.upsertArticle(buildArticleGraph(fixtureExtraction({ id, url: `https://example.org/${id}` })));
        // A store that answers one hit per page: the resolver must ask on with the cursor.
        const store = new Proxy(inner, {
          get(target, prop, receiver) {
            const v = Reflect.get(target, prop, receiver);
            if (prop === 'search') return (text: string, labels: any, page: any) => target.search(text, labels, { ...page, first: Math.min(page.first, 1) });
            return typeof v === 'function' ? v.bind(target) : v;
          },
        });
        const yoga = createApi({ store, config: loadConfig({}) });
        const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ all: statements(text: "talks") { totalCount } trump: statements(text: "talks", speaker: "Donald Trump") { totalCount } }' }) });
        const body = (await res.json()) as { data: any; errors?: unknown };
        expect(body.errors).toBeUndefined();
        const direct = await inner.search('talks', ['Statement'], { first: 100 });
        expect(direct.totalCount).toBeGreaterThan(2);
        expect(body.data.all.totalCount).toBe(direct.totalCount);
        expect(body.data.trump.totalCount).toBe(3);
      } finally {
        await inner.close();
      }
    });

    it('a holder named in words is looked up without counting its matches (only they are used)', async () => {
      const inner = await makeStore();
      try {
        await inner.upsertArticle(buildArticleGraph(fixtureExtraction()));
        const pages: { label: string; name?: string; count?: boolean }[] = [];
        const store = new Proxy(inner, {
          get(target, prop, receiver) {
            const v = Reflect.get(target, prop, receiver);
            if (prop !== 'findNodes') return typeof v === 'function' ? v.bind(target) : v;
            return (q: Parameters<GraphStore['findNodes']>[0], page: Parameters<GraphStore['findNodes']>[1]) => {
              pages.push({ label: q.label, ...(q.name ? { name: q.name } : {}), ...(page.count === false ? { count: false } : {}) });
              return target.findNodes(q, page);
            };
          },
        });
        const yoga = createApi({ store, config: loadConfig({}) });
        const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ conditions(holder: "Kim Jong Un") { nodes { text } } }' }) });
        const body = (await res.json()) as { data: any; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data.conditions.nodes.length).toBeGreaterThan(0);
        const lookups = pages.filter((p) => p.name !== undefined);
        expect(lookups.map((p) => p.label).sort()).toEqual(['Country', 'Organization', 'Person']);
        for (const p of lookups) expect(p).toEqual({ label: p.label, name: 'Kim Jong Un', count: false });
      } finally {
        await inner.close();
      }
    });
  });
}
