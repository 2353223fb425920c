import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Config } from '../config';
import { isAuthorized } from './context';

/** Most answers held at once; the oldest goes first. */
export const MAX_CACHED_RESPONSES = 1000;

/** Longest an identical request waits for the one already running before it runs itself. */
export const COALESCE_WAIT_MS = 1000;

/** Whole answers by key, each until its expiry; `clear()` drops them all. */
export function createResponseStore(max = MAX_CACHED_RESPONSES): Cache & { clear(): void; readonly size: number } {
  const entries = new Map<string, { result: ExecutionResult; expires: number }>();
  return {
    get(key) {
      const e = entries.get(key);
      if (!e) return null;
      if (e.expires <= Date.now()) {
        entries.delete(key);
        return null;
      }
      return e.result;
    },
    set(key, result, _entities, ttl) {
      if (!(ttl > 0)) return;
      entries.delete(key);
      while (entries.size >= max) entries.delete(entries.keys().next().value as string);
      entries.set(key, { result, expires: Date.now() + ttl });
    },
    // Changes drop everything (see useResponseCacheFor), so there is nothing finer to invalidate.
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
 * Caches whole answers to queries for `cacheTtlMs`, keyed by document, operation name, variables
 * and whether the request is authorized, so answers never cross from a key holder to a caller
 * without one. Answers with errors, introspection (`__schema`, `__type`) and mutations are never
 * cached; a mutation on this server drops every cached answer, before and after it runs, and an
 * answer computed while a mutation ran is not kept. Writes by other processes (the worker,
 * `sayso ingest`) show within `cacheTtlMs`. No plugins when `cacheTtlMs` is 0.
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
  // Identical requests arriving while the first of them runs wait for its answer (then served
  // from the cache) instead of all running at once when an entry expires; they wait no longer
  // than COALESCE_WAIT_MS.
  const running = new Map<string, Promise<void>>();
  const leading = new WeakMap<Request, () => void>();
  const invalidation: Plugin = {
    onParams({ params, request }) {
      const query = params.query;
      if (!query || /\bmutation\b/.test(query)) return;
      const key = `${session(request)}\n${params.operationName ?? ''}\n${JSON.stringify(params.variables ?? {})}\n${query}`;
      const first = running.get(key);
      if (first) {
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
      // Mutations drop the whole cache (above) rather than the entities they return.
      invalidateViaMutation: false,
      ttlPerSchemaCoordinate: { 'Query.__schema': 0, 'Query.__type': 0 },
      onTtl: ({ ttl: chosen, context }) => (startedAt.get(context as object) === generation ? chosen : 0),
      includeExtensionMetadata: false,
    }),
  ];
}
