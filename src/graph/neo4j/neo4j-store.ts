import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { foldName } from '../ids';
import { EDGE_TYPES, NODE_LABELS } from '../model';
import type { ArticleGraph, EdgeType, GraphEdge, GraphNode, NodeLabel } from '../model';
import {
  SaysoError,
  namedInOrder,
  decodeCursor,
  encodeCursor,
  byCodePoint,
  missingFirst,
  type EdgeQuery,
  type ExportItem,
  type ExportSelection,
  type GraphStore,
  type Interaction,
  type InteractionKind,
  type InteractionQuery,
  type Neighbour,
  type NeighbourQuery,
  type NodeQuery,
  type Page,
  type PageArgs,
  type SearchHit,
  type StoreStats,
  type UpsertOptions,
  type UpsertResult,
} from '../store';
import { acquireDriver, releaseDriver } from './driver-pool';
import { applySchema, findSchemaDir } from './schema';
import { backfill } from './backfill';
import { translate } from './errors';
import { autoCommit, inTransaction, READ_ATTEMPTS, WRITE_ATTEMPTS, type Tx } from './transactions';
import { lockArticles, planUpserts, replaceArticles } from './article-writer';
import { INTERACTIONS } from './interaction-counts';
import { MARK_JOB_DONE } from './job-queue-cypher';
import { datedLinkRange, datedSlicesStatement } from './dated-links';
import { DATED_LINKS, assertEdgeOrder, datedPageHolders, fewHolders, isDatedLink, mergeDatedSlices } from '../dated-page';
import { ORDER_KEY_FILTERS, ORDER_KEY_PROP, PARTICIPANT_KEY_PROP, eventKeyOf, orderKeyBounds, participantKeyRanges, readsOrderKey } from './order-keys';
import { foldWords, fullTextFilter, searchTerms } from '../search-text';
import {
  assertEdgeType,
  assertLabel,
  decodeEdge,
  decodeNode,
  foldKeyNeedle,
  toNumber,
  type Stored,
} from './values';

export interface Neo4jStoreOptions {
  uri: string;
  user?: string;
  password?: string;
  /** Defaults to the server's default database. */
  database?: string;
  /** Where the *.cypher schema files live; defaults to the repository's schema/neo4j. */
  schemaDir?: string;
  /** Rows in one UNWIND statement (ids per lookup, rows per write). */
  batchSize?: number;
  /** Nodes per read while exporting. */
  exportPageSize?: number;
  /** Told the time of every statement (slow-query logs, diagnostics). */
  onQuery?: (statement: string, ms: number) => void;
  /**
   * The server stops a read transaction after this long (none when absent or 0). The API sets
   * its request time limit here: a statement no one waits for any more stops on the server too.
   */
  readTimeoutMs?: number;
  /**
   * Most nodes or links counted to choose where a page starts (default 10,000): a date range
   * read instead of every link to a topic, a holder's links instead of every full-text hit.
   */
  startProbe?: number;
  /**
   * Told the name of each fill of data older versions did not write (backfill.ts) before it
   * runs, once, when the store is first used: on a large store it can take a minute.
   */
  onBackfill?: (name: string) => void;
}

// ---------------------------------------------------------------------------------------
// Cypher. Labels and relationship types cannot be parameters, so each statement is built
// once per entry of the fixed enums in model.ts (validated by assertLabel/assertEdgeType);
// every value travels as a parameter.

const q = (name: string) => '`' + name + '`';

/**
 * A node's stored map without the adapter's bulky bookkeeping (entity summaries, search words,
 * folded names), which decoding drops anyway: reads then ship and unpack only what callers see.
 * `_nulls` stays: it says which props are null.
 */
const INTERNAL_PROPS = ['_summary', '_search', '_fold', '_foldKey', '_owner', '_contentHash', '_interactions', ORDER_KEY_PROP];
const publicProps = (v: string) => `${v} {.*, ${INTERNAL_PROPS.map((k) => `${k}: null`).join(', ')}}`;

/** By name ($name folded, $nameKey its needle): the text index on _foldKey finds the candidates, the list settles exact membership. */
const NAME_FILTERS = ['n._foldKey CONTAINS $nameKey', '$name IN n._fold'];

/**
 * Name look-up over several labels in one statement: a branch per label, each read from that
 * label's text index on `_foldKey` (finding 9), instead of one statement and round trip each.
 */
const namedStatements = new Map<string, string>();
function namedStatement(labels: readonly NodeLabel[]): string {
  const key = labels.join(',');
  let statement = namedStatements.get(key);
  if (!statement) {
    const branches = [...new Set(labels)].map(
      (l) => `MATCH (n:${q(assertLabel(l))}) WHERE ${NAME_FILTERS.join(' AND ')}
         WITH n ORDER BY n.id LIMIT $limit RETURN n`,
    );
    statement = `CALL { ${branches.join(' UNION ALL ')} }
       RETURN collect({id: n.id, labels: labels(n), props: ${publicProps('n')}}) AS found`;
    namedStatements.set(key, statement);
  }
  return statement;
}

/** One page of one type's edges in id order (the per-type id index serves the order). */
const EDGE_PAGE = Object.fromEntries(
  EDGE_TYPES.map((t) => [
    t,
    `MATCH (a)-[r:${q(assertEdgeType(t))}]->(b)
     WHERE r.id > $after
       AND ($labels IS NULL OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)))
     RETURN a.id AS from, b.id AS to, properties(r) AS props
     ORDER BY r.id LIMIT $limit`,
  ]),
) as Record<EdgeType, string>;

const NEIGHBOURS = Object.fromEntries(
  EDGE_TYPES.map((t) => {
    const rel = q(assertEdgeType(t));
    const pattern = (dir: 'out' | 'in') => (dir === 'out' ? `(k:Node {id: key})-[r:${rel}]->(m)` : `(k:Node {id: key})<-[r:${rel}]-(m)`);
    const build = (dir: 'out' | 'in') => `
      UNWIND $keys AS key
      MATCH ${pattern(dir)}
      WHERE $label IS NULL OR $label IN labels(m)
      WITH key, r, m ORDER BY r.id
      WITH key, collect({props: properties(r), from: startNode(r).id, to: endNode(r).id,
                         nodeId: m.id, labels: labels(m), node: ${publicProps('m')}}) AS items
      RETURN key, CASE WHEN $limit IS NULL THEN items ELSE items[0..$limit] END AS items`;
    return [t, { out: build('out'), in: build('in') }];
  }),
) as Record<EdgeType, { out: string; in: string }>;

/** Each range's first `$want` PARTICIPANT links in key order, with their events. */
const PARTICIPANT_SLICES = `UNWIND $ranges AS x
    CALL {
      WITH x
      MATCH ()-[r:PARTICIPANT]->(n) USING INDEX SEEK r:PARTICIPANT(${PARTICIPANT_KEY_PROP})
      WHERE r.${PARTICIPANT_KEY_PROP} >= x.lo AND r.${PARTICIPANT_KEY_PROP} < x.hi
      WITH r, n ORDER BY r.${PARTICIPANT_KEY_PROP} LIMIT $want
      RETURN collect({key: r.${PARTICIPANT_KEY_PROP}, id: n.id, labels: labels(n), props: ${publicProps('n')}}) AS rows
    }
    RETURN collect({participant: x.participant, rank: x.rank, rows: rows}) AS slices`;

/** Each holder's first links of a dated type, with their nodes (dated-links.ts). */
const DATED_SLICES = Object.fromEntries(DATED_LINKS.map((t) => [t, datedSlicesStatement(t, publicProps)])) as Record<string, string>;
/**
 * Deepest page (offset + size) read from the holders' ranges: each range returns that many
 * nodes, so past it listing every link and sorting is the cheaper plan.
 */
const MAX_DATED_WANT = 500;

const GET_NODES = `UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN DISTINCT n.id AS id, labels(n) AS labels, ${publicProps('n')} AS props`;

/** A node of a page, as findNodes and search collect them. */
type PageRow = { id: string; labels: string[]; props: Stored };

/** Every count in one statement; label and type counts come from Neo4j's count store. */
const COUNTS =
  NODE_LABELS.map((l, i) => `CALL { MATCH (n:${q(assertLabel(l))}) RETURN count(n) AS n${i} }`).join('\n') +
  '\n' +
  EDGE_TYPES.map((t, i) => `CALL { MATCH ()-[r:${q(assertEdgeType(t))}]->() RETURN count(r) AS e${i} }`).join('\n') +
  `\nRETURN [${NODE_LABELS.map((_, i) => `n${i}`).join(', ')}] AS nodes, [${EDGE_TYPES.map((_, i) => `e${i}`).join(', ')}] AS edges`;

// ---------------------------------------------------------------------------------------

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The same checks as every store: one Article node, and edges that stay inside the graph. */
function validateGraph(g: ArticleGraph): void {
  const article = g.nodes.find((n) => n.id === g.articleId);
  if (!article || article.label !== 'Article') throw new SaysoError('BAD_INPUT', `The graph of ${g.articleId} holds no Article node with that id.`);
  for (const n of g.nodes) assertLabel(n.label);
  const known = new Set(g.nodes.map((n) => n.id));
  for (const e of g.edges) {
    assertEdgeType(e.type);
    if (e.articleId !== g.articleId) throw new SaysoError('BAD_INPUT', `Edge ${e.id} belongs to ${e.articleId}, not ${g.articleId}.`);
    if (!known.has(e.from) || !known.has(e.to)) throw new SaysoError('BAD_INPUT', `Edge ${e.id} (${e.type}) points outside its article graph.`);
  }
}

function checkPage(page: PageArgs): { skip: number; limit: number } {
  const limit = Math.floor(page.first);
  if (!Number.isFinite(limit) || limit < 0) throw new SaysoError('BAD_INPUT', `Page size must be zero or more, got ${page.first}.`);
  return { skip: decodeCursor(page.after), limit };
}

/**
 * A page from the rows a statement read past `skip`: `limit` of them, and the `total` the
 * statement's record holds when it counted, or else what the rows read show (one past the page
 * tells there is a next one).
 */
function rowsPage(rows: readonly PageRow[], skip: number, limit: number, counted: boolean, record: Neo4jRecord | undefined): Page<GraphNode> {
  return makePage(rows.slice(0, limit).map((r) => decodeNode(r.id, r.labels, r.props)), skip, counted ? toNumber(record?.get('total')) : skip + rows.length);
}

function makePage<T>(items: T[], skip: number, total: number): Page<T> {
  return {
    items,
    totalCount: total,
    cursors: items.map((_, i) => encodeCursor(skip + i)),
    hasNextPage: skip + items.length < total,
    hasPreviousPage: skip > 0,
  };
}

/** Date bounds compare as ISO strings; an upper bound covers everything that starts with it
 * ("2025-03-01" includes "2025-03-01T10:00Z", "2025-03" the whole month). */
const DATE_RANGE = `($from IS NULL OR n[$dateProp] >= $from)
  AND ($to IS NULL OR left(n[$dateProp], size($to)) <= $to)
  AND ($from IS NULL AND $to IS NULL OR n[$dateProp] IS NOT NULL)`;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Most nodes or links counted to choose where a page starts (Neo4jStoreOptions.startProbe). */
const START_PROBE = 10_000;

/** Terms a node's `_search` words can be checked for one by one: what Lucene would also keep whole. */
const PLAIN_TERM = /^[a-z0-9]+$/;

/** Every group of `$termGroups` (each term between spaces) has a word of `_search` (words between spaces). */
const TERMS_CHECK = `all(g IN $termGroups WHERE any(t IN g WHERE (' ' + n._search + ' ') CONTAINS t))`;

/**
 * A query's term groups for TERMS_CHECK, when it filters by terms alone (no free words) and every
 * term is plain: null otherwise, for the full-text index to answer.
 */
function plainTermGroups(nq: NodeQuery): string[][] | null {
  if (nq.words !== undefined || !nq.terms?.length) return null;
  const groups = nq.terms.map((g) => g.filter((t) => PLAIN_TERM.test(t)));
  if (groups.some((g, i) => !g.length || g.length !== nq.terms![i]!.length)) return null;
  return groups.map((g) => g.map((t) => ` ${t} `));
}

/** The date each label has a range index on (schema/neo4j/002-indexes.cypher). */
const DATE_INDEXED: Partial<Record<NodeLabel, string>> = { Statement: 'published', Condition: 'published', Article: 'published', Event: 'date' };

/**
 * findNodes' predicates, only those the query uses: a predicate guarded by `$x IS NULL OR`
 * keeps the planner from the id and date indexes, so each combination gets its own (cached)
 * statement instead. A plain date property is named in the text for the same reason.
 */
/** Labels with an index on `published` (schema/neo4j/002-indexes.cypher). */
const PUBLISHED_INDEXED: readonly NodeLabel[] = ['Article', 'Statement', 'Condition'];

/**
 * The label whose `published` index gives `nq`'s page (pageByPublished): newest first, missing
 * last, ties by id, filtered by nothing but a range of `published`, or else by links to given
 * nodes (`linksTo`, without a range: dateRangeFirst starts a ranged one). Null for any other query.
 */
function publishedIndexPage(nq: NodeQuery): NodeLabel | null {
  const o = nq.orderBy;
  if (!PUBLISHED_INDEXED.includes(nq.label) || !o || o.prop !== 'published' || o.fallback || o.then) return null;
  if (o.direction !== 'DESC' || (o.nulls ?? 'last') !== 'last') return null;
  if (nq.name || nq.ids || nq.linkedFrom || nq.words !== undefined || nq.terms || Object.keys(nq.where ?? {}).length) return null;
  if ((nq.from || nq.to) && (nq.linksTo || (nq.dateProp ?? 'published') !== 'published')) return null;
  if (nq.linksTo && !nq.linksTo.ids.length) return null;
  return nq.label;
}

/**
 * How many of a label's newest nodes to read, checking each for its link, when that beats
 * walking the links: when they are many (the United States is named in 40% of the statements),
 * a page is among the first few hundred nodes. The rows an even spread needs for the page, times
 * a margin for news that is not spread evenly. A row read and checked costs about what 16 links
 * walked and sorted cost, and a scan that finds too few is followed by the walk, so it must be
 * cheap beside it; null to walk the links.
 */
export function linkedScan(want: number, nodes: number, links: number, startProbe: number): number | null {
  if (links <= 0 || nodes <= 0) return null;
  const expected = Math.ceil((want * nodes) / links);
  const scan = Math.max(expected * 8, 200);
  return scan <= startProbe && scan * 16 <= links ? scan : null;
}

/**
 * A label's dated nodes newest first, ties by id, down its `published` index (hinted, so that a
 * small store plans it alike), within `range` (extra WHERE terms); the caller adds SKIP or LIMIT.
 * A range is hinted as a seek: a plain hint lets the planner scan the whole index and filter.
 */
const newestFirst = (label: NodeLabel, range = '') => `MATCH (n:${q(label)})
           USING INDEX ${range ? 'SEEK ' : ''}n:${q(label)}(published)
           WHERE n.published IS NOT NULL${range}
           WITH n ORDER BY n.published DESC, n.id ASC`;

function nodeFilters(nq: NodeQuery, from: string | null, to: string | null): string[] {
  const filters = ['true'];
  if (nq.ids) filters.push('n.id IN $ids');
  if (nq.name) filters.push(...NAME_FILTERS);
  // A prop is named in the text, so the planner can seek its index (schema/neo4j); any other
  // name stays data, matched through the map.
  const keys = Object.keys(nq.where ?? {});
  for (const k of keys) if (IDENTIFIER.test(k)) filters.push(`n.${q(k)} = $where.${q(k)}`);
  if (keys.some((k) => !IDENTIFIER.test(k))) filters.push('all(k IN keys($where) WHERE n[k] = $where[k])');
  const dateProp = nq.dateProp ?? 'published';
  const date = IDENTIFIER.test(dateProp) ? `n.${q(dateProp)}` : 'n[$dateProp]';
  if (from !== null) filters.push(`${date} >= $from`);
  if (to !== null) filters.push(`left(${date}, size($to)) <= $to`);
  if (from !== null || to !== null) filters.push(`${date} IS NOT NULL`);
  return filters;
}

/** Lucene query from user text, folded like the indexed words: every word must match, the
 * last one as a prefix too (`searchTerms`). Only letters and digits reach Lucene. */
function fulltextQuery(text: string): string | null {
  const { terms, prefix } = searchTerms(foldWords(text));
  if (!terms.length) return null;
  return terms.map((w, i) => (prefix && i === terms.length - 1 ? `(${w} OR ${w}*)` : w)).join(' AND ');
}

/** A node query's full-text filter (`words` and `terms`) as one Lucene query (fullTextFilter). */
const textQuery = (nq: Pick<NodeQuery, 'words' | 'terms'>): string | null | undefined => fullTextFilter(nq, fulltextQuery, (terms) => terms.join(' OR '));

export function createNeo4jStore(opts: Neo4jStoreOptions): GraphStore {
  if (!opts.uri) throw new SaysoError('BAD_INPUT', 'Neo4j needs a uri (bolt:// or neo4j://).');
  const key = { uri: opts.uri, user: opts.user, password: opts.password };
  const driver: Driver = acquireDriver(key);
  const database = opts.database || undefined;
  const batchSize = opts.batchSize ?? 500;
  const exportPageSize = opts.exportPageSize ?? 500;
  const startProbe = opts.startProbe ?? START_PROBE;
  let closed = false;
  let ready: Promise<void> | null = null;

  function ensureReady(): Promise<void> {
    if (closed) return Promise.reject(new SaysoError('STORE_UNAVAILABLE', 'The Neo4j store is closed.'));
    if (!ready) {
      ready = applySchema(driver, database, opts.schemaDir ?? findSchemaDir())
        .then(() => backfill(driver, database, undefined, opts.onBackfill))
        .catch((e) => {
          ready = null;
          throw e;
        });
    }
    return ready;
  }

  const reading = { database, mode: 'READ' as const, attempts: READ_ATTEMPTS, timeoutMs: opts.readTimeoutMs };
  const writing = { database, mode: 'WRITE' as const, attempts: WRITE_ATTEMPTS };
  const failure = (e: unknown, write = false) => translate(e, opts.uri, { timeoutMs: opts.readTimeoutMs, write });

  /** With onQuery set, every tx.run inside `work` is timed. */
  function timed<T>(work: (tx: Tx) => Promise<T>): (tx: Tx) => Promise<T> {
    const report = opts.onQuery;
    if (!report) return work;
    return (tx) => {
      const run = tx.run.bind(tx);
      const wrapped: Tx = {
        run: ((statement: string, params?: Record<string, unknown>) => {
          const started = performance.now();
          const result = run(statement, params);
          void result.summary().then(
            () => report(statement, performance.now() - started),
            () => undefined,
          );
          return result;
        }) as Tx['run'],
      };
      return work(wrapped);
    };
  }

  async function read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      await ensureReady();
      return await inTransaction(driver, reading, timed(work));
    } catch (e) {
      throw failure(e);
    }
  }

  /** One read statement as an auto-commit transaction (one round trip). */
  async function query(statement: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
    try {
      await ensureReady();
      const started = performance.now();
      const records = await autoCommit(driver, reading, statement, params);
      opts.onQuery?.(statement, performance.now() - started);
      return records;
    } catch (e) {
      throw failure(e);
    }
  }

  async function write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      await ensureReady();
      return await inTransaction(driver, writing, timed(work));
    } catch (e) {
      throw failure(e, true);
    }
  }

  async function upsertBatch(tx: Tx, graphs: readonly ArticleGraph[]): Promise<UpsertResult[]> {
    const stored = await lockArticles(tx, graphs.map((g) => g.articleId), 'upsert');
    const { results, changes } = planUpserts(graphs, stored);
    await replaceArticles(tx, changes, stored, batchSize);
    return results;
  }

  /**
   * The start of a page from a date range, when its nodes are fewer than the links to the nodes
   * `linksTo` names: the range is read from the label's date index (a hinted seek: a plain index
   * hint lets the planner scan the whole index and filter, which it does on a small or freshly
   * emptied store) and each node's link is checked, where the other way walks every link (the
   * United States is named in most articles). The range is counted only up to the number of
   * links, and at most to `startProbe`: a wide range costs the walk of the links and that
   * much more. Null to walk the links.
   */
  async function dateRangeFirst(nq: NodeQuery, label: NodeLabel, from: string | null, to: string | null): Promise<{ match: string; toMax: string | null } | null> {
    const prop = DATE_INDEXED[label];
    if (!nq.linksTo?.ids.length || from === null || !prop || (nq.dateProp ?? 'published') !== prop) return null;
    // `to` on its own precision: every date it is a prefix of sorts after it and before it + U+FFFF.
    const toMax = to === null ? null : to + '\uffff';
    const match = `MATCH (n:${q(label)}) USING INDEX SEEK n:${q(label)}(${q(prop)}) WHERE n.${q(prop)} >= $from${toMax !== null ? ` AND n.${q(prop)} <= $toMax` : ''}`;
    const type = q(assertEdgeType(nq.linksTo.edgeType));
    const [degrees] = await query(`MATCH (t:Node) WHERE t.id IN $ids RETURN sum(COUNT { (t)<-[:${type}]-() }) AS links`, { ids: [...new Set(nq.linksTo.ids)] });
    const cap = Math.min(toNumber(degrees?.get('links') ?? 0), startProbe);
    const [range] = await query(`${match} WITH n LIMIT $cap RETURN count(n) AS n`, { from, toMax, cap: neo4j.int(cap + 1) });
    return toNumber(range?.get('n') ?? 0) <= cap ? { match, toMax } : null;
  }

  /**
   * The start of a page of what a few holders set or said, filtered by terms, when their links
   * within the dates are at most `startProbe`: those links, read from the holders' `_page`
   * ranges, each node checked for the terms in its `_search` words, where the full-text index
   * lists every node with the terms, whoever set it (every condition on talks, to keep Kim's of
   * this year). Null to start from the full-text hits.
   */
  async function holderLinksFirst(nq: NodeQuery, from: string | null, to: string | null): Promise<{ match: string; ranges: { lo: string; hi: string }[]; termGroups: string[][] } | null> {
    const link = nq.linkedFrom;
    const termGroups = plainTermGroups(nq);
    if (!link || !termGroups || !isDatedLink(link.edgeType)) return null;
    const holders = fewHolders(link.ids);
    if (!holders) return null;
    // The keys hold the article's date, which is the node's `published`: a range of another date
    // reads every link, the filters keeping those in range.
    const byPublished = (nq.dateProp ?? 'published') === 'published';
    const ranges = holders.map((h) => (byPublished ? datedLinkRange(h, from, to) : datedLinkRange(h, null, null)));
    // Each range sought on its own (a subquery with the range bound): in one MATCH with the
    // ranges unwound, the planner may scan every link of the type and filter.
    const links = `UNWIND $ranges AS x
           CALL { WITH x MATCH ()-[r:${q(link.edgeType)}]->(n) USING INDEX SEEK r:${q(link.edgeType)}(_page) WHERE r._page >= x.lo AND r._page < x.hi RETURN r, n }`;
    const [probe] = await query(`${links} WITH r LIMIT $cap RETURN count(r) AS n`, { ranges, cap: neo4j.int(startProbe + 1) });
    if (toNumber(probe?.get('n') ?? 0) > startProbe) return null;
    return { match: `${links}\n           WITH DISTINCT n\n           `, ranges, termGroups };
  }

  /**
   * The statement for a page read in the order of the label's order key (order-keys.ts): the
   * head of the key's range in the composite index of the first indexed where prop, or of the
   * key alone. The count is findNodes' own.
   */
  function orderKeyPage(nq: NodeQuery, label: NodeLabel, filters: readonly string[], from: string | null, to: string | null, params: Record<string, unknown>): string {
    const by = ORDER_KEY_FILTERS.find((k) => nq.where?.[k] !== undefined);
    const bounds = orderKeyBounds(from, to);
    params.keyFrom = bounds.lower ?? '';
    params.keyTo = bounds.upper;
    const key = `n.${ORDER_KEY_PROP}`;
    return `MATCH (n:${q(label)})
           USING INDEX SEEK n:${q(label)}(${by ? `${by}, ` : ''}${ORDER_KEY_PROP})
           WHERE ${key} >= $keyFrom${bounds.upper === null ? '' : ` AND ${key} < $keyTo`}
             AND ${filters.join('\n          AND ')}
           WITH n ORDER BY ${by ? `n.${by}, ` : ''}${key} SKIP $skip LIMIT $limit
           RETURN collect({id: n.id, labels: labels(n), props: ${publicProps('n')}}) AS page`;
  }

  /**
   * A page from `ordered`, a statement that returns one row with `page` (it reads $skip and
   * $limit). With `countOf` (returning `total`), count and page come in one statement: one
   * round trip, and a broad query never materialises every match. Without it, the caller needs
   * no total: one row past the page tells whether there is a next one.
   */
  async function runPage<R, T>(ordered: string, countOf: string | null, params: Record<string, unknown>, page: PageArgs, decode: (row: R) => T): Promise<Page<T>> {
    const { skip, limit } = checkPage(page);
    if (countOf === null) {
      const [row] = await query(ordered, { ...params, skip: neo4j.int(skip), limit: neo4j.int(limit + 1) });
      const records = (row?.get('page') as R[]) ?? [];
      return makePage(records.slice(0, limit).map(decode), skip, skip + records.length);
    }
    const [row] = await query(`CALL { ${countOf} } CALL { ${ordered} } RETURN total, page`, { ...params, skip: neo4j.int(skip), limit: neo4j.int(limit) });
    return makePage(((row?.get('page') as R[]) ?? []).map(decode), skip, toNumber(row?.get('total')));
  }

  /**
   * A newest-first page of what a few holders set or said, merged from the head of each
   * holder's `_page` range (dated-page.ts), counted alongside when asked. Null when the page is
   * too deep, or when a node of another label or repeated links leave it unsure: the caller
   * then lists every link.
   */
  async function pageByLinkDate(
    nq: NodeQuery,
    label: NodeLabel,
    holders: readonly string[],
    countOf: string | null,
    params: Record<string, unknown>,
    page: PageArgs,
  ): Promise<Page<GraphNode> | null> {
    const { skip, limit } = checkPage(page);
    const want = skip + limit + (countOf === null ? 1 : 0);
    if (want > MAX_DATED_WANT) return null;
    const slices = DATED_SLICES[nq.linkedFrom!.edgeType]!;
    const ranges = holders.map((h) => datedLinkRange(h, nq.from || null, nq.to || null));
    const [row] = await query(countOf === null ? slices : `CALL { ${countOf} } CALL { ${slices} } RETURN total, slices`, {
      ...params,
      ranges,
      want: neo4j.int(want),
    });
    const found = (row?.get('slices') as PageRow[][] | undefined) ?? [];
    const byId = new Map(found.flat().map((r) => [r.id, r]));
    if ([...byId.values()].some((r) => !r.labels.includes(label))) return null;
    const dated = found.map((rows) => rows.map((r) => ({ id: r.id, published: typeof r.props.published === 'string' ? r.props.published : null })));
    const ids = mergeDatedSlices(dated, skip, want);
    if (!ids) return null;
    return rowsPage(ids.map((id) => byId.get(id)!), skip, limit, countOf !== null, row);
  }

  /**
   * A newest-first page of a label's nodes, read down the label's `published` index (schema/neo4j/
   * 002-indexes.cypher) from the newest: the dated nodes, in index order, ties by id; then, past
   * the last of them, the undated ones by id. Sorting every node of the label for a page read
   * all of them (0.4 s for the 100,000 articles of a store). Null when the query is not such a
   * page (publishedIndexPage).
   */
  async function pageByPublished(nq: NodeQuery, countOf: string | null, params: Record<string, unknown>, page: PageArgs): Promise<Page<GraphNode> | null> {
    const label = publishedIndexPage(nq);
    if (!label) return null;
    const { skip, limit } = checkPage(page);
    const take = limit + (countOf === null ? 1 : 0);
    if (nq.linksTo) return linkedByPublished(nq, label, countOf, params, skip, limit, take);
    const bounds = orderKeyBounds(nq.from || null, nq.to || null);
    const range = `${bounds.lower === null ? '' : ' AND n.published >= $from'}${bounds.upper === null ? '' : ' AND n.published < $toUpper'}`;
    const dated = `${newestFirst(label, range)} SKIP $skip LIMIT $limit
           RETURN collect({id: n.id, labels: labels(n), props: ${publicProps('n')}}) AS page`;
    const ranged = { ...params, toUpper: bounds.upper };
    const [row] = await query(countOf === null ? dated : `CALL { ${countOf} } CALL { ${dated} } RETURN total, page`, { ...ranged, skip: neo4j.int(skip), limit: neo4j.int(take) });
    const rows = (row?.get('page') as PageRow[] | undefined) ?? [];
    // A date range holds no undated node; nor is an undated one needed while the dated fill the page.
    if (rows.length < take && bounds.lower === null && bounds.upper === null) {
      const [datedCount] = await query(`MATCH (n:${q(label)}) USING INDEX n:${q(label)}(published) WHERE n.published IS NOT NULL RETURN count(n) AS c`, {});
      const undatedSkip = Math.max(0, skip - toNumber(datedCount?.get('c')));
      const [undated] = await query(
        `MATCH (n:${q(label)}) WHERE n.published IS NULL
           WITH n ORDER BY n.id SKIP $skip LIMIT $limit
           RETURN collect({id: n.id, labels: labels(n), props: ${publicProps('n')}}) AS page`,
        { skip: neo4j.int(undatedSkip), limit: neo4j.int(take - rows.length) },
      );
      rows.push(...((undated?.get('page') as PageRow[] | undefined) ?? []));
    }
    return rowsPage(rows, skip, limit, countOf !== null, row);
  }

  /**
   * A newest-first page of nodes linked to given ones, read down the label's `published` index,
   * each node checked for its link, when the links are so many that the page is among the newest
   * few hundred nodes (linkedScan): walking the links read them all and sorted their nodes (0.85 s
   * for the statements about the United States in a store of 100,000 articles). Null, to walk the
   * links, when they are fewer, or when the rows read held too few of them.
   */
  async function linkedByPublished(nq: NodeQuery, label: NodeLabel, countOf: string | null, params: Record<string, unknown>, skip: number, limit: number, take: number): Promise<Page<GraphNode> | null> {
    const link = nq.linksTo!;
    const type = q(assertEdgeType(link.edgeType));
    const [sizes] = await query(
      `CALL { MATCH (n:${q(label)}) RETURN count(n) AS nodes }
       CALL { MATCH (t:Node) WHERE t.id IN $ids RETURN sum(COUNT { (t)<-[:${type}]-() }) AS links }
       RETURN nodes, links`,
      { ids: [...new Set(link.ids)] },
    );
    const scan = linkedScan(skip + take, toNumber(sizes?.get('nodes') ?? 0), toNumber(sizes?.get('links') ?? 0), startProbe);
    if (scan === null) return null;
    const newest = `${newestFirst(label)} LIMIT $scan
           WITH [n IN collect(n) WHERE EXISTS { MATCH (n)-[:${type}]->(t:Node) WHERE t.id IN $linksToIds }] AS linked
           RETURN [n IN linked[$skip..$end] | {id: n.id, labels: labels(n), props: ${publicProps('n')}}] AS page`;
    const run = { ...params, scan: neo4j.int(scan), skip: neo4j.int(skip), end: neo4j.int(skip + take) };
    const [row] = await query(countOf === null ? newest : `CALL { ${countOf} } CALL { ${newest} } RETURN total, page`, run);
    const rows = (row?.get('page') as PageRow[] | undefined) ?? [];
    // Too few among the rows read (the linked are older than most), or the dated ones all read
    // (the undated would follow): the links decide.
    if (rows.length < take) return null;
    return rowsPage(rows, skip, limit, countOf !== null, row);
  }

  /**
   * A page of a few participants' events in date order, merged from the head of each one's
   * ranges of `_eventOrder` keys (order-keys.ts), counted alongside when asked. Null when the page
   * is too deep, or a link leads to a node that is no event: the caller then lists every link.
   */
  async function pageByParticipant(nq: NodeQuery, countOf: string | null, params: Record<string, unknown>, page: PageArgs): Promise<Page<GraphNode> | null> {
    const plan = participantKeyRanges(nq);
    if (!plan) return null;
    const { skip, limit } = checkPage(page);
    const want = skip + limit + (countOf === null ? 1 : 0);
    if (want > MAX_DATED_WANT) return null;
    // Rank 0: the merged ranges (a timeline's), if any; then the ranges read one after another.
    const first = plan.merged ? 1 : 0;
    const ranges = plan.participants.flatMap((p, participant) => [
      ...(plan.merged ? plan.merged(p).map((r) => ({ ...r, participant, rank: 0 })) : []),
      ...plan.ranges(p).map((r, i) => ({ ...r, participant, rank: first + i })),
    ]);
    const [row] = await query(countOf === null ? PARTICIPANT_SLICES : `CALL { ${countOf} } CALL { ${PARTICIPANT_SLICES} } RETURN total, slices`, {
      ...params,
      ranges,
      want: neo4j.int(want),
    });
    const slices = (row?.get('slices') as { participant: number; rank: number; rows: (PageRow & { key: string })[] }[] | undefined) ?? [];
    if (slices.some((s) => s.rows.some((r) => !r.labels.includes('Event')))) return null;
    /** A link's place in page order: rank, then (merged) date or else published, published, id, or (the others) its event's key. */
    interface Placed {
      r: PageRow;
      rank: number;
      key: string;
    }
    const text = (r: PageRow, prop: string) => (typeof r.props[prop] === 'string' ? (r.props[prop] as string) : null);
    const placed = (a: Placed, b: Placed) =>
      a.rank - b.rank ||
      (a.rank === 0 && plan.merged
        ? missingFirst(text(a.r, 'date') ?? text(a.r, 'published'), text(b.r, 'date') ?? text(b.r, 'published')) ||
          missingFirst(text(a.r, 'published'), text(b.r, 'published')) ||
          byCodePoint(a.r.id, b.r.id)
        : byCodePoint(a.key, b.key));
    // Each participant's first `want` links in page order (merged ranges, then the others one
    // after another); merged, they hold the page's, an event several attend once.
    const heads = plan.participants.flatMap((_, i) => {
      const own = slices.filter((s) => toNumber(s.participant) === i).flatMap((s) => s.rows.map((r) => ({ r, rank: toNumber(s.rank), key: eventKeyOf(r.key) })));
      return own.sort(placed).slice(0, want);
    });
    heads.sort(placed);
    const byId = new Map<string, PageRow>();
    for (const h of heads) if (!byId.has(h.r.id)) byId.set(h.r.id, h.r);
    const rows = [...byId.values()].slice(skip, want);
    return rowsPage(rows, skip, limit, countOf !== null, row);
  }

  async function* exportAll(labels: readonly NodeLabel[] | null): AsyncGenerator<ExportItem> {
    const labelFilter = labels ? [...labels] : null;
    let last = '';
    for (;;) {
      const page = await read((tx) =>
        tx.run(
          `MATCH (n:Node) WHERE n.id > $last AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
           RETURN n.id AS id, labels(n) AS labels, ${publicProps('n')} AS props ORDER BY n.id LIMIT $limit`,
          { last, labels: labelFilter, limit: neo4j.int(exportPageSize) },
        ),
      );
      for (const r of page.records) yield { kind: 'node', node: decodeNode(r.get('id'), r.get('labels'), r.get('props')) };
      if (page.records.length < exportPageSize) break;
      last = page.records[page.records.length - 1]!.get('id') as string;
    }
    // Edges in global id order: one id-ordered stream per type, merged.
    const streams = EDGE_TYPES.map((type) => ({ type, after: '', buffer: [] as GraphEdge[], done: false }));
    const refill = async (st: (typeof streams)[number]) => {
      const res = await read((tx) => tx.run(EDGE_PAGE[st.type], { after: st.after, labels: labelFilter, limit: neo4j.int(exportPageSize) }));
      st.buffer = res.records.map((r) => decodeEdge(st.type, r.get('from'), r.get('to'), r.get('props')));
      st.done = res.records.length < exportPageSize;
      if (st.buffer.length) st.after = st.buffer[st.buffer.length - 1]!.id;
    };
    for (const st of streams) await refill(st);
    for (;;) {
      let next: (typeof streams)[number] | null = null;
      for (const st of streams) if (st.buffer.length && (!next || st.buffer[0]!.id < next.buffer[0]!.id)) next = st;
      if (!next) break;
      yield { kind: 'edge', edge: next.buffer.shift()! };
      if (!next.buffer.length && !next.done) await refill(next);
    }
  }

  /** Ids within `depth` hops of `start`, any edge, either direction. */
  async function neighbourhood(start: string, depth: number): Promise<Set<string>> {
    const seen = new Set<string>();
    const exists = await read((tx) => tx.run('MATCH (n:Node {id: $id}) RETURN n.id AS id', { id: start }));
    if (!exists.records.length) return seen;
    seen.add(start);
    let frontier = [start];
    for (let hop = 0; hop < depth && frontier.length; hop++) {
      const next: string[] = [];
      for (const batch of chunks(frontier, batchSize)) {
        const res = await read((tx) =>
          tx.run('UNWIND $ids AS id MATCH (:Node {id: id})--(m:Node) RETURN DISTINCT m.id AS id', { ids: batch }),
        );
        for (const r of res.records) {
          const id = r.get('id') as string;
          if (!seen.has(id)) {
            seen.add(id);
            next.push(id);
          }
        }
      }
      frontier = next;
    }
    return seen;
  }

  /** Articles published in the range, and the nodes they contributed or touched. */
  async function articlesInRange(from: string | null, to: string | null): Promise<{ articles: Set<string>; nodes: Set<string> }> {
    const res = await read(async (tx) => {
      const arts = await tx.run(
        `MATCH (n:Article) WHERE ${DATE_RANGE} RETURN n.id AS id ORDER BY n.id`,
        { from, to, dateProp: 'published' },
      );
      const articles = arts.records.map((r) => r.get('id') as string);
      const nodes = new Set<string>(articles);
      for (const batch of chunks(articles, batchSize)) {
        const owned = await tx.run('UNWIND $ids AS id MATCH (n:Node {_owner: id}) RETURN n.id AS id', { ids: batch });
        for (const r of owned.records) nodes.add(r.get('id') as string);
        const touched = await tx.run(
          'UNWIND $ids AS id MATCH (c:EntityContribution {articleId: id}) RETURN DISTINCT c.entityId AS id',
          { ids: batch },
        );
        for (const r of touched.records) nodes.add(r.get('id') as string);
      }
      return { articles: new Set(articles), nodes };
    });
    return res;
  }

  async function* exportSubset(
    ids: Set<string>,
    labels: readonly NodeLabel[] | null,
    articles: Set<string> | null,
  ): AsyncGenerator<ExportItem> {
    const labelFilter = labels ? [...labels] : null;
    const sorted = [...ids].sort();
    const exported = new Set<string>();
    for (const batch of chunks(sorted, exportPageSize)) {
      const res = await read((tx) =>
        tx.run(
          `UNWIND $ids AS id MATCH (n:Node {id: id})
           WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
           RETURN n.id AS id, labels(n) AS labels, ${publicProps('n')} AS props ORDER BY n.id`,
          { ids: batch, labels: labelFilter },
        ),
      );
      for (const r of res.records) {
        const node = decodeNode(r.get('id'), r.get('labels'), r.get('props'));
        exported.add(node.id);
        yield { kind: 'node', node };
      }
    }
    // The selection is bounded, so its edges are gathered and put in id order like a full export.
    const edges: GraphEdge[] = [];
    for (const batch of chunks([...exported], exportPageSize)) {
      const res = await read((tx) =>
        tx.run(
          `UNWIND $ids AS id MATCH (a:Node {id: id})-[r]->(b)
           RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
          { ids: batch },
        ),
      );
      for (const r of res.records) {
        const edge = decodeEdge(r.get('type'), r.get('from'), r.get('to'), r.get('props'));
        if (!exported.has(edge.to)) continue;
        if (articles && !articles.has(edge.articleId)) continue;
        edges.push(edge);
      }
    }
    edges.sort(byId);
    for (const edge of edges) yield { kind: 'edge', edge };
  }

  const store: GraphStore = {
    async upsertArticle(graph: ArticleGraph, upsertOpts?: UpsertOptions): Promise<UpsertResult> {
      validateGraph(graph);
      const job = upsertOpts?.job;
      return write(async (tx) => {
        const [r] = await upsertBatch(tx, [graph]);
        // The ingest queue's done mark commits with the graph: a crash leaves both or neither.
        if (job) await tx.run(MARK_JOB_DONE, { id: neo4j.int(job.id), articleId: r!.articleId, now: Date.now() });
        return r!;
      });
    },

    async upsertArticles(graphs: readonly ArticleGraph[]): Promise<UpsertResult[]> {
      for (const g of graphs) validateGraph(g);
      if (!graphs.length) return [];
      return write((tx) => upsertBatch(tx, graphs));
    },

    async deleteArticle(articleId: string): Promise<boolean> {
      return write(async (tx) => {
        const stored = await lockArticles(tx, [articleId], 'delete');
        if (!stored.has(articleId)) return false;
        await replaceArticles(tx, [{ articleId, graph: null }], stored, batchSize);
        return true;
      });
    },

    async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
      if (!ids.length) return [];
      const found = await query(GET_NODES, { ids: [...new Set(ids)] });
      const byId = new Map<string, GraphNode>();
      for (const r of found) byId.set(r.get('id'), decodeNode(r.get('id'), r.get('labels'), r.get('props')));
      return ids.map((id) => byId.get(id) ?? null);
    },

    async neighbours(nq: NeighbourQuery): Promise<Neighbour[][]> {
      const type = assertEdgeType(nq.edgeType);
      if (nq.direction !== 'out' && nq.direction !== 'in') throw new SaysoError('BAD_INPUT', `Direction must be "out" or "in".`);
      const label = nq.label ? assertLabel(nq.label) : null;
      if (!nq.ids.length) return [];
      const limit = nq.limitPerKey === undefined || nq.limitPerKey === null ? null : neo4j.int(Math.max(0, Math.floor(nq.limitPerKey)));
      const res = await query(NEIGHBOURS[type][nq.direction], { keys: [...new Set(nq.ids)], label, limit });
      const byKey = new Map<string, Neighbour[]>();
      for (const r of res) {
        const items = r.get('items') as { props: Stored; from: string; to: string; nodeId: string; labels: string[]; node: Stored }[];
        byKey.set(
          r.get('key') as string,
          items.map((it) => ({
            edge: decodeEdge(type, it.from, it.to, it.props),
            node: decodeNode(it.nodeId, it.labels, it.node),
          })),
        );
      }
      return nq.ids.map((id) => byKey.get(id) ?? []);
    },

    async findNodes(nq: NodeQuery, page: PageArgs): Promise<Page<GraphNode>> {
      const label = assertLabel(nq.label);
      // Missing values sort before every value ascending and after them descending, as in
      // SQLite, so both stores page alike, unless `nulls` places them.
      const direction = nq.orderBy?.direction ?? 'ASC';
      if (direction !== 'ASC' && direction !== 'DESC') throw new SaysoError('BAD_INPUT', 'orderBy.direction must be ASC or DESC.');
      const nullsLast = (nq.orderBy?.nulls ?? (direction === 'ASC' ? 'first' : 'last')) === 'last';
      // An empty bound is no bound, as in the embedded store.
      const from = nq.from || null;
      const to = nq.to || null;
      const words = textQuery(nq);
      if (words === null) return makePage([], checkPage(page).skip, 0);
      const params: Record<string, unknown> = {
        where: nq.where ?? null,
        name: nq.name ? foldName(nq.name) : null,
        nameKey: nq.name ? foldKeyNeedle(nq.name) : null,
        ids: nq.ids ?? null,
        linkedIds: nq.linkedFrom?.ids ?? null,
        linksToIds: nq.linksTo?.ids ?? null,
        dateProp: nq.dateProp ?? 'published',
        from,
        to,
        orderProp: nq.orderBy?.prop ?? 'id',
        orderFallback: nq.orderBy?.fallback ?? null,
        orderThen: nq.orderBy?.then ?? null,
        words: words ?? null,
      };
      // Start from the full-text hits when words are asked for (their index answers them at
      // once, where walking the label would read every node), else from the few nodes named
      // by linkedFrom, else by linksTo, and walk their edges of that type; links to nodes the
      // walk did not start from are checked on each node found.
      const filters = nodeFilters(nq, from, to);
      let linked = `MATCH (n:${q(label)})
           `;
      const rangeFirst = !words && !nq.linkedFrom ? await dateRangeFirst(nq, label, from, to) : null;
      const holderFirst = words ? await holderLinksFirst(nq, from, to) : null;
      if (holderFirst) {
        linked = holderFirst.match;
        filters.push(`n:${q(label)}`, TERMS_CHECK);
        params.ranges = holderFirst.ranges;
        params.termGroups = holderFirst.termGroups;
      } else if (words) {
        linked = `CALL db.index.fulltext.queryNodes('sayso_search', $words) YIELD node AS n
           WITH n
           `;
        filters.push(`n:${q(label)}`);
        if (nq.linkedFrom) filters.push(`EXISTS { MATCH (s:Node)-[:${q(assertEdgeType(nq.linkedFrom.edgeType))}]->(n) WHERE s.id IN $linkedIds }`);
      } else if (nq.linkedFrom) {
        linked = `MATCH (s:Node) WHERE s.id IN $linkedIds
           MATCH (s)-[:${q(assertEdgeType(nq.linkedFrom.edgeType))}]->(n:${q(label)})
           WITH DISTINCT n
           `;
      } else if (rangeFirst) {
        // What is about a country named in most articles, within a few months: the months'
        // nodes, each checked for the link.
        linked = `${rangeFirst.match}
           WITH n
           `;
        params.toMax = rangeFirst.toMax;
      } else if (nq.linksTo) {
        linked = `MATCH (t:Node) WHERE t.id IN $linksToIds
           MATCH (t)<-[:${q(assertEdgeType(nq.linksTo.edgeType))}]-(n:${q(label)})
           WITH DISTINCT n
           `;
      }
      if (nq.linksTo && (words || nq.linkedFrom || rangeFirst)) filters.push(`EXISTS { MATCH (n)-[:${q(assertEdgeType(nq.linksTo.edgeType))}]->(t:Node) WHERE t.id IN $linksToIds }`);
      const match = `${linked}WHERE ${filters.join('\n          AND ')}`;
      const byKey = readsOrderKey(nq) ? orderKeyPage(nq, label, filters, from, to, params) : null;
      const ordered = byKey ?? `${match}
           WITH n, CASE WHEN $orderFallback IS NULL THEN n[$orderProp] ELSE coalesce(n[$orderProp], n[$orderFallback]) END AS key
           WITH n, key, CASE WHEN $orderThen IS NULL THEN null ELSE n[$orderThen] END AS then
           WITH n ORDER BY key IS ${nullsLast ? '' : 'NOT '}NULL ASC, key ${direction}, then IS NOT NULL ${direction}, then ${direction}, n.id ASC
           SKIP $skip LIMIT $limit
           RETURN collect({id: n.id, labels: labels(n), props: ${publicProps('n')}}) AS page`;
      const counted = page.count === false ? null : `${match} RETURN count(n) AS total`;
      const holders = datedPageHolders(nq);
      const dated =
        (holders && (await pageByLinkDate(nq, label, holders, counted, params, page))) || (await pageByParticipant(nq, counted, params, page)) || (await pageByPublished(nq, counted, params, page));
      return dated || runPage<PageRow, GraphNode>(ordered, counted, params, page, (r) => decodeNode(r.id, r.labels, r.props));
    },

    async findNamed(name: string, labels: readonly NodeLabel[], limit = 50): Promise<GraphNode[]> {
      if (!labels.length) return [];
      const [row] = await query(namedStatement(labels), { name: foldName(name), nameKey: foldKeyNeedle(name), limit: neo4j.int(limit) });
      const found = ((row?.get('found') as PageRow[] | undefined) ?? []).map((r) => decodeNode(r.id, r.labels, r.props));
      return namedInOrder(found, labels, limit);
    },

    async interactions(iq: InteractionQuery): Promise<Interaction[]> {
      if (!iq.ids.length) return [];
      const res = await query(INTERACTIONS, { ids: [...new Set(iq.ids)], statuses: iq.meetingStatuses });
      return res.map((r) => ({ kind: r.get('kind') as InteractionKind, from: r.get('from') as string, to: r.get('to') as string, weight: toNumber(r.get('weight')) }));
    },

    async findEdges(eq: EdgeQuery, page: PageArgs): Promise<Page<GraphEdge>> {
      const type = assertEdgeType(eq.type);
      // An end given by ids is a :Node, whose id index finds it.
      const end = (name: string, label: NodeLabel | undefined, ids: string[] | undefined) => `(${name}${ids ? ':Node' : ''}${label ? `:${q(assertLabel(label))}` : ''})`;
      if (eq.fromIds?.length === 0 || eq.toIds?.length === 0 || eq.articleIds?.length === 0) return makePage([], checkPage(page).skip, 0);
      // Ends given by id are found by it and walked from: the edges of one person, not of the
      // type. An article's edges come from the type's `articleId` index.
      const ends = [eq.fromIds ? 'a.id IN $fromIds' : null, eq.toIds ? 'b.id IN $toIds' : null, eq.articleIds ? 'r.articleId IN $articleIds' : null].filter(Boolean);
      const pattern = `MATCH ${end('a', eq.fromLabel, eq.fromIds)}-[r:${q(type)}]->${end('b', eq.toLabel, eq.toIds)}${ends.length ? ` WHERE ${ends.join(' AND ')}` : ''}`;
      // In id order: from the type's `id` index, or sorted after the walk from given ends; or by
      // the date a DATE_ORDERED link carries (Cypher sorts nulls last). One statement text per
      // type, labels, ends and order.
      assertEdgeOrder(eq);
      const ordered = `${pattern}
           WITH a, r, b ORDER BY ${eq.order === 'published' ? 'r._published, ' : ''}r.id SKIP $skip LIMIT $limit
           RETURN collect({from: a.id, to: b.id, props: properties(r)}) AS page`;
      const counted = page.count === false ? null : `${pattern} RETURN count(r) AS total`;
      const distinct = (ids: string[] | undefined) => (ids ? [...new Set(ids)] : null);
      const params = { fromIds: distinct(eq.fromIds), toIds: distinct(eq.toIds), articleIds: distinct(eq.articleIds) };
      return runPage<{ from: string; to: string; props: Stored }, GraphEdge>(ordered, counted, params, page, (r) => decodeEdge(type, r.from, r.to, r.props));
    },

    async search(text: string, labels: readonly NodeLabel[] | null, page: PageArgs): Promise<Page<SearchHit>> {
      const lucene = fulltextQuery(text ?? '');
      const labelFilter = labels && labels.length ? labels.map(assertLabel) : null;
      if (!lucene) return makePage([], checkPage(page).skip, 0);
      const hitsOf = `CALL db.index.fulltext.queryNodes('sayso_search', $query) YIELD node, score
           WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)`;
      const ordered = `${hitsOf}
           WITH node, score ORDER BY score DESC, node.id ASC SKIP $skip LIMIT $limit
           RETURN collect({id: node.id, labels: labels(node), props: ${publicProps('node')}, score: score}) AS page`;
      return runPage<PageRow & { score: unknown }, SearchHit>(ordered, `${hitsOf} RETURN count(node) AS total`, { query: lucene, labels: labelFilter }, page, (r) => ({
        node: decodeNode(r.id, r.labels, r.props),
        score: toNumber(r.score),
      }));
    },

    exportGraph(selection: ExportSelection = {}): AsyncIterable<ExportItem> {
      const labels = selection.labels && selection.labels.length ? selection.labels.map(assertLabel) : null;
      return (async function* () {
        const byDate = selection.from != null || selection.to != null;
        if (!selection.entityId && !byDate) {
          yield* exportAll(labels);
          return;
        }
        let ids: Set<string> | null = null;
        let articles: Set<string> | null = null;
        if (selection.entityId) ids = await neighbourhood(selection.entityId, Math.max(0, Math.floor(selection.depth ?? 1)));
        if (byDate) {
          const range = await articlesInRange(selection.from ?? null, selection.to ?? null);
          articles = range.articles;
          ids = ids ? new Set([...ids].filter((id) => range.nodes.has(id))) : range.nodes;
        }
        yield* exportSubset(ids ?? new Set(), labels, articles);
      })();
    },

    async stats(): Promise<StoreStats> {
      return read(async (tx) => {
        const stats: StoreStats = { nodes: {}, edges: {}, totalNodes: 0, totalEdges: 0 };
        const row = (await tx.run(COUNTS)).records[0];
        const nodeCounts = (row?.get('nodes') as unknown[]) ?? [];
        const edgeCounts = (row?.get('edges') as unknown[]) ?? [];
        NODE_LABELS.forEach((label, i) => {
          const c = toNumber(nodeCounts[i]);
          if (c > 0) stats.nodes[label] = c;
          stats.totalNodes += c;
        });
        EDGE_TYPES.forEach((type, i) => {
          const c = toNumber(edgeCounts[i]);
          if (c > 0) stats.edges[type] = c;
          stats.totalEdges += c;
        });
        return stats;
      });
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await releaseDriver(key);
    },
  };
  return store;
}

