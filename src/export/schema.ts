import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel, type PropValue } from '../graph/model';
import type { ExportItem } from '../graph/store';

/**
 * Property types for the typed export formats (GraphML keys, neo4j-admin CSV headers, Cypher
 * literals). Those formats must declare every column before the first row, while the store
 * treats props as an open map, so the writers take a schema: the model's known properties by
 * default, or one discovered by a first pass over the same selection (`discoverSchema`).
 */
export type PropType = 'string' | 'int' | 'double' | 'boolean' | 'string[]';

/** Property name -> type, in declaration order. */
export type PropTypes = Map<string, PropType>;

export interface ExportSchema {
  nodes: Map<NodeLabel, PropTypes>;
  edges: Map<EdgeType, PropTypes>;
}

const t = (entries: [string, PropType][]): PropTypes => new Map(entries);

const OFFSETS: [string, PropType][] = [
  ['start', 'int'],
  ['end', 'int'],
  ['sentence', 'string'],
];

/** The model's node properties (see src/graph/model.ts). */
const KNOWN_NODE_PROPS: Record<NodeLabel, PropTypes> = {
  Article: t([
    ['url', 'string'],
    ['title', 'string'],
    ['source', 'string'],
    ['published', 'string'],
    ['slug', 'string'],
    ['contentHash', 'string'],
    ['extractorVersion', 'string'],
    ['text', 'string'],
  ]),
  Person: t([
    ['name', 'string'],
    ['aliases', 'string[]'],
    ['roles', 'string[]'],
    ['country', 'string'],
  ]),
  Country: t([
    ['name', 'string'],
    ['aliases', 'string[]'],
    ['code', 'string'],
  ]),
  Organization: t([
    ['name', 'string'],
    ['aliases', 'string[]'],
  ]),
  Place: t([
    ['name', 'string'],
    ['aliases', 'string[]'],
    ['country', 'string'],
  ]),
  Event: t([
    ['type', 'string'],
    ['date', 'string'],
    ['dateText', 'string'],
    ['place', 'string'],
    ['status', 'string'],
    ['text', 'string'],
    ...OFFSETS,
    ['articleId', 'string'],
  ]),
  Statement: t([
    ['text', 'string'],
    ['kind', 'string'],
    ['cue', 'string'],
    ['quoteKey', 'string'],
    ['speaker', 'string'],
    ...OFFSETS,
    ['confidence', 'double'],
    ['published', 'string'],
    ['articleId', 'string'],
  ]),
  Condition: t([
    ['text', 'string'],
    ['on', 'string'],
    ['holder', 'string'],
    ...OFFSETS,
    ['confidence', 'double'],
    ['published', 'string'],
    ['articleId', 'string'],
  ]),
};

/** Where every edge was read; SAID keeps its cue, MENTIONS its count, INVITED its event. */
const KNOWN_EDGE_PROPS: PropTypes = t(OFFSETS);
const EXTRA_EDGE_PROPS: Partial<Record<EdgeType, [string, PropType][]>> = {
  SAID: [['cue', 'string']],
  MENTIONS: [['count', 'int']],
  INVITED: [['eventId', 'string']],
};

export function modelSchema(): ExportSchema {
  const nodes = new Map<NodeLabel, PropTypes>();
  for (const label of NODE_LABELS) nodes.set(label, new Map(KNOWN_NODE_PROPS[label]));
  const edges = new Map<EdgeType, PropTypes>();
  for (const type of EDGE_TYPES) {
    edges.set(type, new Map([...KNOWN_EDGE_PROPS, ...(EXTRA_EDGE_PROPS[type] ?? [])]));
  }
  return { nodes, edges };
}

const INT32_MAX = 2 ** 31 - 1;

export function typeOfValue(value: PropValue): PropType | null {
  if (value === null) return null;
  if (Array.isArray(value)) return 'string[]';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) && Math.abs(value) <= INT32_MAX ? 'int' : 'double';
    default:
      return 'string';
  }
}

/** The narrowest type both values fit: int and double widen to double, anything else to string. */
export function widen(a: PropType, b: PropType): PropType {
  if (a === b) return a;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

const YIELD_EVERY = 1000;

/**
 * A first pass over an export: every property that occurs, typed by the values seen and
 * widened with the model's declared type (so a selection where every confidence happens to be
 * 1 still declares `double`). Memory holds property names only, never items.
 */
export async function discoverSchema(items: AsyncIterable<ExportItem>, signal?: AbortSignal): Promise<ExportSchema> {
  const known = modelSchema();
  const nodes = new Map<NodeLabel, PropTypes>();
  const edges = new Map<EdgeType, PropTypes>();
  const note = (into: PropTypes, declared: PropTypes | undefined, props: Record<string, PropValue>) => {
    for (const [name, value] of Object.entries(props)) {
      const seen = typeOfValue(value);
      const was = into.get(name);
      const base = declared?.get(name);
      if (seen === null) {
        if (!was) into.set(name, base ?? 'string');
        continue;
      }
      let next = was ? widen(was, seen) : seen;
      if (base && !was) next = widen(base, seen);
      into.set(name, next);
    }
  };
  let seen = 0;
  for await (const item of items) {
    // A store that reads synchronously (SQLite) would otherwise hold the event loop for the
    // whole pass: nothing is written here, so no 'drain' ever gives other work its turn.
    if (++seen % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
    // Nothing is written during this pass, so only the signal tells that the reader left.
    signal?.throwIfAborted();
    if (item.kind === 'node') {
      const { label, props } = item.node;
      let into = nodes.get(label);
      if (!into) nodes.set(label, (into = new Map()));
      note(into, known.nodes.get(label), props);
    } else {
      const { type, props } = item.edge;
      let into = edges.get(type);
      if (!into) edges.set(type, (into = new Map()));
      note(into, known.edges.get(type), props);
    }
  }
  return { nodes, edges };
}

/** One type per property name across labels (GraphML keys are per name, not per label). */
export function mergedPropTypes(groups: Iterable<PropTypes>): PropTypes {
  const merged: PropTypes = new Map();
  for (const group of groups) {
    for (const [name, type] of group) {
      const was = merged.get(name);
      merged.set(name, was ? widen(was, type) : type);
    }
  }
  return merged;
}


/** Converts a value to the declared type; null when it cannot be represented. */
export function coerce(value: PropValue | undefined, type: PropType): PropValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'string[]':
      return Array.isArray(value) ? value.map(String) : [String(value)];
    case 'string':
      return Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
    case 'int': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? Math.trunc(n) : null;
    }
    case 'double': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : null;
  }
}

/** Joins string arrays in flat formats; neo4j-admin import's default array delimiter. */
export const ARRAY_DELIMITER = ';';

/** A short human label for a node: what Gephi, yEd and Cytoscape show on it. */
export function displayName(label: NodeLabel, props: Record<string, PropValue>): string {
  const pick = (...names: string[]) => {
    for (const n of names) {
      const v = props[n];
      if (typeof v === 'string' && v.trim()) return v;
    }
    return null;
  };
  const event = label === 'Event' ? [pick('type'), pick('date', 'dateText')].filter(Boolean).join(' ') : '';
  const text = event || pick('name', 'title', 'text', 'url');
  if (!text) return label;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
