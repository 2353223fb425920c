import type Database from 'better-sqlite3';
import { foldName, sourceKeyOf } from '../ids';
import { conditionOnWords, fullTextFilter, holdsTerms, ON_KEY_MARK, onWordsOf, searchTerms, searchText } from '../search-text';
import { ARTICLE_OWNED_LABELS, type ArticleGraph, type EdgeType, type GraphEdge, type GraphNode, type NodeLabel, type Props, type PropValue } from '../model';
import {
  SaysoError,
  namedInOrder,
  assertEdgeType,
  assertLabel,
  decodeCursor,
  encodeCursor,
  byCodePoint,
  missingFirst,
  type EdgeQuery,
  type ExportItem,
  type ExportSelection,
  type GraphStore,
  type Interaction,
  type InteractionQuery,
  type Neighbour,
  type NeighbourQuery,
  type NodeQuery,
  type Page,
  type PageArgs,
  type SearchHit,
  type StoreStats,
  type UpsertResult,
} from '../store';
import { MARK_DONE_SQL } from '../../ingest/queue-sqlite';
import { articleDate, assertEdgeOrder, datedPageHolders, isDatedLink, isDateOrderedLink, mergeDatedSlices } from '../dated-page';
import { addContribution, removeContribution as takeContribution, summarise, summaryProps, type EntitySummary } from '../entity-summary';
import { openSharedSqlite, whileBusy } from './sqlite-file';
import { articleInteractions, countChanges, type ArticleInteraction } from '../article-interactions';
import { EVENT_DATES_SQL, participantEventDates, participantEventRanges, type ParticipantRange } from './participant-pages';
import { INTERACTIONS_FROM_LINKS, DATED_LINKS_SQL, DATE_ORDERED_LINKS_SQL, EDGES_DATE_COLUMN, PARTICIPANT_LINKS_SQL, DDL, INDEXED_PROPS, RECOUNT, LISTED_LINKS, LISTED_LINKS_SQL, EDGES_PUBLISHED_COLUMN, NODES_PUBLISHED_COLUMN, SCHEMA_VERSION, MIGRATED_INDEXES } from './schema';

/**
 * `interactions`, read from the counts the write transaction keeps (`interaction_counts`, see
 * src/graph/article-interactions.ts): a range of rows per key from either end, whatever the
 * number of statements and events behind them. Invitations are single links, read from the edge
 * indexes. A link found from both of its ends is counted the same from either, so the outer MAX
 * keeps one row of it.
 */
const INTERACTIONS_SQL = `
WITH k(id) AS (SELECT DISTINCT value FROM json_each(@ids)), st(status) AS (SELECT value FROM json_each(@statuses))
SELECT kind, "from", "to", MAX(w) AS weight FROM (
  SELECT 'SAID_ABOUT' AS kind, c.a AS "from", c.b AS "to", c.weight AS w
    FROM k CROSS JOIN interaction_counts c ON c.kind = 'SAID_ABOUT' AND c.a = k.id
  UNION ALL
  SELECT 'SAID_ABOUT', c.a, c.b, c.weight
    FROM k CROSS JOIN interaction_counts c INDEXED BY interaction_counts_b ON c.kind = 'SAID_ABOUT' AND c.b = k.id
  UNION ALL
  SELECT 'INVITED', i.src, i.dst, COUNT(DISTINCT i.id)
    FROM k CROSS JOIN edges i ON i.src = k.id AND i.type = 'INVITED'
    GROUP BY i.src, i.dst
  UNION ALL
  SELECT 'INVITED', i.src, i.dst, COUNT(DISTINCT i.id)
    FROM k CROSS JOIN edges i ON i.dst = k.id AND i.type = 'INVITED'
    GROUP BY i.src, i.dst
  UNION ALL
  SELECT 'MET', c.a, c.b, SUM(c.weight)
    FROM k CROSS JOIN interaction_counts c ON c.kind = 'MET' AND c.a = k.id
    WHERE c.status IN (SELECT status FROM st)
    GROUP BY c.a, c.b
  UNION ALL
  SELECT 'MET', c.a, c.b, SUM(c.weight)
    FROM k CROSS JOIN interaction_counts c INDEXED BY interaction_counts_b ON c.kind = 'MET' AND c.b = k.id
    WHERE c.status IN (SELECT status FROM st)
    GROUP BY c.a, c.b
)
GROUP BY kind, "from", "to"
ORDER BY kind, "from", "to"`;

/**
 * The FROM and WHERE of a findEdges query, with its parameters. Ends given by id are read from
 * edges_src or edges_dst, or in date order from edges_src_by_date or edges_dst_by_date: left to
 * choose, SQLite read a listed type's every edge in id order from edges_listed and checked each
 * end (75 ms against 0.4 for the 500 invitations one person sent, among 99,200). Otherwise a
 * listed type repeats its partial index's condition, so the page is read from edges_listed. One
 * end is compared with `=`, so its range comes from the index already in page order.
 */
export function edgesFrom(q: EdgeQuery): { from: string; params: unknown[] } {
  const byEnds = q.fromIds !== undefined || q.toIds !== undefined;
  const byDate = q.order === 'published';
  // An article's edges are few: read from edges_article whatever else is asked.
  const index = q.articleIds ? ' INDEXED BY edges_article' : byEnds ? ` INDEXED BY ${q.fromIds ? 'edges_src' : 'edges_dst'}${byDate ? '_by_date' : ''}` : '';
  const joins = `${q.fromLabel ? ' JOIN nodes a ON a.id = e.src' : ''}${q.toLabel ? ' JOIN nodes b ON b.id = e.dst' : ''}`;
  // Each term is added with the parameters it binds, so the two stay in step.
  const terms: string[] = [];
  const params: unknown[] = [];
  const where = (term: string, ...bound: unknown[]) => {
    terms.push(term);
    params.push(...bound);
  };
  const endIn = (column: string, ids: readonly string[]) => {
    const distinct = [...new Set(ids)];
    if (distinct.length === 1) where(`${column} = ?`, distinct[0]);
    else where(`${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(distinct));
  };
  where('e.type = ?', q.type);
  if (LISTED.has(q.type) && !byEnds && !q.articleIds) where(`e.type IN (${LISTED_LINKS_SQL})`);
  if (byDate) where(`e.type IN (${DATE_ORDERED_LINKS_SQL})`);
  if (q.fromLabel) where('a.label = ?', q.fromLabel);
  if (q.toLabel) where('b.label = ?', q.toLabel);
  if (q.fromIds) endIn('e.src', q.fromIds);
  if (q.toIds) endIn('e.dst', q.toIds);
  if (q.articleIds) endIn('e.article_id', q.articleIds);
  return { from: `FROM edges e${index}${joins} WHERE ${terms.join(' AND ')}`, params };
}

export interface EmbeddedStoreOptions {
  /** SQLite file; created with its folder when missing. `:memory:` for a throwaway store. */
  file: string;
  /** Told before a file written by an older schema is upgraded (once; seconds on a large store). */
  onUpgrade?: (from: number, to: number) => void;
}

interface NodeRow {
  id: string;
  label: string;
  props: string;
}
interface EdgeRow {
  id: string;
  type: string;
  src: string;
  dst: string;
  article_id: string;
  props: string;
}

const OWNED = new Set<string>(ARTICLE_OWNED_LABELS);
/** SQLite binds at most 32766 variables; stay far below it. */
const CHUNK = 500;
const PROP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Prepared statements kept per store (see `prep`). */
const STATEMENT_CACHE = 256;

/**
 * Up to this many full-text hits or links, a page with words reads them and sorts them; past it,
 * nodes are read in page order and each is checked (docs/benchmarks.md, finding 27).
 */
const FEW_HITS = 5000;

/** Where a query with words reads its nodes from: see `wordsPlan` and `whereOf`. */
type WordsMode = 'hits' | 'linked' | 'scan';
const INDEXED = new Set<string>(Object.keys(INDEXED_PROPS));

/**
 * Events alone, or within dates, in date order: read from `nodes_event_date` (schema version 17),
 * whose head is the page and whose range the count. SQLite would rather read every event from
 * `nodes_label` and sort them (1 to 2 s for the 376,400 events of a 100k-article store), so the
 * index is named, and the label compared with a literal that its partial condition holds.
 * Queries with anything more selective (an indexed prop, names, ids, words, links) keep their own
 * plans.
 */
function readsEventDates(q: NodeQuery): boolean {
  if (q.label !== 'Event' || q.name !== undefined || q.ids || q.words !== undefined || q.terms || q.linkedFrom || q.linksTo) return false;
  if (Object.keys(q.where ?? {}).some((k) => INDEXED.has(k))) return false;
  const ranged = (q.from || q.to) && (q.dateProp ?? 'published') === 'date';
  return !!ranged || (q.orderBy?.prop === 'date' && !q.orderBy.fallback);
}
/** A node one of whose names folds to the bound parameter. */
const NAMED_NODE = 'n.id IN (SELECT node_id FROM node_names WHERE name_fold = ?)';
const LISTED = new Set<string>(LISTED_LINKS);

/**
 * An inclusive date range on `column` as SQL to append (empty without bounds). Dates are ISO
 * strings of varying precision, so `to` compares on its own precision ("2025-06" takes all of June).
 */
function dateRangeSql(column: string, q: Pick<NodeQuery, 'from' | 'to'>): { sql: string; params: unknown[] } {
  if (!q.from && !q.to) return { sql: '', params: [] };
  let sql = ` AND ${column} IS NOT NULL`;
  const params: unknown[] = [];
  if (q.from) {
    sql += ` AND ${column} >= ?`;
    params.push(q.from);
  }
  if (q.to) {
    sql += ` AND substr(${column}, 1, ?) <= ?`;
    params.push(q.to.length, q.to);
  }
  return { sql, params };
}

const toNode = (r: NodeRow): GraphNode => ({ id: r.id, label: r.label as NodeLabel, props: JSON.parse(r.props) as Props });
const toEdge = (r: EdgeRow): GraphEdge => ({
  id: r.id,
  type: r.type as EdgeType,
  from: r.src,
  to: r.dst,
  articleId: r.article_id,
  props: JSON.parse(r.props) as Props,
});

function chunks<T>(xs: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
const marks = (n: number) => new Array(n).fill('?').join(',');

function checkPage(page: PageArgs): { offset: number; first: number } {
  if (!Number.isInteger(page.first) || page.first < 0) throw new SaysoError('BAD_INPUT', `first must be a non-negative integer, got ${page.first}`);
  return { offset: decodeCursor(page.after), first: page.first };
}

/**
 * A page of what `read(take, offset)` returns (`take` rows from `offset` on), counted by `count()`.
 * When the caller needs no total (`count: false`) nothing is counted: one row past the page
 * tells whether there is a next one.
 */
function readPage<R, T>(page: PageArgs, read: (take: number, offset: number) => R[], count: () => number, map: (row: R) => T): Page<T> {
  const { offset, first } = checkPage(page);
  const counted = page.count !== false;
  const take = counted ? first : first + 1;
  const rows = take === 0 ? [] : read(take, offset);
  if (!counted) return pageOf(rows.slice(0, first).map(map), offset, offset + rows.length);
  return pageOf(rows.map(map), offset, count());
}

function pageOf<T>(items: T[], offset: number, totalCount: number): Page<T> {
  return {
    items,
    totalCount,
    cursors: items.map((_, i) => encodeCursor(offset + i)),
    hasNextPage: offset + items.length < totalCount,
    hasPreviousPage: offset > 0,
  };
}

/** SQL for a node property: `published` has its own column (and index), the rest are read from the props. */
const propColumn = (prop: string) => (prop === 'published' ? 'n.published' : `json_extract(n.props, '$.${prop}')`);

function namesOf(n: GraphNode): string[] {
  const names: string[] = [];
  if (typeof n.props.name === 'string') names.push(n.props.name);
  if (Array.isArray(n.props.aliases)) names.push(...n.props.aliases);
  return [...new Set(names.map(foldName).filter(Boolean))];
}

/** Words of a user's search turned into an FTS5 query that cannot be a syntax error. */
export function ftsQuery(text: string): string | null {
  const { terms, prefix } = searchTerms(text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []);
  if (!terms.length) return null;
  return terms.map((w, i) => `"${w}"${prefix && i === terms.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * A node query's full-text filter (`words` and `terms`) as one FTS5 query: undefined when the
 * query has none, null when nothing can match.
 */
export const textMatch = (q: Pick<NodeQuery, 'words' | 'terms'>): string | null | undefined =>
  fullTextFilter(q, ftsQuery, (terms) => terms.map((t) => `"${t}"`).join(' OR '));

/**
 * True when every node a query's full-text filter finds is one it returns: on-keys alone (no
 * other filter) on conditions, which are the only entries holding them. Its count is then
 * the index's count of matching rows, which the plan has read already (docs/benchmarks.md,
 * finding 29).
 */
function countedByHitsAlone(q: NodeQuery): boolean {
  return q.label === 'Condition' && q.words === undefined && !!q.terms?.length && q.terms.every((g) => g.every((t) => t.startsWith(ON_KEY_MARK))) && filtersByWordsAlone(q);
}

/**
 * True when a query filters by nothing but its words: its count is that of the full-text rows
 * of its label that match, read from the index's rows without a look-up of each node (40 ms
 * against 118 for 11,500 statements of 23,000 hits at 100k articles).
 */
function filtersByWordsAlone(q: NodeQuery): boolean {
  return (
    !Object.keys(q.where ?? {}).length &&
    q.name === undefined &&
    !q.ids &&
    !q.linkedFrom &&
    !q.linksTo &&
    !q.from &&
    !q.to
  );
}

/** Adds `definition` (name first) to `table` unless the table has a column of that name already. */
function addColumn(db: Database.Database, table: string, definition: string): void {
  const name = definition.split(' ')[0];
  const columns = db.prepare<[], { name: string }>(`PRAGMA table_xinfo(${table})`).all();
  if (!columns.some((c) => c.name === name)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${definition}`);
}

/**
 * Brings a store written by an older schema version up to SCHEMA_VERSION (the new tables exist
 * already: the DDL creates what is missing). Runs in one transaction with the version bump.
 */
function migrate(db: Database.Database, from: number): void {
  if (from < 2) {
    // Version 1 kept no entity summaries and found full-text rows by node id.
    db.exec('DELETE FROM search_rows; INSERT OR REPLACE INTO search_rows (node_id, fts_rowid) SELECT node_id, rowid FROM search_index');
    db.exec('DELETE FROM entity_summaries');
    const ids = db.prepare<[], { node_id: string }>('SELECT DISTINCT node_id FROM contributions').all();
    const read = db.prepare<[string], { article_id: string; label: string; props: string }>('SELECT article_id, label, props FROM contributions WHERE node_id = ?');
    const write = db.prepare('INSERT INTO entity_summaries (node_id, summary) VALUES (?, ?)');
    for (const { node_id } of ids) {
      const summary = summarise(read.all(node_id).map((r) => ({ articleId: r.article_id, label: r.label as NodeLabel, props: JSON.parse(r.props) as Props })));
      write.run(node_id, JSON.stringify(summary));
    }
  }
  if (from < 3) {
    addColumn(db, 'nodes', NODES_PUBLISHED_COLUMN);
    // Rebuilt below (MIGRATED_INDEXES) with `dst` in it.
    db.exec('DROP INDEX IF EXISTS edges_src');
  }
  if (from < 4) {
    // Rebuilt below (MIGRATED_INDEXES) with `src` in it.
    db.exec('DROP INDEX IF EXISTS edges_dst');
  }
  if (from < 5) {
    addColumn(db, 'edges', EDGES_PUBLISHED_COLUMN);
    db.exec(`UPDATE edges SET published = (SELECT a.published FROM nodes a WHERE a.id = edges.article_id) WHERE type IN (${DATED_LINKS_SQL})`);
  }
  if (from < 7) {
    // Statements written before `sourceKey` get it from their article, folded as build.ts does.
    db.function('sayso_source_key', { deterministic: true }, (source: unknown) => sourceKeyOf(typeof source === 'string' ? source : null));
    db.exec(`UPDATE nodes SET props = json_set(props, '$.sourceKey',
      sayso_source_key((SELECT json_extract(a.props, '$.source') FROM nodes a WHERE a.id = json_extract(nodes.props, '$.articleId'))))
      WHERE label = 'Statement'`);
  }
  if (from < 8) {
    // Conditions' full-text rows get their on-keys, from the names the article gave what they are for.
    const conditions = db.prepare<[], { id: string; props: string }>("SELECT id, props FROM nodes WHERE label = 'Condition'").all();
    const targets = db.prepare<[string], { label: string; props: string }>(
      `SELECT n.label, COALESCE(c.props, n.props) AS props FROM edges e JOIN nodes n ON n.id = e.dst
       LEFT JOIN contributions c ON c.article_id = e.article_id AND c.node_id = e.dst WHERE e.src = ? AND e.type = 'FOR'`,
    );
    const rowOf = db.prepare<[string], { fts_rowid: number }>('SELECT fts_rowid FROM search_rows WHERE node_id = ?');
    const drop = db.prepare('DELETE FROM search_index WHERE rowid = ?');
    const insert = db.prepare('INSERT INTO search_index (node_id, label, body) VALUES (?, ?, ?)');
    const setRow = db.prepare('INSERT OR REPLACE INTO search_rows (node_id, fts_rowid) VALUES (?, ?)');
    for (const c of conditions) {
      const props = JSON.parse(c.props) as Props;
      const onWords = onWordsOf(props, targets.all(c.id).map((t) => ({ label: t.label as NodeLabel, props: JSON.parse(t.props) as Props })));
      const row = rowOf.get(c.id);
      if (row) drop.run(row.fts_rowid);
      setRow.run(c.id, insert.run(c.id, 'Condition', searchText('Condition', props, onWords)).lastInsertRowid);
    }
  }
  // The count table exists from here on (DDL); what was written before it is counted once.
  if (from < 10) db.exec(RECOUNT);
  // Rebuilt below (MIGRATED_INDEXES) with the label at their end.
  if (from < 11) for (const p of Object.keys(INDEXED_PROPS)) db.exec(`DROP INDEX IF EXISTS nodes_prop_${p}`);
  if (from < 13) db.exec(`UPDATE edges SET published = (SELECT a.published FROM nodes a WHERE a.id = edges.article_id) WHERE type IN (${DATE_ORDERED_LINKS_SQL})`);
  if (from < 14) {
    addColumn(db, 'edges', EDGES_DATE_COLUMN);
    const event = EVENT_DATES_SQL('v');
    db.exec(`UPDATE edges SET (published, date) = (SELECT ${event.published}, ${event.date} FROM nodes v WHERE v.id = edges.dst)
      WHERE type IN (${PARTICIPANT_LINKS_SQL})`);
  }
  // Rebuilt below (MIGRATED_INDEXES) with `published` after the date.
  if (from < 15) db.exec('DROP INDEX IF EXISTS nodes_prop_status');
  // The tables exist from here on (DDL); what was written before them is counted once.
  if (from < 16) db.exec(INTERACTIONS_FROM_LINKS);
}

/** The schema version a file holds: null for a new file; refuses versions this code cannot read. */
function schemaVersion(db: Database.Database, file: string): number | null {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
  const stored = hasMeta ? db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schemaVersion'").get()?.value : undefined;
  const version = stored === undefined ? null : Number(stored);
  if (version !== null && !(Number.isInteger(version) && version >= 1 && version <= SCHEMA_VERSION)) {
    throw new SaysoError(
      'STORE_UNAVAILABLE',
      `The embedded store at ${file} has schema version ${stored}, which this version of sayso cannot read (it reads versions 1 to ${SCHEMA_VERSION}). ` +
        'Open it with the sayso version that wrote it, or re-ingest the articles into a new data dir.',
    );
  }
  return version;
}

/**
 * Creates the schema of a new file or upgrades an older one. The version is read again under
 * the write lock, so that two processes opening one file together create or migrate it once.
 */
function openSchema(db: Database.Database, file: string, onUpgrade?: (from: number, to: number) => void): void {
  if (whileBusy(() => schemaVersion(db, file), file) === SCHEMA_VERSION) return;
  whileBusy(
    () =>
      db
        .transaction(() => {
          const version = schemaVersion(db, file);
          if (version === SCHEMA_VERSION) return;
          db.exec(DDL);
          if (version === null) {
            db.exec(MIGRATED_INDEXES);
            db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schemaVersion', String(SCHEMA_VERSION));
          } else {
            onUpgrade?.(version, SCHEMA_VERSION);
            migrate(db, version);
            db.exec(MIGRATED_INDEXES);
            db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(String(SCHEMA_VERSION), 'schemaVersion');
          }
        })
        .immediate(),
    file,
  );
}

/**
 * Articles batch ingest writes per transaction here. A commit writes every page the batch
 * touched, and with ids by date (finding 14) the batch's articles share many of them: an entity's
 * summary, the last pages of its link ranges, the newest entries of the date indexes. 128 against
 * the pipeline's 32 cut this store's share of an ingest from 20% to 13% (docs/benchmarks.md,
 * finding 28); the write is synchronous, and at 1 to 3 ms per article a batch still takes well
 * under half a second.
 */
export const WRITE_BATCH_SIZE = 128;

/** The embedded GraphStore: one SQLite file, no server. */
export function createEmbeddedStore(opts: EmbeddedStoreOptions): GraphStore {
  const db = openSharedSqlite(opts.file);
  // Ingest inserts into many indexes: a 64 MB page cache keeps their upper levels in memory.
  // Checkpointing every 400 MB of WAL instead of every 40 MB copies a page that many commits wrote
  // (the last pages of an entity's range, its summary) to the database once instead of once per
  // checkpoint: 28% less write time at 100k articles (docs/benchmarks.md, finding 16). A crash
  // still loses nothing committed; the WAL is cut back to 64 MB once checkpointed.
  db.pragma('cache_size = -65536');
  db.pragma('wal_autocheckpoint = 100000');
  db.pragma('journal_size_limit = 67108864');
  // The groups of a query come as JSON, the same text for every row of a statement: parsed once.
  let termsJson = '';
  let termsGroups: string[][] = [];
  db.function('sayso_holds_terms', { deterministic: true }, (body: unknown, groups: unknown) => {
    if (typeof body !== 'string' || typeof groups !== 'string') return 0;
    if (groups !== termsJson) [termsJson, termsGroups] = [groups, JSON.parse(groups) as string[][]];
    return holdsTerms(body, termsGroups) ? 1 : 0;
  });
  try {
    openSchema(db, opts.file, opts.onUpgrade);
  } catch (err) {
    db.close();
    throw err;
  }
  let closed = false;

  /**
   * Statements of the queries whose SQL is built per call (id lists, filters), kept by SQL text:
   * preparing costs more than running most of them. Bounded; the oldest goes first.
   */
  const prepared = new Map<string, Database.Statement>();
  const prep = <P extends unknown[] = unknown[], R = unknown>(sql: string): Database.Statement<P, R> => {
    let stmt = prepared.get(sql);
    if (!stmt) {
      if (prepared.size >= STATEMENT_CACHE) prepared.delete(prepared.keys().next().value!);
      stmt = db.prepare(sql);
      prepared.set(sql, stmt);
    }
    return stmt as unknown as Database.Statement<P, R>;
  };

  // Prepared while another process may still be changing the schema (a queue creating its table,
  // a store its indexes): a statement on the full-text table then fails with SQLITE_SCHEMA once.
  const st = whileBusy(
    () => ({
    nodeById: db.prepare<[string], NodeRow>('SELECT id, label, props FROM nodes WHERE id = ?'),
    upsertNode: db.prepare('INSERT INTO nodes (id, label, props, article_id) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET label = excluded.label, props = excluded.props, article_id = excluded.article_id'),
    deleteNode: db.prepare('DELETE FROM nodes WHERE id = ?'),
    ownedNodes: db.prepare<[string], { id: string; label: string }>('SELECT id, label FROM nodes WHERE article_id = ?'),
    deleteOwnedNodes: db.prepare('DELETE FROM nodes WHERE article_id = ?'),
    // Inserts that report a clash (no change) instead of replacing, so `count` sees only rows really added; a replaced edge is counted apart.
    insertNode: db.prepare('INSERT INTO nodes (id, label, props, article_id) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING'),
    insertEdge: db.prepare('INSERT INTO edges (id, type, src, dst, article_id, props, published, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING'),
    replaceEdge: db.prepare('UPDATE edges SET type = ?, src = ?, dst = ?, article_id = ?, props = ?, published = ?, date = ? WHERE id = ?'),
    edgeTypeOf: db.prepare<[string], { type: string }>('SELECT type FROM edges WHERE id = ?'),
    edgeTypesOfArticle: db.prepare<[string], { name: string; c: number }>('SELECT type AS name, COUNT(*) AS c FROM edges WHERE article_id = ? GROUP BY type'),
    edgeTypesTouching: db.prepare<[string, string], { name: string; c: number }>('SELECT type AS name, COUNT(*) AS c FROM edges WHERE src = ? OR dst = ? GROUP BY type'),
    addCount: db.prepare('INSERT INTO graph_counts (kind, name, n) VALUES (?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET n = n + excluded.n'),
    deleteArticleEdges: db.prepare('DELETE FROM edges WHERE article_id = ?'),
    deleteEdgesTouching: db.prepare('DELETE FROM edges WHERE src = ? OR dst = ?'),
    contributionsOfArticle: db.prepare<[string], { node_id: string; label: string; props: string }>('SELECT node_id, label, props FROM contributions WHERE article_id = ?'),
    deleteContributions: db.prepare('DELETE FROM contributions WHERE article_id = ?'),
    insertContribution: db.prepare('INSERT OR REPLACE INTO contributions (article_id, node_id, label, props) VALUES (?, ?, ?, ?)'),
    contributionsOfNode: db.prepare<[string], { article_id: string; label: string; props: string }>('SELECT article_id, label, props FROM contributions WHERE node_id = ?'),
    summaryOf: db.prepare<[string], { summary: string }>('SELECT summary FROM entity_summaries WHERE node_id = ?'),
    setSummary: db.prepare('INSERT OR REPLACE INTO entity_summaries (node_id, summary) VALUES (?, ?)'),
    deleteSummary: db.prepare('DELETE FROM entity_summaries WHERE node_id = ?'),
    deleteNames: db.prepare('DELETE FROM node_names WHERE node_id = ?'),
    insertName: db.prepare('INSERT OR IGNORE INTO node_names (node_id, name_fold) VALUES (?, ?)'),
    versionOf: db.prepare<[string], { content_hash: string }>('SELECT content_hash FROM article_versions WHERE article_id = ?'),
    setVersion: db.prepare('INSERT OR REPLACE INTO article_versions (article_id, content_hash) VALUES (?, ?)'),
    deleteVersion: db.prepare('DELETE FROM article_versions WHERE article_id = ?'),
    searchRowOf: db.prepare<[string], { fts_rowid: number }>('SELECT fts_rowid FROM search_rows WHERE node_id = ?'),
    deleteSearchRow: db.prepare('DELETE FROM search_rows WHERE node_id = ?'),
    setSearchRow: db.prepare('INSERT OR REPLACE INTO search_rows (node_id, fts_rowid) VALUES (?, ?)'),
    deleteSearch: db.prepare('DELETE FROM search_index WHERE rowid = ?'),
    insertSearch: db.prepare('INSERT INTO search_index (node_id, label, body) VALUES (?, ?, ?)'),
    interactionsOfArticle: db.prepare<[string], ArticleInteraction>('SELECT kind, a, b, status, weight FROM article_interactions WHERE article_id = ?'),
    deleteArticleInteractions: db.prepare('DELETE FROM article_interactions WHERE article_id = ?'),
    insertArticleInteraction: db.prepare('INSERT INTO article_interactions (article_id, kind, a, b, status, weight) VALUES (?, ?, ?, ?, ?, ?)'),
    addInteractions: db.prepare('INSERT INTO interaction_counts (kind, a, b, status, weight) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, a, b, status) DO UPDATE SET weight = weight + excluded.weight'),
    dropSpentInteraction: db.prepare('DELETE FROM interaction_counts WHERE kind = ? AND a = ? AND b = ? AND status = ? AND weight <= 0'),
    }),
    opts.file,
  );

  const ensureOpen = () => {
    if (closed) throw new SaysoError('STORE_UNAVAILABLE', 'The embedded store is closed.');
  };

  /** Drops a node's full-text row, found by rowid through search_rows (nodes never indexed have none). */
  const dropSearch = (id: string) => {
    const row = st.searchRowOf.get(id);
    if (!row) return;
    st.deleteSearch.run(row.fts_rowid);
    st.deleteSearchRow.run(id);
  };
  /** Writes a node's names and full-text row; a condition's row also holds its on-words' keys. */
  const index = (n: GraphNode, onWords?: string) => {
    st.deleteNames.run(n.id);
    for (const f of namesOf(n)) st.insertName.run(n.id, f);
    dropSearch(n.id);
    const body = searchText(n.label, n.props, onWords);
    if (body) st.setSearchRow.run(n.id, st.insertSearch.run(n.id, n.label, body).lastInsertRowid);
  };
  const unindex = (id: string) => {
    st.deleteNames.run(id);
    dropSearch(id);
  };

  /**
   * Nodes by label and edges by type the current transaction added (+) or removed (-), written to
   * `graph_counts` when it ends (`flushCounts`): every write that adds or removes a row counts it
   * here, so `stats` never counts the rows themselves.
   */
  let counted = new Map<string, number>();
  const count = (kind: 'node' | 'edge', name: string, by: number) => {
    const key = `${kind}:${name}`;
    counted.set(key, (counted.get(key) ?? 0) + by);
  };
  const flushCounts = () => {
    for (const [key, n] of counted) {
      const colon = key.indexOf(':');
      if (n) st.addCount.run(key.slice(0, colon), key.slice(colon + 1), n);
    }
  };
  /**
   * Each article's part of the interaction counts before and after the current transaction
   * (src/graph/article-interactions.ts), applied when it ends (`flushInteractions`): in a batch,
   * a count many articles share is written once.
   */
  let interactionParts: { before: ArticleInteraction[]; after: ArticleInteraction[] }[] = [];
  const flushInteractions = () => {
    for (const c of countChanges(interactionParts)) {
      st.addInteractions.run(c.kind, c.a, c.b, c.status, c.by);
      if (c.by < 0) st.dropSpentInteraction.run(c.kind, c.a, c.b, c.status);
    }
  };
  /** Writes an article's part of the interaction counts. */
  const addArticleInteractions = (g: ArticleGraph) => {
    const after = articleInteractions(g);
    for (const r of after) st.insertArticleInteraction.run(g.articleId, r.kind, r.a, r.b, r.status, r.weight);
    interactionParts.push({ before: [], after });
  };
  /** A node whose label may change: the old label's count goes down, the new one's up. */
  const relabelled = (before: string, after: string) => {
    if (before === after) return;
    count('node', before, -1);
    count('node', after, 1);
  };

  /** One article's contribution to an entity, as stored (label and props JSON). */
  type Contribution = { label: string; props: string };

  /**
   * Removes what an article contributed; returns its previous contribution to each entity,
   * whose props must be settled again.
   */
  const removeArticle = (articleId: string): Map<string, Contribution> => {
    const previous = new Map(st.contributionsOfArticle.all(articleId).map((r) => [r.node_id, { label: r.label, props: r.props }]));
    for (const { id, label } of st.ownedNodes.all(articleId)) {
      unindex(id);
      count('node', label, -1);
    }
    st.deleteOwnedNodes.run(articleId);
    for (const r of st.edgeTypesOfArticle.all(articleId)) count('edge', r.name, -r.c);
    st.deleteArticleEdges.run(articleId);
    interactionParts.push({ before: st.interactionsOfArticle.all(articleId), after: [] });
    st.deleteArticleInteractions.run(articleId);
    st.deleteContributions.run(articleId);
    st.deleteVersion.run(articleId);
    return previous;
  };

  /**
   * Entities settled in the current transaction, written once when it ends (`flushEntities`):
   * in a batch, an entity many articles mention is folded in memory and written at its final
   * state, not once per article.
   */
  type Settled = { label: NodeLabel; summary: EntitySummary };
  let settled = new Map<string, Settled>();

  const summaryOfEntity = (id: string): EntitySummary | null => {
    const pending = settled.get(id);
    if (pending) return pending.summary;
    const stored = st.summaryOf.get(id);
    return stored ? (JSON.parse(stored.summary) as EntitySummary) : null;
  };

  /**
   * Settles the entities an article's contribution changed: each entity's summary takes the
   * article's previous contribution out and the new one in (see entity-summary.ts); only when the
   * previous one decided part of the props are all remaining contributions folded again.
   * Entities no article contributes any more go, with every edge still touching them.
   */
  const settleEntities = (articleId: string, previous: Map<string, Contribution>, next: Map<string, Contribution>) => {
    for (const id of new Set([...previous.keys(), ...next.keys()])) {
      const before = previous.get(id);
      const after = next.get(id);
      let summary = summaryOfEntity(id);
      if (summary && before && after && before.label === after.label && before.props === after.props) continue;
      if (summary && before && !takeContribution(summary, articleId, JSON.parse(before.props) as Props)) summary = null;
      if (summary) {
        if (after) addContribution(summary, articleId, after.label as NodeLabel, JSON.parse(after.props) as Props);
      } else {
        // The contributions table already holds the article's new contribution, if any.
        summary = summarise(st.contributionsOfNode.all(id).map((r) => ({ articleId: r.article_id, label: r.label as NodeLabel, props: JSON.parse(r.props) as Props })));
      }
      if (summary.count === 0 || !summary.label) {
        settled.delete(id);
        for (const r of st.edgeTypesTouching.all(id, id)) count('edge', r.name, -r.c);
        st.deleteEdgesTouching.run(id, id);
        // Not yet written when it came and went in this transaction.
        const gone = st.nodeById.get(id);
        if (gone) count('node', gone.label, -1);
        st.deleteNode.run(id);
        st.deleteSummary.run(id);
        unindex(id);
        continue;
      }
      settled.set(id, { label: summary.label[1], summary });
    }
  };

  /** Writes the entities settled in this transaction; a node whose props came out the same keeps its row and index. */
  const flushEntities = () => {
    for (const [id, { label, summary }] of settled) {
      const node: GraphNode = { id, label, props: summaryProps(summary) };
      const props = JSON.stringify(node.props);
      const stored = st.nodeById.get(id);
      if (!stored || stored.label !== label || stored.props !== props) {
        if (stored) relabelled(stored.label, label);
        else count('node', label, 1);
        st.upsertNode.run(id, label, props, null);
        index(node);
      }
      st.setSummary.run(id, JSON.stringify(summary));
    }
  };

  /**
   * Runs `work` in an IMMEDIATE transaction that ends by writing the entities it settled. Each
   * transaction starts from no settled entities, so a failed one leaves nothing behind.
   */
  const writeTx = <A extends unknown[], R>(work: (...args: A) => R) => {
    const tx = db.transaction((...args: A): R => {
      settled = new Map();
      counted = new Map();
      interactionParts = [];
      const out = work(...args);
      flushEntities();
      flushCounts();
      flushInteractions();
      return out;
    });
    return (...args: A): R => tx.immediate(...args);
  };

  const upsertOne = (g: ArticleGraph): UpsertResult => {
    const version = st.versionOf.get(g.articleId);
    if (version?.content_hash === g.contentHash) {
      return { articleId: g.articleId, changed: false, nodes: g.nodes.length, edges: g.edges.length };
    }
    // A new article has nothing to remove: its version and its node are written together.
    const previous = version || st.nodeById.get(g.articleId) ? removeArticle(g.articleId) : new Map<string, Contribution>();
    const next = new Map<string, Contribution>();
    const onWords = conditionOnWords(g);
    for (const n of g.nodes) {
      if (OWNED.has(n.label)) {
        const props = JSON.stringify(n.props);
        if (st.insertNode.run(n.id, n.label, props, g.articleId).changes) count('node', n.label, 1);
        else {
          // An id another article or an entity already holds: the row is taken over, as before.
          relabelled(st.nodeById.get(n.id)!.label, n.label);
          st.upsertNode.run(n.id, n.label, props, g.articleId);
        }
        index(n, onWords.get(n.id));
      } else {
        const c = { label: n.label, props: JSON.stringify(n.props) };
        st.insertContribution.run(g.articleId, n.id, c.label, c.props);
        next.set(n.id, c);
      }
    }
    settleEntities(g.articleId, previous, next);
    const date = articleDate(g);
    const eventDates = participantEventDates(g);
    for (const e of g.edges) {
      const props = JSON.stringify(e.props);
      const event = e.type === 'PARTICIPANT' ? eventDates.get(e.to) : undefined;
      const published = event ? event.published : isDatedLink(e.type) || isDateOrderedLink(e.type) ? date : null;
      const eventDate = event?.date ?? null;
      if (st.insertEdge.run(e.id, e.type, e.from, e.to, g.articleId, props, published, eventDate).changes) count('edge', e.type, 1);
      else {
        const before = st.edgeTypeOf.get(e.id)!.type;
        st.replaceEdge.run(e.type, e.from, e.to, g.articleId, props, published, eventDate, e.id);
        count('edge', before, -1);
        count('edge', e.type, 1);
      }
    }
    addArticleInteractions(g);
    st.setVersion.run(g.articleId, g.contentHash);
    return { articleId: g.articleId, changed: true, nodes: g.nodes.length, edges: g.edges.length };
  };
  const upsertTx = writeTx(upsertOne);
  const upsertManyTx = writeTx((graphs: readonly ArticleGraph[]): UpsertResult[] => graphs.map(upsertOne));
  const upsertWithJobTx = writeTx((graph: ArticleGraph, job: { id: number }): UpsertResult => {
    const r = upsertOne(graph);
    prep(MARK_DONE_SQL).run({ id: job.id, articleId: r.articleId, now: Date.now() });
    return r;
  });

  const deleteTx = writeTx((articleId: string): boolean => {
    if (!st.nodeById.get(articleId)) return false;
    settleEntities(articleId, removeArticle(articleId), new Map());
    return true;
  });

  const validateGraph = (g: ArticleGraph) => {
    const article = g.nodes.find((n) => n.id === g.articleId);
    if (!article || article.label !== 'Article') throw new SaysoError('BAD_INPUT', `The graph of ${g.articleId} holds no Article node with that id.`);
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) {
      if (e.articleId !== g.articleId) throw new SaysoError('BAD_INPUT', `Edge ${e.id} belongs to ${e.articleId}, not ${g.articleId}.`);
      if (!ids.has(e.from) || !ids.has(e.to)) throw new SaysoError('BAD_INPUT', `Edge ${e.id} (${e.type}) points outside its article graph.`);
    }
  };

  /**
   * How a node query with words reads its page and its count. Both full-text hits and links
   * are counted by their indexes in milliseconds; the fewer of them lead, each node they give
   * checked for the rest. A page needs only its first nodes in page order: with many of both,
   * nodes are read in page order and each is checked (`scan`). A count reads every match, so it
   * starts from the fewer (docs/benchmarks.md, finding 27). `hits` is the count of full-text
   * hits it read, when the query has a full-text filter.
   */
  function wordsPlan(q: NodeQuery, match: string | null | undefined): { page: WordsMode; count: WordsMode; hits?: number } {
    if (!match) return { page: 'hits', count: 'hits' };
    const hits = prep<[string], { c: number }>('SELECT COUNT(*) AS c FROM search_index WHERE search_index MATCH ?').get(match)!.c;
    const link = q.linkedFrom ?? q.linksTo;
    const links = !link
      ? Infinity
      : prep<[string, string], { c: number }>(`SELECT COUNT(*) AS c FROM edges e WHERE e.${q.linkedFrom ? 'src' : 'dst'} IN (SELECT value FROM json_each(?)) AND e.type = ?`).get(JSON.stringify(link.ids), link.edgeType)!.c;
    const fewer: WordsMode = links <= hits ? 'linked' : 'hits';
    return { page: Math.min(hits, links) <= FEW_HITS ? fewer : 'scan', count: fewer, hits };
  }

  /**
   * The WHERE clause of a node query. `words` says how a words filter is read: from its hits
   * (`hits`: few of them, each looked up), from the nodes the query's links lead to, each
   * checked against the hits (`linked`), or by checking each node read in page order (`scan`:
   * many hits, the page found after a few nodes). Reading the label index is left to `scan`, as
   * for an indexed prop. A hit's node id costs a read of its full-text row; its rowid costs
   * nothing, so a node is checked by its rowid in `search_rows`. `match` is textMatch(q).
   */
  function whereOf(q: NodeQuery, words: WordsMode = 'hits', match = textMatch(q)): { sql: string; params: unknown[] } {
    const byIndexedProp = Object.keys(q.where ?? {}).some((k) => INDEXED.has(k));
    const eventDates = readsEventDates(q);
    const parts = [eventDates ? "n.label = 'Event'" : byIndexedProp || (match !== undefined && words !== 'scan') ? '+n.label = ?' : 'n.label = ?'];
    const params: unknown[] = eventDates ? [] : [q.label];
    for (const [k, v] of Object.entries(q.where ?? {})) {
      if (!PROP_NAME.test(k)) throw new SaysoError('BAD_INPUT', `Invalid property name "${k}".`);
      parts.push(`json_extract(n.props, '$.${k}') = ?`);
      params.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
    }
    if (q.name !== undefined) {
      parts.push(NAMED_NODE);
      params.push(foldName(q.name));
    }
    if (q.ids) {
      if (!q.ids.length) parts.push('0');
      else {
        // json_each keeps a long id list to a single bound parameter.
        parts.push('n.id IN (SELECT value FROM json_each(?))');
        params.push(JSON.stringify(q.ids));
      }
    }
    if (match !== undefined) {
      if (match === null) parts.push('0');
      else if (words === 'scan' && q.words === undefined) {
        // Terms alone are whole words: a node read in page order is checked against its own
        // full-text row, a lookup by rowid, where the list of hits costs every hit; the page is
        // found after a few nodes (finding 29). From the links, every linked node is checked and
        // the list of hits costs less than that many lookups.
        parts.push('sayso_holds_terms((SELECT s.body FROM search_rows r JOIN search_index s ON s.rowid = r.fts_rowid WHERE r.node_id = n.id), ?)');
        params.push(JSON.stringify(q.terms));
      } else {
        parts.push(
          words === 'hits'
            ? 'n.id IN (SELECT node_id FROM search_index WHERE search_index MATCH ?)'
            : '(SELECT r.fts_rowid FROM search_rows r WHERE r.node_id = n.id) IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)',
        );
        params.push(match);
      }
    }
    // With words read from their hits or in page order, a link is checked on each node found;
    // otherwise the links are where the nodes come from.
    const checkLinks = match !== undefined && words !== 'linked';
    for (const [link, node] of [[q.linkedFrom, 'dst'], [q.linksTo, 'src']] as const) {
      if (!link) continue;
      const far = node === 'dst' ? 'src' : 'dst';
      if (!link.ids.length) parts.push('0');
      else if (checkLinks) {
        parts.push(`EXISTS (SELECT 1 FROM edges e WHERE e.${node} = n.id AND e.type = ? AND e.${far} IN (SELECT value FROM json_each(?)))`);
        params.push(link.edgeType, JSON.stringify(link.ids));
      } else {
        parts.push(`n.id IN (SELECT e.${node} FROM edges e WHERE e.${far} IN (SELECT value FROM json_each(?)) AND e.type = ?)`);
        params.push(JSON.stringify(link.ids), link.edgeType);
      }
    }
    let sql = parts.join(' AND ');
    if (q.from || q.to) {
      const prop = q.dateProp ?? 'published';
      if (!PROP_NAME.test(prop)) throw new SaysoError('BAD_INPUT', `Invalid date property "${prop}".`);
      const range = dateRangeSql(propColumn(prop), q);
      sql += range.sql;
      params.push(...range.params);
    }
    return { sql, params };
  }

  /**
   * A newest-first page of what holders set or said, read from the head of each holder's range
   * in `edges_src_published` (dated-page.ts). Null when the query asks for what that index does
   * not hold, or when repeated links leave it unsure that the page is whole.
   */
  function pageByLinkDate(q: NodeQuery, take: number, offset: number): NodeRow[] | null {
    const holders = datedPageHolders(q);
    if (!holders) return null;
    const want = offset + take;
    const range = dateRangeSql('e.published', q);
    const slice = prep<unknown[], { id: string; published: string | null }>(
      `SELECT e.dst AS id, e.published AS published FROM edges e INDEXED BY edges_src_published
       WHERE e.src = ? AND e.type = ? AND e.type IN (${DATED_LINKS_SQL})${range.sql} ORDER BY e.published DESC, e.dst LIMIT ?`,
    );
    const page = mergeDatedSlices(
      holders.map((h) => slice.all(h, q.linkedFrom!.edgeType, ...range.params, want)),
      offset,
      want,
    );
    return page && nodesOfLabel(page, q.label);
  }

  /**
   * The rows of `ids`, in that order, when every one is a node of `label`; else null: a page read
   * from links, whose far ends the caller then reads by the plan that checks each node's label.
   */
  function nodesOfLabel(ids: readonly string[], label: NodeLabel): NodeRow[] | null {
    if (!ids.length) return [];
    const found = new Map(prep<[string], NodeRow>('SELECT id, label, props FROM nodes WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)).map((r) => [r.id, r]));
    const rows = ids.map((id) => found.get(id));
    return rows.every((r) => r?.label === label) ? (rows as NodeRow[]) : null;
  }

  /**
   * A participant's events in one of the API's date orders, from `edges_participant_date`
   * (participant-pages.ts). Null when the query asks for anything else, or when a link leads to
   * something other than an event (the plan that reads the nodes then answers).
   */
  function pageByParticipant(q: NodeQuery, take: number, offset: number): NodeRow[] | null {
    const plan = participantEventRanges(q);
    if (!plan) return null;
    const want = offset + take;
    /** A link's place in page order: its range's rank, then its key, its event's `published`, its event's id. */
    interface Placed {
      id: string;
      rank: number;
      key: string | null;
      published: string | null;
    }
    const placed = (a: Placed, b: Placed) => a.rank - b.rank || missingFirst(a.key, b.key) || missingFirst(a.published, b.published) || byCodePoint(a.id, b.id);
    const read = (participant: string, r: ParticipantRange, rank: number, limit: number): Placed[] =>
      prep<unknown[], { id: string; date: string | null; published: string | null }>(
        `SELECT e.dst AS id, e.date AS date, e.published AS published FROM edges e INDEXED BY edges_participant_date
         WHERE e.src = ? AND e.type = 'PARTICIPANT' AND e.type IN (${PARTICIPANT_LINKS_SQL})${r.where} ORDER BY ${r.order} LIMIT ?`,
      )
        .all(participant, ...r.params, limit)
        .map((x) => ({ id: x.id, rank, key: r.key === 'date' ? x.date : r.key === 'published' ? x.published : null, published: x.published }));
    // Each participant's first `want` links in page order; merged, they hold the page's.
    const heads = plan.participants.flatMap((participant) => {
      const rows = plan.merged ? plan.merged.flatMap((r) => read(participant, r, 0, want)).sort(placed).slice(0, want) : [];
      for (const [i, r] of plan.ranges.entries()) if (rows.length < want) rows.push(...read(participant, r, i + 1, want - rows.length));
      return rows;
    });
    const ids = [...new Set(heads.sort(placed).map((r) => r.id))];
    return nodesOfLabel(ids.slice(offset, want), q.label);
  }

  async function* exportGen(sel: ExportSelection = {}): AsyncGenerator<ExportItem> {
    ensureOpen();
    const labelOk = (l: string) => !sel.labels || sel.labels.includes(l as NodeLabel);
    let allowed: Set<string> | null = null;
    if (sel.entityId) {
      allowed = new Set([sel.entityId]);
      let frontier = [sel.entityId];
      for (let d = 0; d < (sel.depth ?? 1) && frontier.length; d++) {
        const next: string[] = [];
        for (const part of chunks(frontier)) {
          const rows = prep<unknown[], { src: string; dst: string }>(`SELECT src, dst FROM edges WHERE src IN (${marks(part.length)}) OR dst IN (${marks(part.length)})`).all(...part, ...part);
          for (const r of rows)
            for (const id of [r.src, r.dst])
              if (!allowed.has(id)) {
                allowed.add(id);
                next.push(id);
              }
        }
        frontier = next;
      }
    }
    let articles: Set<string> | null = null;
    if (sel.from || sel.to) {
      const { sql, params } = whereOf({ label: 'Article', from: sel.from, to: sel.to, dateProp: 'published' });
      articles = new Set(prep<unknown[], { id: string }>(`SELECT n.id FROM nodes n WHERE ${sql}`).all(...params).map((r) => r.id));
      const inRange = new Set(articles);
      for (const a of articles) for (const r of st.contributionsOfArticle.all(a)) inRange.add(r.node_id);
      for (const r of prep<[], { id: string; article_id: string | null }>('SELECT id, article_id FROM nodes WHERE article_id IS NOT NULL').all())
        if (articles.has(r.article_id!)) inRange.add(r.id);
      allowed = allowed ? new Set([...allowed].filter((id) => inRange.has(id))) : inRange;
    }
    const filtered = allowed !== null || !!sel.labels;
    const exported = filtered ? new Set<string>() : null;
    // Keyset pages: never hold a statement open across a yield (the connection is shared).
    let after = '';
    for (;;) {
      ensureOpen();
      const rows = prep<[string], NodeRow>('SELECT id, label, props FROM nodes WHERE id > ? ORDER BY id LIMIT 500').all(after);
      if (!rows.length) break;
      after = rows[rows.length - 1]!.id;
      for (const r of rows) {
        if (allowed && !allowed.has(r.id)) continue;
        if (!labelOk(r.label)) continue;
        exported?.add(r.id);
        yield { kind: 'node', node: toNode(r) };
      }
    }
    after = '';
    for (;;) {
      ensureOpen();
      const rows = prep<[string], EdgeRow>('SELECT id, type, src, dst, article_id, props FROM edges WHERE id > ? ORDER BY id LIMIT 500').all(after);
      if (!rows.length) break;
      after = rows[rows.length - 1]!.id;
      for (const r of rows) {
        if (exported && !(exported.has(r.src) && exported.has(r.dst))) continue;
        if (articles && !articles.has(r.article_id)) continue;
        yield { kind: 'edge', edge: toEdge(r) };
      }
    }
  }

  return {
    writeBatchSize: WRITE_BATCH_SIZE,
    async upsertArticle(graph, opts) {
      ensureOpen();
      validateGraph(graph);
      // The ingest queue's done mark commits with the graph: a crash leaves both or neither.
      return opts?.job ? upsertWithJobTx(graph, opts.job) : upsertTx(graph);
    },

    async upsertArticles(graphs) {
      ensureOpen();
      for (const g of graphs) validateGraph(g);
      if (!graphs.length) return [];
      return upsertManyTx(graphs);
    },

    async deleteArticle(articleId) {
      ensureOpen();
      return deleteTx(articleId);
    },

    async getNodes(ids) {
      ensureOpen();
      const found = new Map<string, GraphNode>();
      for (const part of chunks([...new Set(ids)])) {
        for (const r of prep<unknown[], NodeRow>(`SELECT id, label, props FROM nodes WHERE id IN (${marks(part.length)})`).all(...part)) found.set(r.id, toNode(r));
      }
      return ids.map((id) => found.get(id) ?? null);
    },

    async neighbours(q: NeighbourQuery): Promise<Neighbour[][]> {
      ensureOpen();
      const [keyCol, otherCol] = q.direction === 'out' ? ['src', 'dst'] : ['dst', 'src'];
      const byKey = new Map<string, Neighbour[]>();
      const keys = [...new Set(q.ids)];
      for (const part of chunks(keys)) {
        // `+n.label` keeps SQLite on the edge index (key, type) and then the node by id: with a
        // plain `n.label = ?` it starts from every node of that label and sorts.
        const labelSql = q.label ? ' AND +n.label = ?' : '';
        const rows = prep<unknown[], EdgeRow & { n_id: string; n_label: string; n_props: string }>(
            `SELECT e.id, e.type, e.src, e.dst, e.article_id, e.props, n.id AS n_id, n.label AS n_label, n.props AS n_props
             FROM edges e JOIN nodes n ON n.id = e.${otherCol}
             WHERE e.${keyCol} IN (${marks(part.length)}) AND e.type = ?${labelSql}
             ORDER BY e.${keyCol}, e.id`,
          )
          .all(...part, q.edgeType, ...(q.label ? [q.label] : []));
        for (const r of rows) {
          const key = keyCol === 'src' ? r.src : r.dst;
          let list = byKey.get(key);
          if (!list) byKey.set(key, (list = []));
          if (q.limitPerKey !== undefined && list.length >= q.limitPerKey) continue;
          list.push({ edge: toEdge(r), node: { id: r.n_id, label: r.n_label as NodeLabel, props: JSON.parse(r.n_props) as Props } });
        }
      }
      return q.ids.map((id) => byKey.get(id) ?? []);
    },

    async findNodes(q, page) {
      ensureOpen();
      const match = textMatch(q);
      const plan = wordsPlan(q, match);
      const { sql, params } = whereOf(q, plan.page, match);
      const counted = plan.count === plan.page ? { sql, params } : whereOf(q, plan.count, match);
      let order = 'n.id';
      if (q.orderBy) {
        const { prop, fallback, nulls, then } = q.orderBy;
        for (const p of [prop, fallback ?? prop, then ?? prop]) if (!PROP_NAME.test(p)) throw new SaysoError('BAD_INPUT', `Invalid sort property "${p}".`);
        const dir = q.orderBy.direction === 'DESC' ? 'DESC' : 'ASC';
        const key = fallback ? `COALESCE(${propColumn(prop)}, ${propColumn(fallback)})` : propColumn(prop);
        // SQLite's own place for missing keys (first ascending) is left unsaid, so its indexes still serve the order.
        const placeNulls = nulls && nulls !== (dir === 'ASC' ? 'first' : 'last') ? ` NULLS ${nulls.toUpperCase()}` : '';
        // The tie-breaker is read from the JSON even for `published`, as the status index holds it.
        order = `${key} ${dir}${placeNulls}, ${then ? `json_extract(n.props, '$.${then}') ${dir}, ` : ''}n.id`;
      }
      const nodes = readsEventDates(q) ? 'nodes n INDEXED BY nodes_event_date' : 'nodes n';
      return readPage(
        page,
        (take, offset) => pageByLinkDate(q, take, offset) ?? pageByParticipant(q, take, offset) ?? prep<unknown[], NodeRow>(`SELECT n.id, n.label, n.props FROM ${nodes} WHERE ${sql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, take, offset),
        () =>
          plan.hits !== undefined && countedByHitsAlone(q)
            ? plan.hits
            : match && filtersByWordsAlone(q)
              ? prep<[string, string], { c: number }>('SELECT COUNT(*) AS c FROM search_index WHERE search_index MATCH ? AND label = ?').get(match, q.label)!.c
              : prep<unknown[], { c: number }>(`SELECT COUNT(*) AS c FROM ${nodes} WHERE ${counted.sql}`).get(...counted.params)!.c,
        toNode,
      );
    },

    async findNamed(name, labels, limit = 50) {
      ensureOpen();
      if (!labels.length) return [];
      labels.forEach(assertLabel);
      const rows = prep<unknown[], NodeRow>(
        `SELECT n.id, n.label, n.props FROM nodes n
         WHERE ${NAMED_NODE} AND n.label IN (SELECT value FROM json_each(?))`,
      ).all(foldName(name), JSON.stringify(labels));
      return namedInOrder(rows.map(toNode), labels, limit);
    },

    async interactions(q: InteractionQuery): Promise<Interaction[]> {
      ensureOpen();
      if (!q.ids.length) return [];
      return prep<[{ ids: string; statuses: string }], Interaction>(INTERACTIONS_SQL).all({ ids: JSON.stringify(q.ids), statuses: JSON.stringify(q.meetingStatuses) });
    },

    async findEdges(q, page) {
      ensureOpen();
      assertEdgeType(q.type);
      for (const label of [q.fromLabel, q.toLabel]) if (label !== undefined) assertLabel(label);
      if (q.fromIds?.length === 0 || q.toIds?.length === 0 || q.articleIds?.length === 0) return pageOf([], checkPage(page).offset, 0);
      assertEdgeOrder(q);
      const { from, params } = edgesFrom(q);
      const columns = 'SELECT e.id, e.type, e.src, e.dst, e.article_id, e.props';
      const byId = (take: number, offset: number) => prep<unknown[], EdgeRow>(`${columns} ${from} ORDER BY e.id LIMIT ? OFFSET ?`).all(...params, take, offset);
      // Dated first, then undated: each part is a range of the date index in page order, where
      // one ORDER BY with the nulls last would sort every edge of the end.
      const byDate = (take: number, offset: number) => {
        const want = offset + take;
        const rows = prep<unknown[], EdgeRow>(`${columns} ${from} AND e.published IS NOT NULL ORDER BY e.published, e.id LIMIT ?`).all(...params, want);
        if (rows.length < want) rows.push(...prep<unknown[], EdgeRow>(`${columns} ${from} AND e.published IS NULL ORDER BY e.id LIMIT ?`).all(...params, want - rows.length));
        return rows.slice(offset);
      };
      return readPage(
        page,
        q.order === 'published' ? byDate : byId,
        () => prep<unknown[], { c: number }>(`SELECT COUNT(*) AS c ${from}`).get(...params)!.c,
        toEdge,
      );
    },

    async search(text, labels, page): Promise<Page<SearchHit>> {
      ensureOpen();
      const { offset, first } = checkPage(page);
      const match = ftsQuery(text);
      if (!match) return pageOf([], offset, 0);
      const labelSql = labels && labels.length ? ` AND s.label IN (${marks(labels.length)})` : labels && !labels.length ? ' AND 0' : '';
      const params = [match, ...(labels ?? [])];
      const total = prep<unknown[], { c: number }>(`SELECT COUNT(*) AS c FROM search_index s WHERE search_index MATCH ?${labelSql}`).get(...params)!.c;
      const rows = prep<unknown[], NodeRow & { score: number }>(
          `SELECT n.id, n.label, n.props, -bm25(search_index) AS score FROM search_index s JOIN nodes n ON n.id = s.node_id
           WHERE search_index MATCH ?${labelSql} ORDER BY bm25(search_index), n.id LIMIT ? OFFSET ?`,
        )
        .all(...params, first, offset);
      return pageOf(rows.map((r) => ({ node: toNode(r), score: r.score })), offset, total);
    },

    exportGraph(selection) {
      return exportGen(selection);
    },

    async stats(): Promise<StoreStats> {
      ensureOpen();
      const nodes: StoreStats['nodes'] = {};
      const edges: StoreStats['edges'] = {};
      let totalNodes = 0;
      let totalEdges = 0;
      // Kept by the write transaction (`count`, `flushCounts`): a few rows, however large the graph.
      for (const r of prep<[], { kind: string; name: string; n: number }>('SELECT kind, name, n FROM graph_counts WHERE n > 0 ORDER BY kind, name').all()) {
        if (r.kind === 'node') {
          nodes[r.name as NodeLabel] = r.n;
          totalNodes += r.n;
        } else {
          edges[r.name as EdgeType] = r.n;
          totalEdges += r.n;
        }
      }
      return { nodes, edges, totalNodes, totalEdges };
    },

    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
