import neo4j from 'neo4j-driver';
import { DATED_LINKS } from '../../src/graph/dated-page';
import { createNeo4jStore } from '../../src/graph/neo4j';
import { datedLinkRange, datedSlicesStatement } from '../../src/graph/neo4j/dated-links';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from './neo4j-test-server';

/**
 * A holder's newest-first page on Neo4j reads each holder's range of `_page` keys already in
 * order: no sort, however many links the holder has. (That pages are right is the contract
 * suite's part; that they are read from the keys, backfill.neo4j.test.ts's.)
 */
describeNeo4j('neo4j dated links', (target) => {
  let release: () => void;
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);

  beforeAll(async () => {
    release = await lockNeo4j(target);
    await wipeNeo4j(target);
    // Opening a store applies the schema, the `_page` indexes with it.
    const store = createNeo4jStore(target);
    await store.stats();
    await store.close();
  });
  afterAll(async () => {
    await driver.close();
    release();
  });

  test.each(DATED_LINKS)('%s: each holder range is an index seek in page order, limited, with no sort', async (type) => {
    const ranges = [datedLinkRange('person:kim-jong-un', null, null), datedLinkRange('country:PRK', '2025-01', '2025-06')];
    const res = await driver.executeQuery(`EXPLAIN ${datedSlicesStatement(type, (v) => `${v} {.*}`)}`, { ranges, want: neo4j.int(21) }, { database: target.database });
    const operators: { type: string; details: string; order: string }[] = [];
    const walk = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      operators.push({ type: p.operatorType.replace(/@.*/, ''), details: String(p.arguments.Details ?? ''), order: String(p.arguments.Order ?? '') });
      for (const c of p.children) walk(c as typeof p);
    };
    walk(res.summary.plan as unknown as Parameters<typeof walk>[0]);
    const seek = operators.find((o) => o.type === 'DirectedRelationshipIndexSeekByRange');
    expect(seek?.details).toContain(`${type}(_page)`);
    expect(seek?.order).toBe('r._page DESC');
    expect(operators.map((o) => o.type)).toContain('Limit');
    expect(operators.filter((o) => /Sort|Top/.test(o.type))).toEqual([]);
  });
});
