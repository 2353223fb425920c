import neo4j from 'neo4j-driver';
import { buildArticleGraph } from '../../src/graph/build';
import { createNeo4jStore } from '../../src/graph/neo4j';
import { onKey } from '../../src/graph/search-text';
import type { EdgeQuery, GraphStore, NodeQuery } from '../../src/graph/store';
import { fixtureExtraction } from '../graph/fixture-extraction';
import { eventHost, interactionArticles, interactionCountry, interactionPeople, invitationHost, manyConditions, manyEvents, manyHolders, manyInvitations } from '../contract/fixtures';
import { countOlderArticles } from '../../src/graph/neo4j/interaction-counts';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from './neo4j-test-server';

/** Every fill, in name order. */
const FILLS = [
  'condition-on-keys',
  'date-ordered-link-date-INVITED',
  'dated-link-page-key-SAID',
  'dated-link-page-key-SET',
  'event-date-order-key',
  'interaction-counts',
  'participation-event-order-key',
  'statement-source-key',
];

/** A store written before statements carried `sourceKey`, or dated links `_page`, gets them when a store opens on it. */
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

    const told: string[] = [];
    const reopened = createNeo4jStore({ ...target, onBackfill: (name) => told.push(name) });
    try {
      expect((await outlet(reopened, 'the straits times')).items).toEqual(written);
      // Each fill is announced as it starts.
      expect([...told].sort()).toEqual(FILLS);
      expect((await outlet(reopened, 'hindustan times')).items.map((n) => n.props.articleId)).toEqual(expect.arrayContaining([hindustan.articleId]));
      const keys = await cypher('MATCH (s:Statement) RETURN s.articleId AS article, s.sourceKey AS key');
      expect(keys.length).toBeGreaterThan(2);
      for (const k of keys) expect(k.key).toBe(k.article === hindustan.articleId ? 'hindustan times' : k.article === straits.articleId ? 'the straits times' : null);
      expect(await cypher('MATCH (m:SaysoMigration) RETURN m.name AS name ORDER BY name')).toEqual(FILLS.map((name) => ({ name })));
      // The bookkeeping node is no part of the graph.
      expect((await reopened.stats()).totalNodes).toBe((await cypher('MATCH (n:Node) RETURN count(n) AS n'))[0]!.n.toNumber());
    } finally {
      await reopened.close();
    }

    // Done once: a later start does not fill again.
    await cypher('MATCH (s:Statement) REMOVE s.sourceKey');
    const later = createNeo4jStore({ ...target, onBackfill: (name) => told.push(`again ${name}`) });
    try {
      expect((await outlet(later, 'the straits times')).items).toEqual([]);
      expect(told.filter((n) => n.startsWith('again'))).toEqual([]);
    } finally {
      await later.close();
    }
  });
  test("conditions' full-text words without on-keys get them, from what the conditions are for", async () => {
    await wipeNeo4j(target);
    const first = createNeo4jStore(target);
    await first.upsertArticles([buildArticleGraph(fixtureExtraction(), { extractorVersion: 't' })]);
    const on = (...words: string[]): NodeQuery => ({ label: 'Condition', terms: words.map((w) => [onKey(w)]) });
    // Its own words ("sitting down with the US"), the event it is for (talks), the entity (the United States).
    const queries = [on('down'), on('talk'), on('united', 'states'), on('us')];
    const written = await Promise.all(queries.map((q) => first.findNodes(q, { first: 5 })));
    for (const page of written) expect(page.totalCount).toBe(1);
    const wordsOf = async () => ((await cypher('MATCH (c:Condition) RETURN c._search AS words'))[0]!.words as string).split(' ').sort();
    const words = await wordsOf();
    await first.close();

    // As an older version left it: the condition's text alone, and no record of the fill.
    await cypher("MATCH (c:Condition) SET c._search = split(c._search, ' on0')[0]");
    await cypher('MATCH (m:SaysoMigration) DELETE m');
    const reopened = createNeo4jStore(target);
    try {
      for (const [i, q] of queries.entries()) expect(await reopened.findNodes(q, { first: 5 })).toEqual(written[i]);
      // The same words as the writer gives it (the targets may come in another order).
      expect(await wordsOf()).toEqual(words);
    } finally {
      await reopened.close();
    }
  });

  test("dated links without their page key get it, and a holder's page is read from those keys", async () => {
    await wipeNeo4j(target);
    const first = createNeo4jStore(target);
    const newest = { label: 'Condition' as const, linkedFrom: { ids: [manyHolders.big, manyHolders.small], edgeType: 'SET' as const }, orderBy: { prop: 'published', direction: 'DESC' as const } };
    await first.upsertArticles(manyConditions(80));
    const written = await first.findNodes(newest, { first: 6 });
    expect(written.items).toHaveLength(6);

    // As an older version left it: links without keys, and no record of the fill.
    await cypher('MATCH ()-[r:SET]->() REMOVE r._page');
    await cypher('MATCH (m:SaysoMigration) DELETE m');
    // The open store reads pages from the keys alone: without them the page is empty, while
    // the count, which lists every link, still finds them all.
    const keyless = await first.findNodes(newest, { first: 6 });
    expect(keyless.items).toEqual([]);
    expect(keyless.totalCount).toBe(written.totalCount);
    await first.close();

    const reopened = createNeo4jStore(target);
    try {
      expect(await reopened.findNodes(newest, { first: 6 })).toEqual(written);
      expect(await cypher('MATCH ()-[r:SET]->() WHERE r._page IS NULL RETURN count(r) AS n')).toEqual([{ n: neo4j.int(0) }]);
    } finally {
      await reopened.close();
    }
  });

  test("invitations without their article's date get it, and a person's invitations page by date again", async () => {
    await wipeNeo4j(target);
    const first = createNeo4jStore(target);
    const received: EdgeQuery = { type: 'INVITED', toIds: [invitationHost], order: 'published' };
    await first.upsertArticles(manyInvitations());
    const written = await first.findEdges(received, { first: 100 });
    expect(written.items).toHaveLength(20);
    const byId = [...written.items].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(written.items).not.toEqual(byId);

    // As an older version left it: no dates on the links, and no record of the fill.
    await cypher('MATCH ()-[r:INVITED]->() REMOVE r._published');
    await cypher('MATCH (m:SaysoMigration) DELETE m');
    // Undated, they sort by id alone.
    expect((await first.findEdges(received, { first: 100 })).items).toEqual(byId);
    await first.close();

    const reopened = createNeo4jStore(target);
    try {
      expect(await reopened.findEdges(received, { first: 100 })).toEqual(written);
      // Only the links of undated articles stay without a date.
      const [left] = await cypher("MATCH ()-[r:INVITED]->() WHERE r._published IS NULL OPTIONAL MATCH (a:Article {id: r.articleId}) RETURN count(r) AS n, count(a.published) AS dated");
      expect(left!.n.toNumber()).toBeGreaterThan(0);
      expect(left!.dated.toNumber()).toBe(0);
    } finally {
      await reopened.close();
    }
  });

  test("events and participations without their order keys get them, and events of a status or a participant page in date order again", async () => {
    await wipeNeo4j(target);
    const first = createNeo4jStore(target);
    const planned: NodeQuery = { label: 'Event', where: { status: 'planned' }, dateProp: 'date', orderBy: { prop: 'date', direction: 'ASC', then: 'published' } };
    const hosted: NodeQuery = { label: 'Event', linkedFrom: { ids: [eventHost], edgeType: 'PARTICIPANT' }, orderBy: { prop: 'date', direction: 'ASC', nulls: 'last', then: 'published' } };
    await first.upsertArticles(manyEvents());
    const written = await Promise.all([planned, hosted].map((q) => first.findNodes(q, { first: 100 })));
    for (const page of written) expect(page.items.length).toBeGreaterThan(20);
    const keys = async () => [
      ...(await cypher('MATCH (n:Event) RETURN n.id AS id, n._dateOrder AS key ORDER BY id')).map((r) => `${r.id} ${r.key}`),
      ...(await cypher('MATCH ()-[r:PARTICIPANT]->() RETURN r.id AS id, r._eventOrder AS key ORDER BY id')).map((r) => `${r.id} ${r.key}`),
    ];
    const before = await keys();
    expect(before.every((k) => !k.endsWith(' null'))).toBe(true);

    // As an older version left it: no keys, and no record of the fill. Pages are read from
    // the keys alone, so they come back empty; the counts still find every event.
    await cypher('MATCH (n:Event) REMOVE n._dateOrder');
    await cypher('MATCH ()-[r:PARTICIPANT]->() REMOVE r._eventOrder');
    await cypher('MATCH (m:SaysoMigration) DELETE m');
    for (const [i, q] of [planned, hosted].entries()) {
      const keyless = await first.findNodes(q, { first: 100 });
      expect(keyless.items).toEqual([]);
      expect(keyless.totalCount).toBe(written[i]!.totalCount);
    }
    await first.close();

    const reopened = createNeo4jStore(target);
    try {
      for (const [i, q] of [planned, hosted].entries()) expect(await reopened.findNodes(q, { first: 100 })).toEqual(written[i]);
      expect(await keys()).toEqual(before);
    } finally {
      await reopened.close();
    }
  });

  test('articles written before the interaction counts are counted once, even by two fills at once, and rewritten ones keep them right', async () => {
    await wipeNeo4j(target);
    const first = createNeo4jStore(target);
    const graphs = interactionArticles();
    await first.upsertArticles(graphs);
    const everyone = [...interactionPeople, interactionCountry, 'org:ix-agency'];
    const ask = (store: GraphStore) => store.interactions({ ids: everyone, meetingStatuses: ['occurred', 'planned', 'proposed'] });
    const written = await ask(first);
    expect(written.filter((l) => l.kind !== 'INVITED').length).toBeGreaterThan(10);
    const ledgers = await cypher('MATCH (a:Article) RETURN a.id AS id, a._interactions AS ledger ORDER BY id');
    expect(ledgers.every((r) => typeof r.ledger === 'string')).toBe(true);
    await first.close();

    // As an older version left it: no counts, no article's part, no record of the fill.
    await cypher('MATCH (c:InteractionCount) DELETE c');
    await cypher('MATCH (a:Article) REMOVE a._interactions');
    const sessions = [0, 1].map(() => driver.session({ database: target.database }));
    try {
      await Promise.all(sessions.map((s) => countOlderArticles(s, 5)));
    } finally {
      await Promise.all(sessions.map((s) => s.close()));
    }
    expect(await cypher('MATCH (a:Article) RETURN a.id AS id, a._interactions AS ledger ORDER BY id')).toEqual(ledgers);
    await cypher("MATCH (m:SaysoMigration {name: 'interaction-counts'}) DELETE m");

    const reopened = createNeo4jStore(target);
    try {
      expect(await ask(reopened)).toEqual(written);
      // A counted article rewritten and another deleted: their old parts come out.
      await reopened.upsertArticles(interactionArticles(24, 'v2', (i) => i === 1));
      await reopened.deleteArticle('article:ix-002');
      const now = await ask(reopened);
      expect(now).not.toEqual(written);
      await reopened.upsertArticles(interactionArticles(24, 'v1', (i) => i <= 2));
      expect(await ask(reopened)).toEqual(written);
    } finally {
      await reopened.close();
    }
  });
});
