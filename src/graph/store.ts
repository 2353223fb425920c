import { EDGE_TYPES, NODE_LABELS, type ArticleGraph, type EdgeType, type GraphEdge, type GraphNode, type NodeLabel, type PropValue } from './model';

/**
 * The GraphStore port. Both adapters (embedded SQLite and Neo4j) implement it and are proven
 * by one contract suite (test/contract). The API, exports, CLI and worker read and write the
 * graph only through this interface.
 */

export interface PageArgs {
  /** Page size; callers clamp it (the API enforces a maximum). */
  first: number;
  /** Opaque cursor from a previous page's `endCursor`. */
  after?: string | null;
  /**
   * false: the caller does not need `totalCount`, and the store may skip counting every match
   * (the cost that grows with the corpus). `totalCount` is then only a lower bound: the items up
   * to the end of this page, plus one when there is a next page. Default true.
   */
  count?: boolean;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  /** Cursor of each item, same order as `items`. */
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface NodeQuery {
  label: NodeLabel;
  /** Exact match on scalar properties. */
  where?: Record<string, string | number | boolean>;
  /** Matches `name` or any of `aliases`, folding case, accents, hyphens and dots. */
  name?: string;
  /** Only nodes whose `ids` are in this list (used to intersect with neighbour sets). */
  ids?: string[];
  /**
   * Only nodes whose full-text entry holds every one of these words, the last one also as a
   * prefix, as `search` matches them; text with no letters or digits matches nothing. The
   * store filters, counts and pages them itself, however many nodes hold the words.
   */
  words?: string;
  /**
   * Only nodes whose full-text entry holds, for every group, one of the group's terms as a
   * whole word: terms are folded words as the index holds them (a condition's on-keys,
   * src/graph/search-text.ts). Filtered, counted and paged like `words`, with which it combines;
   * a group with no term matches nothing, no group at all filters nothing.
   */
  terms?: string[][];
  /**
   * Only nodes an edge of `edgeType` points to from one of `ids` ("conditions this holder
   * set"): the store filters, counts and pages them itself, so a page costs no more than the
   * matching nodes' keys, never the nodes themselves. An empty `ids` matches nothing.
   */
  linkedFrom?: { ids: string[]; edgeType: EdgeType };
  /**
   * Only nodes with an edge of `edgeType` to one of `ids` ("statements about North Korea"),
   * filtered, counted and paged by the store like `linkedFrom`. An empty `ids` matches nothing.
   */
  linksTo?: { ids: string[]; edgeType: EdgeType };
  /** Inclusive range over an ISO date property (`published` for statements, `date` for events). */
  dateProp?: string;
  from?: string;
  to?: string;
  /**
   * Sort key; ties and the default fall back to `id`. `fallback` names a property that stands
   * in where `prop` is missing (an event's date, else its article's publication date). Missing
   * keys sort first ascending and last descending, unless `nulls` says otherwise. `then` breaks
   * ties before `id`, in the same direction, missing values first ascending.
   */
  orderBy?: { prop: string; direction: 'ASC' | 'DESC'; fallback?: string; nulls?: 'first' | 'last'; then?: string };
}

/** Edges of one type, optionally only those from or to nodes of a label ("people inviting people"). */
export interface EdgeQuery {
  type: EdgeType;
  fromLabel?: NodeLabel;
  toLabel?: NodeLabel;
  /** Only edges from one of these nodes ("invitations Lee sent"); an empty list matches nothing. */
  fromIds?: string[];
  /** Only edges to one of these nodes ("invitations Trump received"); an empty list matches nothing. */
  toIds?: string[];
  /** Only edges these articles contribute ("the invitations an article reports"); an empty list matches nothing. */
  articleIds?: string[];
  /**
   * `id` (the default), or `published`: by the publication date of the article that reports the
   * edge, oldest first, undated last, ties by id. Only for DATE_ORDERED_LINKS (dated-page.ts).
   */
  order?: 'id' | 'published';
}

export type Direction = 'out' | 'in';

export interface NeighbourQuery {
  ids: string[];
  edgeType: EdgeType;
  direction: Direction;
  /** Keep only neighbours with this label. */
  label?: NodeLabel;
  /** At most this many neighbours per key (default: all). */
  limitPerKey?: number;
}

export interface Neighbour {
  edge: GraphEdge;
  node: GraphNode;
}

/** How two entities interact in the news (the API's network). */
export type InteractionKind = 'SAID_ABOUT' | 'INVITED' | 'MET';

export interface InteractionQuery {
  /** The entities whose interactions are wanted. */
  ids: string[];
  /** Event statuses that count as having met (the API counts held and planned meetings). */
  meetingStatuses: string[];
}

/**
 * One interaction, counted over all articles: `weight` is how many distinct statements,
 * invitations or events show it.
 */
export interface Interaction {
  kind: InteractionKind;
  /** SAID_ABOUT: the speaker; INVITED: the inviter; MET: the smaller of the two ids. */
  from: string;
  to: string;
  weight: number;
}

export interface SearchHit {
  node: GraphNode;
  score: number;
}

export interface ExportSelection {
  /** Start from this node and take everything within `depth` hops (any edge, either direction). */
  entityId?: string;
  depth?: number;
  /** Only articles published in this inclusive range, and what they contributed. */
  from?: string;
  to?: string;
  /** Only nodes with these labels (and edges between them). */
  labels?: NodeLabel[];
}

export type ExportItem = { kind: 'node'; node: GraphNode } | { kind: 'edge'; edge: GraphEdge };

export interface StoreStats {
  nodes: Partial<Record<NodeLabel, number>>;
  edges: Partial<Record<EdgeType, number>>;
  totalNodes: number;
  totalEdges: number;
}

export interface UpsertResult {
  articleId: string;
  /** false when the stored contribution already had the same content hash. */
  changed: boolean;
  nodes: number;
  edges: number;
}

export interface UpsertOptions {
  /**
   * A job of the store's durable ingest queue (src/ingest/queue-sqlite.ts) to mark done in the
   * same transaction as the graph, so an article's graph and its done mark commit together.
   * Stores without such a queue ignore it.
   */
  job?: { id: number };
}

export interface GraphStore {
  /** Idempotent; replaces that article's previous contribution in one transaction. */
  upsertArticle(graph: ArticleGraph, opts?: UpsertOptions): Promise<UpsertResult>;
  /**
   * Several articles in one transaction, in order: the graph ends as if each had been upserted
   * one by one (a later graph of the same article replaces an earlier one), and the results
   * are in input order. All or nothing: when it throws, none was written, so a caller can
   * write them one by one to single out the bad one. Batch ingest uses it: one commit for many
   * articles costs far less than one each.
   */
  upsertArticles(graphs: readonly ArticleGraph[]): Promise<UpsertResult[]>;
  /**
   * How many articles batch ingest hands `upsertArticles` at once when the caller does not say
   * (the pipeline's DEFAULT_BATCH_SIZE when absent): the size at which this store writes best.
   */
  readonly writeBatchSize?: number;
  /** Removes an article and what it contributed; entity nodes no article mentions any more go too. */
  deleteArticle(articleId: string): Promise<boolean>;
  /** In key order; null where absent. */
  getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]>;
  /** One list per key of `q.ids`, in key order (DataLoader-friendly). Each list ordered by edge id. */
  neighbours(q: NeighbourQuery): Promise<Neighbour[][]>;
  findNodes(q: NodeQuery, page: PageArgs): Promise<Page<GraphNode>>;
  /**
   * What a user means by a name: nodes of `labels` one of whose names or aliases folds like
   * `name` (case, accents, hyphens, dots), at most `limit` (default 50) of each label, in the
   * order of `labels` and then by id. One look-up for every label, where `findNodes` with
   * `name` needs one per label.
   */
  findNamed(name: string, labels: readonly NodeLabel[], limit?: number): Promise<GraphNode[]>;
  /**
   * Every interaction with one end in `q.ids`, counted by the store, each once, in order of kind,
   * `from`, `to`: SAID_ABOUT when one side said a statement ABOUT the other (an event is no
   * side), INVITED for each invitation, MET when both took part in an event whose status is in
   * `q.meetingStatuses`. The cost is the links of those entities, never their nodes.
   */
  interactions(q: InteractionQuery): Promise<Interaction[]>;
  /** In edge id order, a page at a time: the store pages and counts ("who invited whom"). */
  findEdges(q: EdgeQuery, page: PageArgs): Promise<Page<GraphEdge>>;
  /** Full-text over names, aliases, statement and condition text; best first. */
  search(text: string, labels: readonly NodeLabel[] | null, page: PageArgs): Promise<Page<SearchHit>>;
  /** Nodes first, then edges whose ends were both exported. Streams: memory stays flat. */
  exportGraph(selection?: ExportSelection): AsyncIterable<ExportItem>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** Domain errors carry a code the API maps to GraphQL error extensions. */
export type ErrorCode = 'NOT_FOUND' | 'BAD_INPUT' | 'STORE_UNAVAILABLE' | 'UNAUTHENTICATED' | 'EXTRACTION_FAILED' | 'TIMEOUT' | 'TOO_LARGE';

export class SaysoError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, PropValue>,
  ) {
    super(message);
    this.name = 'SaysoError';
  }
}

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(EDGE_TYPES);

/** Strings in the order both stores sort them (by code point, not by locale): merges and re-sorts here must agree with the pages they cut. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Missing values first, the rest by code point: how both stores order a value ascending when no place is given for missing ones. */
export const missingFirst = (a: string | null | undefined, b: string | null | undefined): number => (a === b ? 0 : a == null ? -1 : b == null ? 1 : byCodePoint(a, b));

/** The label, if it is one of the model's (model.ts); BAD_INPUT otherwise. */
export function assertLabel(label: string): NodeLabel {
  if (!LABELS.has(label)) throw new SaysoError('BAD_INPUT', `Unknown node label "${label}".`);
  return label as NodeLabel;
}

/** The edge type, if it is one of the model's (model.ts); BAD_INPUT otherwise. */
export function assertEdgeType(type: string): EdgeType {
  if (!TYPES.has(type)) throw new SaysoError('BAD_INPUT', `Unknown edge type "${type}".`);
  return type as EdgeType;
}

/** Offset cursors shared by both adapters: opaque to clients, stable for a fixed query. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^o:(\d+)$/.exec(raw);
  if (!m || !m[1]) throw new SaysoError('BAD_INPUT', `Invalid cursor "${cursor}": pass a cursor returned by a previous page.`);
  return Number(m[1]) + 1;
}

/** `findNamed`'s answer from every match in any order: by `labels`, then by id, `limit` of each label. */
export function namedInOrder(found: readonly GraphNode[], labels: readonly NodeLabel[], limit: number): GraphNode[] {
  const sorted = [...found].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return labels.flatMap((label) => sorted.filter((n) => n.label === label).slice(0, limit));
}
