/**
 * The Neo4j adapter of the GraphStore port. Cypher lives in this folder only.
 * Loaded by open-store when the configuration selects Neo4j.
 */
export { createNeo4jStore } from './neo4j-store';
export type { Neo4jStoreOptions } from './neo4j-store';
