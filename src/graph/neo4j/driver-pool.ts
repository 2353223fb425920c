import neo4j, { type Driver } from 'neo4j-driver';

/**
 * One driver per process and server: a driver owns the connection pool, so every store
 * opened on the same server shares it. Reference-counted; the last close() closes it.
 */

export interface DriverKey {
  uri: string;
  user?: string;
  password?: string;
}

interface Entry {
  driver: Driver;
  refs: number;
}

const drivers = new Map<string, Entry>();

function keyOf(k: DriverKey): string {
  return `${k.uri}\u0000${k.user ?? ''}`;
}

export function acquireDriver(k: DriverKey): Driver {
  const key = keyOf(k);
  const found = drivers.get(key);
  if (found) {
    found.refs += 1;
    return found.driver;
  }
  // No user: no auth token (a local server with authentication switched off).
  const auth = k.user ? neo4j.auth.basic(k.user, k.password ?? '') : undefined;
  const driver = neo4j.driver(k.uri, auth, {
    // Plain JS numbers out: counts and stored numbers stay far below 2^53.
    disableLosslessIntegers: true,
    // executeWrite retries transient failures (deadlocks among them) for this long.
    maxTransactionRetryTime: 30_000,
    connectionAcquisitionTimeout: 30_000,
    userAgent: 'sayso',
  });
  drivers.set(key, { driver, refs: 1 });
  return driver;
}

export async function releaseDriver(k: DriverKey): Promise<void> {
  const key = keyOf(k);
  const found = drivers.get(key);
  if (!found) return;
  found.refs -= 1;
  if (found.refs <= 0) {
    drivers.delete(key);
    await found.driver.close();
  }
}
