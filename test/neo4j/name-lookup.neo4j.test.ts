import neo4j from 'neo4j-driver';
import type { ArticleGraph } from '../../src/graph/model';
import { createNeo4jStore } from '../../src/graph/neo4j';
import type { GraphStore } from '../../src/graph/store';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from './neo4j-test-server';

/**
 * Name look-ups on Neo4j go through a text index on `_foldKey` (every folded name between two
 * U+241F) and settle on the exact list `_fold`: these prove they match whole names only, stay
 * exact for hostile names, are planned on the index, and that a store written before `_foldKey`
 * existed gets it when the schema is applied.
 */
const graph: ArticleGraph = {
  articleId: 'article:names',
  contentHash: 'names-1',
  nodes: [
    { id: 'article:names', label: 'Article', props: { title: 'Names', published: '2025-05-01' } },
    { id: 'person:kim-jong-un', label: 'Person', props: { name: 'Kim Jong-un', aliases: ['Chairman Kim'] } },
    { id: 'person:odd', label: 'Person', props: { name: 'Odd\u241fName', aliases: [] } },
    { id: 'country:PRK', label: 'Country', props: { name: 'North Korea', aliases: ['DPRK'], code: 'PRK' } },
  ],
  edges: ['person:kim-jong-un', 'person:odd', 'country:PRK'].map((to, i) => ({ id: `edge:names-${i}`, type: 'MENTIONS' as const, from: 'article:names', to, articleId: 'article:names', props: {} })),
};

describeNeo4j('neo4j name look-ups', (target) => {
  let store: GraphStore;
  let release: () => void;
  const driver = () => neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
  const named = async (label: 'Person' | 'Country', name: string) => (await store.findNodes({ label, name }, { first: 5 })).items.map((n) => n.id);

  beforeAll(async () => {
    release = await lockNeo4j(target);
    await wipeNeo4j(target);
    store = createNeo4jStore(target);
    await store.upsertArticle(graph);
  });
  afterAll(async () => {
    await store.close();
    await wipeNeo4j(target);
    release();
  });

  test('match a whole name or alias, however it is spelled, and never part of one', async () => {
    expect(await named('Person', 'kim jong un')).toEqual(['person:kim-jong-un']);
    expect(await named('Person', 'KIM JONG-UN')).toEqual(['person:kim-jong-un']);
    expect(await named('Person', 'Chairman Kim')).toEqual(['person:kim-jong-un']);
    expect(await named('Country', 'D.P.R.K.')).toEqual(['country:PRK']);
    expect(await named('Person', 'Kim')).toEqual([]);
    expect(await named('Person', 'jong')).toEqual([]);
    expect(await named('Country', 'Kim Jong-un')).toEqual([]);
  });

  test('stay exact for a name that holds the separator itself', async () => {
    expect(await named('Person', 'Odd\u241fName')).toEqual(['person:odd']);
    expect(await named('Person', 'Odd')).toEqual([]);
    expect(await named('Person', 'Name')).toEqual([]);
  });

  test('are planned on the text index', async () => {
    const d = driver();
    try {
      const res = await d.executeQuery('EXPLAIN MATCH (n:Person) WHERE n._foldKey CONTAINS $key AND $name IN n._fold RETURN n.id', { key: '\u241fkim jong un\u241f', name: 'kim jong un' }, { database: target.database });
      const operators: string[] = [];
      const walk = (p: { operatorType: string; children: unknown[] }) => {
        operators.push(p.operatorType);
        for (const c of p.children) walk(c as typeof p);
      };
      walk(res.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.some((o) => /NodeIndexContainsScan/.test(o))).toBe(true);
    } finally {
      await d.close();
    }
  });

  test('a store written without _foldKey gets it when the schema is applied', async () => {
    const d = driver();
    try {
      await d.executeQuery('MATCH (n:Node) REMOVE n._foldKey', {}, { database: target.database });
      await store.close();
      store = createNeo4jStore(target);
      expect(await named('Person', 'Chairman Kim')).toEqual(['person:kim-jong-un']);
      const keys = await d.executeQuery('MATCH (n:Node) WHERE n._fold IS NOT NULL RETURN n.id AS id, n._foldKey AS key ORDER BY id', {}, { database: target.database });
      expect(keys.records.map((r) => [r.get('id'), r.get('key')])).toEqual([
        ['country:PRK', '\u241fnorth korea\u241fdprk\u241f'],
        ['person:kim-jong-un', '\u241fkim jong un\u241fchairman kim\u241f'],
        ['person:odd', '\u241fodd\u241fname\u241f'],
      ]);
    } finally {
      await d.close();
    }
  });
});
