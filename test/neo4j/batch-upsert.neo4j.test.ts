import neo4j from 'neo4j-driver';
import type { ArticleGraph, GraphEdge, GraphNode, NodeLabel } from '../../src/graph/model';
import { createNeo4jStore } from '../../src/graph/neo4j';
import { mergeContributions } from '../../src/graph/neo4j/values';
import type { ExportItem, GraphStore } from '../../src/graph/store';
import { describeNeo4j, lockNeo4j, wipeNeo4j, type Neo4jTarget } from './neo4j-test-server';

/**
 * upsertArticles on Neo4j writes a whole batch with a few statements and settles shared
 * entities once per batch: these prove it leaves exactly the graph one-by-one upserts leave,
 * including entities whose summaries must be re-folded, repeated articles in one batch and
 * concurrent batches over the same entities.
 */

const PEOPLE = ['ana', 'ben', 'cho', 'dae', 'eli', 'fay', 'gus', 'hal'];
const ORGS = ['un', 'nato', 'who'];

/** A deterministic article mentioning a few shared entities; `version` changes what it says. */
function synthetic(i: number, version = 0): ArticleGraph {
  const articleId = `article:batch-${String(i).padStart(3, '0')}`;
  const pick = (list: string[], n: number) => Array.from({ length: n }, (_, k) => list[(i * 3 + k * (version + 1)) % list.length]!);
  const people = [...new Set(pick(PEOPLE, 2 + ((i + version) % 3)))];
  const orgs = [...new Set(pick(ORGS, 1 + (i % 2)))];
  const entity = (label: NodeLabel, key: string): GraphNode => ({
    id: `${label.toLowerCase()}:${key}`,
    label,
    props: {
      // Names and aliases vary by article so that taking one away can decide the result.
      name: (i + version) % 4 === 0 ? `${key.toUpperCase()} v${version}` : key,
      aliases: [`${key}-${i % 5}`, ...(version ? [`${key}-v${version}`] : [])],
      roles: label === 'Person' ? [`role-${(i + version) % 3}`] : [],
      ...(i % 3 === 0 ? { country: `C${(i + version) % 4}` } : {}),
    },
  });
  const entities = [...people.map((p) => entity('Person', p)), ...orgs.map((o) => entity('Organization', o))];
  const statementId = `statement:batch-${i}-${version % 2}`;
  const nodes: GraphNode[] = [
    { id: articleId, label: 'Article', props: { title: `Article ${i} v${version}`, published: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}` } },
    { id: statementId, label: 'Statement', props: { text: `Said ${i} in version ${version}`, published: '2025-01-01' } },
    ...entities,
  ];
  const edge = (type: GraphEdge['type'], from: string, to: string): GraphEdge => ({ id: `edge:${articleId}:${type}:${from}:${to}`, type, from, to, articleId, props: { start: 0 } });
  const edges: GraphEdge[] = [
    ...entities.map((e) => edge('MENTIONS', articleId, e.id)),
    edge('SAID', entities[0]!.id, statementId),
    edge('IN_ARTICLE', statementId, articleId),
  ];
  return { articleId, contentHash: `h${i}-v${version}`, nodes, edges };
}

const dump = (items: ExportItem[]) => items.map((i) => JSON.stringify(i.kind === 'node' ? i.node : i.edge)).sort();

async function exported(store: GraphStore): Promise<string[]> {
  const items: ExportItem[] = [];
  for await (const item of store.exportGraph()) items.push(item);
  return dump(items);
}

async function duplicateIds(target: Neo4jTarget): Promise<string[]> {
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
  try {
    const res = await driver.executeQuery('MATCH (n:Node) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id', {}, { database: target.database });
    return res.records.map((r) => r.get('id') as string);
  } finally {
    await driver.close();
  }
}

describeNeo4j('neo4j batch upsert', (target) => {
  let release: (() => void) | null = null;
  let store: GraphStore;
  beforeAll(async () => {
    release = await lockNeo4j(target);
    store = createNeo4jStore(target);
  }, 600_000);
  afterAll(async () => {
    await store?.close();
    release?.();
  });

  const first = Array.from({ length: 50 }, (_, i) => synthetic(i));
  // Re-ingests that drop and add entities, articles that come back twice, and new ones.
  const second = [
    ...Array.from({ length: 20 }, (_, i) => synthetic(i * 2, 1)),
    synthetic(4, 2),
    synthetic(50),
    synthetic(7),
    synthetic(6, 3),
  ];

  async function oneByOne(rounds: ArticleGraph[][]): Promise<{ results: [string, boolean][][]; graph: string[] }> {
    await wipeNeo4j(target);
    const results: [string, boolean][][] = [];
    for (const round of rounds) {
      const out: [string, boolean][] = [];
      for (const g of round) {
        const r = await store.upsertArticle(g);
        out.push([r.articleId, r.changed]);
      }
      results.push(out);
    }
    return { results, graph: await exported(store) };
  }

  async function batched(rounds: ArticleGraph[][]): Promise<{ results: [string, boolean][][]; graph: string[] }> {
    await wipeNeo4j(target);
    const results: [string, boolean][][] = [];
    for (const round of rounds) results.push((await store.upsertArticles(round)).map((r) => [r.articleId, r.changed]));
    return { results, graph: await exported(store) };
  }

  test('a batch of 50 articles with shared entities, then a batch of re-ingests, ends as one by one', async () => {
    const expected = await oneByOne([first, second]);
    const actual = await batched([first, second]);
    expect(actual.results).toEqual(expected.results);
    expect(actual.graph).toEqual(expected.graph);
    expect(actual.graph.length).toBeGreaterThan(300);

    // Independently of the adapter's summaries: each entity is the fold of the final versions.
    const latest = new Map([...first, ...second].map((g) => [g.articleId, g]));
    const contributions = new Map<string, GraphNode[]>();
    for (const id of [...latest.keys()].sort()) {
      for (const n of latest.get(id)!.nodes) {
        if (n.label !== 'Person' && n.label !== 'Organization') continue;
        contributions.set(n.id, [...(contributions.get(n.id) ?? []), n]);
      }
    }
    const ids = [...contributions.keys()];
    const nodes = await store.getNodes(ids);
    expect(nodes.map((n) => [n?.id, n?.label, n?.props])).toEqual(
      ids.map((id) => [id, contributions.get(id)![0]!.label, mergeContributions(contributions.get(id)!.map((n) => n.props))]),
    );
  }, 120_000);

  test('the same article several times in one batch: changed flags as one by one would give', async () => {
    const rounds = [[synthetic(1), synthetic(2)], [synthetic(1), synthetic(1, 1), synthetic(1), synthetic(2), synthetic(2)]];
    const expected = await oneByOne(rounds);
    expect(expected.results[1]!.map(([, changed]) => changed)).toEqual([false, true, true, false, false]);
    const actual = await batched(rounds);
    expect(actual).toEqual(expected);
  });

  test('a later graph with the hash already written changes nothing, even when its props differ', async () => {
    // The same text met twice (say, with and without feed metadata): the first one stays.
    const plain = synthetic(3);
    const withMeta = { ...plain, nodes: plain.nodes.map((n) => (n.label === 'Article' ? { ...n, props: { ...n.props, source: 'Feed' } } : n)) };
    const rounds = [[synthetic(1), withMeta, plain, synthetic(2)], [plain, withMeta]];
    const expected = await oneByOne(rounds);
    expect(expected.results.map((r) => r.map(([, changed]) => changed))).toEqual([
      [true, true, false, true],
      [false, false],
    ]);
    const actual = await batched(rounds);
    expect(actual).toEqual(expected);
    const [article] = await store.getNodes([plain.articleId]);
    expect(article?.props.source).toBe('Feed');
  });

  test('deleting articles after a batch leaves what one-by-one deletes leave', async () => {
    const gone = ['article:batch-000', 'article:batch-013', 'article:batch-049'];
    await oneByOne([first]);
    for (const id of gone) expect(await store.deleteArticle(id)).toBe(true);
    const expected = await exported(store);
    await batched([first]);
    for (const id of gone) await store.deleteArticle(id);
    expect(await store.deleteArticle(gone[0]!)).toBe(false);
    expect(await exported(store)).toEqual(expected);
  });

  test('concurrent batches from two writers over the same entities: no duplicates, nothing lost', async () => {
    await wipeNeo4j(target);
    const other = createNeo4jStore(target);
    try {
      const graphs = Array.from({ length: 60 }, (_, i) => synthetic(i));
      // Interleaved so both writers' batches touch every entity, in different article orders.
      const mine = graphs.filter((_, i) => i % 2 === 0);
      const theirs = graphs.filter((_, i) => i % 2 === 1).reverse();
      const batches = (list: ArticleGraph[]) => Array.from({ length: Math.ceil(list.length / 10) }, (_, k) => list.slice(k * 10, k * 10 + 10));
      const run = async (s: GraphStore, list: ArticleGraph[]) => {
        for (const b of batches(list)) await s.upsertArticles(b);
      };
      await Promise.all([run(store, mine), run(other, theirs), run(store, mine.slice(0, 10).map((g) => ({ ...g, contentHash: `${g.contentHash}-again` })))]);
      expect(await duplicateIds(target)).toEqual([]);
      const concurrent = await exported(store);
      const expected = await oneByOne([graphs]);
      expect(concurrent).toEqual(expected.graph);
    } finally {
      await other.close();
    }
  }, 120_000);
});
