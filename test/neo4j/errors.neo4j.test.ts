import neo4j from 'neo4j-driver';
import { isRetryable, translate } from '../../src/graph/neo4j/errors';
import { SaysoError } from '../../src/graph/store';
import { describeNeo4j, lockNeo4j } from './neo4j-test-server';

/**
 * Errors of the real server, as the store reports them. A query past the server's transaction
 * memory limit (256 MiB by default) is refused the same way every time: it is not retried, and
 * the caller is told what to do instead of "Unexpected error".
 */
describeNeo4j('neo4j errors', (target) => {
  let release: () => void;
  const driver = neo4j.driver(target.uri, target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined);
  beforeAll(async () => {
    release = await lockNeo4j(target);
  });
  afterAll(async () => {
    await driver.close();
    release();
  });

  test('a query past the transaction memory limit: not retried, and told how to narrow it', async () => {
    const session = driver.session({ database: target.database });
    let error: unknown;
    try {
      // Auto-commit, so the driver does not retry it either.
      await session.run("UNWIND range(1, 4000000) AS i RETURN size(collect(toString(i) + '-padding-padding-padding-padding-padding-padding-padding')) AS n");
    } catch (e) {
      error = e;
    } finally {
      await session.close();
    }
    expect(String((error as { code?: string }).code)).toMatch(/^Neo\.TransientError\..*Memory/);
    expect(isRetryable(error)).toBe(false);
    const told = translate(error, target.uri);
    expect(told).toBeInstanceOf(SaysoError);
    expect((told as SaysoError).code).toBe('TOO_LARGE');
    expect((told as SaysoError).message).toMatch(/^The query needs more memory than Neo4j .* allows one transaction .*Narrow it/);
    const write = translate(error, target.uri, { write: true }) as SaysoError;
    expect(write.code).toBe('TOO_LARGE');
    expect(write.message).toMatch(/^The write needs more memory than Neo4j .* allows one transaction .*Write fewer articles at a time/);
  }, 60_000);

  test('a deadlock-like transient error is still retried, a syntax error is not', async () => {
    let syntax: unknown;
    try {
      await driver.executeQuery('RETURN (', {}, { database: target.database });
    } catch (e) {
      syntax = e;
    }
    expect(isRetryable(syntax)).toBe(false);
    expect(translate(syntax, target.uri)).toBe(syntax);
    const deadlock = Object.assign(new Error('deadlock'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' });
    expect(isRetryable(deadlock)).toBe(true);
    const lost = Object.assign(new Error('connection lost'), { code: 'ServiceUnavailable' });
    expect(isRetryable(lost)).toBe(true);
    const terminated = Object.assign(new Error('terminated'), { code: 'Neo.TransientError.Transaction.Terminated' });
    expect(isRetryable(terminated)).toBe(false);
  });

  test('a query stopped at its time limit: not retried, and told which limit stopped it', async () => {
    const session = driver.session({ database: target.database });
    let error: unknown;
    try {
      await session.run('UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(i)', {}, { timeout: 200 });
    } catch (e) {
      error = e;
    } finally {
      await session.close();
    }
    expect(String((error as { code?: string }).code)).toMatch(/TransactionTimedOut/);
    expect(isRetryable(error)).toBe(false);
    const told = translate(error, target.uri, { timeoutMs: 200 });
    expect(told).toBeInstanceOf(SaysoError);
    expect((told as SaysoError).code).toBe('TIMEOUT');
    expect((told as SaysoError).message).toMatch(/stopped the query at its time limit \(200 ms, NEO4J_READ_TIMEOUT_MS\)/);
  }, 60_000);
});
