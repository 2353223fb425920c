import neo4j from 'neo4j-driver';
import { buildArticleGraph } from '../../src/graph/build';
import { createNeo4jStore } from '../../src/graph/neo4j';
import type { GraphStore } from '../../src/graph/store';
import { fixtureExtraction } from '../graph/fixture-extraction';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from './neo4j-test-server';

/** A store written before statements carried `sourceKey` gets it when a store opens on it. */
describeNeo4j('neo4j backfill', (target) => {
  let release: () => void;
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
  const cypher = async (statement: string) => {
    const s = driver.session({ database: target.database });
    try {
      return (await s.run(statement)).records.map((r) => r.toObject());
    } finally {
      await s.close();
    }
  };
  const outlet = (store: GraphStore, sourceKey: string) => store.findNodes({ label: 'Statement', where: { sourceKey } }, { first: 50 });

  beforeAll(async () => {
    release = await lockNeo4j(target);
    await wipeNeo4j(target);
  });
  afterAll(async () => {
    await wipeNeo4j(target);
    await driver.close();
    release();
  });

  test("statements without their outlet's key get it from their article, once", async () => {
    const first = createNeo4jStore(target);
    const hindustan = buildArticleGraph(fixtureExtraction(), { extractorVersion: 't' });
    const straits = buildArticleGraph(fixtureExtraction({ id: 'other', url: 'https://example.org/other', source: 'The Straits Times' }), { extractorVersion: 't' });
    const none = fixtureExtraction({ id: 'none', url: 'https://example.org/none' });
    delete none.article.source;
    await first.upsertArticles([hindustan, straits, buildArticleGraph(none, { extractorVersion: 't' })]);
    const written = (await outlet(first, 'the straits times')).items;
    expect(written.length).toBeGreaterThan(0);
    await first.close();

    // As an older version left it: no keys, and no record of the fill.
    await cypher('MATCH (s:Statement) REMOVE s.sourceKey');
    await cypher('MATCH (m:SaysoMigration) DELETE m');

    const reopened = createNeo4jStore(target);
    try {
      expect((await outlet(reopened, 'the straits times')).items).toEqual(written);
      expect((await outlet(reopened, 'hindustan times')).items.map((n) => n.props.articleId)).toEqual(expect.arrayContaining([hindustan.articleId]));
      const keys = await cypher('MATCH (s:Statement) RETURN s.articleId AS article, s.sourceKey AS key');
      expect(keys.length).toBeGreaterThan(2);
      for (const k of keys) expect(k.key).toBe(k.article === hindustan.articleId ? 'hindustan times' : k.article === straits.articleId ? 'the straits times' : null);
      expect(await cypher('MATCH (m:SaysoMigration) RETURN m.name AS name')).toEqual([{ name: 'statement-source-key' }]);
      // The bookkeeping node is no part of the graph.
      expect((await reopened.stats()).totalNodes).toBe((await cypher('MATCH (n:Node) RETURN count(n) AS n'))[0]!.n.toNumber());
    } finally {
      await reopened.close();
    }

    // Done once: a later start does not fill again.
    await cypher('MATCH (s:Statement) REMOVE s.sourceKey');
    const later = createNeo4jStore(target);
    try {
      expect((await outlet(later, 'the straits times')).items).toEqual([]);
    } finally {
      await later.close();
    }
  });
});
