import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../src/graph/embedded/schema';
import { whileBusy } from '../../src/graph/embedded/sqlite-file';
import { SaysoError } from '../../src/graph/store';
import { ensureBuilt, ROOT } from '../ingest/helpers/dist';

/** Opens the store and its queue at `file` from a new process at wall-clock time `at`; resolves with its output. */
function openAt(file: string, at: number): Promise<{ code: number | null; out: string }> {
  const script = `
    const { createEmbeddedStore } = require('./dist/graph/embedded');
    const { createSqliteQueue } = require('./dist/ingest/queue-sqlite');
    while (Date.now() < ${at}) {}
    (async () => {
      const store = createEmbeddedStore({ file: ${JSON.stringify(file)} });
      const queue = createSqliteQueue({ file: ${JSON.stringify(file)} });
      queue.close();
      await store.close();
    })().catch((e) => { console.error(e.code, e.message); process.exitCode = 1; });`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('a SQLite file shared by processes', () => {
  let dir: string;
  beforeAll(() => ensureBuilt(['dist/graph/embedded/index.js', 'dist/ingest/queue-sqlite.js']), 180_000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sayso-sqlite-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Two workers started together on a fresh data dir once failed with "database is locked":
  // SQLite does not wait when two processes switch a new file to WAL at the same moment.
  it('is created once when four processes open it at the same moment, none failing', async () => {
    for (let round = 0; round < 12; round++) {
      const file = join(dir, `graph-${round}.db`);
      const at = Date.now() + 400;
      const runs = await Promise.all([0, 1, 2, 3].map(() => openAt(file, at)));
      for (const r of runs) expect(r).toEqual({ code: 0, out: '' });
      const db = new Database(file, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT key, value FROM meta').all()).toEqual([{ key: 'schemaVersion', value: String(SCHEMA_VERSION) }]);
      db.close();
    }
  }, 120_000);

  it('waits for another process holding the lock, then says what to do', () => {
    const file = join(dir, 'held.db');
    const holder = new Database(file);
    holder.pragma('journal_mode = WAL');
    holder.exec('CREATE TABLE t (x)');
    holder.exec('BEGIN IMMEDIATE');
    const other = new Database(file, { timeout: 0 });
    let attempts = 0;
    const started = Date.now();
    const write = () =>
      whileBusy(
        () => {
          attempts++;
          other.exec('INSERT INTO t VALUES (1)');
        },
        file,
        300,
      );
    expect(write).toThrow(SaysoError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(attempts).toBeGreaterThan(2);
    expect(write).toThrow(`The SQLite file ${file} stayed locked by another process for 0.3 s. Wait for the other sayso process`);

    holder.exec('COMMIT');
    attempts = 0;
    write();
    expect(attempts).toBe(1);
    expect(other.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    other.close();
    holder.close();
  });

  it('prepares again when another process changed the schema meanwhile (SQLITE_SCHEMA)', () => {
    // Four processes opening a new file together: one creating the queue's table while another
    // prepared its full-text statements once failed with "SQLITE_SCHEMA vtable constructor failed".
    let attempts = 0;
    const result = whileBusy(() => {
      attempts++;
      if (attempts === 1) throw Object.assign(new Error('vtable constructor failed: search_index'), { code: 'SQLITE_SCHEMA' });
      return 'prepared';
    }, ':memory:');
    expect(result).toBe('prepared');
    expect(attempts).toBe(2);
  });

  it('passes any other error straight through', () => {
    const db = new Database(':memory:');
    let attempts = 0;
    expect(() =>
      whileBusy(() => {
        attempts++;
        db.exec('SELECT * FROM missing');
      }, ':memory:'),
    ).toThrow('no such table: missing');
    expect(attempts).toBe(1);
    db.close();
  });
});
