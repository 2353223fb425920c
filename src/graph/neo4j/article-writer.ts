import neo4j from 'neo4j-driver';
import type { Tx } from './transactions';
import { articleInteractions, countChanges, type ArticleInteraction } from '../article-interactions';
import { CHANGE_COUNTS, decodeLedger, encodeLedger } from './interaction-counts';
import { ARTICLE_OWNED_LABELS, EDGE_TYPES } from '../model';
import type { ArticleGraph, GraphEdge, GraphNode, NodeLabel, Props } from '../model';
import type { UpsertResult } from '../store';
import { addContribution, removeContribution, summarise, summaryProps, type EntitySummary } from '../entity-summary';
import { articleDate, isDatedLink, isDateOrderedLink } from '../dated-page';
import { datedLinkKey } from './dated-links';
import { PARTICIPANT_KEY_PROP, orderKey, participantKey } from './order-keys';
import { conditionOnWords } from '../search-text';
import { assertEdgeType, assertLabel, encodeEdge, encodeNode, type Stored } from './values';

/**
 * Writes any number of articles' graphs in one transaction with a fixed handful of
 * statements, whatever the batch size: every statement UNWINDs rows of every article. Shared
 * entities are settled in JS across the whole batch, so an entity several articles mention is
 * locked, read and written once, at its final state.
 *
 * Locks are taken in one order by every writer: the batch's Article nodes (sorted), then its
 * entities (sorted). Holding an article's lock is what keeps its stored hash and contributions
 * stable until commit, so concurrent writers of one article queue instead of interleaving.
 *
 * Every statement's text is fixed, and all but one run only with non-empty parameter lists:
 * Neo4j keys cached plans by parameter types too (an empty list is a type of its own), so a
 * statement over many optional lists would be planned again for each combination.
 */

const OWNED = new Set<NodeLabel>(ARTICLE_OWNED_LABELS);
const q = (name: string) => '`' + name + '`';

/** Locks the batch's articles (creating missing Article nodes) and reads what each holds. */
const LOCK_ARTICLES_FOR_UPSERT = `
  UNWIND $ids AS id
  MERGE (a:Node {id: id})
  SET a._lock = true
  REMOVE a._lock
  WITH a, id
  OPTIONAL MATCH (c:EntityContribution {articleId: id})
  RETURN id, a._contentHash AS hash, a._interactions AS interactions, collect(c {.entityId, .props}) AS contributions, labels(a) = ['Node'] AS fresh`;

/** The same for deletes: absent articles give no row and are not created. */
const LOCK_ARTICLES_FOR_DELETE = `
  UNWIND $ids AS id
  MATCH (a:Node {id: id})
  SET a._lock = true
  REMOVE a._lock
  WITH a, id
  OPTIONAL MATCH (c:EntityContribution {articleId: id})
  RETURN id, a._contentHash AS hash, a._interactions AS interactions, collect(c {.entityId, .props}) AS contributions, false AS fresh`;

/** Creates missing entity nodes and takes their write locks before their summaries are read. */
const LOCK_ENTITIES = `
  UNWIND $ids AS id
  MERGE (n:Node {id: id})
  SET n._lock = true
  REMOVE n._lock
  RETURN n.id AS id, n._summary AS summary`;

/** Contributions to these entities from articles this batch does not rewrite. */
const READ_OTHER_CONTRIBUTIONS = `
  UNWIND $ids AS id
  MATCH (c:EntityContribution {entityId: id})
  WHERE NOT c.articleId IN $written
  RETURN id, c.articleId AS articleId, c.label AS label, c.props AS props`;

/**
 * Takes the rewritten articles' previous contributions apart: their edges (each type through
 * its articleId index), owned nodes their new versions no longer have, and their entity
 * contributions.
 */
const CLEAR_ARTICLES =
  EDGE_TYPES.map(
    (t) => `CALL {
     UNWIND $articleIds AS aid
     MATCH ()-[r:${q(assertEdgeType(t))}]->()
     WHERE r.articleId = aid
     DELETE r
   }`,
  ).join('\n') +
  `
  CALL {
    UNWIND $articles AS art
    MATCH (n:Node {_owner: art.id}) WHERE NOT n.id IN art.keep
    DETACH DELETE n
  }
  CALL {
    UNWIND $articleIds AS aid
    MATCH (c:EntityContribution {articleId: aid})
    DELETE c
  }`;

const DELETE_ORPHANS = `
  UNWIND $ids AS id
  MATCH (n:Node {id: id})
  DETACH DELETE n`;

/**
 * Contributions and nodes share a statement (one round trip less); either list may be empty.
 * Labels are validated against model.ts before they get here; `Node` is the base label.
 */
const WRITE_CONTRIBUTIONS_AND_NODES = `
  CALL {
    UNWIND $contributions AS row
    CREATE (:EntityContribution {key: row.key, entityId: row.entityId, articleId: row.articleId, label: row.label, props: row.props})
  }
  CALL {
    UNWIND $nodes AS row
    MERGE (n:Node {id: row.id})
    SET n = row.props
    WITH n, row, [l IN labels(n) WHERE l <> 'Node' AND l <> row.label] AS stale
    REMOVE n:$(stale)
    SET n:$(row.label)
  }`;

/** The batch's edges were all deleted by CLEAR_ARTICLES, and an edge id is its article's alone. */
const WRITE_EDGES = `
  UNWIND $rows AS row
  MATCH (a:Node {id: row.from})
  MATCH (b:Node {id: row.to})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props`;

// ---------------------------------------------------------------------------------------

export interface StoredArticle {
  hash: string | null;
  /** Its part of the interaction counts (interaction-counts.ts); null when never counted. */
  interactions: string | null;
  /** Entity id -> the props JSON this article contributed. */
  contributions: Map<string, string>;
  /**
   * The Article node was created by this transaction's lock: nothing of the article is stored
   * (an article's graph and version always commit together), so there is nothing to clear.
   */
  fresh: boolean;
}

/** What to write: an article's new graph, or null to delete it. */
export interface ArticleChange {
  articleId: string;
  graph: ArticleGraph | null;
}

interface EntityPart {
  articleId: string;
  previous: string | null;
  next: { node: GraphNode; json: string } | null;
}

type NodeRow = { id: string; label: NodeLabel; props: Stored };

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const contributionKey = (entityId: string, articleId: string) => `${entityId}\u0000${articleId}`;

/** A graph's nodes and edges with repeated ids dropped (the last one wins). */
function distinctParts(graph: ArticleGraph | null): { owned: GraphNode[]; entities: GraphNode[]; edges: GraphEdge[] } {
  if (!graph) return { owned: [], entities: [], edges: [] };
  const nodes = [...new Map(graph.nodes.map((n) => [n.id, n])).values()];
  return {
    owned: nodes.filter((n) => OWNED.has(n.label)),
    entities: nodes.filter((n) => !OWNED.has(n.label)),
    edges: [...new Map(graph.edges.map((e) => [e.id, e])).values()],
  };
}

/**
 * Locks the articles in id order and reads their stored version and contributions, which stay
 * as read until commit: every writer of an article takes this lock first.
 */
export async function lockArticles(
  tx: Tx,
  articleIds: readonly string[],
  mode: 'upsert' | 'delete',
): Promise<Map<string, StoredArticle>> {
  const ids = [...new Set(articleIds)].sort();
  const res = await tx.run(mode === 'upsert' ? LOCK_ARTICLES_FOR_UPSERT : LOCK_ARTICLES_FOR_DELETE, { ids });
  const out = new Map<string, StoredArticle>();
  for (const r of res.records) {
    const contributions = new Map<string, string>();
    for (const c of r.get('contributions') as { entityId: string; props: string }[]) contributions.set(c.entityId, c.props);
    out.set(r.get('id') as string, {
      hash: (r.get('hash') as string | null) ?? null,
      interactions: (r.get('interactions') as string | null) ?? null,
      contributions,
      fresh: r.get('fresh') === true,
    });
  }
  return out;
}

/**
 * Results as one-by-one upserts in input order would give them: a graph changes the article
 * when its hash differs from what the store held just before it (the stored version, or an
 * earlier graph of the same article in this batch). A graph that changes nothing is skipped,
 * even when other props differ, so what is written per article is its last graph that changed:
 * the graph one-by-one upserts would leave.
 */
export function planUpserts(
  graphs: readonly ArticleGraph[],
  stored: Map<string, StoredArticle>,
): { results: UpsertResult[]; changes: ArticleChange[] } {
  const current = new Map<string, string | null>();
  const last = new Map<string, ArticleGraph>();
  const results = graphs.map((g) => {
    const before = current.has(g.articleId) ? current.get(g.articleId)! : (stored.get(g.articleId)?.hash ?? null);
    const changed = before === null || before !== g.contentHash;
    current.set(g.articleId, g.contentHash);
    if (changed) last.set(g.articleId, g);
    return { articleId: g.articleId, changed, nodes: g.nodes.length, edges: g.edges.length };
  });
  const changes = [...last.keys()].sort().map((id) => ({ articleId: id, graph: last.get(id)! }));
  return { results, changes };
}

/**
 * Replaces the given articles' part of the graph. Owned nodes and edges are each article's
 * alone; shared entities are settled from every article's contribution, and go (with any edge
 * still touching them) when none is left. The articles must be locked by lockArticles first.
 */
export async function replaceArticles(
  tx: Tx,
  changes: readonly ArticleChange[],
  stored: Map<string, StoredArticle>,
  batchSize: number,
): Promise<void> {
  if (!changes.length) return;
  const parts = changes.map((c) => ({ ...c, ...distinctParts(c.graph), interactions: c.graph ? articleInteractions(c.graph) : [] }));
  const byEntity = entityParts(parts, stored);
  const settled = await settleEntities(tx, byEntity, batchSize);

  const stale = parts.filter((p) => !stored.get(p.articleId)?.fresh);
  if (stale.length) {
    await tx.run(CLEAR_ARTICLES, {
      articleIds: stale.map((p) => p.articleId),
      articles: stale.map((p) => ({ id: p.articleId, keep: p.owned.map((n) => n.id) })),
    });
  }
  await runChunked(tx, DELETE_ORPHANS, 'ids', settled.orphans, batchSize);
  const contributions = parts.flatMap((p) =>
    p.entities.map((n) => ({ key: contributionKey(n.id, p.articleId), entityId: n.id, articleId: p.articleId, label: n.label, props: JSON.stringify(n.props) })),
  );
  const nodes = chunks([...ownedRows(parts), ...settled.rows], batchSize);
  const contributed = chunks(contributions, batchSize);
  for (let i = 0; i < Math.max(nodes.length, contributed.length); i++) {
    await tx.run(WRITE_CONTRIBUTIONS_AND_NODES, { contributions: contributed[i] ?? [], nodes: nodes[i] ?? [] });
  }
  const edges = parts.flatMap((p) => {
    const date = p.graph && articleDate(p.graph);
    const eventKeys = new Map<string, string>();
    for (const n of p.graph?.nodes ?? []) if (n.label === 'Event') eventKeys.set(n.id, orderKey('Event', n.id, n.props)!);
    return p.edges.map((e) => {
      const props = encodeEdge(e);
      if (isDatedLink(e.type)) props._page = datedLinkKey(e.from, date, e.to);
      if (isDateOrderedLink(e.type) && typeof date === 'string') props._published = date;
      const eventKey = e.type === 'PARTICIPANT' ? eventKeys.get(e.to) : undefined;
      if (eventKey !== undefined) props[PARTICIPANT_KEY_PROP] = participantKey(e.from, eventKey);
      return { type: assertEdgeType(e.type), from: e.from, to: e.to, props };
    });
  });
  await runChunked(tx, WRITE_EDGES, 'rows', edges, batchSize);
  // Last, so that the counts' locks are taken after the entities' locks that guard them.
  const counts = countChanges(parts.map((p) => ({ before: decodeLedger(stored.get(p.articleId)?.interactions), after: p.interactions })));
  await runChunked(tx, CHANGE_COUNTS, 'rows', counts.map((c) => ({ ...c, by: neo4j.int(c.by) })), batchSize);
}

async function runChunked(tx: Tx, statement: string, name: string, rows: readonly unknown[], size: number): Promise<void> {
  for (const chunk of chunks(rows, size)) await tx.run(statement, { [name]: chunk });
}

/** Owned node rows; the Article node carries its version mark and its part of the interaction counts, written with it. */
function ownedRows(parts: readonly (ArticleChange & { owned: GraphNode[]; interactions: ArticleInteraction[] })[]): NodeRow[] {
  return parts.flatMap((p) => {
    const onWords = p.graph ? conditionOnWords(p.graph) : new Map<string, string>();
    return p.owned.map((n) => {
      const props = encodeNode(n, p.articleId, onWords.get(n.id));
      if (n.id === p.articleId && p.graph) {
        props._contentHash = p.graph.contentHash;
        props._interactions = encodeLedger(p.interactions);
      }
      return { id: n.id, label: assertLabel(n.label), props };
    });
  });
}

/** Per touched entity, what each rewritten article contributed before and contributes now. */
function entityParts(
  parts: readonly (ArticleChange & { entities: GraphNode[] })[],
  stored: Map<string, StoredArticle>,
): Map<string, EntityPart[]> {
  const byEntity = new Map<string, EntityPart[]>();
  const partOf = (entityId: string, articleId: string): EntityPart => {
    const list = byEntity.get(entityId) ?? [];
    byEntity.set(entityId, list);
    let part = list.find((x) => x.articleId === articleId);
    if (!part) list.push((part = { articleId, previous: null, next: null }));
    return part;
  };
  for (const p of parts) {
    for (const [entityId, props] of stored.get(p.articleId)?.contributions ?? []) partOf(entityId, p.articleId).previous = props;
    for (const n of p.entities) partOf(n.id, p.articleId).next = { node: n, json: JSON.stringify(n.props) };
  }
  return byEntity;
}

/**
 * Locks the touched entities (sorted) and computes each one's summary after the batch:
 * rewritten articles' old contributions taken out, new ones put in. Only when an old one
 * decided part of the result are the other articles' contributions read (entity-summary.ts).
 */
async function settleEntities(
  tx: Tx,
  byEntity: Map<string, EntityPart[]>,
  batchSize: number,
): Promise<{ rows: NodeRow[]; orphans: string[] }> {
  const touched = [...byEntity.keys()].sort();
  const summaries = new Map<string, EntitySummary>();
  const refold: string[] = [];
  for (const ids of chunks(touched, batchSize)) {
    const res = await tx.run(LOCK_ENTITIES, { ids });
    for (const r of res.records) {
      const id = r.get('id') as string;
      const stored = r.get('summary') as string | null;
      const entityParts = byEntity.get(id)!;
      if (stored !== null && entityParts.every((p) => p.previous === (p.next?.json ?? null))) continue;
      const summary = stored === null ? null : applyParts(JSON.parse(stored) as EntitySummary, entityParts);
      if (summary) summaries.set(id, summary);
      else refold.push(id);
    }
  }
  await refoldSummaries(tx, refold, byEntity, summaries, batchSize);

  const rows: NodeRow[] = [];
  const orphans: string[] = [];
  for (const id of touched) {
    const summary = summaries.get(id);
    if (!summary) continue;
    if (summary.count === 0 || !summary.label) {
      orphans.push(id);
      continue;
    }
    const label = summary.label[1];
    const props = encodeNode({ id, label, props: summaryProps(summary) }, null);
    props._summary = JSON.stringify(summary);
    rows.push({ id, label: assertLabel(label), props });
  }
  return { rows, orphans };
}

/** The summary with old contributions out and new ones in; null when it must be re-folded. */
function applyParts(summary: EntitySummary, parts: readonly EntityPart[]): EntitySummary | null {
  if (summary.mixed) return null;
  for (const p of parts) {
    if (p.previous !== null && !removeContribution(summary, p.articleId, JSON.parse(p.previous) as Props)) return null;
  }
  for (const p of parts) if (p.next) addContribution(summary, p.articleId, p.next.node.label, p.next.node.props);
  return summary;
}

async function refoldSummaries(
  tx: Tx,
  ids: readonly string[],
  byEntity: Map<string, EntityPart[]>,
  summaries: Map<string, EntitySummary>,
  batchSize: number,
): Promise<void> {
  if (!ids.length) return;
  const written = [...new Set([...byEntity.values()].flatMap((list) => list.map((p) => p.articleId)))];
  for (const chunk of chunks(ids, batchSize)) {
    const res = await tx.run(READ_OTHER_CONTRIBUTIONS, { ids: chunk, written });
    const others = new Map<string, { articleId: string; label: NodeLabel; props: Props }[]>();
    for (const r of res.records) {
      const list = others.get(r.get('id') as string) ?? [];
      list.push({ articleId: r.get('articleId') as string, label: assertLabel(r.get('label') as string), props: JSON.parse(r.get('props') as string) as Props });
      others.set(r.get('id') as string, list);
    }
    for (const id of chunk) {
      const list = others.get(id) ?? [];
      for (const p of byEntity.get(id)!) if (p.next) list.push({ articleId: p.articleId, label: p.next.node.label, props: p.next.node.props });
      summaries.set(id, summarise(list));
    }
  }
}
