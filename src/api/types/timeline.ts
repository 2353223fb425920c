import type { EdgeType, GraphEdge, GraphNode, NodeLabel } from '../../graph/model';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { asksForTotal, fromPage, pageArgs, pagingArgs, connectionType } from '../connection';
import { SaysoError, byCodePoint, decodeCursor, missingFirst, encodeCursor, type NodeQuery, type Page, type PageArgs } from '../../graph/store';
import { ConditionRef, EventRef, InvitationRef, StatementRef, type InvitationShape } from '../refs';
import { entitiesNamed, loadNode } from '../resolve';

type Kind = 'STATEMENT' | 'CONDITION' | 'INVITATION_SENT' | 'INVITATION_RECEIVED' | 'EVENT';
interface Entry {
  date: string | null;
  kind: Kind;
  item: GraphNode | InvitationShape;
  /** An event's article date, which orders events of one date before their ids (missing first). */
  published?: string | null;
}

const TimelineKind = builder.enumType('TimelineKind', {
  description: 'What a timeline entry is.',
  values: {
    STATEMENT: { description: 'Something the person said.' },
    CONDITION: { description: 'A condition the person set.' },
    INVITATION_SENT: { description: 'An invitation the person extended.' },
    INVITATION_RECEIVED: { description: 'An invitation the person received.' },
    EVENT: { description: 'A meeting, talks, summit, visit or call the person took part in or is expected at.' },
  } as const,
});

const TimelineItem = builder.unionType('TimelineItem', {
  description: 'A statement, condition, invitation or event.',
  types: [StatementRef, ConditionRef, InvitationRef, EventRef],
  resolveType: (v) => ('edge' in v ? 'Invitation' : (v as GraphNode).label),
});

const EntryRef = builder.objectRef<Entry>('TimelineEntry').implement({
  description: 'One dated fact of a person\u2019s timeline.',
  fields: (t) => ({
    date: t.string({ nullable: true, description: 'When: the event\u2019s date, or the publication date of the article that reports the fact.', resolve: (e) => e.date }),
    kind: t.field({ type: TimelineKind, description: 'What the entry is.', resolve: (e) => e.kind }),
    item: t.field({ type: TimelineItem, description: 'The fact itself.', resolve: (e) => e.item as never }),
  }),
});

const TimelineConnection = connectionType<Entry>('TimelineEntry', EntryRef, 'timeline entry');

/**
 * Oldest first; undated facts last; ties by kind (events of one date by their article's date)
 * and id so pages are stable. Compared by code point, as both stores sort strings: the merge
 * must agree with the order each kind's head was cut in, or a page could repeat one fact and
 * skip another.
 */
const entryId = (e: Entry) => ('edge' in e.item ? e.item.edge.id : e.item.id);
const byTimeline = (a: Entry, b: Entry) =>
  (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : byCodePoint(a.date, b.date)) ||
  byCodePoint(a.kind, b.kind) ||
  missingFirst(a.published, b.published) ||
  byCodePoint(entryId(a), entryId(b));

/**
 * The kinds of facts the store pages for a timeline, each in the timeline's own order: what the
 * person said or set by publication date, the events they take part in by their date or else
 * the date of the article telling of them (then by that article's date), undated last, ties by id.
 */
export const TIMELINE_EVENT_ORDER = { prop: 'date', fallback: 'published', direction: 'ASC', nulls: 'last', then: 'published' } as const satisfies NodeQuery['orderBy'];
const PAGED_STREAMS = [
  { kind: 'STATEMENT', label: 'Statement', edgeType: 'SAID', orderBy: { prop: 'published', direction: 'ASC', nulls: 'last' } },
  { kind: 'CONDITION', label: 'Condition', edgeType: 'SET', orderBy: { prop: 'published', direction: 'ASC', nulls: 'last' } },
  { kind: 'EVENT', label: 'Event', edgeType: 'PARTICIPANT', orderBy: TIMELINE_EVENT_ORDER },
] as const satisfies readonly { kind: Kind; label: NodeLabel; edgeType: EdgeType; orderBy: NodeQuery['orderBy'] }[];

const dateOf = (n: GraphNode, prop: string, fallback?: string): string | null => {
  const v = n.props[prop] ?? (fallback ? n.props[fallback] : null);
  return typeof v === 'string' ? v : null;
};

/** The invitations a person sent and received, each in date order: the store keeps the article's date on the link. */
const INVITATION_STREAMS = [
  { kind: 'INVITATION_SENT', end: 'fromIds' },
  { kind: 'INVITATION_RECEIVED', end: 'toIds' },
] as const satisfies readonly { kind: Kind; end: 'fromIds' | 'toIds' }[];

/** An invitation's entry, dated by the article that reports it (only the heads' articles are read). */
async function invitationEntry(ctx: ApiContext, kind: Kind, edge: GraphEdge): Promise<Entry> {
  const article = await loadNode(ctx, edge.articleId, 'Article');
  return { date: article ? String(article.props.published ?? '') || null : null, kind, item: { edge } };
}

/**
 * One page of a person's timeline. Each kind gives its first `offset + first` facts in the
 * timeline's order (the store sorts and counts them), so the merge of those heads holds the
 * page whatever the person has said: a page costs its depth, not the person's whole record.
 */
async function timelinePage(ctx: ApiContext, personId: string, page: PageArgs): Promise<Page<Entry>> {
  const offset = decodeCursor(page.after);
  const want = offset + page.first;
  const slice = { first: want, count: page.count !== false };
  const [nodeStreams, invitationStreams] = await Promise.all([
    Promise.all(PAGED_STREAMS.map((s) => ctx.store.findNodes({ label: s.label, linkedFrom: { ids: [personId], edgeType: s.edgeType }, orderBy: s.orderBy }, slice))),
    Promise.all(INVITATION_STREAMS.map((s) => ctx.store.findEdges({ type: 'INVITED', [s.end]: [personId], order: 'published' }, slice))),
  ]);
  const heads = [
    ...nodeStreams.flatMap((p, i) => {
      const s = PAGED_STREAMS[i]!;
      const fallback = 'fallback' in s.orderBy ? s.orderBy.fallback : undefined;
      const then = 'then' in s.orderBy ? s.orderBy.then : undefined;
      return p.items.map((n): Entry => ({ date: dateOf(n, s.orderBy.prop, fallback), kind: s.kind, item: n, ...(then ? { published: dateOf(n, then) } : {}) }));
    }),
    ...(await Promise.all(invitationStreams.flatMap((p, i) => p.items.map((edge) => invitationEntry(ctx, INVITATION_STREAMS[i]!.kind, edge))))),
  ];
  const streams = [...nodeStreams, ...invitationStreams];
  const merged = heads.sort(byTimeline);
  const items = merged.slice(offset, want);
  // A kind cut at `want` has more; else every fact is in `merged`.
  const more = merged.length > want || streams.some((p) => p.hasNextPage);
  const totalCount = page.count === false ? offset + items.length + (more ? 1 : 0) : streams.reduce((t, p) => t + p.totalCount, 0);
  return { items, totalCount, cursors: items.map((_, i) => encodeCursor(offset + i)), hasNextPage: more, hasPreviousPage: offset > 0 };
}

builder.queryField('timeline', (t) =>
  t.field({
    type: TimelineConnection,
    description: 'A person\u2019s statements, conditions, invitations and meetings in date order (oldest first).',
    args: { person: t.arg.string({ required: true, description: 'Name, alias or id of the person.' }), ...pagingArgs(t) },
    resolve: async (_r, args, ctx, info) => {
      const page = { ...pageArgs(args, ctx), count: asksForTotal(info) };
      const [person] = await entitiesNamed(ctx, args.person, ['Person']);
      if (!person) throw new SaysoError('NOT_FOUND', `No person is named "${args.person}".`);
      return fromPage(await timelinePage(ctx, person.id, page));
    },
  }),
);
