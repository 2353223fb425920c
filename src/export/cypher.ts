import type { Writable } from 'node:stream';
import { NODE_LABELS, type EdgeType, type NodeLabel, type PropValue } from '../graph/model';
import type { ExportItem } from '../graph/store';
import { labelOfId } from '../graph/ids';
import { coerce, modelSchema, typeOfValue, type PropType, type PropTypes } from './schema';
import { createTextSink } from './sink';
import type { ExportSummary, WriterOptions } from './writer';

/**
 * A Cypher script that rebuilds the graph in an empty Neo4j (`cypher-shell -f graph.cypher`):
 * a uniqueness constraint on `id` per label, then `UNWIND [...] AS row MERGE ...` batches with
 * every value written as a literal (no `:param`), so it runs anywhere Cypher runs. MERGE on
 * `id` makes a rerun a no-op rather than a duplicate.
 *
 * Every statement sits on one line and ends with `;`: string literals escape line breaks, so a
 * script can be split into statements line by line.
 *
 * Nodes are batched per label and edges per (type, start label, end label), each batch
 * bounded, so memory stays flat. Endpoint labels come from the id prefix (`person:` ->
 * Person); an id without a known prefix is matched by `id` alone.
 */

export interface CypherOptions extends WriterOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Write the `CREATE CONSTRAINT ... IF NOT EXISTS` lines (default true). */
  constraints?: boolean;
}

/** A Cypher string literal: single-quoted, backslash escapes, nothing raw but printable text. */
export function cypherString(text: string): string {
  let out = "'";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0) || cp === 0x2028 || cp === 0x2029) {
      out += `\\u${cp.toString(16).padStart(4, '0')}`;
    } else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd'; // a lone surrogate has no UTF-8 form
    else out += ch;
  }
  return `${out}'`;
}

/** A backtick-quoted name (label, type, map key), so no name can break out of the statement. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** A literal of the declared type: `1.0` stays a float in Neo4j, `1` an integer. */
export function cypherValue(value: PropValue, type: PropType | null): string {
  const declared = type ?? typeOfValue(value);
  if (declared === null) return 'null';
  const v = coerce(value, declared);
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(cypherString).join(', ')}]`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (declared === 'int') return String(v);
    const s = String(v);
    return /[.eE]/.test(s) ? s : `${s}.0`;
  }
  return cypherString(v);
}

function cypherMap(props: Record<string, PropValue>, types: PropTypes | undefined): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined) continue;
    parts.push(`${cypherName(k)}: ${cypherValue(v, types?.get(k) ?? null)}`);
  }
  return `{${parts.join(', ')}}`;
}

const DEFAULT_BATCH = 200;

export async function writeCypher(
  items: AsyncIterable<ExportItem>,
  out: Writable,
  options: CypherOptions = {},
): Promise<ExportSummary> {
  const schema = options.schema ?? modelSchema();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const sink = createTextSink(out);
  const summary: ExportSummary = { nodes: 0, edges: 0 };

  await sink.write('// sayso graph export: rebuilds the graph in an empty Neo4j (cypher-shell -f FILE).\n');
  if (options.constraints ?? true) {
    for (const label of NODE_LABELS) {
      await sink.write(`CREATE CONSTRAINT IF NOT EXISTS FOR (n:${cypherName(label)}) REQUIRE n.id IS UNIQUE;\n`);
    }
  }

  const nodeBatches = new Map<NodeLabel, string[]>();
  const edgeBatches = new Map<string, { type: EdgeType; from: NodeLabel | null; to: NodeLabel | null; rows: string[] }>();

  const flushNodes = async (label: NodeLabel) => {
    const rows = nodeBatches.get(label);
    if (!rows?.length) return;
    nodeBatches.delete(label);
    await sink.write(`UNWIND [${rows.join(', ')}] AS row MERGE (n:${cypherName(label)} {id: row.id}) SET n += row.props;\n`);
  };
  const endpoint = (variable: string, label: NodeLabel | null, key: string) =>
    label ? `MATCH (${variable}:${cypherName(label)} {id: row.${key}})` : `MATCH (${variable} {id: row.${key}})`;
  const flushEdges = async (key: string) => {
    const batch = edgeBatches.get(key);
    if (!batch?.rows.length) return;
    edgeBatches.delete(key);
    await sink.write(
      `UNWIND [${batch.rows.join(', ')}] AS row ${endpoint('a', batch.from, 'from')} ${endpoint('b', batch.to, 'to')} ` +
        `MERGE (a)-[r:${cypherName(batch.type)} {id: row.id}]->(b) SET r += row.props;\n`,
    );
  };

  let edgesStarted = false;
  for await (const item of items) {
    if (item.kind === 'node') {
      const n = item.node;
      summary.nodes++;
      const rows = nodeBatches.get(n.label) ?? [];
      nodeBatches.set(n.label, rows);
      rows.push(`{id: ${cypherString(n.id)}, props: ${cypherMap({ ...n.props, id: n.id }, schema.nodes.get(n.label))}}`);
      if (rows.length >= batchSize) await flushNodes(n.label);
    } else {
      if (!edgesStarted) {
        // Every node must exist before an edge batch MATCHes its ends.
        edgesStarted = true;
        for (const label of [...nodeBatches.keys()]) await flushNodes(label);
      }
      const e = item.edge;
      summary.edges++;
      const from = labelOfId(e.from);
      const to = labelOfId(e.to);
      const key = `${e.type}|${from ?? ''}|${to ?? ''}`;
      let batch = edgeBatches.get(key);
      if (!batch) edgeBatches.set(key, (batch = { type: e.type, from, to, rows: [] }));
      const props = cypherMap({ ...e.props, id: e.id, articleId: e.articleId }, schema.edges.get(e.type));
      batch.rows.push(`{id: ${cypherString(e.id)}, from: ${cypherString(e.from)}, to: ${cypherString(e.to)}, props: ${props}}`);
      if (batch.rows.length >= batchSize) await flushEdges(key);
    }
  }
  for (const label of [...nodeBatches.keys()]) await flushNodes(label);
  for (const key of [...edgeBatches.keys()]) await flushEdges(key);
  await sink.end(options.end ?? true);
  return summary;
}

/** Splits a script written by `writeCypher` into statements (one per line, comments dropped). */
export function splitCypherScript(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .map((line) => line.replace(/;$/, ''));
}
