import type { Writable } from 'node:stream';
import type { GraphEdge, GraphNode, PropValue } from '../graph/model';
import type { ExportItem } from '../graph/store';
import { displayName } from './schema';
import { createTextSink } from './sink';
import type { ExportSummary, WriterOptions } from './writer';

/**
 * `{ "nodes": [...], "edges": [...] }` in the Cytoscape.js elements format:
 * `cytoscape({ elements: json })` loads it as is.
 *
 * Node data: `id`, `label` (display name), `type` (the graph label, e.g. `Person`), `props`.
 * Edge data: `id`, `source`, `target`, `label` (the edge type), `articleId`, `props`.
 * Properties sit under `props` so a property named like a Cytoscape field (`id`, `source`,
 * `label`) can never shadow it, and so `import-json.ts` reads back exactly what was stored.
 *
 * One element per line: the document is written as the items stream (the port yields all
 * nodes before any edge), and `import-json.ts` reads it back line by line.
 */

export interface CytoscapeNodeData {
  id: string;
  label: string;
  type: string;
  props: Record<string, PropValue>;
}

export interface CytoscapeEdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  articleId: string;
  props: Record<string, PropValue>;
}

export const nodeElement = (n: GraphNode): { data: CytoscapeNodeData } => ({
  data: { id: n.id, label: displayName(n.label, n.props), type: n.label, props: n.props },
});

export const edgeElement = (e: GraphEdge): { data: CytoscapeEdgeData } => ({
  data: { id: e.id, source: e.from, target: e.to, label: e.type, articleId: e.articleId, props: e.props },
});

/** JSON.stringify leaves U+2028/9 raw (valid JSON, but not valid in older JavaScript sources). */
const stringify = (value: unknown) => JSON.stringify(value).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));

export async function writeJson(
  items: AsyncIterable<ExportItem>,
  out: Writable,
  options: WriterOptions = {},
): Promise<ExportSummary> {
  const sink = createTextSink(out);
  const summary: ExportSummary = { nodes: 0, edges: 0 };
  let section: 'none' | 'nodes' | 'edges' = 'none';
  await sink.write('{"nodes":[');
  for await (const item of items) {
    if (item.kind === 'node') {
      if (section === 'edges') throw new Error('The export stream yielded a node after edges; the port yields nodes first.');
      await sink.write(`${section === 'nodes' ? ',' : ''}\n${stringify(nodeElement(item.node))}`);
      section = 'nodes';
      summary.nodes++;
    } else {
      await sink.write(`${section === 'edges' ? ',' : section === 'nodes' ? '\n],"edges":[' : '],"edges":['}\n${stringify(edgeElement(item.edge))}`);
      section = 'edges';
      summary.edges++;
    }
  }
  await sink.write(section === 'edges' ? '\n]}\n' : section === 'nodes' ? '\n],"edges":[]}\n' : '],"edges":[]}\n');
  await sink.end(options.end ?? true);
  return summary;
}
