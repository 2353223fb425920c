// Indexes for the lookups the API and the adapter make.

// Article-owned nodes (Article, Statement, Condition, Event) carry _owner = their article id:
// re-ingest and delete find an article's contribution through it.
CREATE INDEX node_owner IF NOT EXISTS FOR (n:Node) ON (n._owner);

// What each article said about a shared entity, kept apart so that re-ingesting or deleting
// the article takes back exactly its part (EntityContribution nodes are the adapter's own
// bookkeeping: they carry no Node label and never leave the adapter).
CREATE INDEX contribution_entity IF NOT EXISTS FOR (c:EntityContribution) ON (c.entityId);
CREATE INDEX contribution_article IF NOT EXISTS FOR (c:EntityContribution) ON (c.articleId);

// People and other entities by name. _fold holds the folded name and aliases (case, accents,
// hyphens and dots); _foldKey holds them in one string, each between two U+241F, so that a
// text index answers findNodes' name match (`_foldKey CONTAINS`) where no index serves
// membership in a list.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
DROP INDEX person_aliases IF EXISTS;
CREATE TEXT INDEX person_fold_key IF NOT EXISTS FOR (n:Person) ON (n._foldKey);
CREATE TEXT INDEX country_fold_key IF NOT EXISTS FOR (n:Country) ON (n._foldKey);
CREATE TEXT INDEX organization_fold_key IF NOT EXISTS FOR (n:Organization) ON (n._foldKey);
CREATE TEXT INDEX place_fold_key IF NOT EXISTS FOR (n:Place) ON (n._foldKey);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);

// The same quote across articles; statements by publication date; events by date.
CREATE INDEX statement_quote_key IF NOT EXISTS FOR (n:Statement) ON (n.quoteKey);
CREATE INDEX statement_published IF NOT EXISTS FOR (n:Statement) ON (n.published);
CREATE INDEX condition_published IF NOT EXISTS FOR (n:Condition) ON (n.published);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);

// Every edge is contributed by one article: re-ingest and delete remove edges by articleId;
// exports read edges in id order, type by type.
CREATE INDEX rel_said_article IF NOT EXISTS FOR ()-[r:`SAID`]-() ON (r.articleId);
CREATE INDEX rel_reported_by_article IF NOT EXISTS FOR ()-[r:`REPORTED_BY`]-() ON (r.articleId);
CREATE INDEX rel_in_article_article IF NOT EXISTS FOR ()-[r:`IN_ARTICLE`]-() ON (r.articleId);
CREATE INDEX rel_mentions_article IF NOT EXISTS FOR ()-[r:`MENTIONS`]-() ON (r.articleId);
CREATE INDEX rel_about_article IF NOT EXISTS FOR ()-[r:`ABOUT`]-() ON (r.articleId);
CREATE INDEX rel_conditioned_on_article IF NOT EXISTS FOR ()-[r:`CONDITIONED_ON`]-() ON (r.articleId);
CREATE INDEX rel_set_article IF NOT EXISTS FOR ()-[r:`SET`]-() ON (r.articleId);
CREATE INDEX rel_for_article IF NOT EXISTS FOR ()-[r:`FOR`]-() ON (r.articleId);
CREATE INDEX rel_invited_article IF NOT EXISTS FOR ()-[r:`INVITED`]-() ON (r.articleId);
CREATE INDEX rel_invited_to_article IF NOT EXISTS FOR ()-[r:`INVITED_TO`]-() ON (r.articleId);
CREATE INDEX rel_participant_article IF NOT EXISTS FOR ()-[r:`PARTICIPANT`]-() ON (r.articleId);
CREATE INDEX rel_held_in_article IF NOT EXISTS FOR ()-[r:`HELD_IN`]-() ON (r.articleId);
CREATE INDEX rel_said_id IF NOT EXISTS FOR ()-[r:`SAID`]-() ON (r.id);
CREATE INDEX rel_reported_by_id IF NOT EXISTS FOR ()-[r:`REPORTED_BY`]-() ON (r.id);
CREATE INDEX rel_in_article_id IF NOT EXISTS FOR ()-[r:`IN_ARTICLE`]-() ON (r.id);
CREATE INDEX rel_mentions_id IF NOT EXISTS FOR ()-[r:`MENTIONS`]-() ON (r.id);
CREATE INDEX rel_about_id IF NOT EXISTS FOR ()-[r:`ABOUT`]-() ON (r.id);
CREATE INDEX rel_conditioned_on_id IF NOT EXISTS FOR ()-[r:`CONDITIONED_ON`]-() ON (r.id);
CREATE INDEX rel_set_id IF NOT EXISTS FOR ()-[r:`SET`]-() ON (r.id);
CREATE INDEX rel_for_id IF NOT EXISTS FOR ()-[r:`FOR`]-() ON (r.id);
CREATE INDEX rel_invited_id IF NOT EXISTS FOR ()-[r:`INVITED`]-() ON (r.id);
CREATE INDEX rel_invited_to_id IF NOT EXISTS FOR ()-[r:`INVITED_TO`]-() ON (r.id);
CREATE INDEX rel_participant_id IF NOT EXISTS FOR ()-[r:`PARTICIPANT`]-() ON (r.id);
CREATE INDEX rel_held_in_id IF NOT EXISTS FOR ()-[r:`HELD_IN`]-() ON (r.id);

// Full-text search over entity names and aliases and over statement and condition text.
// _search holds those words folded (case, accents) and split on anything but letters and
// digits; queries are folded alike, so no analyzer stemming or stop words get in between.
CREATE FULLTEXT INDEX sayso_search IF NOT EXISTS
FOR (n:Person|Country|Organization|Place|Statement|Condition)
ON EACH [n._search]
OPTIONS { indexConfig: { `fulltext.analyzer`: "standard-no-stop-words" } };
