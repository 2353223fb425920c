import type { Writable } from 'node:stream';
import type { GraphEdge, GraphNode, PropValue } from '../graph/model';
import type { ExportItem } from '../graph/store';
import { ARRAY_DELIMITER, coerce, displayName, mergedPropTypes, modelSchema, type PropType } from './schema';
import { createTextSink } from './sink';
import type { ExportSummary, WriterOptions } from './writer';

/**
 * GraphML 1.1 (http://graphml.graphdrawing.org/xmlns), valid against its XSD. Keys must precede
 * the graph, so they come from the schema (model or discovered), one per property name and
 * domain; string arrays are joined with ';' since GraphML has no list type.
 *
 * Besides the properties, nodes carry `label` (a display name: Gephi shows it, yEd maps it
 * with its Properties Mapper) and `labels` (`:Person`, the convention Neo4j's own GraphML
 * export uses), and edges carry `label` (the edge type) and `articleId` (provenance).
 */

const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops what XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/F). */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** Escapes for element content; CR as a reference so parsers do not normalise it away. */
export function escapeXmlText(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>\r]/g, (c) => XML_ENTITIES[c] ?? c);
}

/** Escapes for a double-quoted attribute; tabs and newlines as references to survive normalisation. */
export function escapeXmlAttr(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>"\r\n\t]/g, (c) => XML_ENTITIES[c] ?? c);
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

const NMTOKEN_CHAR = /[\p{L}\p{Nd}\p{M}._:-]/u;

/**
 * GraphML ids and key names are XML NMTOKENs. Graph ids (`person:kim-jong-un`) already are;
 * anything else is encoded character by character (`_x20_`), deterministically, so an edge's
 * source and target encode exactly like the node ids they point at.
 */
export function toNmtoken(text: string): string {
  if (text === '') return '_';
  let out = '';
  for (const ch of text) out += NMTOKEN_CHAR.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16)}_`;
  return out;
}

const GRAPHML_TYPE: Record<PropType, string> = {
  string: 'string',
  'string[]': 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
};

/** Names the writer sets itself; a property of the same name is left out rather than clash. */
const NODE_RESERVED = new Set(['label', 'labels']);
const EDGE_RESERVED = new Set(['label', 'articleId']);

interface Key {
  id: string;
  type: PropType;
}

function formatValue(value: PropValue, type: PropType): string | null {
  const v = coerce(value, type);
  if (v === null) return null;
  if (Array.isArray(v)) return v.join(ARRAY_DELIMITER);
  if (typeof v === 'number') return type === 'int' ? String(v) : formatDouble(v);
  return String(v);
}

function formatDouble(n: number): string {
  // xs:double lexical form; JS's shortest round-trip string already is one for finite values.
  return String(n);
}

export async function writeGraphml(
  items: AsyncIterable<ExportItem>,
  out: Writable,
  options: WriterOptions = {},
): Promise<ExportSummary> {
  const schema = options.schema ?? modelSchema();
  const nodeProps = mergedPropTypes(schema.nodes.values());
  const edgeProps = mergedPropTypes(schema.edges.values());
  const nodeKeys = new Map<string, Key>();
  const edgeKeys = new Map<string, Key>();
  for (const [name, type] of nodeProps) if (!NODE_RESERVED.has(name)) nodeKeys.set(name, { id: toNmtoken(`n_${name}`), type });
  for (const [name, type] of edgeProps) if (!EDGE_RESERVED.has(name)) edgeKeys.set(name, { id: toNmtoken(`e_${name}`), type });

  const sink = createTextSink(out);
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd">\n',
  );
  const key = (id: string, domain: 'node' | 'edge', name: string, type: PropType) =>
    `  <key id="${escapeXmlAttr(id)}" for="${domain}" attr.name="${escapeXmlAttr(toNmtoken(name))}" attr.type="${GRAPHML_TYPE[type]}"/>\n`;
  await sink.write(key('labels', 'node', 'labels', 'string'));
  await sink.write(key('label', 'node', 'label', 'string'));
  for (const [name, k] of nodeKeys) await sink.write(key(k.id, 'node', name, k.type));
  await sink.write(key('edgelabel', 'edge', 'label', 'string'));
  await sink.write(key('articleId', 'edge', 'articleId', 'string'));
  for (const [name, k] of edgeKeys) await sink.write(key(k.id, 'edge', name, k.type));
  await sink.write('  <graph id="sayso" edgedefault="directed">\n');

  const data = (keyId: string, value: string) => `      <data key="${keyId}">${escapeXmlText(value)}</data>\n`;
  const props = (p: Record<string, PropValue>, keys: Map<string, Key>) => {
    let s = '';
    for (const [name, k] of keys) {
      const v = p[name];
      if (v === undefined) continue;
      const text = formatValue(v, k.type);
      if (text !== null) s += data(k.id, text);
    }
    return s;
  };
  const node = (n: GraphNode) =>
    `    <node id="${escapeXmlAttr(toNmtoken(n.id))}">\n` +
    data('labels', `:${n.label}`) +
    data('label', displayName(n.label, n.props)) +
    props(n.props, nodeKeys) +
    '    </node>\n';
  const edge = (e: GraphEdge) =>
    `    <edge id="${escapeXmlAttr(toNmtoken(e.id))}" source="${escapeXmlAttr(toNmtoken(e.from))}" target="${escapeXmlAttr(toNmtoken(e.to))}">\n` +
    data('edgelabel', e.type) +
    data('articleId', e.articleId) +
    props(e.props, edgeKeys) +
    '    </edge>\n';

  const summary: ExportSummary = { nodes: 0, edges: 0 };
  for await (const item of items) {
    if (item.kind === 'node') {
      summary.nodes++;
      await sink.write(node(item.node));
    } else {
      summary.edges++;
      await sink.write(edge(item.edge));
    }
  }
  await sink.write('  </graph>\n</graphml>\n');
  await sink.end(options.end ?? true);
  return summary;
}
