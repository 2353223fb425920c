import { foldName } from '../ids';
import { EDGE_TYPES, NODE_LABELS } from '../model';
import type { EdgeType, GraphEdge, GraphNode, NodeLabel, Props, PropValue } from '../model';
import { SaysoError } from '../store';

/**
 * Mapping between the domain's flat property maps and what Neo4j stores.
 *
 * Neo4j cannot store null, so null-valued keys are remembered in `_nulls` and restored on
 * read: both stores then hand back identical props. Properties starting with `_` are the
 * adapter's own bookkeeping and never leave it:
 *   _nulls        keys whose value is null
 *   _fold         folded name and aliases (findNodes' name match)
 *   _aliasText    aliases joined, for the full-text index
 *   _owner        on article-owned nodes: the article that contributed them
 *   _contentHash  on Article nodes: hash of the last ingested version
 *   _entities     on Article nodes: the entity ids that version referenced
 */

export type Stored = Record<string, unknown>;

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(EDGE_TYPES);
/** Labels and types are placed in Cypher text (it has no parameters for them): only these. */
const IDENTIFIER = /^[A-Za-z][A-Za-z_]*$/;

export function assertLabel(label: string): NodeLabel {
  if (!LABELS.has(label) || !IDENTIFIER.test(label)) throw new SaysoError('BAD_INPUT', `Unknown node label "${label}".`);
  return label as NodeLabel;
}

export function assertEdgeType(type: string): EdgeType {
  if (!TYPES.has(type) || !IDENTIFIER.test(type)) throw new SaysoError('BAD_INPUT', `Unknown edge type "${type}".`);
  return type as EdgeType;
}

function storable(key: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map((v) => String(v));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new SaysoError('BAD_INPUT', `Property "${key}" is not a finite number.`);
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  throw new SaysoError('BAD_INPUT', `Property "${key}" must be a string, number, boolean, null or string array.`);
}

/** Domain props -> stored map (without derived fields). `reserved` keys belong to the record itself. */
function encodeProps(props: Props, reserved: readonly string[]): Stored {
  const out: Stored = {};
  const nulls: string[] = [];
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('_') || reserved.includes(key)) continue;
    if (value === null || value === undefined) nulls.push(key);
    else out[key] = storable(key, value);
  }
  if (nulls.length) out._nulls = nulls.sort();
  return out;
}

function decodeProps(stored: Stored, reserved: readonly string[]): Props {
  const props: Props = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key.startsWith('_') || reserved.includes(key)) continue;
    props[key] = toPropValue(value);
  }
  const nulls = stored._nulls;
  if (Array.isArray(nulls)) for (const key of nulls) props[String(key)] = null;
  return props;
}

function toPropValue(value: unknown): PropValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => String(v));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  // neo4j Integer (only if lossless integers were switched back on) and temporal values.
  const maybe = value as { toNumber?: () => number; toString: () => string };
  if (typeof maybe.toNumber === 'function') return maybe.toNumber();
  return maybe.toString();
}

export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value && typeof (value as { toNumber?: unknown }).toNumber === 'function') return (value as { toNumber: () => number }).toNumber();
  return Number(value ?? 0);
}

/** The names a node answers to, folded: `name` and every alias. */
function nameKeys(props: Props): string[] {
  const names: string[] = [];
  if (typeof props.name === 'string') names.push(props.name);
  if (Array.isArray(props.aliases)) names.push(...props.aliases);
  return [...new Set(names.map(foldName).filter((n) => n.length > 0))];
}

/** Full stored map of a node: its props, id, derived search fields and owner. */
export function encodeNode(id: string, props: Props, owner: string | null): Stored {
  const out = encodeProps(props, ['id']);
  out.id = id;
  const fold = nameKeys(props);
  if (fold.length) out._fold = fold;
  if (Array.isArray(props.aliases) && props.aliases.length) out._aliasText = props.aliases.join(' | ');
  if (owner) out._owner = owner;
  return out;
}

export function decodeNodeProps(stored: Stored): Props {
  return decodeProps(stored, ['id']);
}

export function decodeNode(id: string, labels: readonly string[], stored: Stored): GraphNode {
  const label = labels.find((l) => LABELS.has(l));
  if (!label) throw new SaysoError('STORE_UNAVAILABLE', `Node "${id}" has no known label (${labels.join(', ')}).`);
  return { id, label: label as NodeLabel, props: decodeNodeProps(stored) };
}

export function encodeEdge(edge: GraphEdge): Stored {
  const out = encodeProps(edge.props, ['id', 'articleId']);
  out.id = edge.id;
  out.articleId = edge.articleId;
  return out;
}

export function decodeEdge(type: string, from: string, to: string, stored: Stored): GraphEdge {
  return {
    id: String(stored.id),
    type: assertEdgeType(type),
    from,
    to,
    articleId: String(stored.articleId ?? ''),
    props: decodeProps(stored, ['id', 'articleId']),
  };
}

/**
 * Shared entities collect what every article says about them: list props (aliases, roles)
 * are unioned in first-seen order, scalars take the newest value, and a null never erases
 * a value another article supplied.
 */
export function mergeEntityProps(existing: Props, incoming: Props): Props {
  const merged: Props = { ...existing };
  for (const [key, value] of Object.entries(incoming)) {
    const old = existing[key];
    if (Array.isArray(value) && Array.isArray(old)) merged[key] = [...new Set([...old, ...value])];
    else if (value === null && old !== undefined && old !== null) continue;
    else merged[key] = value;
  }
  return merged;
}
