/**
 * Tables of the embedded store. Entity nodes are shared by articles, so each article's view of
 * an entity is kept in `contributions` and the node's props are recomputed from what remains:
 * that is how re-ingesting or deleting an article undoes exactly what it added.
 */
export const SCHEMA_VERSION = 1;

export const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  props TEXT NOT NULL,
  article_id TEXT
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
  props TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS edges_src ON edges(src, type, id);
CREATE INDEX IF NOT EXISTS edges_dst ON edges(dst, type, id);
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
CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
  node_id UNINDEXED,
  label UNINDEXED,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;
