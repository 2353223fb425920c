import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { hashOf } from '../graph/ids';
import { ARTICLE_OWNED_LABELS, EDGE_TYPES, NODE_LABELS, type ArticleGraph, type EdgeType, type GraphEdge, type GraphNode, type NodeLabel, type Props } from '../graph/model';
import { SaysoError, type GraphStore } from '../graph/store';
import type { CytoscapeEdgeData, CytoscapeNodeData } from './json';

/**
 * Reads a JSON export written by `json.ts` back into a store. The store's only write is
 * `upsertArticle`, so the elements are regrouped into one ArticleGraph per article: its Article
 * node, the nodes it owns, its edges (every edge names its article) and the nodes at their
 * ends. Entity nodes that no edge of any article touches cannot be written through the port
 * and are counted as skipped, as are edges whose article has no Article node in the file
 * (a selection that left the Article out).
 *
 * The file is read line by line (the writer puts one element per line); the elements are held
 * until the regrouping, so memory grows with the graph: this is for exports that fit in memory.
 */

export interface ImportSummary {
  articles: number;
  nodes: number;
  edges: number;
  skippedNodes: number;
  skippedEdges: number;
}

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(EDGE_TYPES);
const OWNED = new Set<NodeLabel>(ARTICLE_OWNED_LABELS);

export async function readJsonExport(input: Readable | string): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const stream = typeof input === 'string' ? createReadStream(input, { encoding: 'utf8' }) : input;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = raw.trim();
    if (!line.startsWith('{"data"')) continue;
    let element: { data: Partial<CytoscapeNodeData & CytoscapeEdgeData> };
    try {
      element = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
    } catch (err) {
      throw new SaysoError('BAD_INPUT', `Line ${lineNo} is not a JSON element of a sayso export: ${(err as Error).message}`);
    }
    const d = element.data;
    const props = (d.props ?? {}) as Props;
    if (typeof d.source === 'string' && typeof d.target === 'string') {
      if (!d.id || !d.label || !TYPES.has(d.label) || !d.articleId) {
        throw new SaysoError('BAD_INPUT', `Line ${lineNo}: an edge needs id, a known label (edge type) and articleId.`);
      }
      edges.push({ id: d.id, type: d.label as EdgeType, from: d.source, to: d.target, articleId: d.articleId, props });
    } else {
      if (!d.id || !d.type || !LABELS.has(d.type)) {
        throw new SaysoError('BAD_INPUT', `Line ${lineNo}: a node needs id and a known type (node label).`);
      }
      nodes.push({ id: d.id, label: d.type as NodeLabel, props });
    }
  }
  return { nodes, edges };
}

/** Groups exported nodes and edges into the per-article graphs the store port writes. */
export function toArticleGraphs(nodes: GraphNode[], edges: GraphEdge[]): { graphs: ArticleGraph[]; skippedNodes: number; skippedEdges: number } {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const groups = new Map<string, { nodes: Map<string, GraphNode>; edges: GraphEdge[] }>();
  const group = (articleId: string) => {
    let g = groups.get(articleId);
    if (!g) groups.set(articleId, (g = { nodes: new Map(), edges: [] }));
    return g;
  };
  for (const n of nodes) {
    if (n.label === 'Article') group(n.id).nodes.set(n.id, n);
  }
  const ownerOf = new Map<string, string>();
  for (const n of nodes) {
    const owner = typeof n.props.articleId === 'string' ? n.props.articleId : null;
    if (OWNED.has(n.label) && n.label !== 'Article' && owner) ownerOf.set(n.id, owner);
  }
  for (const e of edges) {
    if (e.type === 'IN_ARTICLE' && !ownerOf.has(e.from)) ownerOf.set(e.from, e.to);
  }
  for (const [id, owner] of ownerOf) {
    const n = byId.get(id);
    if (n && groups.has(owner)) group(owner).nodes.set(id, n);
  }
  let skippedEdges = 0;
  for (const e of edges) {
    if (!groups.has(e.articleId)) {
      skippedEdges++;
      continue;
    }
    const g = group(e.articleId);
    g.edges.push(e);
    for (const end of [e.from, e.to]) {
      const n = byId.get(end);
      if (n && !g.nodes.has(end)) g.nodes.set(end, n);
    }
  }
  const written = new Set<string>();
  const graphs: ArticleGraph[] = [];
  for (const [articleId, g] of groups) {
    const article = g.nodes.get(articleId);
    const contentHash =
      typeof article?.props.contentHash === 'string' && article.props.contentHash ? article.props.contentHash : hashOf(articleId, 'import');
    for (const id of g.nodes.keys()) written.add(id);
    graphs.push({ articleId, contentHash, nodes: [...g.nodes.values()], edges: g.edges });
  }
  const skippedNodes = nodes.filter((n) => !written.has(n.id)).length;
  return { graphs, skippedNodes, skippedEdges };
}

export async function importJson(store: GraphStore, input: Readable | string): Promise<ImportSummary> {
  const { nodes, edges } = await readJsonExport(input);
  const { graphs, skippedNodes, skippedEdges } = toArticleGraphs(nodes, edges);
  for (const graph of graphs) await store.upsertArticle(graph);
  return {
    articles: graphs.length,
    nodes: nodes.length - skippedNodes,
    edges: edges.length - skippedEdges,
    skippedNodes,
    skippedEdges,
  };
}
