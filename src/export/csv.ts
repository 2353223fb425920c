import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { EdgeType, NodeLabel, PropValue } from '../graph/model';
import type { ExportItem } from '../graph/store';
import { ARRAY_DELIMITER, coerce, modelSchema, type ExportSchema, type PropType, type PropTypes } from './schema';
import { createTextSink, type TextSink } from './sink';
import type { ExportSummary } from './writer';

/**
 * One CSV file per node label (`nodes-Person.csv`) and per edge type (`edges-SAID.csv`), with
 * headers in the `neo4j-admin database import` format:
 *
 *   nodes: `id:ID,:LABEL,name,aliases:string[],start:int,confidence:double,...`
 *   edges: `:START_ID,:END_ID,:TYPE,id,articleId,start:int,...`
 *
 * Arrays use `;` (the importer's default array delimiter); a `;` inside an element would split
 * it, so it is written as `,`. Fields are quoted per RFC 4180 when they hold a comma, quote, CR
 * or LF (quotes doubled); a text with line breaks therefore needs the importer's
 * `--multiline-fields=true`. Empty fields are absent properties. Doubles are `double`, not
 * `float`: neo4j-admin's `float` is 32-bit and would not give back the stored confidence.
 *
 * Rows go to their file as the items stream; every open file has its own bounded buffer and
 * its drain is awaited, so memory stays flat whatever the graph's size.
 */

export interface CsvFile {
  file: string;
  kind: 'node' | 'edge';
  /** The node label or edge type it holds. */
  name: string;
  header: string[];
  rows: number;
}

export interface CsvSummary extends ExportSummary {
  files: CsvFile[];
}

export interface CsvOptions {
  schema?: ExportSchema;
}

const ADMIN_TYPE: Record<PropType, string> = {
  string: '',
  'string[]': ':string[]',
  int: ':int',
  double: ':double',
  boolean: ':boolean',
};

/** Property names the header sets itself. */
const NODE_RESERVED = new Set(['id']);
const EDGE_RESERVED = new Set(['id', 'articleId']);

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvValue(value: PropValue | undefined, type: PropType): string {
  if (value === undefined) return '';
  const v = coerce(value, type);
  if (v === null) return '';
  if (Array.isArray(v)) return csvField(v.map((s) => s.replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER));
  return csvField(String(v));
}

export const nodeFileName = (label: NodeLabel) => `nodes-${label}.csv`;
export const edgeFileName = (type: EdgeType) => `edges-${type}.csv`;

interface OpenFile {
  info: CsvFile;
  sink: TextSink;
  props: [string, PropType][];
}

export async function writeCsvDirectory(
  items: AsyncIterable<ExportItem>,
  dir: string,
  options: CsvOptions = {},
): Promise<CsvSummary> {
  const schema = options.schema ?? modelSchema();
  await mkdir(dir, { recursive: true });
  const files = new Map<string, OpenFile>();
  const summary: CsvSummary = { nodes: 0, edges: 0, files: [] };

  const open = async (kind: 'node' | 'edge', name: string, propTypes: PropTypes | undefined): Promise<OpenFile> => {
    const key = `${kind}:${name}`;
    const existing = files.get(key);
    if (existing) return existing;
    const reserved = kind === 'node' ? NODE_RESERVED : EDGE_RESERVED;
    const props = [...(propTypes ?? new Map<string, PropType>())].filter(([p]) => !reserved.has(p));
    const fixed = kind === 'node' ? ['id:ID', ':LABEL'] : [':START_ID', ':END_ID', ':TYPE', 'id', 'articleId'];
    const header = [...fixed, ...props.map(([p, type]) => `${p}${ADMIN_TYPE[type]}`)];
    const file = join(dir, kind === 'node' ? nodeFileName(name as NodeLabel) : edgeFileName(name as EdgeType));
    const sink = createTextSink(createWriteStream(file, { encoding: 'utf8' }), 16 * 1024);
    const info: CsvFile = { file, kind, name, header, rows: 0 };
    const opened: OpenFile = { info, sink, props };
    files.set(key, opened);
    summary.files.push(info);
    await sink.write(header.map(csvField).join(',') + '\n');
    return opened;
  };

  try {
    for await (const item of items) {
      if (item.kind === 'node') {
        const n = item.node;
        const f = await open('node', n.label, schema.nodes.get(n.label));
        const cells = [csvField(n.id), csvField(n.label), ...f.props.map(([p, type]) => csvValue(n.props[p], type))];
        await f.sink.write(cells.join(',') + '\n');
        f.info.rows++;
        summary.nodes++;
      } else {
        const e = item.edge;
        const f = await open('edge', e.type, schema.edges.get(e.type));
        const cells = [
          csvField(e.from),
          csvField(e.to),
          csvField(e.type),
          csvField(e.id),
          csvField(e.articleId),
          ...f.props.map(([p, type]) => csvValue(e.props[p], type)),
        ];
        await f.sink.write(cells.join(',') + '\n');
        f.info.rows++;
        summary.edges++;
      }
    }
  } catch (err) {
    await Promise.all([...files.values()].map((f) => f.sink.end().catch(() => undefined)));
    throw err;
  }
  await Promise.all([...files.values()].map((f) => f.sink.end()));
  return summary;
}
