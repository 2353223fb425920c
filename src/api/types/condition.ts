import type { NodeQuery } from '../../graph/store';
import { builder } from '../builder';
import { asksForTotal, fromPage, pageArgs, pagingArgs } from '../connection';
import { ArticleRef, ConditionConnection, ConditionRef, EntityRef, EventRef, StatementRef } from '../refs';
import { articleOf, checkDate, entitiesNamed, followNodes, followOne, num, str } from '../resolve';
import { onKeyGroups } from '../words';
import { isLabel } from './entity';

builder.objectType(ConditionRef, {
  description: 'A condition someone attached to an action or outcome ("if the US drops its obsession with denuclearisation"), in the article\u2019s words.',
  interfaces: [builder.nodeInterfaceRef()],
  isTypeOf: isLabel('Condition'),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Graph id ("condition:<hash>").' }),
    text: t.string({ description: 'The condition, in the article\u2019s words.', resolve: (n) => str(n, 'text') ?? '' }),
    on: t.string({ nullable: true, description: 'What depends on it, in words ("sitting down with the US").', resolve: (n) => str(n, 'on') }),
    sentence: t.string({ nullable: true, description: 'The sentence the condition was read in.', resolve: (n) => str(n, 'sentence') }),
    start: t.int({ nullable: true, description: 'Character offset of the condition in the article.', resolve: (n) => num(n, 'start') }),
    end: t.int({ nullable: true, description: 'Character offset just after the condition.', resolve: (n) => num(n, 'end') }),
    confidence: t.float({ nullable: true, description: 'How sure the extractor is (0 to 1).', resolve: (n) => num(n, 'confidence') }),
    published: t.string({ nullable: true, description: 'When the article was published.', resolve: (n) => str(n, 'published') }),
    holder: t.field({ type: EntityRef, nullable: true, description: 'Who set the condition.', resolve: (n, _a, ctx) => followOne(ctx, n.id, 'SET', 'in') }),
    statement: t.field({ type: StatementRef, nullable: true, description: 'The statement the condition was stated in, if any.', resolve: (n, _a, ctx) => followOne(ctx, n.id, 'CONDITIONED_ON', 'in', 'Statement') }),
    forEvents: t.field({ type: [EventRef], description: 'Events that depend on the condition.', resolve: (n, _a, ctx) => followNodes(ctx, n.id, 'FOR', 'out', 'Event') }),
    forEntities: t.field({ type: [EntityRef], description: 'Entities named in what depends on it ("the US" in "talks with the US").', resolve: (n, _a, ctx) => followNodes(ctx, n.id, 'FOR', 'out').then((l) => l.filter((x) => x.label !== 'Event')) }),
    article: t.field({ type: ArticleRef, description: 'The article it was read in.', resolve: async (n, _a, ctx) => (await articleOf(ctx, n))! }),
  }),
});

builder.queryFields((t) => ({
  conditions: t.field({
    type: ConditionConnection,
    description: 'Conditions by who set them, what depends on them and when they were published, newest first. "What conditions did Kim attach to talks": `conditions(holder: "Kim Jong Un", on: "talks")`.',
    args: {
      holder: t.arg.string({ description: 'Who set the condition: name, alias or id of a person, country or organisation.' }),
      on: t.arg.string({ description: 'What depends on it, in words ("talks", "a ceasefire"): every word, or a kindred one ("negotiations", "meeting" for talks), in any ending, among the words of the condition\u2019s `on`, of the events it is for and the names the article gave the entities it is for ("United States" for "talks with the US").' }),
      from: t.arg.string({ description: 'Published on or after this ISO date.' }),
      to: t.arg.string({ description: 'Published on or before this ISO date.' }),
      ...pagingArgs(t),
    },
    resolve: async (_r, args, ctx, info) => {
      const page = { ...pageArgs(args, ctx), count: asksForTotal(info) };
      const from = checkDate(args.from, 'from');
      const to = checkDate(args.to, 'to');
      // The holder's conditions are filtered, counted and paged by the store (linkedFrom): a
      // page costs the same however much the holder has said.
      let holder: NodeQuery['linkedFrom'];
      if (args.holder) {
        const who = await entitiesNamed(ctx, args.holder, ['Person', 'Country', 'Organization']);
        holder = { ids: who.map((e) => e.id), edgeType: 'SET' };
      }
      // `on` is a full-text filter on the condition's on-keys (onKeyGroups): filtered, counted
      // and paged by the store with the rest.
      const terms = args.on ? onKeyGroups(args.on) : null;
      const query: NodeQuery = {
        label: 'Condition',
        ...(holder ? { linkedFrom: holder } : {}),
        ...(terms ? { terms } : {}),
        dateProp: 'published',
        from,
        to,
        orderBy: { prop: 'published', direction: 'DESC' },
      };
      return fromPage(await ctx.store.findNodes(query, page));
    },
  }),
}));
