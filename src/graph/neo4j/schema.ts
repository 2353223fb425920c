import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * Applies schema/neo4j/*.cypher (constraints and indexes, all `IF NOT EXISTS`) in file order,
 * then waits until the indexes are online so the first query already uses them.
 */

/** schema/neo4j sits at the repository root; this file runs from src/ (tests) or dist/src/. */
export function findSchemaDir(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'schema', 'neo4j');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`schema/neo4j not found above ${start}`);
    dir = parent;
  }
}

export function readSchemaStatements(dir: string): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  const statements: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    for (const stmt of text.split(/;\s*(?:\n|$)/)) {
      const trimmed = stmt.trim();
      if (trimmed) statements.push(trimmed);
    }
  }
  return statements;
}

export async function applySchema(driver: Driver, database: string | undefined, dir: string): Promise<void> {
  const statements = readSchemaStatements(dir);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of statements) {
      try {
        await session.run(statement);
      } catch (e) {
        // Two processes starting at once may race on the same IF NOT EXISTS rule.
        const code = (e as { code?: string }).code ?? '';
        if (!code.includes('EquivalentSchemaRuleAlreadyExists') && !code.includes('AlreadyExists')) throw e;
      }
    }
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(120) });
  } finally {
    await session.close();
  }
}
