// Interaction counts (src/graph/neo4j/interaction-counts.ts): one node per kind, pair and
// status; writers MERGE it by key, and a network reads the counts of its keys from either end.
CREATE CONSTRAINT interaction_count_key IF NOT EXISTS FOR (c:InteractionCount) REQUIRE c.key IS UNIQUE;
CREATE INDEX interaction_count_a IF NOT EXISTS FOR (c:InteractionCount) ON (c.a);
CREATE INDEX interaction_count_b IF NOT EXISTS FOR (c:InteractionCount) ON (c.b);
