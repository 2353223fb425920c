import { DATED_LINKS, DATE_ORDERED_LINKS } from '../dated-page';
import { MAX_MEETING_SIZE } from '../article-interactions';

/**
 * Tables of the embedded store. Entity nodes are shared by articles, so each article's view of
 * an entity is kept in `contributions` and the node's props are recomputed from what remains:
 * that is how re-ingesting or deleting an article undoes exactly what it added.
 * `entity_summaries` keeps each entity's fold of its contributions (src/graph/entity-summary.ts)
 * so that adding one does not read the others. `search_rows` maps a node to its full-text row,
 * so a node's text is replaced by rowid instead of by a scan of the full-text table.
 *
 * Version 2 added `entity_summaries` and `search_rows`. Version 3 added `nodes.published` (a
 * virtual column read from the props) with an index that serves "newest first" pages without
 * sorting every match, and made `edges_src` carry `dst`, so "what these nodes point to" is read
 * from the index alone. Version 4 made `edges_dst` carry `src`, so "is this node linked from
 * these" is one index probe (a plan of findNodes that version 5 replaced). Version 5 gave the links in
 * DATED_LINKS the article's date (`edges.published`) with an index in page order, so a holder's
 * newest conditions or statements are the first entries of its range. Version 6 indexes the
 * props' `quoteKey`, which finds every outlet's report of a quotation (`sameQuote`) without reading
 * every statement. Version 7 gives statements their outlet's folded name (`sourceKey`), which
 * statements(source:) filters on instead of reading every article, with an index in page order,
 * and lists invitations (LISTED_LINKS) from an index of their own. Version 8 writes a condition's
 * on-keys into its full-text row (ON_KEY_MARK in src/graph/search-text.ts), which
 * conditions(on:) filters on. Version 9 indexes the props' `status` with the event's date after it,
 * so events(status:) pages in date order from the head of that status's range. Version 10 keeps
 * the number of nodes of each label and edges of each type in `graph_counts`, counted by the
 * write transaction that adds or removes them, so `stats` reads a few rows instead of every edge.
 * Version 11 ends each INDEXED_PROPS index with the label, so a count checks the label from the
 * index instead of reading every matching node. Version 12 indexes an article's `slug` (article(id:)
 * by the id the article came with) and its outlet's `source` in page order (articles(source:)),
 * both of which read every article before. Version 13 gives invitations (DATE_ORDERED_LINKS) their
 * article's date too, with an index from either end in date order, so a person's invitations
 * are paged by date (a timeline) without reading their articles. Version 14 gives a participant's
 * links to events (PARTICIPANT) the event's `date` (`edges.date`) and `published`, with an index
 * in date order, so a person's events are paged by date without reading every one of them
 * (src/graph/embedded/participant-pages.ts). Version 15 puts an event's `published` after its date
 * in the status index: events(status:) break ties on one date by it (since version 14), and
 * without it in the index every event of the status was sorted for a page (0.4 s for the 176,700
 * proposed events of a 100k-article store). Version 16 keeps the counts `interactions` answers
 * with: each article's part in `article_interactions` (src/graph/article-interactions.ts), their
 * sums in `interaction_counts`, indexed from either end, so a network reads a few rows per entity
 * instead of every statement about it and every event it took part in. Version 17 indexes events
 * by date (`nodes_event_date`, events alone, in the order events() pages them) and by `type`
 * (INDEXED_PROPS), so events of a kind or within dates are the head of a range: each read and
 * sorted every event before (1 to 2 s at 100k articles). Older stores are migrated when opened
 * (see migrate in index.ts).
 */
export const SCHEMA_VERSION = 17;

/** Fills `graph_counts` from the rows themselves (a store older than version 10). */
export const RECOUNT = `
DELETE FROM graph_counts;
INSERT INTO graph_counts (kind, name, n) SELECT 'node', label, COUNT(*) FROM nodes GROUP BY label;
INSERT INTO graph_counts (kind, name, n) SELECT 'edge', type, COUNT(*) FROM edges GROUP BY type;`;

/**
 * Fills `article_interactions` and `interaction_counts` from the links themselves (a store older
 * than version 16): the same rows articleInteractions gives each article's graph.
 */
export const INTERACTIONS_FROM_LINKS = `
DELETE FROM article_interactions;
DELETE FROM interaction_counts;
INSERT INTO article_interactions (article_id, kind, a, b, status, weight)
  SELECT s.article_id, 'SAID_ABOUT', s.src, ab.dst, '', COUNT(DISTINCT s.dst)
  FROM edges s JOIN edges ab ON ab.src = s.dst AND ab.type = 'ABOUT' AND ab.article_id = s.article_id
  JOIN nodes n ON n.id = ab.dst
  WHERE s.type = 'SAID' AND n.label <> 'Event' AND ab.dst <> s.src
  GROUP BY s.article_id, s.src, ab.dst;
INSERT INTO article_interactions (article_id, kind, a, b, status, weight)
  SELECT p.article_id, 'MET', p.src, o.src, json_extract(e.props, '$.status') AS status, COUNT(DISTINCT p.dst)
  FROM edges p JOIN nodes e ON e.id = p.dst AND e.label = 'Event'
  JOIN edges o ON o.dst = p.dst AND o.type = 'PARTICIPANT' AND o.article_id = p.article_id
  WHERE p.type = 'PARTICIPANT' AND p.src < o.src AND json_type(e.props, '$.status') = 'text'
    AND (SELECT COUNT(DISTINCT x.src) FROM edges x WHERE x.dst = p.dst AND x.type = 'PARTICIPANT' AND x.article_id = p.article_id) <= ${MAX_MEETING_SIZE}
  GROUP BY p.article_id, p.src, o.src, status;
INSERT INTO interaction_counts (kind, a, b, status, weight)
  SELECT kind, a, b, status, SUM(weight) FROM article_interactions GROUP BY kind, a, b, status;`;

/**
 * DATED_LINKS (src/graph/dated-page.ts) as an SQL list. They carry their article's date in
 * `edges.published`, as do DATE_ORDERED_LINKS (PARTICIPANT links hold their event's); other links leave it null. A query reads the partial index only if it
 * repeats its condition.
 */
export const DATED_LINKS_SQL = DATED_LINKS.map((t) => `'${t}'`).join(', ');

/**
 * DATE_ORDERED_LINKS (src/graph/dated-page.ts) as an SQL list. They also carry their article's
 * date in `edges.published` (since version 13), with an index of (end, date, id) from each end,
 * `edges_src_by_date` and `edges_dst_by_date`; a query reads them only if it repeats their condition.
 */
export const DATE_ORDERED_LINKS_SQL = DATE_ORDERED_LINKS.map((t) => `'${t}'`).join(', ');

/**
 * Links listed on their own, in id order (`findEdges`: every invitation), each with a partial
 * index of (type, id) since version 7. A query reads it only if it repeats the index's condition.
 */
export const LISTED_LINKS = ['INVITED'] as const;
export const LISTED_LINKS_SQL = LISTED_LINKS.map((t) => `'${t}'`).join(', ');

/**
 * Props with an index of their own (`quoteKey` since version 6, `sourceKey` since 7, `status`
 * since 9, an article's `slug` and `source` since 12, an event's `type` since 17): a `where` on
 * one of them is read from it. The query must then write its label term as `+n.label`, or SQLite prefers `nodes_label`,
 * which also gives the id order, and reads every node of the label. Nodes without the prop are
 * left out of the index, so writing an entity writes nothing to it. After the prop, the columns its pages are read in order of: an outlet's
 * statements newest first, or a status's events by date and publication, come from the head of its range,
 * however many there are. Each index ends with the label (since version 11): the `+n.label` term
 * is then checked from the index, and a count (176,700 proposed events) reads no node, except
 * through `sourceKey`'s, which holds the virtual `published` column that SQLite reads from the row.
 */
export const INDEXED_PROPS = {
  quoteKey: '',
  sourceKey: ', published DESC, id',
  // The JSON's `published`, not the virtual column: with that column in it, a count would read
  // every row (SQLite computes the column from the row), and findNodes orders ties by the JSON's.
  status: ", json_extract(props, '$.date'), json_extract(props, '$.published'), id",
  type: ", json_extract(props, '$.date'), json_extract(props, '$.published'), id",
  slug: '',
  source: ', published DESC, id',
} as const;

/** The column added in version 5; `migrate` adds it to an older store. */
export const EDGES_PUBLISHED_COLUMN = 'published TEXT';

/** The column added in version 14 (an event's own date on its PARTICIPANT links); `migrate` adds it to an older store. */
export const EDGES_DATE_COLUMN = 'date TEXT';

/** Links that carry their event's `date` in `edges.date` and its `published` in `edges.published`. */
export const PARTICIPANT_LINKS_SQL = "'PARTICIPANT'";

/** The column added in version 3; `migrate` adds it to an older store. */
export const NODES_PUBLISHED_COLUMN = "published TEXT GENERATED ALWAYS AS (json_extract(props, '$.published')) VIRTUAL";
/** Indexes a migration rebuilds or adds; a new store and a migrated one run the same statements. */
export const MIGRATED_INDEXES = `
CREATE INDEX IF NOT EXISTS nodes_label_published ON nodes(label, published DESC, id);
CREATE INDEX IF NOT EXISTS edges_src ON edges(src, type, id, dst);
CREATE INDEX IF NOT EXISTS edges_dst ON edges(dst, type, id, src);
CREATE INDEX IF NOT EXISTS edges_src_published ON edges(src, type, published DESC, dst) WHERE type IN (${DATED_LINKS_SQL});
CREATE INDEX IF NOT EXISTS edges_listed ON edges(type, id) WHERE type IN (${LISTED_LINKS_SQL});
CREATE INDEX IF NOT EXISTS edges_src_by_date ON edges(src, published, id) WHERE type IN (${DATE_ORDERED_LINKS_SQL});
CREATE INDEX IF NOT EXISTS edges_dst_by_date ON edges(dst, published, id) WHERE type IN (${DATE_ORDERED_LINKS_SQL});
CREATE INDEX IF NOT EXISTS edges_participant_date ON edges(src, date, published, dst) WHERE type IN (${PARTICIPANT_LINKS_SQL});
CREATE INDEX IF NOT EXISTS nodes_event_date ON nodes(json_extract(props, '$.date'), json_extract(props, '$.published'), id) WHERE label = 'Event';
${Object.entries(INDEXED_PROPS)
  .map(([p, then]) => `CREATE INDEX IF NOT EXISTS nodes_prop_${p} ON nodes(json_extract(props, '$.${p}')${then}, label) WHERE json_extract(props, '$.${p}') IS NOT NULL;`)
  .join('\n')}
`;

export const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  props TEXT NOT NULL,
  article_id TEXT,
  ${NODES_PUBLISHED_COLUMN}
);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes(label, id);
CREATE INDEX IF NOT EXISTS nodes_article ON nodes(article_id);
CREATE TABLE IF NOT EXISTS node_names (
  node_id TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  PRIMARY KEY (node_id, name_fold)
);
CREATE INDEX IF NOT EXISTS node_names_fold ON node_names(name_fold);
CREATE TABLE IF NOT EXISTS edges (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  src TEXT NOT NULL,
  dst TEXT NOT NULL,
  article_id TEXT NOT NULL,
  props TEXT NOT NULL,
  ${EDGES_PUBLISHED_COLUMN},
  ${EDGES_DATE_COLUMN}
);
CREATE INDEX IF NOT EXISTS edges_article ON edges(article_id);
CREATE TABLE IF NOT EXISTS article_versions (
  article_id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS contributions (
  article_id TEXT NOT NULL,
  node_id TEXT NOT NULL,
  label TEXT NOT NULL,
  props TEXT NOT NULL,
  PRIMARY KEY (article_id, node_id)
);
CREATE INDEX IF NOT EXISTS contributions_node ON contributions(node_id);
CREATE TABLE IF NOT EXISTS entity_summaries (
  node_id TEXT PRIMARY KEY,
  summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS search_rows (
  node_id TEXT PRIMARY KEY,
  fts_rowid INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS graph_counts (
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (kind, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS article_interactions (
  article_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  status TEXT NOT NULL,
  weight INTEGER NOT NULL,
  PRIMARY KEY (article_id, kind, a, b, status)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS interaction_counts (
  kind TEXT NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  status TEXT NOT NULL,
  weight INTEGER NOT NULL,
  PRIMARY KEY (kind, a, b, status)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS interaction_counts_b ON interaction_counts(kind, b, a, status, weight);
CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
  node_id UNINDEXED,
  label UNINDEXED,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;
