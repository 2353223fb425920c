import type { Writable } from 'node:stream';
import { NODE_LABELS, type NodeLabel } from '../graph/model';
import { SaysoError, type ExportSelection, type GraphStore } from '../graph/store';
import { writeCsvDirectory, type CsvSummary } from './csv';
import { writeCypher } from './cypher';
import { writeGraphml } from './graphml';
import { writeJson } from './json';
import { writeJsonLd } from './jsonld';
import { discoverSchema } from './schema';
import type { ExportSummary, StreamWriter } from './writer';

export { writeCsvDirectory } from './csv';
export { writeCypher, splitCypherScript } from './cypher';
export { writeGraphml } from './graphml';
export { writeJson } from './json';
export { writeJsonLd } from './jsonld';
export { importJson } from './import-json';
export { discoverSchema, modelSchema } from './schema';
export type { ExportSummary, WriterOptions } from './writer';

export const EXPORT_FORMATS = ['graphml', 'json', 'csv', 'cypher', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats written to one stream (CSV is a directory of files). */
export type StreamFormat = Exclude<ExportFormat, 'csv'>;

export interface FormatInfo {
  contentType: string;
  extension: string;
  /** Typed formats declare every property before the first row, so they take a schema pass. */
  typed: boolean;
}

export const FORMAT_INFO: Record<StreamFormat, FormatInfo> = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml', typed: true },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json', typed: false },
  cypher: { contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher', typed: true },
  jsonld: { contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld', typed: false },
};

const WRITERS: Record<StreamFormat, StreamWriter> = {
  graphml: writeGraphml,
  json: writeJson,
  cypher: writeCypher,
  jsonld: writeJsonLd,
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Raw selection as the CLI and the HTTP query give it: every field a string, or absent. */
export interface SelectionInput {
  entity?: string | null;
  depth?: string | number | null;
  from?: string | null;
  to?: string | null;
  labels?: string | string[] | null;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const MAX_DEPTH = 5;

/** Validates a selection; mistakes are BAD_INPUT with a message that says how to fix them. */
export function parseSelection(input: SelectionInput): ExportSelection {
  const selection: ExportSelection = {};
  const entity = input.entity?.trim();
  if (entity) {
    selection.entityId = entity;
    const rawDepth = input.depth ?? 1;
    const depth = typeof rawDepth === 'number' ? rawDepth : Number(String(rawDepth).trim());
    if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
      throw new SaysoError('BAD_INPUT', `depth must be a whole number from 0 to ${MAX_DEPTH}, got "${rawDepth}".`);
    }
    selection.depth = depth;
  } else if (input.depth !== undefined && input.depth !== null && String(input.depth).trim() !== '') {
    throw new SaysoError('BAD_INPUT', 'depth needs an entity: pass entity=<node id> (e.g. person:kim-jong-un) with it.');
  }
  for (const side of ['from', 'to'] as const) {
    const value = input[side]?.trim();
    if (!value) continue;
    if (!ISO_DATE.test(value)) throw new SaysoError('BAD_INPUT', `${side} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}".`);
    selection[side] = value;
  }
  if (selection.from && selection.to && selection.from > selection.to) {
    throw new SaysoError('BAD_INPUT', `from (${selection.from}) is after to (${selection.to}).`);
  }
  const rawLabels = Array.isArray(input.labels) ? input.labels.join(',') : (input.labels ?? '');
  const labels = rawLabels
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  if (labels.length) {
    const byLower = new Map(NODE_LABELS.map((l) => [l.toLowerCase(), l] as const));
    const picked: NodeLabel[] = [];
    for (const l of labels) {
      const label = byLower.get(l.toLowerCase());
      if (!label) throw new SaysoError('BAD_INPUT', `Unknown label "${l}"; labels are ${NODE_LABELS.join(', ')}.`);
      if (!picked.includes(label)) picked.push(label);
    }
    selection.labels = picked;
  }
  return selection;
}

/** A neighbourhood of a node that does not exist is a mistake to report, not an empty export. */
export async function assertSelectionFound(store: GraphStore, selection: ExportSelection): Promise<void> {
  if (!selection.entityId) return;
  const [node] = await store.getNodes([selection.entityId]);
  if (!node) {
    throw new SaysoError('NOT_FOUND', `No node has the id "${selection.entityId}" (ids look like person:kim-jong-un, country:PRK, org:kcna).`);
  }
}

/** Writes one export of `store` to `out`; the typed formats read the selection twice (schema, rows). */
export async function exportToStream(
  store: GraphStore,
  format: StreamFormat,
  selection: ExportSelection,
  out: Writable,
  options: { end?: boolean; signal?: AbortSignal } = {},
): Promise<ExportSummary> {
  const schema = FORMAT_INFO[format].typed ? await discoverSchema(store.exportGraph(selection), options.signal) : undefined;
  return WRITERS[format](store.exportGraph(selection), out, { schema, end: options.end });
}

export async function exportToCsvDirectory(store: GraphStore, selection: ExportSelection, dir: string, signal?: AbortSignal): Promise<CsvSummary> {
  const schema = await discoverSchema(store.exportGraph(selection), signal);
  return writeCsvDirectory(store.exportGraph(selection), dir, { schema });
}

/** `sayso-<selection>-<date>.<ext>`: what the HTTP download and the CLI's default file are called. */
export function exportFileName(format: ExportFormat, selection: ExportSelection, now = new Date()): string {
  const parts = ['sayso'];
  if (selection.entityId) parts.push(selection.entityId.replace(/[^A-Za-z0-9_-]+/g, '-'), `d${selection.depth ?? 1}`);
  if (selection.labels?.length) parts.push(selection.labels.join('-'));
  if (selection.from || selection.to) parts.push(`${selection.from ?? ''}_${selection.to ?? ''}`);
  parts.push(now.toISOString().slice(0, 10));
  const ext = format === 'csv' ? 'csv' : FORMAT_INFO[format].extension;
  return `${parts.join('-')}.${ext}`;
}
