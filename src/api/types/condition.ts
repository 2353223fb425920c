import type { GraphNode } from '../../graph/model';
import type { NodeQuery } from '../../graph/store';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { asksForTotal, fromPage, pageArgs, pageFiltered, pagingArgs } from '../connection';
import { ArticleRef, ConditionConnection, ConditionRef, EntityRef, EventRef, StatementRef } from '../refs';
import { articleOf, checkDate, entitiesNamed, follow, followNodes, followOne, list, num, str } from '../resolve';
import { wordsMatch } from '../words';
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

/** Does the condition depend on `on`, by its own words or by the event or entity it is linked to? */
async function conditionIsOn(ctx: ApiContext, c: GraphNode, on: string): Promise<boolean> {
  if (wordsMatch(on, String(c.props.on ?? ''))) return true;
  const linked = await follow(ctx, c.id, 'FOR', 'out');
  return linked.some(({ node }) =>
    node.label === 'Event'
      ? wordsMatch(on, `${node.props.type ?? ''} ${node.props.text ?? ''}`)
      : [String(node.props.name ?? ''), ...list(node, 'aliases')].some((name) => wordsMatch(on, name)),
  );
}

builder.queryFields((t) => ({
  conditions: t.field({
    type: ConditionConnection,
    description: 'Conditions by who set them, what depends on them and when they were published, newest first. "What conditions did Kim attach to talks": `conditions(holder: "Kim Jong Un", on: "talks")`.',
    args: {
      holder: t.arg.string({ description: 'Who set the condition: name, alias or id of a person, country or organisation.' }),
      on: t.arg.string({ description: 'What depends on it, in words ("talks", "a ceasefire"); matches the condition\u2019s own words and the event or entity it is linked to.' }),
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
      const query: NodeQuery = { label: 'Condition', ...(holder ? { linkedFrom: holder } : {}), dateProp: 'published', from, to, orderBy: { prop: 'published', direction: 'DESC' } };
      if (!args.on) return fromPage(await ctx.store.findNodes(query, page));
      // `on` matches words of the condition and of what it is linked to: read in page order and
      // filtered here, as far as the page needs (to the end when the total is asked for).
      const on = args.on;
      return pageFiltered(
        (chunk) => ctx.store.findNodes(query, chunk),
        (items) => Promise.all(items.map((c) => conditionIsOn(ctx, c, on))),
        page,
      );
    },
  }),
}));
