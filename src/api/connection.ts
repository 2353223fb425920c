import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Page, PageArgs } from '../graph/store';
import { decodeCursor, encodeCursor } from '../graph/store';
import { builder } from './builder';
import type { ApiContext } from './context';
import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** As the resolvers receive them (typed loosely because the arguments come from `pagingArgs`). */
export interface PagingArgs {
  first?: unknown;
  after?: unknown;
}

/**
 * Whether the query asks for this connection's `totalCount`. Counting every match is the part
 * of a page whose cost grows with the corpus, so a page nobody counts skips it.
 */
export function asksForTotal(info: GraphQLResolveInfo): boolean {
  const seen = new Set<string>();
  const has = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === 'totalCount';
      if (s.kind === Kind.INLINE_FRAGMENT) return has(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return has(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => has(f.selectionSet));
}

/** Validates `first`/`after` against the configured maximum page size. */
export function pageArgs(args: PagingArgs, ctx: ApiContext): PageArgs {
  const max = ctx.config.maxPageSize;
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, max);
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0) throw badInput(`first must be between 0 and ${max}, got ${String(first)}.`);
  if (first > max) throw badInput(`first must be at most ${max} (the maximum page size), got ${first}. Page on with after: endCursor.`);
  const after = typeof args.after === 'string' ? args.after : null;
  decodeCursor(after); // fails early with BAD_INPUT on a forged cursor
  return { first, after };
}

export function fromPage<T, U = T>(page: Page<T>, map?: (t: T) => U): ConnectionShape<U> {
  const edges = page.items.map((item, i) => ({ cursor: page.cursors[i]!, node: map ? map(item) : (item as unknown as U) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Pages an in-memory list with the same offset cursors the stores use. */
export function fromList<T>(list: readonly T[], page: PageArgs): ConnectionShape<T> {
  const offset = decodeCursor(page.after);
  const items = list.slice(offset, offset + page.first);
  return fromPage({
    items,
    totalCount: list.length,
    cursors: items.map((_, i) => encodeCursor(offset + i)),
    hasNextPage: offset + items.length < list.length,
    hasPreviousPage: offset > 0,
  });
}

// Pothos' output-ref generics do not survive being passed through a helper; the refs are checked
// where they are made (refs.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type OutputRef = any;

/**
 * A Relay connection type (`<Name>Connection` with `<Name>Edge`) with `edges`, `nodes`,
 * `pageInfo` and `totalCount`. Connections are built by hand (not `t.connection`) because paging
 * is forward-only with offset cursors, and `last`/`before` would be arguments that never work.
 */
export function connectionType<T>(name: string, nodeRef: OutputRef, what: string) {
  const edge = builder.objectRef<{ cursor: string; node: T }>(`${name}Edge`).implement({
    description: `One ${what} in a page, with its cursor.`,
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Pass as `after` to get the items that follow this one.' }),
      node: t.field({ type: nodeRef, description: `The ${what}.`, resolve: (e) => e.node as never }),
    }),
  });
  return builder.objectRef<ConnectionShape<T>>(`${name}Connection`).implement({
    description: `A page of ${what} items.`,
    fields: (t) => ({
      edges: t.field({ type: [edge], description: 'The items of this page with their cursors.', resolve: (c) => c.edges }),
      nodes: t.field({ type: [nodeRef], description: 'The items of this page.', resolve: (c) => c.edges.map((e) => e.node) as never }),
      pageInfo: t.field({ type: builder.pageInfoRef(), description: 'Whether more items follow, and the cursors at the ends of this page.', resolve: (c) => c.pageInfo }),
      totalCount: t.exposeInt('totalCount', { description: 'How many items the whole list holds, over all pages.' }),
    }),
  });
}

/** The `first`/`after` arguments of every list field. */
export const pagingArgs = (t: { arg: any }) => ({
  first: t.arg.int({ description: `Page size (default ${DEFAULT_PAGE_SIZE}; at most the server's maximum page size).` }),
  after: t.arg.string({ description: 'Cursor of the last item of the previous page (`pageInfo.endCursor`).' }),
});
