import type { EdgeType, GraphEdge, GraphNode, NodeLabel, PropValue } from '../graph/model';
import type { GraphQLResolveInfo } from 'graphql';
import { SaysoError, type Direction, type EdgeQuery, type Neighbour, type NodeQuery } from '../graph/store';
import { asksForTotal, fromPage, pageArgs, type ConnectionShape, type PagingArgs } from './connection';
import type { ApiContext } from './context';

/** Helpers the type files share to read node props and follow edges through the loaders. */

export const str = (n: GraphNode, key: string): string | null => {
  const v = n.props[key];
  return v === null || v === undefined ? null : String(v);
};
export const num = (n: GraphNode, key: string): number | null => (typeof n.props[key] === 'number' ? (n.props[key] as number) : null);
export const list = (n: GraphNode, key: string): string[] => {
  const v: PropValue | undefined = n.props[key];
  return Array.isArray(v) ? v : [];
};

export function follow(ctx: ApiContext, id: string, edgeType: EdgeType, direction: Direction, label?: NodeLabel): Promise<Neighbour[]> {
  return ctx.loaders.neighbours(edgeType, direction, label).load(id);
}

export async function followNodes(ctx: ApiContext, id: string, edgeType: EdgeType, direction: Direction, label?: NodeLabel): Promise<GraphNode[]> {
  const seen = new Set<string>();
  const out: GraphNode[] = [];
  for (const n of await follow(ctx, id, edgeType, direction, label)) {
    if (seen.has(n.node.id)) continue;
    seen.add(n.node.id);
    out.push(n.node);
  }
  return out;
}

export async function followOne(ctx: ApiContext, id: string, edgeType: EdgeType, direction: Direction, label?: NodeLabel): Promise<GraphNode | null> {
  return (await follow(ctx, id, edgeType, direction, label))[0]?.node ?? null;
}

/**
 * Newest first, for `linkedPage`: paged and counted by the store, a page costs the page however
 * many an entity has (a country is named in most articles).
 */
export const NEWEST_FIRST: NodeQuery['orderBy'] = { prop: 'published', direction: 'DESC' };

/** What a node links to (`out`) or is linked from (`in`), in `orderBy`, paged and counted by the store. */
export async function linkedPage(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  args: PagingArgs,
  id: string,
  edgeType: EdgeType,
  direction: Direction,
  label: NodeLabel,
  orderBy: NodeQuery['orderBy'],
): Promise<ConnectionShape<GraphNode>> {
  const link = { ids: [id], edgeType };
  const q: NodeQuery = { label, ...(direction === 'out' ? { linkedFrom: link } : { linksTo: link }), ...(orderBy ? { orderBy } : {}) };
  return fromPage(await ctx.store.findNodes(q, { ...pageArgs(args, ctx), count: asksForTotal(info) }));
}

export async function loadNode(ctx: ApiContext, id: string | null | undefined, label?: NodeLabel): Promise<GraphNode | null> {
  if (!id) return null;
  const n = await ctx.loaders.node.load(id);
  return n && (!label || n.label === label) ? n : null;
}

/**
 * The article a statement, condition or event was read in: by the id it carries, a node read
 * the page's other facts share, rather than a walk of its IN_ARTICLE link with the link's props.
 */
export async function articleOf(ctx: ApiContext, n: GraphNode): Promise<GraphNode | null> {
  const byId = await loadNode(ctx, str(n, 'articleId'), 'Article');
  return byId ?? followOne(ctx, n.id, 'IN_ARTICLE', 'out', 'Article');
}

const ARTICLE_EDGES_PAGE = 500;

/** Every edge of an article's that `q` asks for (an article holds a few), in id order. */
export async function articleEdges(ctx: ApiContext, q: EdgeQuery & { articleIds: string[] }): Promise<GraphEdge[]> {
  const edges: GraphEdge[] = [];
  for (let after: string | undefined; ; ) {
    const page = await ctx.store.findEdges(q, { first: ARTICLE_EDGES_PAGE, after, count: false });
    edges.push(...page.items);
    if (!page.hasNextPage) return edges;
    after = page.cursors[page.cursors.length - 1];
  }
}

const NAMED: NodeLabel[] = ['Person', 'Country', 'Organization', 'Place'];

/**
 * Entities a user means by a name: an id ("person:kim-jong-un") or any canonical name or alias,
 * folded ("kim jong-un"). Several can match ("Kim" may name two people).
 */
export async function entitiesNamed(ctx: ApiContext, name: string, labels: NodeLabel[] = NAMED): Promise<GraphNode[]> {
  const trimmed = name.trim();
  if (!trimmed) throw new SaysoError('BAD_INPUT', 'A name must not be empty: give a name, an alias or an id ("Kim Jong Un", "person:kim-jong-un").');
  if (trimmed.length > 200) throw new SaysoError('BAD_INPUT', `A name is at most 200 characters, got ${trimmed.length}.`);
  if (/^[a-z]+:\S+$/.test(trimmed)) {
    const n = await loadNode(ctx, trimmed);
    return n && labels.includes(n.label) ? [n] : [];
  }
  return ctx.store.findNamed(trimmed, labels);
}

/** Validates an ISO date argument ("2025", "2025-10", "2025-10-18"); undefined when absent. */
export function checkDate(value: string | null | undefined, name: string): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(value)) {
    throw new SaysoError('BAD_INPUT', `${name} must be an ISO date like 2025-10-18 (or 2025-10, 2025), got "${value}".`);
  }
  return value;
}
