import { resolve } from 'node:path';
import { z } from 'zod';
import { SaysoError } from './graph/store';

/**
 * The one place that reads the environment. Everything else receives a typed, validated Config,
 * so tests and the CLI can build one without touching process.env.
 */
export interface Config {
  port: number;
  /** Interface to listen on. `localhost` (the default) listens on 127.0.0.1 and ::1. */
  host: string;
  dataDir: string;
  store: 'embedded' | 'neo4j';
  /** readTimeoutMs: the server stops a read transaction after this long (0: never). */
  neo4j: { uri: string; user: string; password: string; database?: string; readTimeoutMs: number };
  /** When set, mutations need it in the `x-api-key` header (or `Authorization: Bearer`). */
  apiKey?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Browser origins allowed to call the API; empty means same-origin only, `*` means any. */
  corsOrigins: string[];
  /** Largest `first` a list field accepts. */
  maxPageSize: number;
  /** A request running longer than this is answered with an error. */
  requestTimeoutMs: number;
  /** How long a query's answer is served from the response cache; 0 turns the cache off. */
  cacheTtlMs: number;
  /** Query limits (depth, cost, aliases, directives). */
  limits: {
    maxDepth: number;
    /** Most field resolutions a query may ask for: each field counts once per item of the pages around it. */
    maxCost: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
  };
  /** The ingest worker and its queues (src/ingest/worker*.ts, docs/worker.md). */
  worker: WorkerConfig;
}

export interface WorkerConfig {
  /** Extraction threads and articles in hand; default: one per core. */
  concurrency?: number;
  /** Redis of the scale-out queue (`sayso worker --queue` falls back to it). */
  redisUrl?: string;
  /** BullMQ queue name; workers and `sayso enqueue` must agree on it. */
  queueName: string;
  /** Tries of an article whose store write keeps failing before it becomes a dead letter. */
  maxAttempts: number;
  /** First retry delay of a failed store write; doubles per attempt. */
  backoffMs: number;
  /** Largest article text accepted, in bytes. */
  maxArticleBytes: number;
}

const int = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const schema = z.object({
  PORT: int('PORT', 0, 65535).default(4000),
  HOST: z.string().trim().min(1, 'HOST must not be empty').default('localhost'),
  SAYSO_DATA_DIR: z.string().trim().min(1, 'SAYSO_DATA_DIR must not be empty').default('./data'),
  SAYSO_STORE: z.enum(['embedded', 'neo4j'], { error: 'SAYSO_STORE must be "embedded" or "neo4j"' }).default('embedded'),
  NEO4J_URI: z
    .string()
    .trim()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/\S+$/, 'NEO4J_URI must look like neo4j://host:7687 or bolt://host:7687')
    .default('neo4j://localhost:7687'),
  NEO4J_USER: z.string().trim().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: optionalText,
  NEO4J_READ_TIMEOUT_MS: int('NEO4J_READ_TIMEOUT_MS', 0, 3600000).optional(),
  SAYSO_API_KEY: optionalText.pipe(z.string().min(12, 'SAYSO_API_KEY must be at least 12 characters').optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  SAYSO_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((list) => list.every((o) => o === '*' || /^https?:\/\/[^\s/]+$/.test(o)), 'SAYSO_CORS_ORIGINS must be a comma-separated list of origins like https://dash.example.org, or *'),
  SAYSO_MAX_PAGE_SIZE: int('SAYSO_MAX_PAGE_SIZE', 1, 10000).default(100),
  SAYSO_REQUEST_TIMEOUT_MS: int('SAYSO_REQUEST_TIMEOUT_MS', 100, 600000).default(10000),
  SAYSO_CACHE_TTL_MS: int('SAYSO_CACHE_TTL_MS', 0, 3600000).default(2000),
  SAYSO_MAX_DEPTH: int('SAYSO_MAX_DEPTH', 2, 100).default(10),
  SAYSO_MAX_COST: int('SAYSO_MAX_COST', 100, 10000000).default(20000),
  SAYSO_MAX_ALIASES: int('SAYSO_MAX_ALIASES', 1, 1000).default(15),
  SAYSO_MAX_DIRECTIVES: int('SAYSO_MAX_DIRECTIVES', 1, 1000).default(10),
  SAYSO_MAX_TOKENS: int('SAYSO_MAX_TOKENS', 100, 1000000).default(2000),
  SAYSO_WORKER_CONCURRENCY: int('SAYSO_WORKER_CONCURRENCY', 1, 256).optional(),
  REDIS_URL: optionalText.pipe(z.string().regex(/^rediss?:\/\/\S+$/, 'REDIS_URL must look like redis://127.0.0.1:6379').optional()),
  SAYSO_QUEUE_NAME: z.string().trim().regex(/^[A-Za-z0-9_.-]+$/, 'SAYSO_QUEUE_NAME may hold only letters, digits, dots, dashes and underscores').default('sayso-articles'),
  SAYSO_JOB_ATTEMPTS: int('SAYSO_JOB_ATTEMPTS', 1, 100).default(5),
  SAYSO_RETRY_BACKOFF_MS: int('SAYSO_RETRY_BACKOFF_MS', 1, 3600000).default(1000),
  SAYSO_MAX_ARTICLE_BYTES: int('SAYSO_MAX_ARTICLE_BYTES', 1024, 1073741824).default(2097152),
});

/** Builds the Config from an environment (process.env by default); throws BAD_INPUT listing every bad value. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty variables count as unset, the way shells and compose files tend to pass them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const key = String(i.path[0] ?? '');
      const got = key in present ? ` (got "${present[key]}")` : '';
      return `  ${i.message}${got}`;
    });
    throw new SaysoError('BAD_INPUT', `Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.SAYSO_DATA_DIR),
    store: e.SAYSO_STORE,
    // No password: no credentials at all, for a server with authentication off (the local one
    // `npm run neo4j:start` runs); a server that needs them answers with an authentication error.
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_PASSWORD ? e.NEO4J_USER : '',
      password: e.NEO4J_PASSWORD,
      ...(e.NEO4J_DATABASE ? { database: e.NEO4J_DATABASE } : {}),
      // A read the API stopped waiting for should stop on the server as well.
      readTimeoutMs: e.NEO4J_READ_TIMEOUT_MS ?? e.SAYSO_REQUEST_TIMEOUT_MS,
    },
    ...(e.SAYSO_API_KEY ? { apiKey: e.SAYSO_API_KEY } : {}),
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.SAYSO_CORS_ORIGINS,
    maxPageSize: e.SAYSO_MAX_PAGE_SIZE,
    requestTimeoutMs: e.SAYSO_REQUEST_TIMEOUT_MS,
    cacheTtlMs: e.SAYSO_CACHE_TTL_MS,
    limits: {
      maxDepth: e.SAYSO_MAX_DEPTH,
      maxCost: e.SAYSO_MAX_COST,
      maxAliases: e.SAYSO_MAX_ALIASES,
      maxDirectives: e.SAYSO_MAX_DIRECTIVES,
      maxTokens: e.SAYSO_MAX_TOKENS,
    },
    worker: {
      ...(e.SAYSO_WORKER_CONCURRENCY !== undefined ? { concurrency: e.SAYSO_WORKER_CONCURRENCY } : {}),
      ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
      queueName: e.SAYSO_QUEUE_NAME,
      maxAttempts: e.SAYSO_JOB_ATTEMPTS,
      backoffMs: e.SAYSO_RETRY_BACKOFF_MS,
      maxArticleBytes: e.SAYSO_MAX_ARTICLE_BYTES,
    },
  };
}

/** Hosts that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
