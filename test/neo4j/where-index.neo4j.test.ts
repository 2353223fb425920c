import type { ArticleGraph } from '../../src/graph/model';
import { createNeo4jStore } from '../../src/graph/neo4j';
import type { GraphStore, NodeQuery } from '../../src/graph/store';
import { describeNeo4j, lockNeo4j, planSteps, wipeNeo4j } from './neo4j-test-server';

/**
 * findNodes by exact prop values (NodeQuery.where) names each prop in its statement, so Neo4j
 * seeks the prop's index (schema/neo4j/005-filter-props.cypher) instead of reading every node of
 * the label: what the API filters on at scale is planned on an index.
 */
const graph: ArticleGraph = {
  articleId: 'article:w',
  contentHash: 'w-1',
  nodes: [
    { id: 'article:w', label: 'Article', props: { title: 'W', published: '2025-05-01', slug: 'w-slug', source: 'Straits Times' } },
    { id: 'statement:w', label: 'Statement', props: { text: 'We will talk.', published: '2025-05-01', quoteKey: 'we will talk', sourceKey: 'straits times' } },
    { id: 'event:w', label: 'Event', props: { type: 'summit', status: 'proposed', date: '2025-06-01' } },
    { id: 'person:w', label: 'Person', props: { name: 'W Person', aliases: [] } },
  ],
  edges: [
    { id: 'edge:w-1', type: 'IN_ARTICLE', from: 'statement:w', to: 'article:w', articleId: 'article:w', props: {} },
    { id: 'edge:w-2', type: 'MENTIONS', from: 'article:w', to: 'event:w', articleId: 'article:w', props: {} },
    { id: 'edge:w-3', type: 'PARTICIPANT', from: 'person:w', to: 'event:w', articleId: 'article:w', props: {} },
  ],
};

const QUERIES: NodeQuery[] = [
  { label: 'Event', where: { status: 'proposed' }, orderBy: { prop: 'date', direction: 'ASC' } },
  { label: 'Event', where: { type: 'summit' }, orderBy: { prop: 'date', direction: 'ASC' } },
  { label: 'Statement', where: { sourceKey: 'straits times' }, orderBy: { prop: 'published', direction: 'DESC' } },
  { label: 'Statement', where: { quoteKey: 'we will talk' } },
  { label: 'Article', where: { slug: 'w-slug' } },
  { label: 'Article', where: { source: 'Straits Times' }, orderBy: { prop: 'published', direction: 'DESC' } },
];

describeNeo4j('neo4j findNodes by prop values', (target) => {
  let store: GraphStore;
  let release: () => void;
  const statements: string[] = [];

  /** Each statement's plan steps. */
  const planStepsOf = async (of: readonly string[]) => Promise.all(of.map(async (statement) => ({ statement, steps: await planSteps(target, statement) })));

  beforeAll(async () => {
    release = await lockNeo4j(target);
    await wipeNeo4j(target);
    store = createNeo4jStore({ ...target, onQuery: (statement) => statements.push(statement) });
    await store.upsertArticle(graph);
  });
  afterAll(async () => {
    await store.close();
    await wipeNeo4j(target);
    release();
  });

  test.each(QUERIES.map((q) => [`${q.label}.${Object.keys(q.where!)[0]}`, q] as const))('%s is found, counted and planned on its index', async (_name, q) => {
    statements.length = 0;
    const page = await store.findNodes(q, { first: 10 });
    expect(page.items.map((n) => n.label)).toEqual([q.label]);
    expect(page.totalCount).toBe(1);
    expect(statements.length).toBeGreaterThan(0);
    for (const { statement, steps } of await planStepsOf(statements)) expect([statement, steps.some((o) => o.startsWith('NodeIndexSeek'))]).toEqual([statement, true]);
  });

  test.each([
    ['every event', {}, 'Event(_dateOrder)'],
    ['a status', { status: 'proposed' }, 'Event(status, _dateOrder)'],
    ['a kind', { type: 'summit' }, 'Event(type, _dateOrder)'],
    ['a status and a kind, in a range', { status: 'proposed', type: 'summit' }, 'Event(status, _dateOrder)'],
  ])("%s in date order: the head of an index range, never every event sorted", async (name, where, index) => {
    statements.length = 0;
    const range = name.endsWith('range') ? { from: '2025-05-01', to: '2025-06' } : {};
    const page = await store.findNodes({ label: 'Event', where, dateProp: 'date', ...range, orderBy: { prop: 'date', direction: 'ASC', then: 'published' } }, { first: 10, count: false });
    expect(page.items.map((n) => n.id)).toEqual(['event:w']);
    expect(statements).toHaveLength(1);
    const { steps } = (await planStepsOf(statements))[0]!;
    expect(steps.filter((o) => /^NodeIndex(Seek|Scan)/.test(o)).map((o) => o.includes(index))).toEqual([true]);
    expect(steps.filter((o) => /Sort|Top/.test(o))).toEqual([]);
  });

  test.each([
    ['Article', {}],
    ['Statement', {}],
    ['Article', { from: '2025-04-01', to: '2025-05' }],
  ] as const)("%s newest first %j: read down the label's published index, never every node sorted", async (label, range) => {
    statements.length = 0;
    const page = await store.findNodes({ label, ...range, dateProp: 'published', orderBy: { prop: 'published', direction: 'DESC' } }, { first: 10, count: false });
    expect(page.items.map((n) => n.label)).toEqual([label]);
    const { steps } = (await planStepsOf(statements))[0]!;
    expect(steps.filter((o) => /^NodeIndex(Seek|Scan)/.test(o)).map((o) => o.includes(`${label}(published)`))).toEqual([true]);
    // Ties on one date are put in id order (a partial sort); the nodes are never sorted whole.
    expect(steps.filter((o) => /Sort|Top/.test(o) && !/^Partial/.test(o))).toEqual([]);
  });

  test.each([
    ['undated first', { prop: 'date', direction: 'ASC', then: 'published' }, {}],
    ['undated last', { prop: 'date', direction: 'ASC', nulls: 'last', then: 'published' }, {}],
    ['within dates', { prop: 'date', direction: 'ASC', then: 'published' }, { from: '2025-05-01', to: '2025-06' }],
    ['by date or else publication (a timeline)', { prop: 'date', fallback: 'published', direction: 'ASC', nulls: 'last', then: 'published' }, {}],
  ] as const)("a participant's events in date order, %s: the head of the participant's key ranges, never its events sorted", async (_name, orderBy, range) => {
    statements.length = 0;
    const page = await store.findNodes({ label: 'Event', linkedFrom: { ids: ['person:w'], edgeType: 'PARTICIPANT' }, dateProp: 'date', ...range, orderBy }, { first: 10 });
    expect(page.items.map((n) => n.id)).toEqual(['event:w']);
    expect(page.totalCount).toBe(1);
    expect(statements).toHaveLength(1);
    const { steps } = (await planStepsOf(statements))[0]!;
    expect(steps.filter((o) => /RelationshipIndexSeekByRange/.test(o) && o.includes('PARTICIPANT(_eventOrder)')).length).toBeGreaterThan(0);
    expect(steps.filter((o) => /Sort|Top/.test(o))).toEqual([]);
  });

  test("interactions walk each key's own events, never every event of a status", async () => {
    statements.length = 0;
    await store.interactions({ ids: ['person:x'], meetingStatuses: ['planned', 'occurred'] });
    expect(statements).toHaveLength(1);
    const { steps } = (await planStepsOf(statements))[0]!;
    expect(steps.filter((o) => /^\S*(Index|LabelScan)\S* .*Event/.test(o))).toEqual([]);
  });

  test("an article's edges are sought on the type's articleId index, not read from every edge of the type", async () => {
    statements.length = 0;
    const page = await store.findEdges({ type: 'IN_ARTICLE', articleIds: ['article:w'] }, { first: 10 });
    expect(page.items.map((e) => e.id)).toEqual(['edge:w-1']);
    expect(statements.length).toBeGreaterThan(0);
    for (const { statement, steps } of await planStepsOf(statements)) {
      // The page and its count, each from the index.
      const reads = steps.filter((o) => /RelationshipIndexSeek|RelationshipTypeScan|AllNodesScan|NodeByLabelScan/.test(o));
      expect([statement, reads.length > 0 && reads.every((o) => o.includes('RelationshipIndexSeek'))]).toEqual([statement, true]);
    }
  });

  test('a prop name that is not an identifier stays data, next to one that is', async () => {
    const odd = 'slug` OR true //';
    expect((await store.findNodes({ label: 'Article', where: { slug: 'w-slug', [odd]: 'x' } }, { first: 1 })).totalCount).toBe(0);
    expect((await store.findNodes({ label: 'Article', where: { slug: 'w-slug' } }, { first: 1 })).totalCount).toBe(1);
  });
});
