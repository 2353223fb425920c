import { builder } from '../builder';
import { asksForTotal, fromList, fromPage, pageArgs, pagingArgs } from '../connection';
import { ArticleRef, EventRef, InvitationConnection, InvitationRef, PersonRef } from '../refs';
import { entitiesNamed, follow, loadNode } from '../resolve';

builder.objectType(InvitationRef, {
  description: 'One person inviting another to an event, as an article reports it.',
  fields: (t) => ({
    id: t.id({ description: 'Id of the invitation (the graph edge).', resolve: (i) => i.edge.id }),
    inviter: t.field({ type: PersonRef, nullable: true, description: 'Who invited.', resolve: (i, _a, ctx) => loadNode(ctx, i.edge.from) }),
    invitee: t.field({ type: PersonRef, nullable: true, description: 'Who was invited.', resolve: (i, _a, ctx) => loadNode(ctx, i.edge.to) }),
    eventText: t.string({ nullable: true, description: 'The occasion in the article\u2019s words ("the APEC summit in South Korea").', resolve: (i) => (i.edge.props.event == null ? null : String(i.edge.props.event)) }),
    event: t.field({ type: EventRef, nullable: true, description: 'The event invited to.', resolve: (i, _a, ctx) => loadNode(ctx, i.edge.props.eventId == null ? null : String(i.edge.props.eventId), 'Event') }),
    sentence: t.string({ nullable: true, description: 'The sentence the invitation was read in.', resolve: (i) => (i.edge.props.sentence == null ? null : String(i.edge.props.sentence)) }),
    start: t.int({ nullable: true, description: 'Character offset in the article.', resolve: (i) => (typeof i.edge.props.start === 'number' ? i.edge.props.start : null) }),
    end: t.int({ nullable: true, description: 'Character offset just after the invitation.', resolve: (i) => (typeof i.edge.props.end === 'number' ? i.edge.props.end : null) }),
    article: t.field({ type: ArticleRef, nullable: true, description: 'The article it was read in.', resolve: (i, _a, ctx) => loadNode(ctx, i.edge.articleId, 'Article') }),
  }),
});

builder.queryFields((t) => ({
  invitations: t.field({
    type: InvitationConnection,
    description: 'Invitations by inviter and/or invitee ("did Lee invite Trump?").',
    args: {
      inviter: t.arg.string({ description: 'Who invited: name, alias or id.' }),
      invitee: t.arg.string({ description: 'Who was invited: name, alias or id.' }),
      ...pagingArgs(t),
    },
    resolve: async (_r, args, ctx, info) => {
      const page = pageArgs(args, ctx);
      // Everyone's invitations: the store pages them, however many the corpus holds.
      if (!args.inviter && !args.invitee) {
        const edges = await ctx.store.findEdges({ type: 'INVITED', fromLabel: 'Person' }, { ...page, count: asksForTotal(info) });
        return fromPage(edges, (edge) => ({ edge }));
      }
      const named = async (name: string | null | undefined) => (name ? new Set((await entitiesNamed(ctx, name, ['Person'])).map((n) => n.id)) : null);
      const [inviters, invitees] = await Promise.all([named(args.inviter), named(args.invitee)]);
      // From the inviters' links when given (kept only to the invitees), else into the invitees.
      const start = [...(inviters ?? invitees!)];
      const direction = inviters ? 'out' : 'in';
      const edges = (await Promise.all(start.map((id) => follow(ctx, id, 'INVITED', direction))))
        .flat()
        .filter((x) => !invitees || invitees.has(x.edge.to))
        .map((x) => ({ edge: x.edge }))
        .sort((a, b) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0));
      return fromList(edges, page);
    },
  }),
}));
