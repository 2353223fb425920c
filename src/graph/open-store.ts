import { join } from 'node:path';
import type { Config } from '../config';
import { createEmbeddedStore } from './embedded';
import type { GraphStore } from './store';

/** File of the embedded store inside the data directory. */
export const EMBEDDED_FILE = 'sayso.sqlite';

/** Loaded only when asked for, so the embedded default never loads the Neo4j driver. */
function loadNeo4jFactory(): (opts: Config['neo4j'] & { onBackfill?: (name: string) => void }) => GraphStore | Promise<GraphStore> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./neo4j/index') as typeof import('./neo4j/index')).createNeo4jStore;
}

/** Opens the store the configuration names: embedded (default, under SAYSO_DATA_DIR) or Neo4j. */
export async function openStore(config: Pick<Config, 'store' | 'dataDir' | 'neo4j'>): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    const create = loadNeo4jFactory();
    return await create({
      ...config.neo4j,
      onBackfill: (name) => process.stderr.write(`sayso: filling in data older versions of sayso did not write on the Neo4j store (${name}); this runs once and takes one to two minutes per 100,000 articles.\n`),
    });
  }
  const file = join(config.dataDir, EMBEDDED_FILE);
  return createEmbeddedStore({
    file,
    onUpgrade: (from, to) => process.stderr.write(`sayso: upgrading the embedded store at ${file} from schema version ${from} to ${to}; this runs once and takes about two seconds per 10,000 articles.\n`),
  });
}
