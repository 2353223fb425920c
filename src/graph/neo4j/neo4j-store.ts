import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { foldName } from '../ids';
import { ARTICLE_OWNED_LABELS, EDGE_TYPES, NODE_LABELS } from '../model';
import type { ArticleGraph, EdgeType, GraphNode, NodeLabel, Props } from '../model';
import {
  SaysoError,
  decodeCursor,
  encodeCursor,
  type ExportItem,
  type ExportSelection,
  type GraphStore,
  type Neighbour,
  type NeighbourQuery,
  type NodeQuery,
  type Page,
  type PageArgs,
  type SearchHit,
  type StoreStats,
  type UpsertResult,
} from '../store';
import { acquireDriver, releaseDriver } from './driver-pool';
import { applySchema, findSchemaDir } from './schema';
import {
  assertEdgeType,
  assertLabel,
  decodeEdge,
  decodeNode,
  decodeNodeProps,
  encodeEdge,
  encodeNode,
  mergeEntityProps,
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
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Nodes per read while exporting. */
  exportPageSize?: number;
}

const OWNED = new Set<NodeLabel>(ARTICLE_OWNED_LABELS);
/** Retries on top of the driver's own, for conflicts it does not classify as transient. */
const UPSERT_ATTEMPTS = 5;

// ---------------------------------------------------------------------------------------
// Cypher. Labels and relationship types cannot be parameters, so each statement is built
// once per entry of the fixed enums in model.ts (validated by assertLabel/assertEdgeType);
// every value travels as a parameter.

const q = (name: string) => '`' + name + '`';

const WRITE_OWNED_NODES = Object.fromEntries(
  NODE_LABELS.map((l) => [
    l,
    `UNWIND $rows AS row
     MERGE (n:Node {id: row.id})
     SET n = row.props
     SET n:${q(assertLabel(l))}`,
  ]),
) as Record<NodeLabel, string>;

const WRITE_ENTITY_NODES = Object.fromEntries(
  NODE_LABELS.map((l) => [
    l,
    `UNWIND $rows AS row
     MATCH (n:Node {id: row.id})
     SET n = row.props
     SET n:${q(assertLabel(l))}`,
  ]),
) as Record<NodeLabel, string>;

/** Creates missing entity nodes and takes their write locks (in id order) before reading them. */
const LOCK_ENTITIES = `
  UNWIND $ids AS id
  MERGE (n:Node {id: id})
  SET n._lock = true
  REMOVE n._lock
  RETURN n.id AS id, properties(n) AS props`;

const WRITE_EDGES = Object.fromEntries(
  EDGE_TYPES.map((t) => [
    t,
    `UNWIND $rows AS row
     MATCH (a:Node {id: row.from})
     MATCH (b:Node {id: row.to})
     MERGE (a)-[r:${q(assertEdgeType(t))} {id: row.id}]->(b)
     SET r = row.props
     RETURN count(r) AS written`,
  ]),
) as Record<EdgeType, string>;

/** Removes the edges an article contributed; returns the shared entities they touched. */
const DELETE_ARTICLE_EDGES = Object.fromEntries(
  EDGE_TYPES.map((t) => [
    t,
    `MATCH (a)-[r:${q(assertEdgeType(t))}]->(b)
     WHERE r.articleId = $articleId
     DELETE r
     WITH collect(DISTINCT a) + collect(DISTINCT b) AS ends
     RETURN [x IN ends WHERE x._owner IS NULL | x.id] AS entities`,
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
                         nodeId: m.id, labels: labels(m), node: properties(m)}) AS items
      RETURN key, CASE WHEN $limit IS NULL THEN items ELSE items[0..$limit] END AS items`;
    return [t, { out: build('out'), in: build('in') }];
  }),
) as Record<EdgeType, { out: string; in: string }>;

const COUNT_LABEL = Object.fromEntries(NODE_LABELS.map((l) => [l, `MATCH (n:${q(assertLabel(l))}) RETURN count(n) AS c`])) as Record<
  NodeLabel,
  string
>;
const COUNT_TYPE = Object.fromEntries(EDGE_TYPES.map((t) => [t, `MATCH ()-[r:${q(assertEdgeType(t))}]->() RETURN count(r) AS c`])) as Record<
  EdgeType,
  string
>;

const DELETE_ORPHANS = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  WHERE n._owner IS NULL AND NOT (n)--()
  DELETE n
  RETURN count(n) AS deleted`;

// ---------------------------------------------------------------------------------------

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function ownerOf(node: GraphNode, articleId: string): string | null {
  if (!OWNED.has(node.label)) return null;
  if (node.label === 'Article') return node.id;
  const declared = node.props.articleId;
  return typeof declared === 'string' && declared ? declared : articleId;
}

function checkPage(page: PageArgs): { skip: number; limit: number } {
  const limit = Math.floor(page.first);
  if (!Number.isFinite(limit) || limit < 0) throw new SaysoError('BAD_INPUT', `Page size must be zero or more, got ${page.first}.`);
  return { skip: decodeCursor(page.after), limit };
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

function defaultDateProp(label: NodeLabel): string {
  return label === 'Event' ? 'date' : 'published';
}

/** Lucene query from user text: every word must match (the last one may be a prefix). */
function fulltextQuery(text: string): string | null {
  const words = (text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
  if (!words.length) return null;
  return words
    .map((w, i) => (i === words.length - 1 && w.length >= 3 ? `(${w} OR ${w}*)` : w))
    .join(' AND ');
}

function isRetryable(e: unknown): boolean {
  const code = String((e as { code?: string }).code ?? '');
  return code.startsWith('Neo.TransientError') || code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

function translate(e: unknown, uri: string): unknown {
  if (e instanceof SaysoError) return e;
  const code = String((e as { code?: string }).code ?? '');
  const message = (e as Error).message ?? String(e);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security')) {
    return new SaysoError('STORE_UNAVAILABLE', `Neo4j at ${uri} is not available: ${message}`);
  }
  return e;
}

export function createNeo4jStore(opts: Neo4jStoreOptions): GraphStore {
  if (!opts.uri) throw new SaysoError('BAD_INPUT', 'Neo4j needs a uri (bolt:// or neo4j://).');
  const key = { uri: opts.uri, user: opts.user, password: opts.password };
  const driver: Driver = acquireDriver(key);
  const database = opts.database || undefined;
  const batchSize = opts.batchSize ?? 500;
  const exportPageSize = opts.exportPageSize ?? 500;
  let closed = false;
  let ready: Promise<void> | null = null;

  function ensureReady(): Promise<void> {
    if (closed) return Promise.reject(new SaysoError('STORE_UNAVAILABLE', 'The Neo4j store is closed.'));
    if (!ready) {
      ready = applySchema(driver, database, opts.schemaDir ?? findSchemaDir()).catch((e) => {
        ready = null;
        throw e;
      });
    }
    return ready;
  }

  function session(mode: 'READ' | 'WRITE'): Session {
    return driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  async function read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    try {
      await ensureReady();
      const s = session('READ');
      try {
        return await s.executeRead(work);
      } finally {
        await s.close();
      }
    } catch (e) {
      throw translate(e, opts.uri);
    }
  }

  async function write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    try {
      await ensureReady();
      for (let attempt = 1; ; attempt++) {
        const s = session('WRITE');
        try {
          return await s.executeWrite(work);
        } catch (e) {
          if (attempt >= UPSERT_ATTEMPTS || !isRetryable(e)) throw e;
          await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
        } finally {
          await s.close();
        }
      }
    } catch (e) {
      throw translate(e, opts.uri);
    }
  }

  /** Deletes the edges an article contributed; returns the entity ids they touched. */
  async function removeArticleEdges(tx: ManagedTransaction, articleId: string): Promise<Set<string>> {
    const touched = new Set<string>();
    for (const type of EDGE_TYPES) {
      const res = await tx.run(DELETE_ARTICLE_EDGES[type], { articleId });
      for (const id of (res.records[0]?.get('entities') as string[] | undefined) ?? []) touched.add(id);
    }
    return touched;
  }

  async function deleteOrphans(tx: ManagedTransaction, candidates: Iterable<string>): Promise<void> {
    for (const ids of chunks([...candidates].sort(), batchSize)) await tx.run(DELETE_ORPHANS, { ids });
  }

  async function upsertTx(tx: ManagedTransaction, graph: ArticleGraph): Promise<UpsertResult> {
    const articleId = graph.articleId;
    const prev = await tx.run('MATCH (a:Node {id: $articleId}) RETURN a._contentHash AS hash, a._entities AS entities', { articleId });
    const prevRecord = prev.records[0];
    const prevHash = prevRecord ? (prevRecord.get('hash') as string | null) : null;
    if (prevHash !== null && prevHash === graph.contentHash) {
      return { articleId, changed: false, nodes: graph.nodes.length, edges: graph.edges.length };
    }

    // Last occurrence wins when a graph repeats an id.
    const nodes = [...new Map(graph.nodes.map((n) => [n.id, n])).values()];
    const edges = [...new Map(graph.edges.map((e) => [e.id, e])).values()];
    for (const n of nodes) assertLabel(n.label);
    for (const e of edges) assertEdgeType(e.type);

    // 1. Take back what the previous version contributed: its edges and its owned nodes
    //    that the new version no longer has. Entities it touched may become orphans.
    const candidates = new Set<string>((prevRecord?.get('entities') as string[] | null) ?? []);
    for (const id of await removeArticleEdges(tx, articleId)) candidates.add(id);
    const owned = nodes.filter((n) => ownerOf(n, articleId) !== null);
    await tx.run('MATCH (n:Node {_owner: $articleId}) WHERE NOT n.id IN $keep DETACH DELETE n', {
      articleId,
      keep: owned.map((n) => n.id),
    });

    // 2. Article-owned nodes are replaced whole.
    for (const label of NODE_LABELS) {
      const rows = owned.filter((n) => n.label === label).map((n) => ({ id: n.id, props: encodeNode(n.id, n.props, ownerOf(n, articleId)) }));
      for (const batch of chunks(rows, batchSize)) await tx.run(WRITE_OWNED_NODES[label], { rows: batch });
    }

    // 3. Shared entities are merged with what other articles said about them. Locks are
    //    taken in id order so concurrent ingests of overlapping articles queue, not deadlock.
    const entities = nodes.filter((n) => ownerOf(n, articleId) === null).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const batch of chunks(entities, batchSize)) {
      const res = await tx.run(LOCK_ENTITIES, { ids: batch.map((n) => n.id) });
      const existing = new Map<string, Stored>(res.records.map((r) => [r.get('id') as string, r.get('props') as Stored]));
      const byLabel = new Map<NodeLabel, { id: string; props: Stored }[]>();
      for (const n of batch) {
        const merged: Props = mergeEntityProps(decodeNodeProps(existing.get(n.id) ?? {}), n.props);
        const rows = byLabel.get(n.label) ?? [];
        rows.push({ id: n.id, props: encodeNode(n.id, merged, null) });
        byLabel.set(n.label, rows);
      }
      for (const [label, rows] of byLabel) await tx.run(WRITE_ENTITY_NODES[label], { rows });
    }

    // 4. Edges, each carrying its id, article and props.
    let written = 0;
    for (const type of EDGE_TYPES) {
      const rows = edges.filter((e) => e.type === type).map((e) => ({ id: e.id, from: e.from, to: e.to, props: encodeEdge(e) }));
      for (const batch of chunks(rows, batchSize)) {
        const res = await tx.run(WRITE_EDGES[type], { rows: batch });
        written += toNumber(res.records[0]?.get('written'));
      }
    }
    if (written < edges.length) {
      const known = new Set(nodes.map((n) => n.id));
      const dangling = edges.find((e) => !known.has(e.from) || !known.has(e.to));
      throw new SaysoError(
        'BAD_INPUT',
        `Article ${articleId}: ${edges.length - written} edge(s) point at nodes that exist neither in the graph nor in the store` +
          (dangling ? ` (e.g. ${dangling.id}: ${dangling.from} -> ${dangling.to})` : '') +
          '.',
      );
    }

    // 5. Remember the version and the entities it referenced (for the next replace/delete).
    const entityIds = entities.map((n) => n.id);
    await tx.run(
      `MERGE (a:Node {id: $articleId})
       SET a:Article, a._owner = $articleId, a._contentHash = $contentHash, a._entities = $entities`,
      { articleId, contentHash: graph.contentHash, entities: entityIds },
    );
    for (const id of entityIds) candidates.delete(id);
    await deleteOrphans(tx, candidates);
    return { articleId, changed: true, nodes: nodes.length, edges: edges.length };
  }

  async function* exportAll(labels: readonly NodeLabel[] | null): AsyncGenerator<ExportItem> {
    const labelFilter = labels ? [...labels] : null;
    let last = '';
    for (;;) {
      const page = await read((tx) =>
        tx.run(
          `MATCH (n:Node) WHERE n.id > $last AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
           RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id LIMIT $limit`,
          { last, labels: labelFilter, limit: neo4j.int(exportPageSize) },
        ),
      );
      for (const r of page.records) yield { kind: 'node', node: decodeNode(r.get('id'), r.get('labels'), r.get('props')) };
      if (page.records.length < exportPageSize) break;
      last = page.records[page.records.length - 1]!.get('id') as string;
    }
    // Edges page by their start node, which the id index serves; order within a page by id.
    last = '';
    for (;;) {
      const res = await read(async (tx) => {
        const ids = await tx.run(
          `MATCH (n:Node) WHERE n.id > $last AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
           RETURN n.id AS id ORDER BY n.id LIMIT $limit`,
          { last, labels: labelFilter, limit: neo4j.int(exportPageSize) },
        );
        const keys = ids.records.map((r) => r.get('id') as string);
        const rels = await tx.run(
          `UNWIND $keys AS key
           MATCH (a:Node {id: key})-[r]->(b)
           WHERE $labels IS NULL OR any(l IN labels(b) WHERE l IN $labels)
           RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY a.id, r.id`,
          { keys, labels: labelFilter },
        );
        return { keys, rels: rels.records };
      });
      for (const r of res.rels) yield { kind: 'edge', edge: decodeEdge(r.get('type'), r.get('from'), r.get('to'), r.get('props')) };
      if (res.keys.length < exportPageSize) break;
      last = res.keys[res.keys.length - 1]!;
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
          `UNWIND $ids AS id MATCH (a:Article {id: id})
           UNWIND coalesce(a._entities, []) AS e RETURN DISTINCT e AS id`,
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
           RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id`,
          { ids: batch, labels: labelFilter },
        ),
      );
      for (const r of res.records) {
        const node = decodeNode(r.get('id'), r.get('labels'), r.get('props'));
        exported.add(node.id);
        yield { kind: 'node', node };
      }
    }
    for (const batch of chunks([...exported], exportPageSize)) {
      const res = await read((tx) =>
        tx.run(
          `UNWIND $ids AS id MATCH (a:Node {id: id})-[r]->(b)
           RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY a.id, r.id`,
          { ids: batch },
        ),
      );
      for (const r of res.records) {
        const edge = decodeEdge(r.get('type'), r.get('from'), r.get('to'), r.get('props'));
        if (!exported.has(edge.to)) continue;
        if (articles && !articles.has(edge.articleId)) continue;
        yield { kind: 'edge', edge };
      }
    }
  }

  const store: GraphStore = {
    async upsertArticle(graph: ArticleGraph): Promise<UpsertResult> {
      if (!graph?.articleId) throw new SaysoError('BAD_INPUT', 'An article graph needs an articleId.');
      return write((tx) => upsertTx(tx, graph));
    },

    async deleteArticle(articleId: string): Promise<boolean> {
      return write(async (tx) => {
        const prev = await tx.run('MATCH (a:Node {id: $articleId}) RETURN a._entities AS entities', { articleId });
        const candidates = new Set<string>((prev.records[0]?.get('entities') as string[] | null) ?? []);
        for (const id of await removeArticleEdges(tx, articleId)) candidates.add(id);
        const res = await tx.run('MATCH (n:Node {_owner: $articleId}) DETACH DELETE n RETURN count(n) AS deleted', { articleId });
        await deleteOrphans(tx, candidates);
        return prev.records.length > 0 || toNumber(res.records[0]?.get('deleted')) > 0;
      });
    },

    async getNodes(ids: readonly string[]): Promise<(GraphNode | null)[]> {
      if (!ids.length) return [];
      const found = await read((tx) =>
        tx.run('UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN DISTINCT n.id AS id, labels(n) AS labels, properties(n) AS props', {
          ids: [...new Set(ids)],
        }),
      );
      const byId = new Map<string, GraphNode>();
      for (const r of found.records) byId.set(r.get('id'), decodeNode(r.get('id'), r.get('labels'), r.get('props')));
      return ids.map((id) => byId.get(id) ?? null);
    },

    async neighbours(nq: NeighbourQuery): Promise<Neighbour[][]> {
      const type = assertEdgeType(nq.edgeType);
      if (nq.direction !== 'out' && nq.direction !== 'in') throw new SaysoError('BAD_INPUT', `Direction must be "out" or "in".`);
      const label = nq.label ? assertLabel(nq.label) : null;
      if (!nq.ids.length) return [];
      const limit = nq.limitPerKey === undefined || nq.limitPerKey === null ? null : neo4j.int(Math.max(0, Math.floor(nq.limitPerKey)));
      const res = await read((tx) => tx.run(NEIGHBOURS[type][nq.direction], { keys: [...new Set(nq.ids)], label, limit }));
      const byKey = new Map<string, Neighbour[]>();
      for (const r of res.records) {
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
      const { skip, limit } = checkPage(page);
      const direction = nq.orderBy?.direction ?? 'ASC';
      if (direction !== 'ASC' && direction !== 'DESC') throw new SaysoError('BAD_INPUT', 'orderBy.direction must be ASC or DESC.');
      const from = nq.from ?? null;
      const to = nq.to ?? null;
      const params = {
        where: nq.where ?? null,
        name: nq.name ? foldName(nq.name) : null,
        ids: nq.ids ?? null,
        dateProp: nq.dateProp ?? defaultDateProp(label),
        from,
        to,
        orderProp: nq.orderBy?.prop ?? 'id',
        skip: neo4j.int(skip),
        limit: neo4j.int(limit),
      };
      const match = `MATCH (n:${q(label)})
        WHERE ($ids IS NULL OR n.id IN $ids)
          AND ($name IS NULL OR $name IN n._fold)
          AND ($where IS NULL OR all(k IN keys($where) WHERE n[k] = $where[k]))
          AND ${DATE_RANGE}`;
      const { total, records } = await read(async (tx) => {
        const count = await tx.run(`${match} RETURN count(n) AS total`, params);
        const rows =
          limit === 0
            ? []
            : (
                await tx.run(
                  `${match}
                   RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
                   ORDER BY n[$orderProp] ${direction}, n.id ASC SKIP $skip LIMIT $limit`,
                  params,
                )
              ).records;
        return { total: toNumber(count.records[0]?.get('total')), records: rows };
      });
      const items = records.map((r) => decodeNode(r.get('id'), r.get('labels'), r.get('props')));
      return makePage(items, skip, total);
    },

    async search(text: string, labels: readonly NodeLabel[] | null, page: PageArgs): Promise<Page<SearchHit>> {
      const { skip, limit } = checkPage(page);
      const query = fulltextQuery(text ?? '');
      const labelFilter = labels && labels.length ? labels.map(assertLabel) : null;
      if (!query) return makePage([], skip, 0);
      const res = await read((tx) =>
        tx.run(
          `CALL db.index.fulltext.queryNodes('sayso_text', $query) YIELD node, score
           WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
           WITH node, score ORDER BY score DESC, node.id ASC
           WITH collect({id: node.id, labels: labels(node), props: properties(node), score: score}) AS hits
           RETURN size(hits) AS total, hits[$skip..$end] AS page`,
          { query, labels: labelFilter, skip: neo4j.int(skip), end: neo4j.int(skip + limit) },
        ),
      );
      const record = res.records[0];
      const total = toNumber(record?.get('total'));
      const hits = ((record?.get('page') as { id: string; labels: string[]; props: Stored; score: number }[]) ?? []).map((h) => ({
        node: decodeNode(h.id, h.labels, h.props),
        score: toNumber(h.score),
      }));
      return makePage(hits, skip, total);
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
        for (const label of NODE_LABELS) {
          const c = toNumber((await tx.run(COUNT_LABEL[label])).records[0]?.get('c'));
          if (c > 0) stats.nodes[label] = c;
          stats.totalNodes += c;
        }
        for (const type of EDGE_TYPES) {
          const c = toNumber((await tx.run(COUNT_TYPE[type])).records[0]?.get('c'));
          if (c > 0) stats.edges[type] = c;
          stats.totalEdges += c;
        }
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

