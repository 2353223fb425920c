import { foldName } from '../ids';
import { NODE_LABELS } from '../model';
import type { EdgeType, GraphEdge, GraphNode, NodeLabel, Props, PropValue } from '../model';
import { SaysoError, assertEdgeType as knownEdgeType, assertLabel as knownLabel } from '../store';
import { foldWords, searchText } from '../search-text';
import { ORDER_KEY_PROP, orderKey } from './order-keys';

/**
 * Mapping between the domain's flat property maps and what Neo4j stores.
 *
 * Neo4j cannot store null, so null-valued keys are remembered in `_nulls` and restored on
 * read: both stores then hand back identical props. Properties starting with `_` are the
 * adapter's own bookkeeping and never leave it:
 *   _nulls        keys whose value is null
 *   _fold         folded name and aliases (findNodes' name match)
 *   _foldKey      the same names in one string, each between FOLD_SEPARATORs: a text index
 *                 answers `CONTAINS` on it, where nothing indexes membership in a list
 *   _search       folded words the full-text index finds the node by
 *   _owner        on article-owned nodes: the article that contributed them
 *   _contentHash  on Article nodes: hash of the last ingested version
 *   _interactions on Article nodes: the article's part of the interaction counts
 *                 (interaction-counts.ts)
 *   _page         on links a holder's newest-first page reads (SET, SAID): their place in
 *                 that page's order (dated-links.ts)
 */

export type Stored = Record<string, unknown>;

const LABELS = new Set<string>(NODE_LABELS);
/** Labels and types are placed in Cypher text (it has no parameters for them): only these. */
const IDENTIFIER = /^[A-Za-z][A-Za-z_]*$/;

/** A model label (store.ts) that is also safe to place in Cypher text. */
export function assertLabel(label: string): NodeLabel {
  if (!IDENTIFIER.test(knownLabel(label))) throw new SaysoError('BAD_INPUT', `Unknown node label "${label}".`);
  return label as NodeLabel;
}

/** A model edge type (store.ts) that is also safe to place in Cypher text. */
export function assertEdgeType(type: string): EdgeType {
  if (!IDENTIFIER.test(knownEdgeType(type))) throw new SaysoError('BAD_INPUT', `Unknown edge type "${type}".`);
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

/** The words Lucene indexes a node by (`_search`): searchText, folded. Null for labels not searched. */
export function searchWords(label: NodeLabel, props: Props, onWords?: string): string | null {
  const words = searchText(label, props, onWords);
  return words === null ? null : foldWords(words).join(' ');
}

/**
 * Bounds each folded name in `_foldKey`. A name that holds it can only widen the candidates a
 * `CONTAINS` finds; `$name IN n._fold` settles the match.
 */
export const FOLD_SEPARATOR = '\u241f';

/** What `_foldKey` contains when the node answers to `name`. */
export const foldKeyNeedle = (name: string): string => `${FOLD_SEPARATOR}${foldName(name)}${FOLD_SEPARATOR}`;

/** Full stored map of a node: its props, id, derived lookup fields and owner (`onWords`: searchText). */
export function encodeNode(node: GraphNode, owner: string | null, onWords?: string): Stored {
  const out = encodeProps(node.props, ['id']);
  out.id = node.id;
  const fold = nameKeys(node.props);
  if (fold.length) {
    out._fold = fold;
    out._foldKey = `${FOLD_SEPARATOR}${fold.join(FOLD_SEPARATOR)}${FOLD_SEPARATOR}`;
  }
  const words = searchWords(node.label, node.props, onWords);
  if (words !== null) out._search = words;
  if (owner) out._owner = owner;
  const order = orderKey(node.label, node.id, node.props);
  if (order !== null) out[ORDER_KEY_PROP] = order;
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
 * An entity's props, recomputed from what every article still contributing it said (in
 * article id order): lists are united, a scalar keeps the first non-null value, and names
 * other articles used stay findable as aliases. The embedded store applies the same rule,
 * so both stores answer alike.
 */
export function mergeContributions(contributions: readonly Props[]): Props {
  const out: Props = {};
  for (const p of contributions) {
    for (const [key, value] of Object.entries(p)) {
      const prev = out[key];
      if (Array.isArray(value)) out[key] = [...new Set([...(Array.isArray(prev) ? prev : []), ...value])];
      else if (prev === undefined || prev === null) out[key] = value;
    }
  }
  const name = out.name;
  if (typeof name === 'string' && Array.isArray(out.aliases)) {
    const others = contributions.map((p) => p.name).filter((n): n is string => typeof n === 'string' && n !== name);
    out.aliases = [...new Set([...out.aliases, ...others])];
  }
  return out;
}
