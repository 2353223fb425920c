import type { GraphNode } from '../../graph/model';
import { byCodePoint, type NodeQuery } from '../../graph/store';
import { builder } from '../builder';
import { asksForTotal, fromList, fromPage, pageArgs, pagingArgs } from '../connection';
import { ArticleRef, ConditionConnection, EntityRef, EventConnection, EventRef, InvitationConnection, StatementConnection } from '../refs';
import { articleEdges, articleOf, checkDate, entitiesNamed, followNodes, followOne, linkedPage, NEWEST_FIRST, num, str } from '../resolve';
import { isLabel } from './entity';
import { EventStatusEnum, EventTypeEnum } from './enums';

/** By event date (undated last, then by publication), then id; strings by code point, as the stores sort them. */
export const byEventDate = (a: GraphNode, b: GraphNode) =>
  byCodePoint(String(a.props.date ?? '\uffff'), String(b.props.date ?? '\uffff')) ||
  byCodePoint(String(a.props.published ?? ''), String(b.props.published ?? '')) ||
  byCodePoint(a.id, b.id);

/** events(): by date, undated first (where the stores put missing values ascending), then by publication and id. */
export const EVENTS_ORDER: NodeQuery['orderBy'] = { prop: 'date', direction: 'ASC', then: 'published' };

/** byEventDate as the stores' order, for the events an entity has too many of to sort here. */
export const EVENT_DATE_ORDER: NodeQuery['orderBy'] = { prop: 'date', direction: 'ASC', nulls: 'last', then: 'published' };

builder.objectType(EventRef, {
  description: 'A meeting, talks, summit, visit, speech or call, as one article tells of it (past, planned or proposed).',
  interfaces: [builder.nodeInterfaceRef()],
  isTypeOf: isLabel('Event'),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Graph id ("event:<hash>").' }),
    type: t.field({ type: EventTypeEnum, description: 'What kind of event.', resolve: (n) => (str(n, 'type') ?? 'Meeting') as never }),
    status: t.field({ type: EventStatusEnum, description: 'Whether it happened, is planned or only proposed.', resolve: (n) => (str(n, 'status') ?? 'proposed') as never }),
    date: t.string({ nullable: true, description: 'ISO date as precise as the article allows ("2019-06-30", "2025-11").', resolve: (n) => str(n, 'date') }),
    dateText: t.string({ nullable: true, description: 'The date in the article\u2019s words ("next month").', resolve: (n) => str(n, 'dateText') }),
    placeName: t.string({ nullable: true, description: 'Where, in the article\u2019s words.', resolve: (n) => str(n, 'place') }),
    text: t.string({ nullable: true, description: 'The words that tell of the event.', resolve: (n) => str(n, 'text') }),
    sentence: t.string({ nullable: true, description: 'The sentence it was read in.', resolve: (n) => str(n, 'sentence') }),
    start: t.int({ nullable: true, description: 'Character offset of `text` in the article.', resolve: (n) => num(n, 'start') }),
    end: t.int({ nullable: true, description: 'Character offset just after `text`.', resolve: (n) => num(n, 'end') }),
    published: t.string({ nullable: true, description: 'When the article telling of it was published.', resolve: (n) => str(n, 'published') }),
    participants: t.field({
      type: [EntityRef],
      description: 'Who takes part.',
      resolve: (n, _a, ctx) => followNodes(ctx, n.id, 'PARTICIPANT', 'in'),
    }),
    heldIn: t.field({ type: EntityRef, nullable: true, description: 'The place or country it is held in.', resolve: (n, _a, ctx) => followOne(ctx, n.id, 'HELD_IN', 'out') }),
    invitations: t.field({
      type: InvitationConnection,
      description: 'Invitations to this event.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => {
        // An event is told of by one article, which reports its invitations too: a few links,
        // where each invitee's invitations may be thousands.
        const articleId = str(n, 'articleId') ?? (await followOne(ctx, n.id, 'IN_ARTICLE', 'out', 'Article'))?.id;
        const edges = articleId ? await articleEdges(ctx, { type: 'INVITED', articleIds: [articleId] }) : [];
        return fromList(
          edges.filter((e) => e.props.eventId === n.id).map((edge) => ({ edge })),
          pageArgs(args, ctx),
        );
      },
    }),
    statements: t.field({
      type: StatementConnection,
      description: 'Statements about this event, newest first.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'ABOUT', 'in', 'Statement', NEWEST_FIRST),
    }),
    conditions: t.field({
      type: ConditionConnection,
      description: 'Conditions the event depends on.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => fromList(await followNodes(ctx, n.id, 'CONDITIONED_ON', 'out', 'Condition'), pageArgs(args, ctx)),
    }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article that tells of it.', resolve: (n, _a, ctx) => articleOf(ctx, n) }),
  }),
});

builder.queryFields((t) => ({
  events: t.field({
    type: EventConnection,
    description: 'Events by participant, kind, status and date range, in date order.',
    args: {
      participant: t.arg.string({ description: 'Only events this person, country or organisation takes part in (name, alias or id).' }),
      type: t.arg({ type: EventTypeEnum, description: 'Only events of this kind.' }),
      status: t.arg({ type: EventStatusEnum, description: 'Only events with this status.' }),
      from: t.arg.string({ description: 'Only events dated on or after this ISO date.' }),
      to: t.arg.string({ description: 'Only events dated on or before this ISO date.' }),
      ...pagingArgs(t),
    },
    resolve: async (_r, args, ctx, info) => {
      const page = { ...pageArgs(args, ctx), count: asksForTotal(info) };
      // The store filters, counts and pages a participant's events: a busy one has thousands.
      const linkedFrom = args.participant ? { ids: (await entitiesNamed(ctx, args.participant)).map((e) => e.id), edgeType: 'PARTICIPANT' as const } : undefined;
      const where: Record<string, string> = {};
      if (args.type) where.type = args.type;
      if (args.status) where.status = args.status;
      return fromPage(
        await ctx.store.findNodes(
          { label: 'Event', where, ...(linkedFrom ? { linkedFrom } : {}), dateProp: 'date', from: checkDate(args.from, 'from'), to: checkDate(args.to, 'to'), orderBy: EVENTS_ORDER },
          page,
        ),
      );
    },
  }),
}));
