import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { isLoopbackHost, type Config } from '../config';
import { SaysoError, type GraphStore } from '../graph/store';
import type { IngestQueue } from '../ingest/queue';
import { createApi } from './yoga';

export interface RunningServer {
  /** GraphQL endpoint URLs, one per listening address. */
  urls: string[];
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the API over HTTP. `localhost` listens on both loopback addresses (127.0.0.1 and ::1),
 * so http://localhost:PORT/graphql works whichever one a browser or client resolves first.
 */
export async function startServer(opts: { store: GraphStore; config: Config; logger: Logger; queue?: IngestQueue }): Promise<RunningServer> {
  const { store, config, logger, queue } = opts;
  if (!isLoopbackHost(config.host) && !config.apiKey) {
    throw new SaysoError(
      'BAD_INPUT',
      `Refusing to serve on ${config.host}, which other machines can reach, without an API key: set SAYSO_API_KEY (12+ characters), or HOST=localhost.`,
    );
  }
  const yoga = createApi({
    store,
    config,
    logError: (err) => logger.error({ err }, 'request failed'),
    ...(queue ? { queue } : {}),
  });
  const hosts = config.host === 'localhost' ? ['127.0.0.1', '::1'] : [config.host.replace(/^\[|\]$/g, '')];
  const servers: Server[] = [];
  let port = config.port;
  for (const [i, host] of hosts.entries()) {
    const server = createServer(yoga);
    server.requestTimeout = config.requestTimeoutMs + 5000;
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // A machine without IPv6 still serves on 127.0.0.1; so does a free port (PORT=0) that
      // happens to be taken on ::1.
      if (i > 0 && (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT' || (config.port === 0 && code === 'EADDRINUSE'))) continue;
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
      if (code === 'EADDRINUSE') throw new SaysoError('STORE_UNAVAILABLE', `Port ${port} on ${host} is in use: stop the other server or set PORT.`);
      throw err;
    }
    // With PORT=0 the first address picks a free port; the others follow it.
    port = (server.address() as AddressInfo).port;
    servers.push(server);
  }
  const shown = config.host === 'localhost' ? ['localhost'] : hosts.map((h) => (h.includes(':') ? `[${h}]` : h));
  return {
    urls: shown.map((h) => `http://${h}:${port}/graphql`),
    port,
    close: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
