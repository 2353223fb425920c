import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createNeo4jStore } from '../../src/graph/neo4j';
import { createNeo4jQueue } from '../../src/ingest/queue-neo4j';
import { syntheticArticle } from '../ingest/helpers/articles';
import { killLeftovers, runSayso, stored } from '../ingest/helpers/cli';
import { ensureBuilt } from '../ingest/helpers/dist';
import { tempDir } from '../ingest/helpers/tmp';
import { describeNeo4j, lockNeo4j, wipeNeo4j } from '../neo4j/neo4j-test-server';

const N = 200;
const articles = Array.from({ length: N }, (_, i) => syntheticArticle(5000 + i));

describeNeo4j('sayso worker --inbox on the Neo4j store: crash safety', (target) => {
  const tmp = tempDir('worker-crash-neo4j');
  let release: (() => void) | null = null;
  beforeAll(async () => {
    ensureBuilt(['dist/ingest/extract-pool-thread.js', 'dist/cli/main.js']);
    release = await lockNeo4j(target);
    await wipeNeo4j(target);
  }, 600_000);
  afterAll(() => {
    killLeftovers();
    release?.();
    tmp.cleanup();
  });

  it('killed with SIGKILL in the middle of 200 articles and restarted, Neo4j holds each exactly once', async () => {
    const inbox = path.join(tmp.dir, 'inbox');
    mkdirSync(inbox, { recursive: true });
    writeFileSync(path.join(inbox, 'batch.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    const env = {
      SAYSO_DATA_DIR: path.join(tmp.dir, 'data'),
      SAYSO_STORE: 'neo4j',
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user ?? 'neo4j',
      // A server without authentication takes any password; the configuration wants one.
      NEO4J_PASSWORD: target.password ?? 'no-auth',
      ...(target.database ? { NEO4J_DATABASE: target.database } : {}),
    };
    const args = ['worker', '--inbox', inbox, '--concurrency', '2', '--poll', '100', '--settle', '0'];

    const first = runSayso(args, env);
    await first.waitFor((logs) => stored(logs) >= 30, 120_000);
    first.child.kill('SIGKILL');
    await first.exited;

    const queue = createNeo4jQueue(target);
    const mid = await queue.counts();
    expect(mid.done).toBeGreaterThanOrEqual(30);
    expect(mid.done).toBeLessThan(N);

    const second = runSayso([...args, '--until-idle'], env);
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(await queue.counts()).toEqual({ pending: 0, running: 0, done: N, failed: 0 });
    await queue.close();
    expect(readdirSync(path.join(inbox, 'done'))).toEqual(['batch.jsonl']);

    const store = createNeo4jStore(target);
    const urls = (await store.findNodes({ label: 'Article' }, { first: 1000 })).items.map((n) => n.props.url);
    expect(urls).toHaveLength(N);
    expect(new Set(urls)).toEqual(new Set(articles.map((a) => a.url)));
    await store.close();
  }, 300_000);
});
