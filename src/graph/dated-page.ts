import type { ArticleGraph, EdgeType } from './model';
import { SaysoError, byCodePoint, type EdgeQuery, type NodeQuery } from './store';

/**
 * A holder's newest conditions or statements, a page at a time, at the cost of the page.
 *
 * The links from a holder to what an article says it set or said (DATED_LINKS) are kept by
 * each store in an index of its own ordered by (holder, the article's date, newest first, the
 * linked node's id): the embedded store's `edges_src_published`, Neo4j's `_page` key. A page is
 * then the first `offset + first` entries of each holder's range, merged here, however much the
 * holders have said. The node at the end of such a link belongs to the same article, so it has
 * that date too, and the merged order is the one `orderBy: published DESC` gives every query.
 */

export const DATED_LINKS = ['SET', 'SAID'] as const satisfies readonly EdgeType[];
const DATED = new Set<string>(DATED_LINKS);

export const isDatedLink = (type: EdgeType): boolean => DATED.has(type);

/**
 * Links `findEdges` can list in the order of their article's date (EdgeQuery `order:
 * 'published'`): each store keeps that date on the link (the embedded store's `edges.published`,
 * Neo4j's `_published`), so a person's invitations are paged by date without reading their
 * articles (a timeline's invitations).
 */
export const DATE_ORDERED_LINKS = ['INVITED'] as const satisfies readonly EdgeType[];
const DATE_ORDERED = new Set<string>(DATE_ORDERED_LINKS);

export const isDateOrderedLink = (type: EdgeType): boolean => DATE_ORDERED.has(type);

/** Refuses `order: 'published'` for links that carry no date. */
export function assertEdgeOrder(q: EdgeQuery): void {
  if (q.order === 'published' && !isDateOrderedLink(q.type)) throw new SaysoError('BAD_INPUT', `${q.type} links carry no date to order by (only ${DATE_ORDERED_LINKS.join(', ')}).`);
}

/** The date an article's dated links carry in the stores' indexes: its publication date. */
export function articleDate(graph: ArticleGraph): string | null {
  const published = graph.nodes.find((n) => n.id === graph.articleId)?.props.published;
  return typeof published === 'string' ? published : null;
}

/** Most holders whose ranges a page reads one each; more take the plan that lists every link. */
export const MAX_DATED_HOLDERS = 32;

/** The distinct ids of a few holders, or null when there are none or more than MAX_DATED_HOLDERS (one range each). */
export function fewHolders(ids: readonly string[]): string[] | null {
  const holders = [...new Set(ids)];
  return holders.length && holders.length <= MAX_DATED_HOLDERS ? holders : null;
}

/** Newest first, undated last: ISO date strings compared as strings, as both stores sort them. */
export const newerFirst = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a > b ? -1 : 1);

/**
 * The distinct holders when the query asks only for what those indexes hold: the newest first
 * of what a few holders set or said, optionally within a range of `published`. Null for names,
 * ids, links to other nodes, properties, another order or date property, or many holders.
 */
export function datedPageHolders(q: NodeQuery): string[] | null {
  const link = q.linkedFrom;
  if (!link?.ids.length || !isDatedLink(link.edgeType) || q.orderBy?.prop !== 'published' || q.orderBy.direction !== 'DESC' || q.orderBy.fallback || q.orderBy.then || q.orderBy.nulls === 'first') return null;
  if (q.name !== undefined || q.ids || q.words !== undefined || q.terms !== undefined || q.linksTo || Object.keys(q.where ?? {}).length || ((q.from || q.to) && (q.dateProp ?? 'published') !== 'published')) return null;
  return fewHolders(link.ids);
}

export interface DatedRow {
  id: string;
  published: string | null;
}

/**
 * Merges each holder's slice (its first `want` links in page order) into the page's ids, from
 * `offset` to `want`. Null when the page may not be whole: a slice cut at `want` leaves links
 * unread, and repeated links (one node linked twice) can make the merge short of the page or
 * let an unread link sort before its last entry.
 */
export function mergeDatedSlices(slices: readonly (readonly DatedRow[])[], offset: number, want: number): string[] | null {
  const date = new Map<string, string | null>();
  // The last link of each slice that stopped at `want`: links past it were not read.
  const cut: string[] = [];
  for (const rows of slices) {
    for (const r of rows) date.set(r.id, r.published);
    if (rows.length >= want && want > 0) cut.push(rows[want - 1]!.id);
  }
  const order = (a: string, b: string) => newerFirst(date.get(a)!, date.get(b)!) || byCodePoint(a, b);
  const sorted = [...date.keys()].sort(order);
  if (cut.length && (sorted.length < want || cut.some((last) => order(last, sorted[want - 1]!) < 0))) return null;
  return sorted.slice(offset, want);
}

/**
 * The date orders of a participant's events that both stores read from their index of
 * participations in date order (the embedded store's `edges_participant_date`, Neo4j's
 * `_eventOrder` keys): `events(participant:)` (undated first), `Person.events` (undated last),
 * either within a range of the event's date, and a timeline's (by date or else the article's,
 * undated last).
 */
export interface ParticipantPage {
  participants: string[];
  /** Undated events after the dated ones. */
  undatedLast: boolean;
  /** By the event's date or else its `published` (a timeline). */
  orPublished: boolean;
  from: string | null;
  to: string | null;
}

/**
 * The participants and order when `q` asks for one of those pages, or null when it asks for
 * anything else: another label or link, many participants, filters besides a range of the
 * event's date, or another order.
 */
export function participantPage(q: NodeQuery): ParticipantPage | null {
  const link = q.linkedFrom;
  if (q.label !== 'Event' || link?.edgeType !== 'PARTICIPANT') return null;
  const participants = fewHolders(link.ids);
  if (!participants) return null;
  if (q.name !== undefined || q.ids || q.words !== undefined || q.terms !== undefined || q.linksTo || Object.keys(q.where ?? {}).length) return null;
  const o = q.orderBy;
  if (!o || o.prop !== 'date' || (o.direction ?? 'ASC') !== 'ASC' || o.then !== 'published') return null;
  const from = q.from || null;
  const to = q.to || null;
  if ((from || to) && (q.dateProp ?? 'published') !== 'date') return null;
  const undatedLast = o.nulls === 'last';
  if (o.fallback && (o.fallback !== 'published' || !undatedLast || from || to)) return null;
  return { participants, undatedLast, orPublished: !!o.fallback, from, to };
}
