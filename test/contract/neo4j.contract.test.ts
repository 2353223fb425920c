import neo4j from 'neo4j-driver';
import { createNeo4jStore } from '../../src/graph/neo4j';
import type { ArticleGraph, GraphEdge, GraphNode } from '../../src/graph/model';
import type { GraphStore } from '../../src/graph/store';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from '../neo4j/neo4j-test-server';
import { runStoreContract } from './store-contract';

describeNeo4j('neo4j store', (target) => {
  let release: (() => void) | null = null;
  beforeAll(async () => {
    release = await lockNeo4j(target);
  }, 600_000);
  afterAll(() => release?.());

  runStoreContract('neo4j', async () => {
    await wipeNeo4j(target);
    return createNeo4jStore(target);
  });

  describe('concurrency', () => {
    let store: GraphStore;
    beforeAll(async () => {
      await wipeNeo4j(target);
      store = createNeo4jStore(target);
    });
    afterAll(async () => {
      await store.close();
    });

    /** Articles that all mention the same people, listed in a different order each. */
    function overlapping(count: number): ArticleGraph[] {
      const people = ['ana', 'ben', 'cho', 'dae', 'eli', 'fay'].map((p) => `person:concurrent-${p}`);
      return Array.from({ length: count }, (_, i) => {
        const articleId = `article:concurrent-${i}`;
        const order = people.map((_, k) => people[(k + i) % people.length]!);
        if (i % 2) order.reverse();
        const nodes: GraphNode[] = [
          { id: articleId, label: 'Article', props: { title: `Article ${i}`, published: '2025-01-01' } },
          ...order.map((id): GraphNode => ({ id, label: 'Person', props: { name: id.slice(18), aliases: [`alias-${i}`], roles: [] } })),
        ];
        const edges: GraphEdge[] = order.map((id) => ({
          id: `edge:concurrent-${i}-${id}`,
          type: 'MENTIONS',
          from: articleId,
          to: id,
          articleId,
          props: {},
        }));
        return { articleId, contentHash: `h${i}`, nodes, edges };
      });
    }

    test('concurrent ingests of overlapping articles create no duplicate entities', async () => {
      const graphs = overlapping(24);
      // Separate stores (the same driver, separate sessions): transactions really overlap.
      const extra = [createNeo4jStore(target), createNeo4jStore(target)];
      try {
        const writers = [store, ...extra];
        const results = await Promise.all(graphs.map((g, i) => writers[i % writers.length]!.upsertArticle(g)));
        expect(results.every((r) => r.changed)).toBe(true);
      } finally {
        await Promise.all(extra.map((s) => s.close()));
      }

      const people = await store.findNodes({ label: 'Person' }, { first: 100 });
      expect(people.totalCount).toBe(6);
      for (const p of people.items) expect([...(p.props.aliases as string[])].sort()).toEqual(graphs.map((_, i) => `alias-${i}`).sort());
      const stats = await store.stats();
      expect(stats.nodes.Article).toBe(24);
      expect(stats.edges.MENTIONS).toBe(24 * 6);

      // Straight from the database, not through the adapter: one node per id.
      const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
      try {
        const res = await driver.executeQuery('MATCH (n:Node) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id', {}, { database: target.database });
        expect(res.records.map((r) => r.get('id'))).toEqual([]);
      } finally {
        await driver.close();
      }
    });

    test('concurrent re-ingests and deletes of the same articles leave a consistent graph', async () => {
      const graphs = overlapping(12).map((g) => ({ ...g, contentHash: `${g.contentHash}-again` }));
      await Promise.all([
        ...graphs.map((g) => store.upsertArticle(g)),
        ...graphs.slice(0, 6).map((g) => store.deleteArticle(g.articleId)),
      ]);
      const stats = await store.stats();
      const articles = stats.nodes.Article ?? 0;
      expect(stats.edges.MENTIONS).toBe(articles * 6);
      expect(stats.nodes.Person).toBe(6);
    });
  });

  describe('adapter details', () => {
    let store: GraphStore;
    beforeAll(async () => {
      await wipeNeo4j(target);
      store = createNeo4jStore(target);
    });
    afterAll(async () => {
      await store.close();
    });

    test('applies the schema: id constraints on every label and the full-text index', async () => {
      await store.stats();
      const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
      try {
        const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties, type', {}, { database: target.database });
        const unique = constraints.records.filter((r) => r.get('type') === 'UNIQUENESS' && r.get('properties')[0] === 'id').map((r) => r.get('label'));
        for (const l of ['Node', 'Article', 'Person', 'Country', 'Organization', 'Place', 'Event', 'Statement', 'Condition']) expect(unique).toContain(l);
        const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state', {}, { database: target.database });
        const byName = new Map(indexes.records.map((r) => [r.get('name') as string, r.get('state') as string]));
        for (const name of ['sayso_search', 'person_name', 'person_fold_key', 'country_fold_key', 'organization_fold_key', 'place_fold_key', 'statement_quote_key', 'event_date', 'statement_published', 'rel_said_article']) {
          expect([name, byName.get(name)]).toEqual([name, 'ONLINE']);
        }
      } finally {
        await driver.close();
      }
    });

    test('an edge to a node that exists nowhere is refused, and nothing of the article is written', async () => {
      const articleId = 'article:dangling';
      const graph: ArticleGraph = {
        articleId,
        contentHash: 'x',
        nodes: [{ id: articleId, label: 'Article', props: { title: 't' } }],
        edges: [{ id: 'edge:dangling', type: 'MENTIONS', from: articleId, to: 'person:nowhere', articleId, props: {} }],
      };
      await expect(store.upsertArticle(graph)).rejects.toMatchObject({ code: 'BAD_INPUT' });
      expect(await store.getNodes([articleId])).toEqual([null]);
    });

    test('labels and edge types outside the model are refused before any Cypher runs', async () => {
      await expect(store.findNodes({ label: 'Person`) DETACH DELETE (n' as never }, { first: 1 })).rejects.toMatchObject({ code: 'BAD_INPUT' });
      await expect(store.neighbours({ ids: ['x'], edgeType: 'SAID]-() DELETE r //' as never, direction: 'out' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    });

    test('property names and values are data, never Cypher', async () => {
      const articleId = 'article:odd-props';
      const odd = "x` = 1 DETACH DELETE n //";
      await store.upsertArticle({
        articleId,
        contentHash: 'y',
        nodes: [{ id: articleId, label: 'Article', props: { [odd]: "'); MATCH (n) DETACH DELETE n //", title: 'odd' } }],
        edges: [],
      });
      const [node] = await store.getNodes([articleId]);
      expect(node?.props[odd]).toBe("'); MATCH (n) DETACH DELETE n //");
      const found = await store.findNodes({ label: 'Article', where: { [odd]: "'); MATCH (n) DETACH DELETE n //" } }, { first: 5 });
      expect(found.items.map((n) => n.id)).toEqual([articleId]);
    });

    test('a popular entity is updated from its summary, not by re-reading every article about it', async () => {
      const statements: string[] = [];
      const watched = createNeo4jStore({ ...target, onQuery: (q) => statements.push(q) });
      const article = (n: number, name: string, aliases: string[]): ArticleGraph => {
        const articleId = `article:popular-${String(n).padStart(3, '0')}`;
        return {
          articleId,
          contentHash: `p${n}`,
          nodes: [
            { id: articleId, label: 'Article', props: { title: `Popular ${n}` } },
            { id: 'person:popular', label: 'Person', props: { name, aliases, roles: [] } },
          ],
          edges: [{ id: `edge:popular-${n}`, type: 'MENTIONS', from: articleId, to: 'person:popular', articleId, props: {} }],
        };
      };
      try {
        for (let n = 1; n <= 30; n++) await watched.upsertArticle(article(n, 'Pop Ular', [`P${n}`]));
        const refolds = () => statements.filter((q) => q.includes('WHERE NOT c.articleId IN $written')).length;
        const before = refolds();
        // A new article adds to the summary: nothing else is read.
        await watched.upsertArticle(article(31, 'Pop Ular', ['P31']));
        expect(refolds() - before).toBe(0);
        // Re-ingesting one with the same view of the entity leaves the entity alone.
        await watched.upsertArticle({ ...article(5, 'Pop Ular', ['P5']), contentHash: 'changed' });
        expect(refolds() - before).toBe(0);
        // Deleting one whose alias nobody else used does re-read the others, once.
        await watched.deleteArticle('article:popular-020');
        expect(refolds() - before).toBe(1);
        const [node] = await watched.getNodes(['person:popular']);
        const expected = Array.from({ length: 31 }, (_, i) => `P${i + 1}`).filter((a) => a !== 'P20');
        expect(node?.props.aliases).toEqual(expected);
        // The article that gave the name goes: the next one's name takes over.
        await watched.upsertArticle(article(0, 'Pop "The" Ular', ['P0']));
        expect((await watched.getNodes(['person:popular']))[0]?.props.name).toBe('Pop "The" Ular');
        await watched.deleteArticle('article:popular-000');
        const [after] = await watched.getNodes(['person:popular']);
        expect(after?.props.name).toBe('Pop Ular');
        expect(after?.props.aliases).toEqual(expected);
        for (let n = 1; n <= 31; n++) await watched.deleteArticle(`article:popular-${String(n).padStart(3, '0')}`);
        expect(await watched.getNodes(['person:popular'])).toEqual([null]);
      } finally {
        await watched.close();
      }
    });

    test('an unreachable server is reported as STORE_UNAVAILABLE', async () => {
      const dead = createNeo4jStore({ uri: 'bolt://127.0.0.1:1' });
      try {
        await expect(dead.stats()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      } finally {
        await dead.close();
      }
    });
  });
});
