import { join } from 'node:path';
import type { Config } from '../config';
import { createEmbeddedStore } from './embedded';
import { SaysoError, type GraphStore } from './store';

/** File of the embedded store inside the data directory. */
export const EMBEDDED_FILE = 'sayso.sqlite';

type Neo4jFactory = (opts: { uri: string; user: string; password: string; database?: string }) => GraphStore | Promise<GraphStore>;

/**
 * The Neo4j adapter is loaded only when asked for, so the embedded default never pays for the
 * driver, and a build without `src/graph/neo4j/index.ts` still runs with a clear message.
 */
function loadNeo4jFactory(): Neo4jFactory {
  let mod: { createNeo4jStore?: Neo4jFactory };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('./neo4j/index') as { createNeo4jStore?: Neo4jFactory };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'MODULE_NOT_FOUND' && /neo4j[\\/]index/.test(e.message)) {
      throw new SaysoError(
        'STORE_UNAVAILABLE',
        'SAYSO_STORE=neo4j: the Neo4j adapter is not available in this build yet. Unset SAYSO_STORE to use the embedded store.',
      );
    }
    throw err;
  }
  if (typeof mod.createNeo4jStore !== 'function') {
    throw new SaysoError('STORE_UNAVAILABLE', 'SAYSO_STORE=neo4j: src/graph/neo4j/index does not export createNeo4jStore.');
  }
  return mod.createNeo4jStore;
}

/** Opens the store the configuration names: embedded (default, under SAYSO_DATA_DIR) or Neo4j. */
export async function openStore(config: Pick<Config, 'store' | 'dataDir' | 'neo4j'>): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    const create = loadNeo4jFactory();
    return await create(config.neo4j);
  }
  return createEmbeddedStore({ file: join(config.dataDir, EMBEDDED_FILE) });
}
