// A holder's newest conditions and statements, read from the head of its range of keys
// (src/graph/neo4j/dated-links.ts): a page costs the page, not the holder's links.
CREATE INDEX rel_set_page IF NOT EXISTS FOR ()-[r:`SET`]-() ON (r._page);
CREATE INDEX rel_said_page IF NOT EXISTS FOR ()-[r:`SAID`]-() ON (r._page);
