import neo4j from 'neo4j-driver';
import { autoCommit, inTransaction, type Tx } from '../../src/graph/neo4j/transactions';
import { describeNeo4j, lockNeo4j } from './neo4j-test-server';

const SLOW = 'UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n';
// Past the server's per-transaction memory limit (256 MiB by default and in the local server).
const HUGE = "UNWIND range(1, 4000000) AS i RETURN size(collect(toString(i) + '-padding-padding-padding-padding-padding-padding-padding')) AS n";

/**
 * Our own transactions on the real server: what is retried, what fails at once, and a time
 * limit the server itself enforces.
 */
describeNeo4j('neo4j transactions', (target) => {
  let release: () => void;
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined, { disableLosslessIntegers: true });
  const opts = (mode: 'READ' | 'WRITE', extra: { timeoutMs?: number; attempts?: number } = {}) => ({ database: target.database, mode, attempts: 3, ...extra });
  const probes = async (id: string) =>
    (await driver.executeQuery('MATCH (p:TxProbe {id: $id}) RETURN p.attempt AS attempt ORDER BY attempt', { id }, { database: target.database })).records.map((r) => r.get('attempt'));

  beforeAll(async () => {
    release = await lockNeo4j(target);
  });
  afterAll(async () => {
    try {
      await driver.executeQuery('MATCH (p:TxProbe) DELETE p', {}, { database: target.database });
    } finally {
      await driver.close();
      release();
    }
  });

  test('a read past its time limit is stopped by the server, once', async () => {
    let calls = 0;
    const started = Date.now();
    const failure = await inTransaction(driver, opts('READ', { timeoutMs: 300 }), async (tx) => {
      calls += 1;
      return (await tx.run(SLOW)).records;
    }).catch((e: unknown) => e);
    expect(String((failure as { code?: string }).code)).toMatch(/TransactionTimedOut/);
    expect(calls).toBe(1);
    // Without the limit this statement runs for minutes.
    expect(Date.now() - started).toBeLessThan(30_000);

    const auto = await autoCommit(driver, opts('READ', { timeoutMs: 300 }), SLOW, {}).catch((e: unknown) => e);
    expect(String((auto as { code?: string }).code)).toMatch(/TransactionTimedOut/);
  }, 60_000);

  test('a write past the memory limit fails at its first attempt', async () => {
    let calls = 0;
    const failure = await inTransaction(driver, opts('WRITE', { attempts: 8 }), async (tx) => {
      calls += 1;
      return (await tx.run(HUGE)).records;
    }).catch((e: unknown) => e);
    expect(String((failure as { code?: string }).code)).toMatch(/Memory/);
    expect(calls).toBe(1);
  }, 60_000);

  test('a transient failure is retried in a new transaction, the failed one rolled back', async () => {
    const id = `retry-${process.pid}-${Date.now()}`;
    let calls = 0;
    const result = await inTransaction(driver, opts('WRITE'), async (tx: Tx) => {
      calls += 1;
      await tx.run('CREATE (:TxProbe {id: $id, attempt: $attempt})', { id, attempt: calls });
      if (calls === 1) throw Object.assign(new Error('deadlock'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' });
      return 'written';
    });
    expect(result).toBe('written');
    expect(calls).toBe(2);
    expect(await probes(id)).toEqual([2]);
  }, 60_000);

  test('a client error is not retried and leaves nothing behind', async () => {
    const id = `client-${process.pid}-${Date.now()}`;
    let calls = 0;
    const failure = await inTransaction(driver, opts('WRITE'), async (tx) => {
      calls += 1;
      await tx.run('CREATE (:TxProbe {id: $id, attempt: 1})', { id });
      await tx.run('RETURN (');
    }).catch((e: unknown) => e);
    expect(String((failure as { code?: string }).code)).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(calls).toBe(1);
    expect(await probes(id)).toEqual([]);
  }, 60_000);

  test('attempts run out: the last error is the one reported', async () => {
    let calls = 0;
    const failure = await inTransaction(driver, opts('READ', { attempts: 2 }), async () => {
      calls += 1;
      throw Object.assign(new Error(`lock wait ${calls}`), { code: 'Neo.TransientError.Transaction.LockClientStopped' });
    }).catch((e: unknown) => e);
    expect(calls).toBe(2);
    expect((failure as Error).message).toBe('lock wait 2');
  }, 60_000);
});
