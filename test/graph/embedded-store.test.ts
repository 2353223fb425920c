import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArticleGraph } from '../../src/graph/build';
import { createEmbeddedStore, ftsQuery } from '../../src/graph/embedded';
import { edgesFrom } from '../../src/graph/embedded/index';
import { SCHEMA_VERSION } from '../../src/graph/embedded/schema';
import { MAX_MEETING_SIZE } from '../../src/graph/article-interactions';
import type { ArticleGraph } from '../../src/graph/model';
import type { EdgeQuery, GraphStore, NodeQuery } from '../../src/graph/store';
import { SaysoError, decodeCursor } from '../../src/graph/store';
import type { ExportItem } from '../../src/graph/store';
import { onKey } from '../../src/graph/search-text';
import { fixtureExtraction } from './fixture-extraction';

/** SQLite's plan for `sql`, its steps joined. */
const queryPlan = (db: Database.Database, sql: string, ...params: unknown[]): string =>
  db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((r) => (r as { detail: string }).detail)
    .join(' ');

/**
 * The interaction counts defined from the links themselves, whichever article wrote them: what
 * `interaction_counts` must hold (src/graph/article-interactions.ts), events of more than
 * MAX_MEETING_SIZE participants left out.
 */
const INTERACTIONS_OF_LINKS = `
SELECT * FROM (
  SELECT 'SAID_ABOUT' AS kind, s.src AS a, ab.dst AS b, '' AS status, COUNT(DISTINCT s.dst) AS weight
  FROM edges s JOIN edges ab ON ab.src = s.dst AND ab.type = 'ABOUT' JOIN nodes n ON n.id = ab.dst
  WHERE s.type = 'SAID' AND n.label <> 'Event' AND ab.dst <> s.src GROUP BY s.src, ab.dst
  UNION ALL
  SELECT 'MET', p.src, o.src, json_extract(e.props, '$.status') AS status, COUNT(DISTINCT p.dst)
  FROM edges p JOIN nodes e ON e.id = p.dst AND e.label = 'Event' JOIN edges o ON o.dst = p.dst AND o.type = 'PARTICIPANT'
  WHERE p.type = 'PARTICIPANT' AND p.src < o.src AND json_type(e.props, '$.status') = 'text'
    AND (SELECT COUNT(DISTINCT x.src) FROM edges x WHERE x.dst = p.dst AND x.type = 'PARTICIPANT') <= ${MAX_MEETING_SIZE}
  GROUP BY p.src, o.src, status
) ORDER BY kind, a, b, status`;
const keptInteractions = (file: string): { kind: string }[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], { kind: string }>('SELECT * FROM interaction_counts').all();
  } finally {
    db.close();
  }
};

const kimGraph = () => buildArticleGraph(fixtureExtraction(), { extractorVersion: '1' });
/** A second article that names Kim differently and adds a new alias. */
const otherGraph = () => {
  const x = fixtureExtraction({ id: 'other', url: 'https://example.org/other', published: '2025-09-22', source: 'Straits Times' });
  x.entities = x.entities.map((e) => (e.key === 'person:kim-jong-un' ? { ...e, aliases: ['Kim Jong-un', 'Chairman Kim'], roles: ['Chairman'] } : e));
  return buildArticleGraph(x, { extractorVersion: '1' });
};

describe('embedded store', () => {
  let dir: string;
  let store: GraphStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sayso-store-'));
    store = createEmbeddedStore({ file: join(dir, 'graph.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores an article graph and reads its nodes back in key order', async () => {
    const g = kimGraph();
    const r = await store.upsertArticle(g);
    expect(r).toEqual({ articleId: g.articleId, changed: true, nodes: g.nodes.length, edges: g.edges.length });
    const got = await store.getNodes(['person:kim-jong-un', 'missing', g.articleId]);
    expect(got[0]).toEqual(g.nodes.find((n) => n.id === 'person:kim-jong-un'));
    expect(got[1]).toBeNull();
    expect(got[2]!.label).toBe('Article');
    const s = await store.stats();
    expect(s.totalNodes).toBe(g.nodes.length);
    expect(s.totalEdges).toBe(g.edges.length);
    expect(s.nodes.Condition).toBe(1);
    expect(s.edges.SET).toBe(1);
  });

  it('ingesting the same article twice leaves counts unchanged and reports it unchanged', async () => {
    await store.upsertArticle(kimGraph());
    const before = await store.stats();
    const again = await store.upsertArticle(kimGraph());
    expect(again.changed).toBe(false);
    expect(await store.stats()).toEqual(before);
  });

  it('replaces an article contribution when its content changes, and nothing else', async () => {
    await store.upsertArticle(otherGraph());
    await store.upsertArticle(kimGraph());
    const x = fixtureExtraction({ extra: 'A later paragraph.' });
    x.conditions = [];
    const changed = buildArticleGraph(x, { extractorVersion: '1' });
    expect(changed.articleId).not.toBe(kimGraph().articleId); // text-keyed: a new article
    const y = fixtureExtraction();
    y.conditions = [];
    const r = await store.upsertArticle(buildArticleGraph(y, { extractorVersion: '2' }));
    expect(r.changed).toBe(true);
    const s = await store.stats();
    expect(s.nodes.Condition).toBe(1); // only the other article's condition remains
    expect(s.nodes.Article).toBe(2);
  });

  it('merges shared entities across articles and unmerges them on delete', async () => {
    const a = kimGraph();
    const b = otherGraph();
    await store.upsertArticle(a);
    await store.upsertArticle(b);
    const [kim] = await store.getNodes(['person:kim-jong-un']);
    expect(kim!.props.aliases).toEqual(expect.arrayContaining(['Kim', 'Kim Jong-un', 'Chairman Kim']));
    expect(kim!.props.roles).toEqual(expect.arrayContaining(['North Korean leader', 'Chairman']));
    expect(await store.deleteArticle(b.articleId)).toBe(true);
    const [after] = await store.getNodes(['person:kim-jong-un']);
    expect(after!.props.aliases).not.toContain('Chairman Kim');
    expect(await store.deleteArticle(b.articleId)).toBe(false);
  });

  it('delete removes the article, its facts and entities no article mentions any more', async () => {
    const a = kimGraph();
    await store.upsertArticle(a);
    expect(await store.deleteArticle(a.articleId)).toBe(true);
    expect(await store.stats()).toEqual({ nodes: {}, edges: {}, totalNodes: 0, totalEdges: 0 });
    expect((await store.search('Kim', null, { first: 10 })).totalCount).toBe(0);
  });

  it('returns neighbours per key, in key order, filtered by label and limited per key', async () => {
    const g = kimGraph();
    await store.upsertArticle(g);
    const [kim, nobody, trump] = await store.neighbours({ ids: ['person:kim-jong-un', 'person:nobody', 'person:donald-trump'], edgeType: 'SAID', direction: 'out' });
    expect(kim!.map((n) => n.node.props.speaker)).toEqual(['Kim Jong Un']);
    expect(nobody).toEqual([]);
    expect(trump).toHaveLength(1);
    const cond = g.nodes.find((n) => n.label === 'Condition')!;
    const [into] = await store.neighbours({ ids: [cond.id], edgeType: 'CONDITIONED_ON', direction: 'in', label: 'Statement' });
    expect(into!.map((n) => n.node.label)).toEqual(['Statement']);
    expect(into![0]!.edge.to).toBe(cond.id);
    const [one] = await store.neighbours({ ids: [g.articleId], edgeType: 'MENTIONS', direction: 'out', limitPerKey: 2 });
    expect(one).toHaveLength(2);
    const [all] = await store.neighbours({ ids: [g.articleId], edgeType: 'MENTIONS', direction: 'out' });
    expect(all!.map((n) => n.edge.id)).toEqual([...all!.map((n) => n.edge.id)].sort());
  });

  it('finds nodes by name or alias, folding case, hyphens and dots', async () => {
    await store.upsertArticle(kimGraph());
    for (const name of ['Kim Jong Un', 'kim jong-un', 'KIM']) {
      const p = await store.findNodes({ label: 'Person', name }, { first: 5 });
      expect(p.items.map((n) => n.id)).toEqual(['person:kim-jong-un']);
    }
    expect((await store.findNodes({ label: 'Country', name: 'u.s.' }, { first: 5 })).items.map((n) => n.id)).toEqual(['country:USA']);
    expect((await store.findNodes({ label: 'Person', name: 'Nobody' }, { first: 5 })).totalCount).toBe(0);
  });

  it('pages with offset cursors and reports totalCount and page info', async () => {
    await store.upsertArticle(kimGraph());
    const p1 = await store.findNodes({ label: 'Person' }, { first: 2 });
    expect(p1.items.map((n) => n.id)).toEqual(['person:donald-trump', 'person:kim-jong-un']);
    expect(p1).toMatchObject({ totalCount: 3, hasNextPage: true, hasPreviousPage: false });
    const p2 = await store.findNodes({ label: 'Person' }, { first: 2, after: p1.cursors[1] });
    expect(p2.items.map((n) => n.id)).toEqual(['person:lee-jae-myung']);
    expect(p2).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(decodeCursor(p2.cursors[0])).toBe(3);
    await expect(store.findNodes({ label: 'Person' }, { first: 2, after: 'garbage' })).rejects.toBeInstanceOf(SaysoError);
  });

  it('filters by exact props, id lists and inclusive date ranges, and sorts by a prop', async () => {
    await store.upsertArticle(kimGraph());
    await store.upsertArticle(otherGraph());
    const direct = await store.findNodes({ label: 'Statement', where: { kind: 'direct' } }, { first: 10 });
    expect(direct.totalCount).toBe(4);
    const sept = await store.findNodes({ label: 'Statement', from: '2025-09-01', to: '2025-09-22' }, { first: 10 });
    expect(sept.items.every((n) => n.props.published === '2025-09-22')).toBe(true);
    expect(sept.totalCount).toBe(3);
    const oct = await store.findNodes({ label: 'Statement', to: '2025-10-18', from: '2025-10-18' }, { first: 10 });
    expect(oct.totalCount).toBe(3); // date-times count on the day they fall on
    const events = await store.findNodes({ label: 'Event', dateProp: 'date', from: '2019', to: '2019' }, { first: 10 });
    expect(events.items.map((n) => n.props.date)).toEqual(['2019-06-30', '2019-06-30']);
    const ids = direct.items.slice(0, 2).map((n) => n.id);
    expect((await store.findNodes({ label: 'Statement', ids }, { first: 10 })).items.map((n) => n.id).sort()).toEqual([...ids].sort());
    expect((await store.findNodes({ label: 'Statement', ids: [] }, { first: 10 })).totalCount).toBe(0);
    const sorted = await store.findNodes({ label: 'Statement', orderBy: { prop: 'published', direction: 'ASC' } }, { first: 10 });
    expect(sorted.items[0]!.props.published).toBe('2025-09-22');
    await expect(store.findNodes({ label: 'Statement', where: { "x') OR 1=1 --": 1 } }, { first: 1 })).rejects.toThrow(/Invalid property/);
  });

  it('searches names, aliases and fact text, best first, filtered by label', async () => {
    await store.upsertArticle(kimGraph());
    const hits = await store.search('denuclearisation', null, { first: 10 });
    expect(hits.items.map((h) => h.node.label).sort()).toEqual(['Condition', 'Statement']);
    expect(hits.items[0]!.score).toBeGreaterThanOrEqual(hits.items[1]!.score);
    const people = await store.search('kim jong-un', ['Person'], { first: 10 });
    expect(people.items.map((h) => h.node.id)).toEqual(['person:kim-jong-un']);
    expect((await store.search('Chairm', null, { first: 10 })).totalCount).toBe(0);
    expect((await store.search('Pyong', ['Country'], { first: 10 })).items.map((h) => h.node.id)).toEqual(['country:PRK']);
    expect((await store.search('"(*', null, { first: 10 })).totalCount).toBe(0);
  });

  it('turns any user text into a safe FTS query', () => {
    expect(ftsQuery('Kim "Jong-un" OR')).toBe('"Kim" "Jong" "un" "OR"');
    expect(ftsQuery('Kim "Jong-un" NEAR(^')).toBe('"Kim" "Jong" "un" "NEAR"*');
    expect(ftsQuery('  ()" ')).toBeNull();
    // Thousands of words once took the index 30 s: each word once, the first 32 only.
    expect(ftsQuery(Array(3000).fill('talks').join(' '))).toBe('"talks"*');
    expect(ftsQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toBe(Array.from({ length: 32 }, (_, i) => `"w${i}"`).join(' ') + '*');
  });

  it('exports nodes then edges, and a neighbourhood or date range on request', async () => {
    const a = kimGraph();
    const b = otherGraph();
    await store.upsertArticle(a);
    await store.upsertArticle(b);
    const collect = async (it: AsyncIterable<ExportItem>) => {
      const out: ExportItem[] = [];
      for await (const x of it) out.push(x);
      return out;
    };
    const all = await collect(store.exportGraph());
    const s = await store.stats();
    expect(all.filter((x) => x.kind === 'node')).toHaveLength(s.totalNodes);
    expect(all.filter((x) => x.kind === 'edge')).toHaveLength(s.totalEdges);
    expect(all.findIndex((x) => x.kind === 'edge')).toBe(s.totalNodes);

    const sept = await collect(store.exportGraph({ from: '2025-09-01', to: '2025-09-30' }));
    const nodeIds = new Set(sept.flatMap((x) => (x.kind === 'node' ? [x.node.id] : [])));
    expect(nodeIds.has(b.articleId)).toBe(true);
    expect(nodeIds.has(a.articleId)).toBe(false);
    expect(sept.every((x) => x.kind === 'node' || x.edge.articleId === b.articleId)).toBe(true);

    const near = await collect(store.exportGraph({ entityId: 'place:panmunjom', depth: 1, labels: ['Event', 'Place'] }));
    expect(near.filter((x) => x.kind === 'node').map((x) => (x.kind === 'node' ? x.node.label : '')).sort()).toEqual(['Event', 'Event', 'Place']);
    expect(near.filter((x) => x.kind === 'edge').every((x) => x.kind === 'edge' && x.edge.type === 'HELD_IN')).toBe(true);
  });

  it("keeps stats and interaction counts equal to the rows' own count through re-ingest, clashing ids, failed batches and deletes", async () => {
    const file = join(dir, 'graph.db');
    const recount = () => {
      const db = new Database(file, { readonly: true });
      try {
        const nodes = Object.fromEntries(db.prepare<[], { k: string; c: number }>('SELECT label AS k, COUNT(*) AS c FROM nodes GROUP BY label').all().map((r) => [r.k, r.c]));
        const edges = Object.fromEntries(db.prepare<[], { k: string; c: number }>('SELECT type AS k, COUNT(*) AS c FROM edges GROUP BY type').all().map((r) => [r.k, r.c]));
        const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
        expect(db.prepare('SELECT * FROM interaction_counts ORDER BY kind, a, b, status').all()).toEqual(db.prepare(INTERACTIONS_OF_LINKS).all());
        return { nodes, edges, totalNodes: sum(nodes), totalEdges: sum(edges) };
      } finally {
        db.close();
      }
    };
    const kim = kimGraph();
    const other = otherGraph();
    await store.upsertArticles([kim, other]);
    expect(await store.stats()).toEqual(recount());
    expect(new Set(keptInteractions(file).map((r) => r.kind))).toEqual(new Set(['SAID_ABOUT', 'MET']));
    // A later version of one article: its rows go and come back.
    const x = fixtureExtraction({ extra: 'A later paragraph.' });
    await store.upsertArticle(buildArticleGraph(x, { extractorVersion: '1' }));
    expect(await store.stats()).toEqual(recount());
    // An article whose node and edge ids are another article's, under other labels and types.
    const statement = kim.nodes.find((n) => n.label === 'Statement')!;
    const edge = kim.edges[0]!;
    const clash: ArticleGraph = {
      articleId: 'article:clash',
      contentHash: 'clash:v1',
      nodes: [
        { id: 'article:clash', label: 'Article', props: { title: 'Clash', published: '2025-10-01' } },
        { id: statement.id, label: 'Event', props: { type: 'Talks', status: 'proposed' } },
      ],
      edges: [{ id: edge.id, type: 'IN_ARTICLE', from: statement.id, to: 'article:clash', articleId: 'article:clash', props: {} }],
    };
    await store.upsertArticle(clash);
    expect(await store.stats()).toEqual(recount());
    // A batch that fails half-way counts nothing.
    const before = await store.stats();
    const bad: ArticleGraph = { ...kimGraph(), articleId: 'article:bad', contentHash: 'bad', nodes: [] };
    await expect(store.upsertArticles([{ ...clash, contentHash: 'clash:v2' }, bad])).rejects.toBeInstanceOf(SaysoError);
    expect(await store.stats()).toEqual(before);
    // Deleting every article leaves nothing to count, orphaned entities included.
    const articles = (await store.findNodes({ label: 'Article' }, { first: 10 })).items.map((n) => n.id);
    expect(articles).toContain('article:clash');
    for (const id of articles) await store.deleteArticle(id);
    expect(await store.stats()).toEqual(recount());
    expect(await store.stats()).toEqual({ nodes: {}, edges: {}, totalNodes: 0, totalEdges: 0 });
    expect(keptInteractions(file)).toEqual([]);
  });

  it("pages one person's invitations from the index of their ends, not from every invitation in id order", async () => {
    await store.upsertArticle(kimGraph());
    await store.close();
    const db = new Database(join(dir, 'graph.db'), { readonly: true });
    const planOf = (q: EdgeQuery) => {
      const { from, params } = edgesFrom(q);
      return queryPlan(db, `SELECT e.id ${from} ORDER BY e.id LIMIT 11 OFFSET 0`, ...params);
    };
    const sent = planOf({ type: 'INVITED', fromIds: ['person:lee-jae-myung'] });
    const received = planOf({ type: 'INVITED', toIds: ['person:donald-trump'], fromLabel: 'Person' });
    const everyone = planOf({ type: 'INVITED', fromLabel: 'Person' });
    // In date order: the dated range, then the undated one, each read in page order.
    const byDate = (q: EdgeQuery, dated: boolean) => {
      const { from, params } = edgesFrom(q);
      return queryPlan(db, `SELECT e.id ${from} AND e.published IS ${dated ? 'NOT ' : ''}NULL ORDER BY ${dated ? 'e.published, ' : ''}e.id LIMIT 11`, ...params);
    };
    const receivedByDate = [true, false].map((dated) => byDate({ type: 'INVITED', toIds: ['person:donald-trump'], order: 'published' }, dated));
    const sentByDate = [true, false].map((dated) => byDate({ type: 'INVITED', fromIds: ['person:lee-jae-myung'], order: 'published' }, dated));
    db.close();
    expect(sent).toMatch(/INDEX edges_src \(src=\? AND type=\?\)/);
    expect(received).toMatch(/INDEX edges_dst \(dst=\? AND type=\?\)/);
    expect(everyone).toMatch(/INDEX edges_listed/);
    for (const plan of [sent, received, ...receivedByDate, ...sentByDate]) expect(plan).not.toMatch(/TEMP B-TREE/);
    expect(receivedByDate).toEqual([expect.stringMatching(/INDEX edges_dst_by_date \(dst=\? AND published>\?\)/), expect.stringMatching(/INDEX edges_dst_by_date \(dst=\? AND published=\?\)/)]);
    expect(sentByDate).toEqual([expect.stringMatching(/INDEX edges_src_by_date \(src=\? AND published>\?\)/), expect.stringMatching(/INDEX edges_src_by_date \(src=\? AND published=\?\)/)]);
    store = createEmbeddedStore({ file: join(dir, 'graph.db') });
  });

  it('persists across reopen', async () => {
    await store.upsertArticle(kimGraph());
    await store.close();
    store = createEmbeddedStore({ file: join(dir, 'graph.db') });
    expect((await store.stats()).nodes.Article).toBe(1);
    expect((await store.upsertArticle(kimGraph())).changed).toBe(false);
  });

  /** Turns a current store file back into the layout schema version 16 wrote. */
  const V16_LAYOUT = 'DROP INDEX nodes_event_date; DROP INDEX nodes_prop_type;';
  /** Turns a current store file back into the layout schema version 15 wrote. */
  const V15_LAYOUT = `${V16_LAYOUT} DROP TABLE article_interactions; DROP TABLE interaction_counts;`;
  /** Turns a current store file back into the layout schema version 14 wrote. */
  const V14_LAYOUT = `${V15_LAYOUT} DROP INDEX nodes_prop_status;
    CREATE INDEX nodes_prop_status ON nodes(json_extract(props, '$.status'), json_extract(props, '$.date'), id, label) WHERE json_extract(props, '$.status') IS NOT NULL;`;
  /** Turns a current store file back into the layout schema version 13 wrote. */
  const V13_LAYOUT = V14_LAYOUT + " DROP INDEX edges_participant_date; ALTER TABLE edges DROP COLUMN date; UPDATE edges SET published = NULL WHERE type = 'PARTICIPANT';";
  /** Turns a current store file back into the layout schema version 12 wrote. */
  const V12_LAYOUT = V13_LAYOUT + " DROP INDEX edges_src_by_date; DROP INDEX edges_dst_by_date; UPDATE edges SET published = NULL WHERE type = 'INVITED';";
  /** Turns a current store file back into the layout schema version 11 wrote. */
  const V11_LAYOUT = `${V12_LAYOUT} DROP INDEX nodes_prop_slug; DROP INDEX nodes_prop_source;`;
  /** Turns a current store file back into the layout schema version 10 wrote. */
  const V10_LAYOUT = `${V11_LAYOUT} DROP INDEX nodes_prop_quoteKey; DROP INDEX nodes_prop_sourceKey; DROP INDEX nodes_prop_status;
    CREATE INDEX nodes_prop_quoteKey ON nodes(json_extract(props, '$.quoteKey')) WHERE json_extract(props, '$.quoteKey') IS NOT NULL;
    CREATE INDEX nodes_prop_sourceKey ON nodes(json_extract(props, '$.sourceKey'), published DESC, id) WHERE json_extract(props, '$.sourceKey') IS NOT NULL;
    CREATE INDEX nodes_prop_status ON nodes(json_extract(props, '$.status'), json_extract(props, '$.date'), id) WHERE json_extract(props, '$.status') IS NOT NULL;`;
  /** Turns a current store file back into the layout schema version 9 wrote. */
  const V9_LAYOUT = V10_LAYOUT + ' DROP TABLE graph_counts;';
  /** Turns a current store file back into the layout schema version 8 wrote. */
  const V8_LAYOUT = V9_LAYOUT + ' DROP INDEX nodes_prop_status;';
  /** Turns a current store file back into the layout schema version 7 wrote. */
  const V7_LAYOUT = V8_LAYOUT + "UPDATE search_index SET body = (SELECT json_extract(n.props, '$.text') FROM nodes n WHERE n.id = search_index.node_id) WHERE label = 'Condition';";
  /** Turns a current store file back into the layout schema version 6 wrote. */
  const V6_LAYOUT = V7_LAYOUT + "DROP INDEX nodes_prop_sourceKey; DROP INDEX edges_listed; UPDATE nodes SET props = json_remove(props, '$.sourceKey') WHERE label = 'Statement';";
  /** Turns a current store file back into the layout schema version 5 wrote. */
  const V5_LAYOUT = `${V6_LAYOUT} DROP INDEX nodes_prop_quoteKey;`;
  /** Turns a current store file back into the layout schema version 4 wrote. */
  const V4_LAYOUT = `${V5_LAYOUT} DROP INDEX edges_src_published; ALTER TABLE edges DROP COLUMN published;`;
  /** Turns a current store file back into the layout schema version 3 wrote. */
  const V3_LAYOUT = `${V4_LAYOUT} DROP INDEX edges_dst; CREATE INDEX edges_dst ON edges(dst, type, id);`;
  /** Turns a current store file back into the layout schema version 2 wrote. */
  const V2_LAYOUT = `${V3_LAYOUT} DROP INDEX nodes_label_published; ALTER TABLE nodes DROP COLUMN published; DROP INDEX edges_src; CREATE INDEX edges_src ON edges(src, type, id);`;

  /** The statement a page of events(status:) runs, in the API's date order. */
  const STATUS_PAGE_SQL =
    "SELECT n.id, n.label, n.props FROM nodes n WHERE +n.label = ? AND json_extract(n.props, '$.status') = ? ORDER BY json_extract(n.props, '$.date') ASC, json_extract(n.props, '$.published') ASC, n.id LIMIT 21 OFFSET 0";
  /** The order events() asks for (EVENTS_ORDER in src/api/types/event.ts). */
  const EVENTS_ORDER: NodeQuery['orderBy'] = { prop: 'date', direction: 'ASC', then: 'published' };

  /** Rewrites the closed store at `file` into an older version's layout and opens it again; returns the upgrades it announced. */
  function reopenFrom(file: string, layout: string, version: number): [number, number][] {
    const db = new Database(file);
    db.exec(`${layout} UPDATE meta SET value = '${version}' WHERE key = 'schemaVersion'`);
    db.close();
    const upgrades: [number, number][] = [];
    store = createEmbeddedStore({ file, onUpgrade: (from, to) => upgrades.push([from, to]) });
    return upgrades;
  }

  /** Writes two articles and reads Kim's statements newest first; leaves the store open. */
  async function twoArticlesAndKimsPage() {
    await store.upsertArticle(kimGraph());
    await store.upsertArticle(otherGraph());
    const q = { label: 'Statement' as const, linkedFrom: { ids: ['person:kim-jong-un'], edgeType: 'SAID' as const }, orderBy: { prop: 'published', direction: 'DESC' as const } };
    return { file: join(dir, 'graph.db'), q, before: await store.findNodes(q, { first: 10 }) };
  }

  it("migrates a store written by schema version 13 (participations without their event's dates), and pages a participant's events from its index", async () => {
    await store.upsertArticle(kimGraph());
    await store.upsertArticle(otherGraph());
    const link = { ids: ['person:kim-jong-un'], edgeType: 'PARTICIPANT' as const };
    const orders: NodeQuery['orderBy'][] = [
      { prop: 'date', direction: 'ASC', then: 'published' },
      { prop: 'date', direction: 'ASC', nulls: 'last', then: 'published' },
      { prop: 'date', fallback: 'published', direction: 'ASC', nulls: 'last', then: 'published' },
    ];
    const queries: NodeQuery[] = orders.map((orderBy) => ({ label: 'Event', linkedFrom: link, orderBy }));
    const before = await Promise.all(queries.map((q) => store.findNodes(q, { first: 10 })));
    expect(before[0]!.totalCount).toBeGreaterThan(1);
    await store.close();
    const file = join(dir, 'graph.db');
    expect(reopenFrom(file, V13_LAYOUT, 13)).toEqual([[13, SCHEMA_VERSION]]);
    for (const [i, q] of queries.entries()) expect(await store.findNodes(q, { first: 10 })).toEqual(before[i]);
    await store.close();
    const after = new Database(file, { readonly: true });
    const carried = after
      .prepare<[], { same: number; n: number }>(
        "SELECT COUNT(*) AS n, SUM(e.date IS json_extract(v.props, '$.date') AND e.published IS v.published) AS same FROM edges e JOIN nodes v ON v.id = e.dst WHERE e.type = 'PARTICIPANT'",
      )
      .get()!;
    // Each range a page reads comes from the index in page order.
    const rangePlans = [
      'e.date IS NOT NULL ORDER BY e.date, e.published, e.dst',
      'e.date IS NULL ORDER BY e.published, e.dst',
      'e.date IS NULL AND e.published IS NOT NULL ORDER BY e.published, e.dst',
      'e.date IS NULL AND e.published IS NULL ORDER BY e.dst',
    ].map((range) =>
      queryPlan(after, `SELECT e.dst FROM edges e INDEXED BY edges_participant_date WHERE e.src = ? AND e.type = 'PARTICIPANT' AND e.type IN ('PARTICIPANT') AND ${range} LIMIT 11`, 'person:kim-jong-un'),
    );
    after.close();
    expect(carried.n).toBeGreaterThan(1);
    expect(carried.same).toBe(carried.n);
    for (const plan of rangePlans) expect(plan).toMatch(/^SEARCH e USING COVERING INDEX edges_participant_date \(src=\? AND date/);
    for (const plan of rangePlans) expect(plan).not.toMatch(/TEMP B-TREE/);
    store = createEmbeddedStore({ file });
  });

  it('migrates a store written by schema version 12 (undated invitations): dates them and pages them by date', async () => {
    await store.upsertArticle(kimGraph());
    await store.upsertArticle(otherGraph());
    const q: EdgeQuery = { type: 'INVITED', toIds: ['person:donald-trump'], order: 'published' };
    const before = await store.findEdges(q, { first: 10 });
    expect(before.totalCount).toBeGreaterThan(0);
    await store.close();
    const file = join(dir, 'graph.db');
    expect(reopenFrom(file, V12_LAYOUT, 12)).toEqual([[12, SCHEMA_VERSION]]);
    expect(await store.findEdges(q, { first: 10 })).toEqual(before);
    await store.close();
    const after = new Database(file, { readonly: true });
    const undated = after.prepare("SELECT COUNT(*) AS c FROM edges e JOIN nodes a ON a.id = e.article_id WHERE e.type = 'INVITED' AND a.published IS NOT NULL AND e.published IS NOT a.published").get() as { c: number };
    const indexes = after.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'edges_%_by_date' ORDER BY name").all();
    after.close();
    expect(undated.c).toBe(0);
    expect(indexes).toEqual([{ name: 'edges_dst_by_date' }, { name: 'edges_src_by_date' }]);
    store = createEmbeddedStore({ file });
  });

  it("migrates a store written by schema version 11 (no index on an article's slug or outlet), and reads both from their indexes", async () => {
    await store.upsertArticle(kimGraph());
    await store.upsertArticle(otherGraph());
    const bySlug: NodeQuery = { label: 'Article', where: { slug: 'other' } };
    const byOutlet: NodeQuery = { label: 'Article', where: { source: 'Straits Times' }, orderBy: { prop: 'published', direction: 'DESC' } };
    const before = [await store.findNodes(bySlug, { first: 1 }), await store.findNodes(byOutlet, { first: 10 })];
    expect(before.map((p) => p.items.map((n) => n.props.url))).toEqual([['https://example.org/other'], ['https://example.org/other']]);
    await store.close();
    const file = join(dir, 'graph.db');
    expect(reopenFrom(file, V11_LAYOUT, 11)).toEqual([[11, SCHEMA_VERSION]]);
    expect([await store.findNodes(bySlug, { first: 1 }), await store.findNodes(byOutlet, { first: 10 })]).toEqual(before);
    await store.close();
    const after = new Database(file, { readonly: true });
    const planOf = (sql: string, ...params: string[]) => queryPlan(after, sql, ...params);
    const slugPlan = planOf("SELECT n.id FROM nodes n WHERE +n.label = ? AND json_extract(n.props, '$.slug') = ? LIMIT 2", 'Article', 'other');
    const outletPlan = planOf("SELECT n.id FROM nodes n WHERE +n.label = ? AND json_extract(n.props, '$.source') = ? ORDER BY n.published DESC, n.id LIMIT 11", 'Article', 'Straits Times');
    after.close();
    expect(slugPlan).toMatch(/INDEX nodes_prop_slug/);
    expect(outletPlan).toMatch(/INDEX nodes_prop_source/);
    expect(outletPlan).not.toMatch(/TEMP B-TREE/);
    store = createEmbeddedStore({ file });
  });

  it('migrates a store written by schema version 10 (indexed props without the label), and counts from those indexes alone', async () => {
    await store.upsertArticle(kimGraph());
    await store.upsertArticle(otherGraph());
    const queries: NodeQuery[] = [
      { label: 'Event', where: { status: 'proposed' } },
      { label: 'Statement', where: { sourceKey: 'straits times' } },
    ];
    const before = await Promise.all(queries.map((q) => store.findNodes(q, { first: 10 })));
    for (const page of before) expect(page.totalCount).toBeGreaterThan(0);
    await store.close();
    const file = join(dir, 'graph.db');
    expect(reopenFrom(file, V10_LAYOUT, 10)).toEqual([[10, SCHEMA_VERSION]]);
    for (const [i, q] of queries.entries()) expect(await store.findNodes(q, { first: 10 })).toEqual(before[i]);
    await store.close();
    const after = new Database(file, { readonly: true });
    // sourceKey's index holds the virtual `published` column, which SQLite does not read from an index.
    for (const prop of ['status', 'quoteKey']) {
      const plan = queryPlan(after, `SELECT COUNT(*) AS c FROM nodes n WHERE +n.label = ? AND json_extract(n.props, '$.${prop}') = ?`, 'Event', 'x');
      expect([prop, plan]).toEqual([prop, expect.stringContaining(`USING COVERING INDEX nodes_prop_${prop}`)]);
    }
    after.close();
    store = createEmbeddedStore({ file });
  });

  /** The statements a page of events() runs in the API's date order: all events, within dates, of a kind. */
  const EVENTS_ORDER_SQL = "ORDER BY json_extract(n.props, '$.date') ASC, json_extract(n.props, '$.published') ASC, n.id LIMIT 21 OFFSET 0";
  const EVENT_DATE_RANGE_SQL = "AND json_extract(n.props, '$.date') IS NOT NULL AND json_extract(n.props, '$.date') >= ? AND substr(json_extract(n.props, '$.date'), 1, ?) <= ?";
  const EVENT_PAGES: [string, string, unknown[]][] = [
    ['every event', `SELECT n.id, n.label, n.props FROM nodes n INDEXED BY nodes_event_date WHERE n.label = 'Event' ${EVENTS_ORDER_SQL}`, []],
    ['events within dates', `SELECT n.id, n.label, n.props FROM nodes n INDEXED BY nodes_event_date WHERE n.label = 'Event' ${EVENT_DATE_RANGE_SQL} ${EVENTS_ORDER_SQL}`, ['2019-01-01', 7, '2025-12']],
    ['events of a kind', `SELECT n.id, n.label, n.props FROM nodes n WHERE +n.label = ? AND json_extract(n.props, '$.type') = ? ${EVENTS_ORDER_SQL}`, ['Event', 'Talks']],
  ];

  it('migrates a store written by schema version 16 (events read whole for a kind or dates), and pages them from their indexes', async () => {
    await store.upsertArticles([kimGraph(), otherGraph()]);
    const queries: NodeQuery[] = [
      { label: 'Event', orderBy: EVENTS_ORDER },
      { label: 'Event', from: '2019-01-01', to: '2025-12', dateProp: 'date', orderBy: EVENTS_ORDER },
      { label: 'Event', where: { type: 'Talks' }, orderBy: EVENTS_ORDER },
      { label: 'Event', where: { type: 'Meeting' }, from: '2019-06', dateProp: 'date', orderBy: EVENTS_ORDER },
    ];
    const before = await Promise.all(queries.map((q) => store.findNodes(q, { first: 20 })));
    for (const page of before) expect(page.totalCount).toBeGreaterThan(0);
    await store.close();
    const file = join(dir, 'graph.db');
    const old = new Database(file);
    old.exec(V16_LAYOUT);
    expect(queryPlan(old, `SELECT n.id FROM nodes n WHERE n.label = ? ${EVENTS_ORDER_SQL}`, 'Event')).toMatch(/TEMP B-TREE/);
    old.close();
    expect(reopenFrom(file, '', 16)).toEqual([[16, SCHEMA_VERSION]]);
    for (const [i, q] of queries.entries()) expect(await store.findNodes(q, { first: 20 })).toEqual(before[i]);
    await store.close();
    const after = new Database(file, { readonly: true });
    for (const [name, sql, params] of EVENT_PAGES) {
      const plan = queryPlan(after, sql, ...params);
      expect([name, plan]).toEqual([name, expect.stringMatching(/USING (COVERING )?INDEX (nodes_event_date|nodes_prop_type)/)]);
      expect([name, plan]).not.toEqual([name, expect.stringMatching(/TEMP B-TREE/)]);
    }
    after.close();
    store = createEmbeddedStore({ file });
  });

  it('migrates a store written by schema version 15 (no kept interaction counts): counts them from the links, then keeps them as articles go', async () => {
    // A gathering too large to count as a meeting (MAX_MEETING_SIZE), and a pair that did meet.
    const gathering = (size: number, n: number): ArticleGraph => ({
      articleId: `article:gathering-${n}`,
      contentHash: `gathering-${n}`,
      nodes: [
        { id: `article:gathering-${n}`, label: 'Article', props: { title: 'Gathering', published: '2025-09-01' } },
        { id: `event:gathering-${n}`, label: 'Event', props: { type: 'Summit', status: 'occurred' } },
        ...Array.from({ length: size }, (_, i) => ({ id: `country:g${i}`, label: 'Country' as const, props: { name: `G${i}` } })),
      ],
      edges: Array.from({ length: size }, (_, i) => ({ id: `edge:g${n}-${i}`, type: 'PARTICIPANT' as const, from: `country:g${i}`, to: `event:gathering-${n}`, articleId: `article:gathering-${n}`, props: {} })),
    });
    await store.upsertArticles([kimGraph(), otherGraph(), gathering(MAX_MEETING_SIZE + 1, 1), gathering(2, 2)]);
    const file = join(dir, 'graph.db');
    const everyone = (await store.findNodes({ label: 'Person' }, { first: 100 })).items.map((n) => n.id);
    const ask = () => store.interactions({ ids: everyone, meetingStatuses: ['occurred', 'planned', 'proposed'] });
    const before = await ask();
    expect(before.map((l) => l.kind)).toEqual(expect.arrayContaining(['SAID_ABOUT', 'MET']));
    await store.close();
    const rows = (db: Database.Database) => db.prepare('SELECT * FROM article_interactions ORDER BY article_id, kind, a, b, status').all();
    const written = new Database(file, { readonly: true });
    const writtenRows = rows(written);
    written.close();
    expect(writtenRows.filter((r) => (r as { article_id: string }).article_id.startsWith('article:gathering'))).toEqual([
      { article_id: 'article:gathering-2', kind: 'MET', a: 'country:g0', b: 'country:g1', status: 'occurred', weight: 1 },
    ]);
    expect(reopenFrom(file, V15_LAYOUT, 15)).toEqual([[15, SCHEMA_VERSION]]);
    expect(await ask()).toEqual(before);
    await store.close();
    const migrated = new Database(file, { readonly: true });
    // Each article's part, as the write path gave it.
    expect(rows(migrated)).toEqual(writtenRows);
    migrated.close();
    store = createEmbeddedStore({ file });
    await store.deleteArticle(otherGraph().articleId);
    await store.close();
    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT * FROM interaction_counts ORDER BY kind, a, b, status').all()).toEqual(after.prepare(INTERACTIONS_OF_LINKS).all());
    after.close();
    store = createEmbeddedStore({ file });
  });

  it('migrates a store written by schema version 9 (no kept counts): counts what it holds, then keeps counting', async () => {
    await store.upsertArticle(kimGraph());
    await store.upsertArticle(otherGraph());
    const before = await store.stats();
    expect(before.totalEdges).toBeGreaterThan(0);
    await store.close();
    const file = join(dir, 'graph.db');
    expect(reopenFrom(file, V9_LAYOUT, 9)).toEqual([[9, SCHEMA_VERSION]]);
    expect(await store.stats()).toEqual(before);
    await store.deleteArticle(otherGraph().articleId);
    const kimOnly = await store.stats();
    await store.upsertArticle(otherGraph());
    expect(await store.stats()).toEqual(before);
    // What the rows themselves say, counted the slow way.
    await store.close();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare<[], { label: string; c: number }>('SELECT label, COUNT(*) AS c FROM nodes GROUP BY label').all();
    db.close();
    expect(Object.fromEntries(rows.map((r) => [r.label, r.c]))).toEqual(before.nodes);
    expect(kimOnly.totalNodes).toBeLessThan(before.totalNodes);
    store = createEmbeddedStore({ file });
  });

  it.each([
    ['8 (no index on status)', 8, V8_LAYOUT],
    ["14 (the status index without the events' publication, so every event of the status was sorted)", 14, V14_LAYOUT],
  ] as const)('migrates a store written by schema version %s, and pages a status in date order from its index', async (_name, version, layout) => {
    await store.upsertArticle(kimGraph());
    await store.upsertArticle(otherGraph());
    const q = { label: 'Event' as const, where: { status: 'proposed' }, orderBy: EVENTS_ORDER };
    const before = await store.findNodes(q, { first: 10 });
    expect(before.totalCount).toBeGreaterThan(0);
    await store.close();
    const file = join(dir, 'graph.db');
    const old = new Database(file);
    old.exec(layout);
    if (version === 14) expect(queryPlan(old, STATUS_PAGE_SQL, 'Event', 'proposed')).toMatch(/TEMP B-TREE/);
    old.close();
    expect(reopenFrom(file, '', version)).toEqual([[version, SCHEMA_VERSION]]);
    expect(await store.findNodes(q, { first: 10 })).toEqual(before);
    await store.close();
    const after = new Database(file, { readonly: true });
    const plan = queryPlan(after, STATUS_PAGE_SQL, 'Event', 'proposed');
    after.close();
    expect(plan).toMatch(/USING INDEX nodes_prop_status/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    store = createEmbeddedStore({ file });
  });

  it("migrates a store written by schema version 7 (conditions' full-text rows without on-keys), and finds conditions by what they are on", async () => {
    const { file } = await twoArticlesAndKimsPage();
    const on = (...words: string[]): NodeQuery => ({ label: 'Condition', terms: words.map((w) => [onKey(w)]), orderBy: { prop: 'published', direction: 'DESC' } });
    // Its own words ("sitting down with the US"), the event it is for (talks), the entity (the United States).
    const queries = [on('down'), on('talk'), on('united', 'states'), on('us')];
    const before = await Promise.all(queries.map((q) => store.findNodes(q, { first: 10 })));
    for (const page of before) expect(page.totalCount).toBe(2);
    await store.close();
    const old = new Database(file);
    old.exec(V7_LAYOUT);
    expect(old.prepare("SELECT COUNT(*) AS c FROM search_index WHERE search_index MATCH 'on0down'").get()).toEqual({ c: 0 });
    old.close();
    expect(reopenFrom(file, '', 7)).toEqual([[7, SCHEMA_VERSION]]);
    for (const [i, q] of queries.entries()) expect(await store.findNodes(q, { first: 10 })).toEqual(before[i]);
    // The condition's text is found as before, and by nothing else.
    expect((await store.search('denuclearisation', ['Condition'], { first: 10 })).totalCount).toBe(2);
    expect((await store.search('sitting', ['Condition'], { first: 10 })).totalCount).toBe(0);
  });

  it("migrates a store written by schema version 6 (statements without their outlet's key), and finds an outlet's statements", async () => {
    const { file } = await twoArticlesAndKimsPage();
    const q = { label: 'Statement' as const, where: { sourceKey: 'straits times' } };
    const before = await store.findNodes(q, { first: 10 });
    expect(before.items.length).toBeGreaterThan(0);
    expect(before.items.every((n) => n.props.articleId === otherGraph().articleId)).toBe(true);
    const all = await store.findNodes({ label: 'Statement' }, { first: 100 });
    await store.close();
    expect(reopenFrom(file, V6_LAYOUT, 6)).toEqual([[6, SCHEMA_VERSION]]);
    expect(await store.findNodes(q, { first: 10 })).toEqual(before);
    // Every statement is as the current version writes it, the other outlet's too.
    expect(await store.findNodes({ label: 'Statement' }, { first: 100 })).toEqual(all);
    await store.close();
    const after = new Database(file, { readonly: true });
    const planOf = (sql: string, ...params: string[]) => queryPlan(after, sql, ...params);
    // statements(source:)'s page, newest first, is the head of the outlet's range: no sort.
    const plan = planOf("SELECT n.id, n.label, n.props FROM nodes n WHERE +n.label = ? AND json_extract(n.props, '$.sourceKey') = ? ORDER BY n.published DESC, n.id LIMIT 21 OFFSET 0", 'Statement', 'straits times');
    // Everyone's invitations (findEdges), a page in id order: read from edges_listed, no sort.
    const invitations = planOf(
      "SELECT e.id, e.type, e.src, e.dst, e.article_id, e.props FROM edges e JOIN nodes a ON a.id = e.src WHERE e.type = ? AND e.type IN ('INVITED') AND a.label = ? ORDER BY e.id LIMIT 21 OFFSET 0",
      'INVITED',
      'Person',
    );
    after.close();
    expect(plan).toMatch(/USING INDEX nodes_prop_sourceKey/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    expect(invitations).toMatch(/USING (COVERING )?INDEX edges_listed/);
    expect(invitations).not.toMatch(/TEMP B-TREE/);
    store = createEmbeddedStore({ file });
  });

  it('migrates a store written by schema version 5 (no index on quoteKey), and finds a quotation by it', async () => {
    const { file } = await twoArticlesAndKimsPage();
    const [statement] = (await store.findNodes({ label: 'Statement' }, { first: 1 })).items;
    const quoteKey = String(statement!.props.quoteKey);
    const q = { label: 'Statement' as const, where: { quoteKey } };
    const before = await store.findNodes(q, { first: 10 });
    // The fixture's two articles carry the same words.
    expect(before.items.length).toBe(2);
    await store.close();
    expect(reopenFrom(file, V5_LAYOUT, 5)).toEqual([[5, SCHEMA_VERSION]]);
    expect(await store.findNodes(q, { first: 10 })).toEqual(before);
    await store.close();
    const after = new Database(file, { readonly: true });
    // The statement findNodes runs for a `where` on an indexed prop (whereOf): read from the index.
    const plan = queryPlan(after, "SELECT n.id, n.label, n.props FROM nodes n WHERE +n.label = ? AND json_extract(n.props, '$.quoteKey') = ? ORDER BY n.id LIMIT 10", 'Statement', quoteKey);
    after.close();
    expect(plan).toMatch(/USING INDEX nodes_prop_quoteKey/);
    store = createEmbeddedStore({ file });
  });

  it("migrates a store written by schema version 4 (links without their article's date)", async () => {
    const { file, q, before } = await twoArticlesAndKimsPage();
    expect(before.items.length).toBeGreaterThan(1);
    await store.close();
    const dated = (db: Database.Database) =>
      db.prepare<[], { type: string; published: string | null; article: string | null }>('SELECT e.type, e.published, a.published AS article FROM edges e JOIN nodes a ON a.id = e.article_id').all();
    const fresh = new Database(file, { readonly: true });
    const written = dated(fresh);
    fresh.close();
    expect(reopenFrom(file, V4_LAYOUT, 4)).toEqual([[4, SCHEMA_VERSION]]);
    expect(await store.findNodes(q, { first: 10 })).toEqual(before);
    await store.close();
    const after = new Database(file, { readonly: true });
    const migrated = dated(after);
    after.close();
    // SET, SAID and INVITED links carry their article's date, PARTICIPANT links their event's
    // (which is the article's), as written by the current version; no others.
    expect(migrated).toEqual(written);
    expect(migrated.filter((e) => e.type === 'SAID').length).toBeGreaterThan(1);
    for (const e of migrated) expect(e.published).toBe(['SET', 'SAID', 'INVITED', 'PARTICIPANT'].includes(e.type) ? e.article : null);
    store = createEmbeddedStore({ file });
  });

  it('migrates a store written by schema version 3 (edges_dst without src)', async () => {
    const { file, q, before } = await twoArticlesAndKimsPage();
    expect(before.items.length).toBeGreaterThan(0);
    await store.close();
    const upgrades = reopenFrom(file, V3_LAYOUT, 3);
    expect(upgrades).toEqual([[3, SCHEMA_VERSION]]);
    expect(await store.findNodes(q, { first: 10 })).toEqual(before);
    await store.close();
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT value FROM meta WHERE key = 'schemaVersion'").pluck().get()).toBe(String(SCHEMA_VERSION));
    expect(after.prepare("SELECT sql FROM sqlite_master WHERE name = 'edges_dst'").pluck().get()).toMatch(/\(dst, type, id, src\)/);
    after.close();
    // Once upgraded, or new, a store is opened without one.
    store = createEmbeddedStore({ file, onUpgrade: (from, to) => upgrades.push([from, to]) });
    await createEmbeddedStore({ file: ':memory:', onUpgrade: (from, to) => upgrades.push([from, to]) }).close();
    expect(upgrades).toEqual([[3, SCHEMA_VERSION]]);
  });

  it('migrates a store written by schema version 2 (no published column, edges_src without dst)', async () => {
    const file = join(dir, 'graph.db');
    await store.upsertArticle(kimGraph());
    await store.upsertArticle(otherGraph());
    const before = await store.findNodes({ label: 'Statement', orderBy: { prop: 'published', direction: 'DESC' } }, { first: 10 });
    await store.close();
    const db = new Database(file);
    db.exec(`${V2_LAYOUT} UPDATE meta SET value = '2' WHERE key = 'schemaVersion'`);
    expect(db.prepare<[], { name: string }>('PRAGMA table_xinfo(nodes)').all().map((c) => c.name)).not.toContain('published');
    db.close();
    store = createEmbeddedStore({ file });
    expect(await store.findNodes({ label: 'Statement', orderBy: { prop: 'published', direction: 'DESC' } }, { first: 10 })).toEqual(before);
    await store.close();
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT value FROM meta WHERE key = 'schemaVersion'").pluck().get()).toBe(String(SCHEMA_VERSION));
    expect(after.prepare("SELECT sql FROM sqlite_master WHERE name = 'edges_src'").pluck().get()).toMatch(/\(src, type, id, dst\)/);
    expect(after.prepare("SELECT sql FROM sqlite_master WHERE name = 'edges_dst'").pluck().get()).toMatch(/\(dst, type, id, src\)/);
    expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'nodes_label_published'").pluck().get()).toBe(1);
    after.close();
    store = createEmbeddedStore({ file });
  });

  it('migrates a store written by schema version 1 (no entity summaries, full-text rows found by node id)', async () => {
    const file = join(dir, 'graph.db');
    await store.upsertArticle(kimGraph());
    await store.close();
    const db = new Database(file);
    db.exec(`${V2_LAYOUT} DROP TABLE entity_summaries; DROP TABLE search_rows; UPDATE meta SET value = '1' WHERE key = 'schemaVersion'`);
    db.close();
    store = createEmbeddedStore({ file });
    expect((await store.search('Kim', ['Person'], { first: 5 })).items.map((h) => h.node.id)).toEqual(['person:kim-jong-un']);
    await store.upsertArticle(otherGraph());
    const [kim] = await store.getNodes(['person:kim-jong-un']);
    expect(kim!.props.aliases).toEqual(expect.arrayContaining(['Kim Jong-un', 'Chairman Kim']));
    expect(await store.deleteArticle(otherGraph().articleId)).toBe(true);
    expect((await store.getNodes(['person:kim-jong-un']))[0]).toEqual(kimGraph().nodes.find((n) => n.id === 'person:kim-jong-un'));
    expect((await store.search('Chairman', ['Person'], { first: 5 })).totalCount).toBe(0);
    await store.close();
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT value FROM meta WHERE key = 'schemaVersion'").pluck().get()).toBe(String(SCHEMA_VERSION));
    after.close();
    store = createEmbeddedStore({ file });
  });

  it('refuses a store written by a newer schema version, saying what to do', async () => {
    const file = join(dir, 'graph.db');
    await store.close();
    const db = new Database(file);
    db.exec("UPDATE meta SET value = '99' WHERE key = 'schemaVersion'");
    db.close();
    let err: unknown;
    try {
      createEmbeddedStore({ file });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SaysoError);
    expect((err as SaysoError).code).toBe('STORE_UNAVAILABLE');
    expect((err as Error).message).toMatch(/schema version 99.*new data dir/);
    store = createEmbeddedStore({ file: ':memory:' });
  });

  it('refuses graphs whose edges point outside the article', async () => {
    const g = kimGraph();
    g.edges.push({ ...g.edges[0]!, id: 'edge:bad', to: 'person:ghost' });
    await expect(store.upsertArticle(g)).rejects.toThrow(/points outside/);
    expect((await store.stats()).totalNodes).toBe(0);
  });

  /** Day i of a spread of dates over 2025, so that 12,000 nodes sort by date and id. */
  const spreadDate = (i: number) => `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const newestFirst = (list: readonly { id: string; props: { published: string } }[]) =>
    [...list].sort((x, y) => y.props.published.localeCompare(x.props.published) || x.id.localeCompare(y.id)).map((n) => n.id);
  /** Every page of a newest-first query, `first` at a time: the ids in order and the total. */
  async function allPages(q: NodeQuery, first: number) {
    const ids: string[] = [];
    for (let after: string | null = null; ; ) {
      const page: Awaited<ReturnType<GraphStore['findNodes']>> = await store.findNodes({ ...q, orderBy: { prop: 'published', direction: 'DESC' } }, { first, after });
      ids.push(...page.items.map((n) => n.id));
      if (!page.hasNextPage) return { ids, total: page.totalCount };
      after = page.cursors[page.cursors.length - 1]!;
    }
  }

  it('finds nodes by words as well past 5,000 hits and links, where it reads nodes in page order and checks each', async () => {
    // One article of 12,000 statements, each its own date: "talks" in every one, "ceasefire"
    // in every 1,000th; one speaker said all but every 7th.
    const articleId = 'article:many-statements';
    const speaker = 'person:many-speaker';
    const statements = Array.from({ length: 12_000 }, (_, i) => ({
      id: `statement:many-${String(i).padStart(5, '0')}`,
      label: 'Statement' as const,
      props: { text: `talks number ${i}${i % 1000 === 0 ? ' and a ceasefire' : ''}`, published: spreadDate(i), articleId },
    }));
    const said = statements.filter((_, i) => i % 7 !== 0);
    await store.upsertArticle({
      articleId,
      contentHash: 'many:v1',
      nodes: [
        { id: articleId, label: 'Article', props: { title: 'Many statements', published: '2025-12-31' } },
        { id: speaker, label: 'Person', props: { name: 'Many Speaker', aliases: [], roles: [] } },
        ...statements,
      ],
      edges: said.map((n, i) => ({ id: `edge:many-${i}`, type: 'SAID' as const, from: speaker, to: n.id, articleId, props: {} })),
    });
    const byWords = (words: string, more: Partial<NodeQuery> = {}) => allPages({ label: 'Statement', words, ...more }, 100);
    const ceasefire = (list: typeof statements) => list.filter((n) => n.props.text.includes('ceasefire'));
    // Many hits; few hits.
    expect(await byWords('talks')).toEqual({ ids: newestFirst(statements), total: 12_000 });
    expect(await byWords('ceasefire')).toEqual({ ids: newestFirst(ceasefire(statements)), total: 12 });
    expect((await byWords('talks number 4999')).ids).toEqual(['statement:many-04999']);
    // Many hits and many links; few hits and many links.
    const bySpeaker = { linkedFrom: { ids: [speaker], edgeType: 'SAID' as const } };
    expect(await byWords('talks', bySpeaker)).toEqual({ ids: newestFirst(said), total: said.length });
    expect(await byWords('ceasefire', bySpeaker)).toEqual({ ids: newestFirst(ceasefire(said)), total: 10 });
    // Words alone are counted from the full-text rows of the label: a condition and a person
    // with the same words count for their own labels only.
    await store.upsertArticle({
      articleId: 'article:other-talks',
      contentHash: 'other-talks:v1',
      nodes: [
        { id: 'article:other-talks', label: 'Article', props: { title: 'Other', published: '2025-12-30' } },
        { id: 'person:talks-number', label: 'Person', props: { name: 'Talks Number', aliases: [], roles: [] } },
        { id: 'condition:talks-number', label: 'Condition', props: { text: 'talks number one', published: '2025-12-30', articleId: 'article:other-talks' } },
      ],
      edges: [],
    });
    expect((await store.findNodes({ label: 'Statement', words: 'talks number' }, { first: 1 })).totalCount).toBe(12_000);
    expect((await store.findNodes({ label: 'Condition', words: 'talks number' }, { first: 1 })).totalCount).toBe(1);
    expect((await store.findNodes({ label: 'Person', words: 'talks number' }, { first: 1 })).totalCount).toBe(1);
  }, 60_000);

  it('finds conditions by terms past 5,000 hits, checking each node read in page order against its own full-text row', async () => {
    // One article of 12,000 conditions, each its own date: on "negotiations" every 3rd, "talks" the
    // others, "a ceasefire" as well every 1,000th; an accented word in every other one's text; one
    // holder set all but every 7th.
    const articleId = 'article:many-conditions';
    const holder = 'person:many-holder';
    const conditions = Array.from({ length: 12_000 }, (_, i) => ({
      id: `condition:many-${String(i).padStart(5, '0')}`,
      label: 'Condition' as const,
      props: { text: `${i % 2 ? 'Cafe' : 'Café'} number ${i}`, on: `${i % 3 ? 'talks' : 'negotiations'} number ${i}${i % 1000 === 0 ? ' and a ceasefire' : ''}`, published: spreadDate(i), articleId },
    }));
    const set = conditions.filter((_, i) => i % 7 !== 0);
    await store.upsertArticle({
      articleId,
      contentHash: 'many-conditions:v1',
      nodes: [{ id: articleId, label: 'Article', props: { title: 'Many conditions', published: '2025-12-31' } }, { id: holder, label: 'Person', props: { name: 'Many Holder', aliases: [], roles: [] } }, ...conditions],
      edges: set.map((n, i) => ({ id: `edge:many-set-${i}`, type: 'SET' as const, from: holder, to: n.id, articleId, props: {} })),
    });
    const byTerms = (terms: string[][], more: Partial<NodeQuery> = {}, first = 100) => allPages({ label: 'Condition', terms, ...more }, first);
    const ceasefire = (list: typeof conditions) => list.filter((n) => n.props.on.includes('ceasefire'));
    const talks = [[onKey('talk'), onKey('negotiation')]];
    // Many hits, read in page order and each checked (the accented word folded as the index folds
    // it); few hits.
    const only = (word: string, list = conditions) => list.filter((n) => n.props.on.startsWith(word));
    expect(await byTerms(talks, {}, 1000)).toEqual({ ids: newestFirst(conditions), total: 12_000 });
    expect(await byTerms([[onKey('talks')]], {}, 1000)).toEqual({ ids: newestFirst(only('talks')), total: 8_000 });
    expect(await byTerms([[onKey('negotiations')], [onKey('number')]], {}, 1000)).toEqual({ ids: newestFirst(only('negotiations')), total: 4_000 });
    expect(await byTerms([['cafe']], {}, 1000)).toEqual({ ids: newestFirst(conditions), total: 12_000 });
    expect(await byTerms([[onKey('ceasefire')]])).toEqual({ ids: newestFirst(ceasefire(conditions)), total: 12 });
    expect(await byTerms([...talks, [onKey('ceasefire')]])).toEqual({ ids: newestFirst(ceasefire(conditions)), total: 12 });
    expect((await byTerms([...talks, ['4999']])).ids).toEqual(['condition:many-04999']);
    const june = conditions.filter((n) => n.props.published >= '2025-06-01');
    expect(await byTerms(talks, { dateProp: 'published', from: '2025-06-01' }, 1000)).toEqual({ ids: newestFirst(june), total: june.length });
    // Many hits and many links; few hits and many links.
    const byHolder = { linkedFrom: { ids: [holder], edgeType: 'SET' as const } };
    expect(await byTerms(talks, byHolder, 1000)).toEqual({ ids: newestFirst(set), total: set.length });
    expect(await byTerms([[onKey('talks')]], byHolder, 1000)).toEqual({ ids: newestFirst(only('talks', set)), total: only('talks', set).length });
    expect(await byTerms([[onKey('ceasefire')]], byHolder)).toEqual({ ids: newestFirst(ceasefire(set)), total: 10 });
  }, 120_000);

  it('fails clearly once closed', async () => {
    await store.close();
    await expect(store.stats()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
