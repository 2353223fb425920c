import { Command } from 'commander';
import { startServer } from '../../api/server';
import { readInputs } from '../../read/files';
import { ingestRecords } from '../../ingest/pipeline';
import { openIngestQueue } from '../../ingest/queue-open';
import { createCliLogger } from '../logger';
import { SEEDS_DIR } from '../paths';
import type { CliDeps } from '../io';
import { formatSummary } from './ingest';

const EXAMPLES = `
Configuration comes from the environment: PORT (4000), HOST (localhost), SAYSO_DATA_DIR
(./data), SAYSO_STORE (embedded | neo4j), NEO4J_URI/USER/PASSWORD/DATABASE, SAYSO_API_KEY,
SAYSO_CORS_ORIGINS, LOG_LEVEL. On a host other machines can reach, SAYSO_API_KEY is required.

Examples:
  $ sayso serve --seed                 # what npm start runs: sample articles on first start
  $ PORT=8080 sayso serve
  $ HOST=0.0.0.0 SAYSO_API_KEY=... sayso serve
  $ SAYSO_STORE=neo4j NEO4J_URI=neo4j://localhost:7687 NEO4J_PASSWORD=... sayso serve

Then open http://localhost:4000/graphql for GraphiQL.
`;

export function createServeCommand(deps: CliDeps, hooks: { onListening?: (urls: string[]) => void } = {}): Command {
  return new Command('serve')
    .description('Serve the GraphQL API (with GraphiQL) over the configured store.')
    .option('--seed', 'when the store holds no articles, ingest the bundled seeds/ first')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: { seed?: boolean }) => {
      const config = deps.config();
      const log = createCliLogger(config, 'sayso-serve');
      const store = await deps.openStore(config);
      // One durable queue per server process: `ingestArticle` puts its articles there.
      let queue: ReturnType<typeof openIngestQueue> | null = null;
      try {
        queue = openIngestQueue(config);
        // The store's first call sets it up (a Neo4j store's indexes and fills): done before
        // listening, so that no request waits on it and times out.
        const stats = await store.stats();
        if (flags.seed && !stats.nodes.Article) {
          const summary = await ingestRecords(store, readInputs([SEEDS_DIR]));
          deps.stdout.write(`Seeded the empty store from ${SEEDS_DIR}.\n${formatSummary(summary)}`);
          for (const f of summary.failures) log.warn({ origin: f.origin, error: f.error }, 'seed article failed');
        }
        const server = await startServer({ store, config, logger: log, queue });
        deps.stdout.write(`sayso: GraphQL and GraphiQL at ${server.urls.join(' and ')}\n`);
        log.info({ urls: server.urls, store: config.store }, 'listening');
        hooks.onListening?.(server.urls);
        await new Promise<void>((resolve) => {
          const stop = (signal: string) => {
            log.info({ signal }, 'stopping');
            server.close().then(resolve, resolve);
          };
          process.once('SIGINT', () => stop('SIGINT'));
          process.once('SIGTERM', () => stop('SIGTERM'));
        });
      } finally {
        await queue?.close();
        await store.close();
      }
    });
}
