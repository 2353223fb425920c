import { createNeo4jStore } from '../../src/graph/neo4j';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from '../neo4j/neo4j-test-server';
import { runQueriesSuite } from './queries-suite';

/** The first questions, answered alike on the Neo4j store. */
describeNeo4j('GraphQL queries on neo4j', (target) => {
  let release: (() => void) | null = null;
  beforeAll(async () => {
    release = await lockNeo4j(target);
  }, 600_000);
  afterAll(() => release?.());

  runQueriesSuite('neo4j', async () => {
    await wipeNeo4j(target);
    return createNeo4jStore(target);
  });
});
