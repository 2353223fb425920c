import type { GraphQLResolveInfo } from 'graphql';
import type { EdgeQuery } from '../../graph/store';
import { builder } from '../builder';
import { asksForTotal, fromPage, pageArgs, pagingArgs, type ConnectionShape, type PagingArgs } from '../connection';
import type { ApiContext } from '../context';
import { ArticleRef, EventRef, InvitationConnection, InvitationRef, PersonRef, type InvitationShape } from '../refs';
import { entitiesNamed, loadNode } from '../resolve';

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

/**
 * Invitations with the given ends (`fromIds`, `toIds`, labels), in id order, paged and (when
 * asked) counted by the store: a page costs the page, however many invitations a person, or the
 * corpus, has.
 */
export async function invitationsPage(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  args: PagingArgs,
  ends: Omit<EdgeQuery, 'type'>,
): Promise<ConnectionShape<InvitationShape>> {
  return fromPage(await ctx.store.findEdges({ type: 'INVITED', ...ends }, { ...pageArgs(args, ctx), count: asksForTotal(info) }), (edge) => ({ edge }));
}

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
      // Everyone's invitations: people inviting.
      if (!args.inviter && !args.invitee) return invitationsPage(ctx, info, args, { fromLabel: 'Person' });
      const named = async (name: string | null | undefined) => (name ? (await entitiesNamed(ctx, name, ['Person'])).map((n) => n.id) : undefined);
      const [fromIds, toIds] = await Promise.all([named(args.inviter), named(args.invitee)]);
      return invitationsPage(ctx, info, args, { ...(fromIds ? { fromIds } : {}), ...(toIds ? { toIds } : {}) });
    },
  }),
}));
