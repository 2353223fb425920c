import { SaysoError, type GraphStore } from '../graph/store';

/**
 * A request's view of the store: once the request is stopped (its time limit passed, or its
 * client went away), no further store call starts. GraphQL execution cannot be interrupted, so
 * without this an abandoned request would go on resolving fields, and reading the store for
 * them, after its answer was sent. A call already running finishes (a write stays atomic).
 */
export function stoppableStore(store: GraphStore, signal: AbortSignal): GraphStore {
  // A rejected promise rather than a throw: DataLoader batch functions must return a promise.
  const unlessStopped = <T>(call: () => Promise<T>): Promise<T> => (signal.aborted ? Promise.reject(stoppedError(signal.reason)) : call());
  return {
    upsertArticle: (graph, opts) => unlessStopped(() => store.upsertArticle(graph, opts)),
    upsertArticles: (graphs) => unlessStopped(() => store.upsertArticles(graphs)),
    deleteArticle: (id) => unlessStopped(() => store.deleteArticle(id)),
    getNodes: (ids) => unlessStopped(() => store.getNodes(ids)),
    neighbours: (q) => unlessStopped(() => store.neighbours(q)),
    findNodes: (q, page) => unlessStopped(() => store.findNodes(q, page)),
    findNamed: (name, labels, limit) => unlessStopped(() => store.findNamed(name, labels, limit)),
    interactions: (q) => unlessStopped(() => store.interactions(q)),
    findEdges: (q, page) => unlessStopped(() => store.findEdges(q, page)),
    search: (text, labels, page) => unlessStopped(() => store.search(text, labels, page)),
    stats: () => unlessStopped(() => store.stats()),
    exportGraph: (selection) => {
      if (signal.aborted) throw stoppedError(signal.reason);
      return store.exportGraph(selection);
    },
    // The store outlives the request: closing it is never a request's business.
    close: () => Promise.resolve(),
  };
}

/** Why a request was stopped, as the error its remaining store calls get. */
export function stoppedError(reason: unknown): SaysoError {
  if (reason instanceof SaysoError) return reason;
  return new SaysoError('TIMEOUT', 'The request was stopped: its client went away.');
}
