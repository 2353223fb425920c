import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticArticle } from '../ingest/helpers/articles';
import { CLI, ensureBuilt, ROOT } from '../ingest/helpers/dist';
import { tempDir } from '../ingest/helpers/tmp';

const tmp = tempDir('worker-cli');
const env = { ...process.env, SAYSO_DATA_DIR: path.join(tmp.dir, 'data'), LOG_LEVEL: 'warn' };
const sayso = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

// Each test starts the CLI a few times; on a busy machine a start takes seconds.
jest.setTimeout(120_000);

describe('sayso enqueue, worker, stats and dead-letters on the store\'s own queue', () => {
  beforeAll(() => ensureBuilt(['dist/ingest/extract-pool-thread.js', 'dist/cli/main.js']), 180_000);
  afterAll(() => tmp.cleanup());

  const feed = path.join(tmp.dir, 'feed.jsonl');

  it('enqueue queues the readable articles, refuses the malformed line with its reason, and exits 1', () => {
    writeFileSync(feed, [JSON.stringify(syntheticArticle(1)), '{"text": "cut off', JSON.stringify(syntheticArticle(2))].join('\n'));
    const r = sayso('enqueue', feed);
    expect(r.stdout).toBe('queued 2 articles, 1 refused (see `sayso dead-letters`)\n');
    expect(r.stderr).toContain('feed.jsonl:2: line 2: malformed JSON');
    expect(r.code).toBe(1);
    expect(sayso('enqueue', '--json', feed).stdout).toBe('{"added":0,"known":2,"refused":1}\n');
  });

  it('worker --until-idle drains the queue and exits 0', () => {
    const r = sayso('worker', '--until-idle', '--concurrency', '1');
    expect(r.stderr).not.toMatch(/"level":(50|60)/);
    expect(r.code).toBe(0);
  });

  it('stats reports the graph and the queue', () => {
    const json = JSON.parse(sayso('stats', '--json').stdout) as { nodes: Record<string, number>; edges: Record<string, number>; queue: Record<string, unknown> };
    expect(json.nodes.Article).toBe(2);
    expect(Object.keys(json.edges).length).toBeGreaterThan(0);
    expect(json.queue).toEqual({ kind: 'embedded', pending: 0, running: 0, done: 2, failed: 1 });
    const text = sayso('stats').stdout;
    expect(text).toMatch(/^Nodes \(\d+\)\n {2}Article +2$/m);
    expect(text).toMatch(/^Edges \(\d+\)$/m);
    expect(text).toContain('Queue (embedded)\n  pending 0  running 0  done 2  failed 1');
  });

  it('dead-letters lists the failure with its reason; --retry leaves unreadable input for a fixed file', () => {
    const list = sayso('dead-letters');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^\d+\t.*feed\.jsonl:2\tBAD_INPUT: line 2: malformed JSON/m);
    const json = JSON.parse(sayso('dead-letters', '--json').stdout) as { deadLetters: { origin: string; code: string }[] };
    expect(json.deadLetters).toHaveLength(1);
    const retry = sayso('dead-letters', '--retry');
    expect(retry.stdout).toContain('0 put back in the queue; 1 could not be read and need a fixed file');
  });
});
