import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { GraphQLError } from 'graphql';
import type { Config } from '../config';
import { SaysoError, type GraphStore } from '../graph/store';
import type { IngestQueue } from '../ingest/queue';
import { createInlineExtractor } from '../ingest/extract-pool';
import { createArticleProcessor } from '../ingest/worker-article';
import { createContext, type ApiContext, type ApiIngest } from './context';
import { useBodyLimit } from './body-limit';
import { toGraphQLError } from './errors';
import { EXAMPLE_QUERIES } from './examples';
import { useExportRoute } from './export-route';
import { responseCachePlugins } from './response-cache';
import { safetyPlugins } from './safety';
import { schema } from './schema';

export interface ApiOptions {
  store: GraphStore;
  config: Pick<Config, 'maxPageSize' | 'apiKey' | 'corsOrigins' | 'requestTimeoutMs' | 'limits' | 'cacheTtlMs'>;
  /** Where unexpected errors are logged (they reach clients masked). */
  logError?: (err: unknown) => void;
  /**
   * The store's durable ingest queue (`openIngestQueue(config)`), owned and closed by the caller.
   * With it, `ingestArticle` submits the article as a queue job and processes it at once; without
   * it (in-process uses over a store that has no queue), the mutation writes to the store directly.
   */
  queue?: IngestQueue;
}

export type SaysoYoga = YogaServerInstance<Record<string, unknown>, ApiContext>;

/** Unwraps the domain error a resolver threw, if it was one. */
function domainError(err: unknown): SaysoError | null {
  if (err instanceof SaysoError) return err;
  if (err instanceof GraphQLError && err.originalError instanceof SaysoError) return err.originalError;
  return null;
}

/** The GraphQL API over a store: GraphiQL and the endpoint at /graphql. */
export function createApi({ store, config, logError, queue }: ApiOptions): SaysoYoga {
  const ingest: ApiIngest | null = queue ? { queue, processor: createArticleProcessor({ store, extractor: createInlineExtractor() }) } : null;
  return createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // Unexpected errors go to logError (pino in the server); Yoga's console logger stays quiet.
    logging: false,
    landingPage: false,
    context: ({ request }) => createContext(store, config, request, ingest),
    maxRequestBodySize: false,
    // The response cache comes after the limits: a refused query never reaches it. Queries run
    // compiled (graphql-jit, one compilation per distinct document), before the time limit
    // wraps execution: a plugin after it would replace the wrapped executor.
    plugins: [
      useBodyLimit(),
      useExportRoute({ store, config, onError: logError }),
      useGraphQlJit({}, { onError: logError }),
      ...safetyPlugins(config),
      ...responseCachePlugins(config),
    ],
    cors: config.corsOrigins.length ? { origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins, methods: ['GET', 'POST'], credentials: false } : false,
    graphiql: {
      title: 'sayso: who said what, on what condition',
      defaultEditorToolsVisibility: false,
      defaultTabs: EXAMPLE_QUERIES.map((q) => ({ query: q.query })),
      defaultQuery: EXAMPLE_QUERIES[0]!.query,
    },
    maskedErrors: {
      maskError(error, message) {
        const domain = domainError(error);
        if (domain) return toGraphQLError(domain);
        if (error instanceof GraphQLError && !error.originalError) return error; // validation and syntax errors
        logError?.(error);
        return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
  });
}
