import type { ArticleGraph, GraphNode } from '../../src/graph/model';
import { createNeo4jStore } from '../../src/graph/neo4j';
import type { GraphStore, NodeQuery } from '../../src/graph/store';
import { describeNeo4j, lockNeo4j, planSteps, wipeNeo4j } from './neo4j-test-server';

/**
 * Statements about something named in most articles, within a few days: Neo4j starts from the
 * days' statements (the `published` index) and checks each one's link when they are fewer than
 * the links, and walks the links otherwise. Both ways give the same page.
 */
const topic = 'country:dr';
const day = (i: number) => `2025-01-${String(1 + (i % 30)).padStart(2, '0')}`;

/** Article i publishes three statements on day i % 30; the first is about the topic. */
function article(i: number): ArticleGraph {
  const articleId = `article:dr-${i}`;
  const published = day(i);
  const statements: GraphNode[] = [0, 1, 2].map((k) => ({ id: `statement:dr-${i}-${k}`, label: 'Statement', props: { text: `Statement ${i}.${k}`, kind: 'direct', published, articleId } }));
  return {
    articleId,
    contentHash: `dr-${i}`,
    nodes: [{ id: articleId, label: 'Article', props: { title: `A ${i}`, published, url: `https://news.example/dr-${i}` } }, { id: topic, label: 'Country', props: { name: 'Doria', aliases: [] } }, ...statements],
    edges: [
      { id: `edge:dr-about-${i}`, type: 'ABOUT', from: statements[0]!.id, to: topic, articleId, props: {} },
      ...statements.map((st, k) => ({ id: `edge:dr-in-${i}-${k}`, type: 'IN_ARTICLE' as const, from: st.id, to: articleId, articleId, props: {} })),
    ],
  };
}

describeNeo4j('neo4j: what is about something, within dates', (target) => {
  let store: GraphStore;
  let release: () => void;
  const statements: string[] = [];
  const graphs = Array.from({ length: 30 }, (_, i) => article(i));

  beforeAll(async () => {
    release = await lockNeo4j(target);
    await wipeNeo4j(target);
    store = createNeo4jStore({ ...target, onQuery: (statement) => statements.push(statement) });
    await store.upsertArticles(graphs);
  });
  afterAll(async () => {
    await store.close();
    await wipeNeo4j(target);
    release();
  });

  /** The page statement's plan: whether it reads the statements' date index. */
  async function readsDateIndex(): Promise<boolean> {
    const steps = await planSteps(target, statements.find((s) => s.includes('RETURN total, page'))!);
    return steps.some((st) => /NodeIndexSeekByRange.*Statement.*published/.test(st));
  }

  test.each([
    ['a few days: fewer statements than links, read from the date index', '2025-01-10', '2025-01-12', true],
    ['a month given alone: more statements than links, the links walked', '2025-01-01', '2025-01', false],
  ] as const)('%s', async (_name, from, to, fromIndex) => {
    const q: NodeQuery = { label: 'Statement', linksTo: { ids: [topic], edgeType: 'ABOUT' }, from, to, orderBy: { prop: 'published', direction: 'DESC' } };
    const want = graphs
      .map((g) => g.nodes.find((n) => n.label === 'Statement' && n.id.endsWith('-0'))!)
      .filter((n) => (n.props.published as string) >= from && (n.props.published as string).slice(0, to.length) <= to)
      .sort((a, b) => ((a.props.published as string) < (b.props.published as string) ? 1 : (a.props.published as string) > (b.props.published as string) ? -1 : a.id < b.id ? -1 : 1))
      .map((n) => n.id);
    expect(want.length).toBeGreaterThan(2);
    statements.length = 0;
    const page = await store.findNodes(q, { first: 100 });
    expect(page.items.map((n) => n.id)).toEqual(want);
    expect(page.totalCount).toBe(want.length);
    expect(await readsDateIndex()).toBe(fromIndex);
  });
});
