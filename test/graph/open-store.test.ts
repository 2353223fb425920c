import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { EMBEDDED_FILE, openStore } from '../../src/graph/open-store';

describe('openStore', () => {
  it('opens the embedded store under the data directory by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sayso-open-'));
    try {
      const store = await openStore(loadConfig({ SAYSO_DATA_DIR: join(dir, 'nested') }));
      expect((await store.stats()).totalNodes).toBe(0);
      await store.close();
      expect(existsSync(join(dir, 'nested', EMBEDDED_FILE))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens the Neo4j adapter when SAYSO_STORE=neo4j (it connects on first use)', async () => {
    const store = await openStore(loadConfig({ SAYSO_STORE: 'neo4j', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'secret' }));
    for (const m of ['upsertArticle', 'deleteArticle', 'getNodes', 'neighbours', 'findNodes', 'search', 'exportGraph', 'stats', 'close']) {
      expect(typeof (store as unknown as Record<string, unknown>)[m]).toBe('function');
    }
    await store.close();
  });
});
