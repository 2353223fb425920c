import { createNeo4jStore, linkedScan } from '../../src/graph/neo4j/neo4j-store';
import type { GraphStore, NodeQuery } from '../../src/graph/store';
import { aboutMany, aboutManyTarget, newestAbout } from '../contract/fixtures';
import { describeNeo4j, lockNeo4j, planSteps, wipeNeo4j } from './neo4j-test-server';

describe('linkedScan: how many newest nodes to read for a page of the linked ones', () => {
  it('reads a few hundred when most nodes are linked, a margin over what an even spread needs', () => {
    // Half of 400,000 statements are about the United States: 20 of them among the newest 40.
    expect(linkedScan(20, 400_000, 200_000, 10_000)).toBe(320);
    expect(linkedScan(1, 4_000, 3_500, 10_000)).toBe(200);
  });
  it('walks the links when they are few, or the rows to read would be too many', () => {
    expect(linkedScan(20, 400_000, 2_000, 10_000)).toBeNull();
    // Japan in 6% of 500,000 statements: 2,500 rows to read against 32,500 links to walk.
    expect(linkedScan(20, 500_000, 32_500, 10_000)).toBeNull();
    expect(linkedScan(20, 1_200, 300, 10_000)).toBeNull();
    expect(linkedScan(2_000, 400_000, 200_000, 10_000)).toBeNull();
    expect(linkedScan(20, 0, 0, 10_000)).toBeNull();
  });
});

/**
 * Statements about a country named in three of every four: Neo4j reads the newest statements down
 * the `published` index and checks each one's link, where walking the links read them all and
 * sorted their statements. The contract suite holds both ways to the same pages.
 */
describeNeo4j('neo4j: what is about a much-named entity, newest first', (target) => {
  let store: GraphStore;
  let release: () => void;
  const statements: string[] = [];
  // Enough statements that three in four being about one country makes reading the newest pay.
  const graphs = aboutMany(1_200);
  const q = (to: string): NodeQuery => ({ label: 'Statement', linksTo: { ids: [to], edgeType: 'ABOUT' }, orderBy: { prop: 'published', direction: 'DESC' } });

  beforeAll(async () => {
    release = await lockNeo4j(target);
    await wipeNeo4j(target);
    store = createNeo4jStore({ ...target, onQuery: (statement) => statements.push(statement) });
    for (let i = 0; i < graphs.length; i += 200) await store.upsertArticles(graphs.slice(i, i + 200));
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await wipeNeo4j(target);
    release();
  });

  it("a first page comes from the newest statements, read in index order, never from every link's statement sorted", async () => {
    statements.length = 0;
    const page = await store.findNodes(q(aboutManyTarget), { first: 20 });
    const want = newestAbout(graphs, aboutManyTarget);
    expect(page.items.map((n) => n.id)).toEqual(want.slice(0, 20));
    expect(page.totalCount).toBe(want.length);
    expect((await store.findNodes(q(aboutManyTarget), { first: 20, after: 'bzoxOQ', count: false })).items.map((n) => n.id)).toEqual(want.slice(20, 40));
    const scan = statements.find((s) => s.includes('LIMIT $scan'));
    expect(scan).toBeDefined();
    const steps = await planSteps(target, scan!);
    expect(steps.filter((o) => /^NodeIndex(Seek|Scan)/.test(o)).map((o) => o.includes('Statement(published)'))).toContain(true);
    expect(steps.filter((o) => /Sort|Top/.test(o) && !/^Partial/.test(o))).toEqual([]);
  });

  it('a rarely named entity, or a deep page, walks the links', async () => {
    for (const [to, after] of [
      ['country:AMY', undefined],
      [aboutManyTarget, 'bzoxNTA'],
    ] as const) {
      statements.length = 0;
      await store.findNodes(q(to), { first: 25, after });
      expect(statements.some((s) => s.includes('LIMIT $scan'))).toBe(false);
    }
  });
});
