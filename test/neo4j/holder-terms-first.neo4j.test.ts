import { createNeo4jStore } from '../../src/graph/neo4j';
import { onKey } from '../../src/graph/search-text';
import type { GraphStore, NodeQuery } from '../../src/graph/store';
import { onConditions, onHolders } from '../contract/fixtures';
import { describeNeo4j, lockNeo4j, planSteps, wipeNeo4j } from './neo4j-test-server';

/**
 * What a holder set, on something, within dates ("Kim's conditions on talks this year"): Neo4j
 * reads the holder's links in the dates and checks each condition's words when those links are
 * few, and starts from the full-text hits (every condition on talks, whoever set it) otherwise.
 * Both ways give the same pages.
 */
describeNeo4j('neo4j: what a holder set on something, within dates', (target) => {
  let release: () => void;
  const stores: GraphStore[] = [];
  const statements: string[] = [];
  const graphs = onConditions();
  const talks = ['talk', 'negotiation', 'negotiate', 'dialogue', 'sit', 'meet', 'summit'].map(onKey);
  const open = (startProbe?: number) => {
    const store = createNeo4jStore({ ...target, onQuery: (statement) => statements.push(statement), ...(startProbe === undefined ? {} : { startProbe }) });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    release = await lockNeo4j(target);
    await wipeNeo4j(target);
    await open().upsertArticles(graphs);
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await wipeNeo4j(target);
    release();
  });

  /** The operators of the page statement's plan. */
  const pagePlan = () => planSteps(target, statements.find((s) => s.includes('RETURN total, page'))!);
  /** Seeks each holder's range of `_page` keys, never scans every key. */
  const readsLinks = (steps: string[]) => steps.some((s) => /RelationshipIndexSeekByRange.*_page/.test(s)) && !steps.some((s) => /RelationshipIndexScan/.test(s));
  const readsHits = (steps: string[]) => steps.some((s) => /ProcedureCall.*fulltext/.test(s));

  async function walk(store: GraphStore, q: NodeQuery): Promise<{ ids: string[]; total: number }> {
    const ids: string[] = [];
    let total = -1;
    for (let after: string | undefined; ; ) {
      const p = await store.findNodes(q, { first: 2, after });
      ids.push(...p.items.map((n) => n.id));
      total = p.totalCount;
      if (!p.hasNextPage) return { ids, total };
      after = p.cursors[p.cursors.length - 1];
    }
  }

  test.each([
    ['within dates', { from: '2021-01-05' }],
    ['a month given alone', { from: '2021-01-03', to: '2021-01' }],
    ['all dates', {}],
  ])('%s: the few links of the holder and the full-text hits give the same pages', async (_name, range) => {
    const q: NodeQuery = { label: 'Condition', linkedFrom: { ids: [onHolders.kim], edgeType: 'SET' }, terms: [talks], dateProp: 'published', ...range, orderBy: { prop: 'published', direction: 'DESC' } };
    statements.length = 0;
    const fromLinks = await walk(open(), q);
    expect(readsLinks(await pagePlan())).toBe(true);
    statements.length = 0;
    const fromHits = await walk(open(1), q);
    const steps = await pagePlan();
    expect([readsLinks(steps), readsHits(steps)]).toEqual([false, true]);
    expect(fromLinks.ids.length).toBeGreaterThan(2);
    expect(fromLinks).toEqual(fromHits);
    expect(fromLinks.total).toBe(fromLinks.ids.length);
  });

  test('free words are left to the full-text index', async () => {
    statements.length = 0;
    const page = await open().findNodes({ label: 'Condition', linkedFrom: { ids: [onHolders.kim], edgeType: 'SET' }, words: 'condition', orderBy: { prop: 'published', direction: 'DESC' } }, { first: 5 });
    expect(page.totalCount).toBeGreaterThan(0);
    expect(readsHits(await pagePlan())).toBe(true);
  });
});
