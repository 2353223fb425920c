import { createHash } from 'node:crypto';
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Config } from '../config';
import { isAuthorized } from './context';

/** Most answers held at once; the oldest goes first. */
export const MAX_CACHED_RESPONSES = 1000;

/** Longest an identical request waits for the one already running before it runs itself. */
export const COALESCE_WAIT_MS = 1000;

/**
 * Whole answers by key, each fresh until its expiry and then stale for as long again; `get` gives
 * fresh answers only, `stale` an answer past its expiry but still within that grace; `clear()`
 * drops them all.
 */
export function createResponseStore(max = MAX_CACHED_RESPONSES): Cache & { stale(key: string): ExecutionResult | null; clear(): void; readonly size: number } {
  const entries = new Map<string, { result: ExecutionResult; expires: number; staleUntil: number }>();
  /** The entry under `key` unless it is past its grace, which forgets it. */
  const held = (key: string, now: number) => {
    const e = entries.get(key);
    if (e && e.staleUntil <= now) {
      entries.delete(key);
      return undefined;
    }
    return e;
  };
  return {
    get(key) {
      const now = Date.now();
      const e = held(key, now);
      return e && e.expires > now ? e.result : null;
    },
    stale(key) {
      const now = Date.now();
      const e = held(key, now);
      return e && e.expires <= now ? e.result : null;
    },
    set(key, result, _entities, ttl) {
      if (!(ttl > 0)) return;
      entries.delete(key);
      while (entries.size >= max) entries.delete(entries.keys().next().value as string);
      const now = Date.now();
      entries.set(key, { result: withStoredText(result), expires: now + ttl, staleUntil: now + 2 * ttl });
    },
    // Changes drop everything (see responseCachePlugins), so there is nothing finer to invalidate.
    invalidate() {
      entries.clear();
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/**
 * The answer with a `stringify` that serialises it once, however often it is served. graphql-yoga
 * writes a result with its own `stringify` when it has one (the hook graphql-jit uses); the cache
 * plugin copies the answer's own properties onto each hit, so the function travels with it, and
 * JSON leaves function-valued properties out. Without it every hit is serialised again.
 */
function withStoredText(result: ExecutionResult): ExecutionResult & { stringify(): string } {
  let text: string | undefined;
  return { ...result, stringify: () => (text ??= JSON.stringify(publicPart(result))) };
}

/**
 * What a client sees of a cached answer: without `extensions.http`, which carries the response
 * headers the cache adds (ETag, Last-Modified) and which yoga leaves out of bodies. Read when the
 * answer is first served, after the cache has added them.
 */
function publicPart(result: ExecutionResult): ExecutionResult {
  if (!result.extensions?.http) return result;
  const { http: _headers, ...extensions } = result.extensions;
  return { ...result, extensions: Object.keys(extensions).length ? extensions : undefined };
}

/** The cache key of a request: a digest, because the cache also sends it as the answer's ETag. */
export function responseKey(parts: { documentString: string; operationName?: string | null | undefined; variableValues?: unknown; sessionId?: string | null | undefined }): string {
  const text = `${parts.sessionId ?? ''}\n${parts.operationName ?? ''}\n${JSON.stringify(parts.variableValues ?? {})}\n${parts.documentString}`;
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Caches whole answers to queries for `cacheTtlMs`, keyed by document, operation name, variables
 * and whether the request is authorized, so answers never cross from a key holder to a caller
 * without one. Answers with errors, introspection (`__schema`, `__type`) and mutations are never
 * cached; a mutation on this server drops every cached answer, before and after it runs, and an
 * answer computed while a mutation ran is not kept. Writes by other processes (the worker,
 * `sayso ingest`) show within `cacheTtlMs`. No plugins when `cacheTtlMs` is 0.
 *
 * When an answer expires, the first request for it runs the query again and the requests arriving
 * meanwhile get the expired answer (stale-while-revalidate), so an expiry costs one request its
 * latency instead of stalling every client. An answer is served stale only while it is being
 * recomputed and for no longer than `cacheTtlMs` past its expiry.
 *
 * The plugin order matters: this module's hooks run before the cache's lookup (onParams) and
 * before execution, so they come after the limits and before the cache in the list.
 */
export function responseCachePlugins(config: Pick<Config, 'cacheTtlMs' | 'apiKey'>): Plugin[] {
  const ttl = config.cacheTtlMs;
  if (!(ttl > 0)) return [];
  const store = createResponseStore();
  // Bumped at the start and end of every mutation; an answer is kept only when no mutation
  // started or ended while it was computed.
  let generation = 0;
  const startedAt = new WeakMap<object, number>();
  const invalidate = () => {
    generation++;
    store.clear();
  };
  const session = (request: Request) => (isAuthorized(request.headers, config.apiKey) ? 'authorized' : 'anonymous');
  // Identical requests arriving while the first of them runs get the expired answer if there is
  // one, or else wait for the first one's answer (then served from the cache) instead of all
  // running at once; they wait no longer than COALESCE_WAIT_MS.
  const running = new Map<string, Promise<void>>();
  const leading = new WeakMap<Request, () => void>();
  const invalidation: Plugin = {
    onParams({ params, request, setResult }) {
      const query = params.query;
      if (!query || /\bmutation\b/.test(query)) return;
      const key = responseKey({ documentString: query, operationName: params.operationName, variableValues: params.variables, sessionId: session(request) });
      const first = running.get(key);
      if (first) {
        const stale = store.stale(key);
        if (stale) {
          setResult(stale);
          return undefined;
        }
        let timer: NodeJS.Timeout | undefined;
        const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, COALESCE_WAIT_MS)));
        return Promise.race([first, limit]).finally(() => clearTimeout(timer));
      }
      let done!: () => void;
      const mine = new Promise<void>((resolve) => (done = resolve));
      running.set(key, mine);
      const finish = () => {
        clearTimeout(timer);
        if (running.get(key) === mine) running.delete(key);
        done();
      };
      // A request that never reaches its result (a dropped connection) stops leading in time.
      const timer = setTimeout(finish, COALESCE_WAIT_MS);
      timer.unref();
      leading.set(request, finish);
      return undefined;
    },
    onExecutionResult({ request }) {
      leading.get(request)?.();
      leading.delete(request);
    },
    onExecute({ args }) {
      const context = args.contextValue as object;
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (operation !== 'mutation') {
        startedAt.set(context, generation);
        return;
      }
      invalidate();
      return { onExecuteDone: invalidate };
    },
  };
  return [
    invalidation,
    useResponseCache({
      cache: store,
      ttl,
      session,
      buildResponseCacheKey: responseKey,
      // Mutations drop the whole cache (above) rather than the entities they return.
      invalidateViaMutation: false,
      ttlPerSchemaCoordinate: { 'Query.__schema': 0, 'Query.__type': 0 },
      onTtl: ({ ttl: chosen, context }) => (startedAt.get(context as object) === generation ? chosen : 0),
      includeExtensionMetadata: false,
    }),
  ];
}
