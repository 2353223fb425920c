import neo4j, { type Driver } from 'neo4j-driver';
import { sourceKeyOf } from '../ids';

/**
 * Data that older versions of sayso did not write, filled in once when a store opens. Cypher
 * cannot fold names as ids.ts does, so the values are computed here. A `SaysoMigration` node
 * records each fill that is done, so later starts skip it; like `EntityContribution` it has no
 * `Node` label, so no query or export ever sees it.
 */

const DONE = 'MATCH (m:SaysoMigration {name: $name}) RETURN count(m) > 0 AS done';
const MARK_DONE = 'MERGE (:SaysoMigration {name: $name})';

/** Statements without `sourceKey`, in id order from `after`, with their article's outlet. */
const STATEMENTS_WITHOUT_SOURCE_KEY = `
  MATCH (s:Statement) WHERE s.id > $after AND s.sourceKey IS NULL
  WITH s ORDER BY s.id LIMIT $limit
  OPTIONAL MATCH (a:Article {id: s.articleId})
  RETURN s.id AS id, a.source AS source`;

const SET_SOURCE_KEYS = `
  UNWIND $rows AS row
  MATCH (s:Statement {id: row.id})
  SET s.sourceKey = row.key`;

export async function backfill(driver: Driver, database: string | undefined, batch = 5000): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const name = 'statement-source-key';
    if ((await session.run(DONE, { name })).records[0]?.get('done') === true) return;
    // Statements of articles without an outlet keep a null key: the id order moves past them.
    for (let after = ''; ; ) {
      const found = await session.executeRead((tx) => tx.run(STATEMENTS_WITHOUT_SOURCE_KEY, { after, limit: neo4j.int(batch) }));
      const rows = found.records.map((r) => ({ id: r.get('id') as string, key: sourceKeyOf(r.get('source') as string | null) }));
      const keyed = rows.filter((r) => r.key !== null);
      if (keyed.length) await session.executeWrite((tx) => tx.run(SET_SOURCE_KEYS, { rows: keyed }));
      if (rows.length < batch) break;
      after = rows[rows.length - 1]!.id;
    }
    await session.run(MARK_DONE, { name });
  } finally {
    await session.close();
  }
}
