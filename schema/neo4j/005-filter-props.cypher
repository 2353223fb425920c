// Props that findNodes filters on by value (NodeQuery.where), each read from its index instead
// of every node of the label: events by status, an outlet's statements (statements(source:)),
// an article by the id it came with (article(id:)) and an outlet's articles (articles(source:)).
// Events of a status or kind are paged from 006's composite indexes; these count them.
CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX statement_source_key IF NOT EXISTS FOR (n:Statement) ON (n.sourceKey);
CREATE INDEX article_slug IF NOT EXISTS FOR (n:Article) ON (n.slug);
CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source);
