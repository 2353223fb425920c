import type { NodeLabel, Props } from '../model';
import { participantPage } from '../dated-page';
import type { NodeQuery } from '../store';

/**
 * Events in date order (the API's `events`: undated first, then by date, ties by `published`,
 * unpublished first, then id) as one string per event, `_dateOrder`, which range indexes keep
 * sorted: a page of the events of a status or kind is the head of one index range, where
 * sorting them read every one (0.9 s for the 35,000 planned events of a 100k-article store).
 *
 * A missing value becomes the empty string and the parts are joined by U+0001, below every
 * character of a date, a timestamp or an id, so comparing keys compares date, then published,
 * then id, as findNodes' ORDER BY does: '2025-05' sorts before '2025-05-01'.
 */
export const ORDER_KEY_PROP = '_dateOrder';
const SEPARATOR = '\u0001';

/** The labels that carry an order key, and the props it is made of. */
const ORDER_KEYS: Partial<Record<NodeLabel, { prop: string; then: string }>> = { Event: { prop: 'date', then: 'published' } };

/** Where props with a composite index of (prop, `_dateOrder`) (schema/neo4j/006-event-order.cypher). */
export const ORDER_KEY_FILTERS = ['status', 'type'] as const;

const part = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The order key a node of `label` is written with; null for labels without one. */
export function orderKey(label: NodeLabel, id: string, props: Props): string | null {
  const key = ORDER_KEYS[label];
  if (!key) return null;
  return `${part(props[key.prop])}${SEPARATOR}${part(props[key.then])}${SEPARATOR}${id}`;
}

/**
 * Whether a query's page is a range of the order key: its label has one, it asks for that key's
 * order (ascending, missing first, as the key sorts), and it filters by nothing but the indexed
 * where props and a range of the key's date. Name, id, link and word filters start elsewhere.
 */
export function readsOrderKey(nq: NodeQuery): boolean {
  const key = ORDER_KEYS[nq.label];
  const o = nq.orderBy;
  if (!key || !o || o.prop !== key.prop || o.then !== key.then || o.fallback) return false;
  if ((o.direction ?? 'ASC') !== 'ASC' || (o.nulls ?? 'first') !== 'first') return false;
  if (nq.name || nq.ids || nq.linkedFrom || nq.linksTo || nq.words || nq.terms) return false;
  if ((nq.from || nq.to) && (nq.dateProp ?? 'published') !== key.prop) return false;
  return Object.keys(nq.where ?? {}).every((k) => (ORDER_KEY_FILTERS as readonly string[]).includes(k));
}

/**
 * Bounds on the key for a date range: dated keys from `from` on, and below `to` followed by
 * U+FFFF, so a date that `to` is a prefix of stays in (findNodes' `to` compares that prefix).
 */
export function orderKeyBounds(from: string | null, to: string | null): { lower: string | null; upper: string | null } {
  return { lower: from, upper: to === null ? null : `${to}\uffff` };
}

/**
 * A participant's events in date order, a page at a time (`events(participant:)`,
 * `Person.events`): each PARTICIPANT link carries `_eventOrder`, the participant's id and its
 * event's order key, with a relationship index on it (schema/neo4j/006-event-order.cypher), so a
 * participant's events are one range of it in `events`' order (undated first). Undated last is
 * the dated part of that range, then the undated part; a date range is a part of the dated one.
 * The participant's links are written with the event by the one article that tells of it.
 */
export const PARTICIPANT_KEY_PROP = '_eventOrder';
const PARTICIPANT_SEPARATOR = '\u0002';

/** The key of a link from `participant` to an event whose order key is `eventKey`. */
export const participantKey = (participant: string, eventKey: string): string => `${participant}${PARTICIPANT_SEPARATOR}${eventKey}`;

/** The part of a participant key after the participant: the event's order key. */
export const eventKeyOf = (key: string): string => key.slice(key.indexOf(PARTICIPANT_SEPARATOR) + 1);

export interface KeyRange {
  lo: string;
  hi: string;
}

export interface ParticipantKeyPlan {
  participants: string[];
  /** Ranges read one after another: each one's keys all sort before the next one's. */
  ranges: (participant: string) => KeyRange[];
  /**
   * Ranges whose events interleave, merged by their date or else their `published`, then
   * `published` and id, before `ranges` are read (a timeline: dated events and those with only
   * their article's date).
   */
  merged?: (participant: string) => [KeyRange, KeyRange];
}

/** The ranges of each participant's keys that give `q`'s page (participantPage), or null. */
export function participantKeyRanges(q: NodeQuery): ParticipantKeyPlan | null {
  const page = participantPage(q);
  if (!page) return null;
  const { participants, undatedLast, from, to } = page;
  // Dated keys start with their date; undated ones with SEPARATOR (U+0001), below any date, then
  // their `published` (empty when missing), so the undated with no date at all come first.
  const head = (participant: string) => participant + PARTICIPANT_SEPARATOR;
  const end = (participant: string) => participant + String.fromCharCode(PARTICIPANT_SEPARATOR.charCodeAt(0) + 1);
  const dated = (p: string): KeyRange => ({ lo: head(p) + (from ?? '\u0002'), hi: to === null ? end(p) : `${head(p)}${to}\uffff` });
  const undated = (p: string): KeyRange => ({ lo: `${head(p)}\u0001`, hi: `${head(p)}\u0002` });
  if (page.orPublished) {
    // A timeline: by date or else published, undated last; then the events with neither.
    return {
      participants,
      merged: (p) => [dated(p), { lo: `${head(p)}\u0001\u0002`, hi: `${head(p)}\u0002` }],
      ranges: (p) => [{ lo: `${head(p)}\u0001\u0001`, hi: `${head(p)}\u0001\u0002` }],
    };
  }
  return {
    participants,
    ranges(p) {
      if (from || to) return [dated(p)];
      return undatedLast ? [dated(p), undated(p)] : [undated(p), dated(p)];
    },
  };
}
