import neo4j, { type Session } from 'neo4j-driver';
import { articleInteractions, countChanges, type ArticleInteraction } from '../article-interactions';
import type { ArticleGraph, GraphEdge, GraphNode } from '../model';
import { byCodePoint } from '../store';
import type { Tx } from './transactions';

/**
 * The interaction counts on Neo4j (src/graph/article-interactions.ts): one `InteractionCount`
 * node per kind, pair and status, with the sum of every article's part, indexed by either end
 * (schema/neo4j/007-interaction-counts.cypher); each Article node keeps its own part in
 * `_interactions`, which the writer takes back out when it rewrites or deletes the article. Like
 * `EntityContribution`, the count nodes have no `Node` label: no query or export sees them.
 *
 * A count changes only with an article that names both of its ends, and every writer locks
 * those entities first (article-writer.ts), so two writers never add to one count together.
 */

/** An article's part as stored on its node: [kind, a, b, status, weight] rows. */
type LedgerRow = [ArticleInteraction['kind'], string, string, string, number];

export function encodeLedger(rows: readonly ArticleInteraction[]): string {
  return JSON.stringify(rows.map((r): LedgerRow => [r.kind, r.a, r.b, r.status, r.weight]));
}

export function decodeLedger(json: string | null | undefined): ArticleInteraction[] {
  if (!json) return [];
  return (JSON.parse(json) as LedgerRow[]).map(([kind, a, b, status, weight]) => ({ kind, a, b, status, weight }));
}

/** Applies count changes; a count that falls to nothing goes. */
export const CHANGE_COUNTS = `
  UNWIND $rows AS row
  MERGE (c:InteractionCount {key: row.key})
    ON CREATE SET c.kind = row.kind, c.a = row.a, c.b = row.b, c.status = row.status, c.weight = 0
  SET c.weight = c.weight + row.by
  WITH c WHERE c.weight <= 0
  DELETE c`;

/**
 * `interactions`: the counts with an end among the keys, each once (a count found from both of
 * its ends is one node), summed over the statuses asked for; invitations are single links, read
 * from the keys' own.
 */
export const INTERACTIONS = `
CALL {
  CALL {
    MATCH (c:InteractionCount) WHERE c.a IN $ids RETURN c
    UNION
    MATCH (c:InteractionCount) WHERE c.b IN $ids RETURN c
  }
  WITH c WHERE c.kind = 'SAID_ABOUT' OR c.status IN $statuses
  RETURN c.kind AS kind, c.a AS from, c.b AS to, sum(c.weight) AS weight
  UNION ALL
  UNWIND $ids AS key
  MATCH (:Node {id: key})-[r:INVITED]-()
  WITH DISTINCT r
  RETURN 'INVITED' AS kind, startNode(r).id AS from, endNode(r).id AS to, count(r) AS weight
}
RETURN kind, from, to, weight ORDER BY kind, from, to`;

/** Articles written before the counts, in id order from `after`, with the links their counts rest on. */
const ARTICLES_NOT_COUNTED = `
  MATCH (a:Article) WHERE a.id > $after AND a._interactions IS NULL
  WITH a ORDER BY a.id LIMIT $limit
  OPTIONAL MATCH (n:Node {_owner: a.id}) WHERE n:Statement OR n:Event
  WITH a, collect(n) AS owned
  RETURN a.id AS id,
    [s IN owned WHERE s:Statement | {id: s.id,
      speakers: [(x)-[r:SAID]->(s) WHERE r.articleId = a.id | x.id],
      topics: [(s)-[r:ABOUT]->(t) WHERE r.articleId = a.id | {id: t.id, event: t:Event}]}] AS statements,
    [e IN owned WHERE e:Event | {id: e.id, status: e.status,
      participants: [(x)-[r:PARTICIPANT]->(e) WHERE r.articleId = a.id | x.id]}] AS events`;

/** Locks the articles, then names those still not counted: a writer may have counted one since. */
const LOCK_NOT_COUNTED = `
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  SET a._lock = true
  REMOVE a._lock
  WITH a WHERE a._interactions IS NULL
  RETURN a.id AS id`;

const SET_LEDGERS = `
  UNWIND $rows AS row
  MATCH (a:Article {id: row.id})
  SET a._interactions = row.ledger`;

type Found = {
  statements: { id: string; speakers: string[]; topics: { id: string; event: boolean }[] }[];
  events: { id: string; status: unknown; participants: string[] }[];
};

/** The part of an article's graph its counts rest on, as read back from the store. */
function linksGraph(articleId: string, found: Found): ArticleGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const edge = (type: GraphEdge['type'], from: string, to: string) => edges.push({ id: `${edges.length}`, type, from, to, articleId, props: {} });
  for (const s of found.statements) {
    for (const speaker of s.speakers) edge('SAID', speaker, s.id);
    for (const t of s.topics) {
      if (t.event) nodes.push({ id: t.id, label: 'Event', props: {} });
      edge('ABOUT', s.id, t.id);
    }
  }
  // After the topics: an event of this article keeps its status.
  for (const e of found.events) {
    nodes.push({ id: e.id, label: 'Event', props: { status: typeof e.status === 'string' ? e.status : null } });
    for (const p of e.participants) edge('PARTICIPANT', p, e.id);
  }
  return { articleId, contentHash: '', nodes, edges };
}

/**
 * Counts the articles a store held before it kept counts, a batch at a time. Each batch's
 * articles are locked and those a writer counted meanwhile left alone, so every article is
 * counted once, whoever gets to it first.
 */
export async function countOlderArticles(session: Session, batch: number): Promise<void> {
  for (let after = ''; ; ) {
    const found = await session.executeRead((tx) => tx.run(ARTICLES_NOT_COUNTED, { after, limit: neo4j.int(batch) }));
    const parts = new Map(
      found.records.map((r) => {
        const id = r.get('id') as string;
        return [id, articleInteractions(linksGraph(id, { statements: r.get('statements') as Found['statements'], events: r.get('events') as Found['events'] }))];
      }),
    );
    if (parts.size) await session.executeWrite((tx) => countArticles(tx, parts));
    if (found.records.length < batch) break;
    after = found.records[found.records.length - 1]!.get('id') as string;
  }
}

async function countArticles(tx: Tx, parts: Map<string, ArticleInteraction[]>): Promise<void> {
  const res = await tx.run(LOCK_NOT_COUNTED, { ids: [...parts.keys()].sort(byCodePoint) });
  const ids = res.records.map((r) => r.get('id') as string);
  if (!ids.length) return;
  await tx.run(SET_LEDGERS, { rows: ids.map((id) => ({ id, ledger: encodeLedger(parts.get(id)!) })) });
  const rows = countChanges(ids.map((id) => ({ before: [], after: parts.get(id)! })));
  if (rows.length) await tx.run(CHANGE_COUNTS, { rows: rows.map((r) => ({ ...r, by: neo4j.int(r.by) })) });
}
