import { hostname } from 'node:os';
import path from 'node:path';
import { createSqliteQueue } from '../../src/ingest/queue-sqlite';
import { tempDir } from './helpers/tmp';

const tmp = tempDir('queue');
afterAll(() => tmp.cleanup());
let n = 0;
const file = () => path.join(tmp.dir, `q${++n}.db`);
const rec = (i: number) => ({ url: `https://example.org/${i}`, text: `Article ${i}.` });

describe('SQLite job queue', () => {
  it('adds each key once, even when enqueued again', () => {
    const q = createSqliteQueue({ file: file() });
    expect(q.enqueue([1, 2, 3].map((i) => ({ key: `k${i}`, origin: `o${i}`, record: rec(i) })))).toEqual({ added: 3, known: 0 });
    expect(q.enqueue([2, 3, 4].map((i) => ({ key: `k${i}`, origin: `o${i}`, record: rec(i) })))).toEqual({ added: 1, known: 2 });
    expect(q.counts()).toEqual({ pending: 4, running: 0, done: 0, failed: 0 });
    q.close();
  });

  it('never hands one job to two claimers on the same file', () => {
    const f = file();
    const a = createSqliteQueue({ file: f, owner: 'a:1' });
    const b = createSqliteQueue({ file: f, owner: 'b:2' });
    a.enqueue(Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, origin: `o${i}`, record: rec(i) })));
    const seen: number[] = [];
    for (;;) {
      const ja = a.claim();
      const jb = b.claim();
      if (ja) seen.push(ja.id);
      if (jb) seen.push(jb.id);
      if (!ja && !jb) break;
    }
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
    expect(a.counts().running).toBe(50);
    a.close();
    b.close();
  });

  it('claims one job by key now, whatever its place in line; done and failed jobs come back with fresh attempts', () => {
    const f = file();
    const q = createSqliteQueue({ file: f, owner: 'api:1', backoffMs: 60_000 });
    q.enqueue([1, 2, 3].map((i) => ({ key: `k${i}`, origin: `o${i}`, record: rec(i) })));
    const third = q.claimKey('k3')!;
    expect(third).toMatchObject({ key: 'k3', state: 'running', attempts: 1 });
    // Held by one claimer, it is nobody else's, by key or in line.
    expect(createSqliteQueue({ file: f, owner: 'w:2' }).claimKey('k3')).toBeNull();
    expect(q.claim()!.key).toBe('k1');
    q.complete(third.id, 'article:3');
    const again = q.claimKey('k3')!;
    expect(again).toMatchObject({ id: third.id, state: 'running', attempts: 1 });
    expect(q.fail(again.id, { code: 'BAD_INPUT', message: 'empty article' }, false)).toBe('failed');
    expect(q.claimKey('k3')).toMatchObject({ id: third.id, attempts: 1 });
    // A job backing off after a store error is taken at once.
    const second = q.claim()!;
    expect(q.fail(second.id, { code: 'STORE_UNAVAILABLE', message: 'busy' }, true)).toBe('pending');
    expect(q.claimKey('k2')).toMatchObject({ id: second.id, attempts: 2 });
    expect(q.claimKey('nope')).toBeNull();
    q.enqueue([{ key: 'unreadable', origin: 'x.jsonl:2', failed: { code: 'BAD_INPUT', message: 'malformed JSON' } }]);
    expect(q.claimKey('unreadable')).toBeNull();
    q.close();
  });

  it('retries a store error after a growing backoff, then gives up into the dead letters', () => {
    let t = 1_000_000;
    const q = createSqliteQueue({ file: file(), now: () => t, maxAttempts: 3, backoffMs: 1000 });
    q.enqueue([{ key: 'k', origin: 'o', record: rec(1) }]);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const j = q.claim()!;
      expect(j.attempts).toBe(attempt);
      const state = q.fail(j.id, { code: 'STORE_UNAVAILABLE', message: 'database is locked' }, true);
      if (attempt < 3) {
        expect(state).toBe('pending');
        expect(q.claim()).toBeNull(); // not before its time
        const at = q.nextReadyAt()!;
        delays.push(at - t);
        t = at;
      } else expect(state).toBe('failed');
    }
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
    const [dead] = q.deadLetters();
    expect(dead!.lastError).toBe('database is locked (gave up after 3 attempts)');
    expect(dead!.errorCode).toBe('STORE_UNAVAILABLE');
    q.close();
  });

  it('sends a bad article straight to the dead letters, and --retry brings it back', () => {
    const q = createSqliteQueue({ file: file() });
    q.enqueue([
      { key: 'a', origin: 'a.txt', record: rec(1) },
      { key: 'b', origin: 'b.jsonl:2', failed: { code: 'BAD_INPUT', message: 'line 2: malformed JSON' } },
    ]);
    const j = q.claim()!;
    expect(q.fail(j.id, { code: 'BAD_INPUT', message: 'empty article' }, false)).toBe('failed');
    expect(q.deadLetters().map((d) => [d.origin, d.lastError])).toEqual([
      ['a.txt', 'empty article'],
      ['b.jsonl:2', 'line 2: malformed JSON'],
    ]);
    // Only jobs that hold an article can be retried; an unreadable line needs a fixed file.
    expect(q.retryDeadLetters()).toBe(1);
    expect(q.counts()).toEqual({ pending: 1, running: 0, done: 0, failed: 1 });
    expect(q.claim()!.attempts).toBe(1);
    q.close();
  });

  it('returns the jobs of a dead worker to pending, and leaves a live one alone', () => {
    const f = file();
    let t = 5_000;
    const dead = createSqliteQueue({ file: f, owner: `${hostname()}:2147483646`, now: () => t });
    const live = createSqliteQueue({ file: f, now: () => t });
    dead.enqueue([1, 2].map((i) => ({ key: `k${i}`, origin: `o${i}`, record: rec(i) })));
    dead.claim();
    live.claim();
    expect(live.recoverStale()).toBe(1);
    expect(live.counts()).toEqual({ pending: 1, running: 1, done: 0, failed: 0 });
    dead.close();
    live.close();
  });

  it('reclaims a job from another host once its lease has expired', () => {
    const f = file();
    let t = 0;
    const remote = createSqliteQueue({ file: f, owner: 'elsewhere:1', now: () => t });
    const local = createSqliteQueue({ file: f, now: () => t, leaseMs: 60_000 });
    remote.enqueue([{ key: 'k', origin: 'o', record: rec(1) }]);
    remote.claim();
    t = 30_000;
    expect(local.recoverStale()).toBe(0);
    t = 61_000;
    expect(local.recoverStale()).toBe(1);
    remote.close();
    local.close();
  });

  it('completes a job and tracks the batch it belongs to until all its jobs settle', () => {
    const q = createSqliteQueue({ file: file() });
    q.enqueue(
      [
        { key: 'f#0', origin: 'f.jsonl:1', record: rec(1) },
        { key: 'f#1', origin: 'f.jsonl:2', record: rec(2) },
      ],
      { id: 'f', name: 'f.jsonl' },
    );
    const a = q.claim()!;
    q.complete(a.id, 'article:1');
    expect(q.settledBatches()).toEqual([]);
    const b = q.claim()!;
    q.fail(b.id, { code: 'BAD_INPUT', message: 'nope' }, false);
    expect(q.settledBatches().map((x) => x.id)).toEqual(['f']);
    q.finishBatch('f');
    expect(q.settledBatches()).toEqual([]);
    expect(q.batchJobs('f').map((j) => j.state)).toEqual(['done', 'failed']);
    expect(q.get(a.id)!.articleId).toBe('article:1');
    q.close();
  });
});
