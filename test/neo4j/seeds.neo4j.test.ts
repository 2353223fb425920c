import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { createApi } from '../../src/api/yoga';
import { EXAMPLE_QUERIES } from '../../src/api/examples';
import { createEmbeddedStore } from '../../src/graph/embedded';
import type { GraphEdge, GraphNode } from '../../src/graph/model';
import { createNeo4jStore } from '../../src/graph/neo4j';
import type { GraphStore } from '../../src/graph/store';
import { readInputs } from '../../src/read/files';
import { ingestRecords } from '../../src/ingest/pipeline';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from './neo4j-test-server';

/**
 * End to end on both stores: the bundled seeds ingested into the embedded store and into
 * Neo4j must hold the same graph and give the same GraphQL answers.
 */

const SEEDS = join(__dirname, '../../seeds');

type Gql = (query: string) => Promise<{ data?: any; errors?: unknown[] }>;

function apiOver(store: GraphStore): Gql {
  const yoga = createApi({ store, config: loadConfig({}), logError: () => undefined });
  return async (query) => {
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: any; errors?: unknown[] };
  };
}

async function exported(store: GraphStore) {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for await (const item of store.exportGraph()) {
    if (item.kind === 'node') nodes.set(item.node.id, item.node);
    else edges.set(item.edge.id, item.edge);
  }
  return { nodes, edges };
}

/** Lists compare as sets where a store may order them differently (full-text scores). */
function withoutScores(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutScores);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => k !== 'score')
        .map(([k, v]) => [k, withoutScores(v)]),
    );
  }
  return value;
}

const QUESTIONS: { title: string; query: string }[] = [
  {
    title: 'the Kim conditions',
    query: `{ conditions(holder: "Kim Jong Un") { totalCount nodes { id text on sentence holder { name } article { title published source } } } }`,
  },
  {
    title: "Trump's statements",
    query: `{ person(name: "Donald Trump") { id name aliases roles statements(first: 50) { totalCount nodes { id text kind published article { title } } } } }`,
  },
  {
    title: "Lee's invitation",
    query: `{ invitations(invitee: "Donald Trump") { totalCount nodes { inviter { name } invitee { name } eventText sentence event { type status } article { title published } } } }`,
  },
  {
    title: 'statements by text, paged',
    query: `{ statements(text: "denuclearisation", first: 1) { totalCount edges { cursor node { id text } } pageInfo { hasNextPage endCursor } } }`,
  },
  // Reads only (a mutation would change what later answers see); search is compared apart.
  ...EXAMPLE_QUERIES.filter((q) => !/search\s*\(/.test(q.query) && !/\bmutation\b/.test(q.query)),
];

describeNeo4j('seeds on both stores', (target) => {
  let release: (() => void) | null = null;
  let embedded: GraphStore;
  let neo: GraphStore;
  let askEmbedded: Gql;
  let askNeo4j: Gql;

  beforeAll(async () => {
    release = await lockNeo4j(target);
    await wipeNeo4j(target);
    embedded = createEmbeddedStore({ file: ':memory:' });
    neo = createNeo4jStore(target);
    for (const store of [embedded, neo]) {
      const summary = await ingestRecords(store, readInputs([SEEDS]));
      expect(summary.failures).toEqual([]);
      expect(summary.articles).toBeGreaterThanOrEqual(5);
    }
    askEmbedded = apiOver(embedded);
    askNeo4j = apiOver(neo);
  }, 600_000);

  afterAll(async () => {
    await embedded?.close();
    await neo?.close();
    release?.();
  });

  test('both stores hold the same graph', async () => {
    expect(await neo.stats()).toEqual(await embedded.stats());
    const [a, b] = await Promise.all([exported(embedded), exported(neo)]);
    expect([...b.nodes.keys()].sort()).toEqual([...a.nodes.keys()].sort());
    expect([...b.edges.keys()].sort()).toEqual([...a.edges.keys()].sort());
    for (const [id, node] of a.nodes) expect(b.nodes.get(id)).toEqual(node);
    for (const [id, edge] of a.edges) expect(b.edges.get(id)).toEqual(edge);
  });

  test.each(QUESTIONS.map((q) => [q.title, q.query]))('same answer from both stores: %s', async (_title, query) => {
    const [fromEmbedded, fromNeo4j] = await Promise.all([askEmbedded(query), askNeo4j(query)]);
    expect(fromEmbedded.errors).toBeUndefined();
    expect(fromNeo4j).toEqual(fromEmbedded);
  });

  test('the answers compared are not empty ones', async () => {
    const stats = await neo.stats();
    expect(stats.nodes.Article).toBeGreaterThanOrEqual(5);
    expect(stats.totalEdges).toBeGreaterThan(20);
    const kim = await askNeo4j(QUESTIONS[0]!.query);
    expect(kim.data.conditions.totalCount).toBeGreaterThan(0);
    expect(JSON.stringify(kim.data)).toMatch(/denuclearisation/i);
    const trump = await askNeo4j(QUESTIONS[1]!.query);
    expect(trump.data.person.statements.totalCount).toBeGreaterThan(0);
    const lee = await askNeo4j(QUESTIONS[2]!.query);
    expect(lee.data.invitations.nodes.map((n: { inviter: { name: string } }) => n.inviter.name)).toContain('Lee Jae Myung');
  });

  test('search finds the same nodes in both stores', async () => {
    for (const text of ['APEC', 'Kim', 'denuclearisation', 'Xi Jinping', 'summit']) {
      const query = `{ search(text: ${JSON.stringify(text)}, first: 100) { totalCount nodes { score node { id } } } }`;
      const [a, b] = await Promise.all([askEmbedded(query), askNeo4j(query)]);
      expect(b.errors).toBeUndefined();
      const ids = (r: { data?: any }) => (r.data.search.nodes as { node: { id: string } }[]).map((n) => n.node.id).sort();
      expect([text, b.data.search.totalCount, ids(b)]).toEqual([text, a.data.search.totalCount, ids(a)]);
      expect(withoutScores(b.data.search.nodes)).toHaveLength(ids(a).length);
    }
  });
});
