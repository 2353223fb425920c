import { builder } from '../builder';
import { fromPage, pageArgs, pagingArgs } from '../connection';
import { ConditionConnection, CountryRef, EntityRef, EventConnection, InvitationConnection, PersonConnection, PersonRef, StatementConnection } from '../refs';
import { entitiesNamed, followNodes, linkedPage, list, NEWEST_FIRST, str } from '../resolve';
import { isLabel } from './entity';
import { EVENT_DATE_ORDER } from './event';
import { invitationsPage } from './invitation';

builder.objectType(PersonRef, {
  description: 'A person who speaks, sets conditions, invites or meets in the news.',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  isTypeOf: isLabel('Person'),
  fields: (t) => ({
    roles: t.stringList({ description: 'Roles as the articles state them ("President of South Korea", "North Korean leader").', resolve: (n) => list(n, 'roles') }),
    country: t.field({
      type: CountryRef,
      nullable: true,
      description: 'The country the person belongs to, where an article says.',
      resolve: (n, _a, ctx) => {
        const code = str(n, 'country');
        return code ? ctx.loaders.node.load(`country:${code}`) : null;
      },
    }),
    statements: t.field({
      type: StatementConnection,
      description: 'What this person said, newest first.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'SAID', 'out', 'Statement', NEWEST_FIRST),
    }),
    conditions: t.field({
      type: ConditionConnection,
      description: 'Conditions this person attached to an action or outcome, newest first.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'SET', 'out', 'Condition', NEWEST_FIRST),
    }),
    invitationsSent: t.field({
      type: InvitationConnection,
      description: 'Invitations this person extended.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => invitationsPage(ctx, info, args, { fromIds: [n.id] }),
    }),
    invitationsReceived: t.field({
      type: InvitationConnection,
      description: 'Invitations this person received.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => invitationsPage(ctx, info, args, { toIds: [n.id] }),
    }),
    events: t.field({
      type: EventConnection,
      description: 'Meetings, talks, summits, visits and calls this person took part in or is expected at, by date.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'PARTICIPANT', 'out', 'Event', EVENT_DATE_ORDER),
    }),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: PersonRef,
    nullable: true,
    description: 'A person by canonical name or any alias ("Kim Jong Un", "Kim Jong-un", "Kim"), or by id; when several share the name, the one more articles name. Null when nobody matches.',
    args: { name: t.arg.string({ required: true, description: 'Name, alias or id; case, accents, hyphens and dots do not matter.' }) },
    resolve: async (_r, { name }, ctx) => {
      const people = await entitiesNamed(ctx, name, ['Person']);
      if (people.length < 2) return people[0] ?? null;
      // A name several people share ("Kim"): the one more articles name, counted by the store.
      const mentions = await Promise.all(people.map((p) => ctx.store.findEdges({ type: 'MENTIONS', toIds: [p.id] }, { first: 0 })));
      return people.map((p, i) => ({ p, n: mentions[i]!.totalCount })).sort((a, b) => b.n - a.n || a.p.id.localeCompare(b.p.id))[0]!.p;
    },
  }),
  people: t.field({
    type: PersonConnection,
    description: 'People in the graph by name, or all of them, alphabetically by id.',
    args: { name: t.arg.string({ description: 'Only people with this name or alias.' }), ...pagingArgs(t) },
    resolve: async (_r, args, ctx) => fromPage(await ctx.store.findNodes({ label: 'Person', ...(args.name ? { name: args.name } : {}) }, pageArgs(args, ctx))),
  }),
}));
