import { builder } from '../builder';
import { fromList, fromPage, pageArgs, pagingArgs } from '../connection';
import { ArticleConnection, ArticleRef, ConditionConnection, EntityConnection, EventConnection, StatementConnection } from '../refs';
import { followNodes, num, str } from '../resolve';
import { isLabel } from './entity';
import { byEventDate } from './event';

const byOffset = (a: { props: Record<string, unknown> }, b: { props: Record<string, unknown> }) => Number(a.props.start ?? 0) - Number(b.props.start ?? 0);

builder.objectType(ArticleRef, {
  description: 'A news article that was read; every fact points back to the article it came from.',
  interfaces: [builder.nodeInterfaceRef()],
  isTypeOf: isLabel('Article'),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Graph id: "article:" and the sha256 of the url (or of the text when there is no url).' }),
    slug: t.string({ nullable: true, description: 'The record id the article arrived with ("ht-trump-kim-asia-visit").', resolve: (n) => str(n, 'slug') }),
    title: t.string({ nullable: true, description: 'Headline.', resolve: (n) => str(n, 'title') }),
    url: t.string({ nullable: true, description: 'Where the article was published.', resolve: (n) => str(n, 'url') }),
    source: t.string({ nullable: true, description: 'The outlet ("Hindustan Times").', resolve: (n) => str(n, 'source') }),
    published: t.string({ nullable: true, description: 'Publication date or date-time (ISO 8601), as the outlet gives it.', resolve: (n) => str(n, 'published') }),
    extractorVersion: t.string({ nullable: true, description: 'Version of the extractor that read it.', resolve: (n) => str(n, 'extractorVersion') }),
    length: t.int({ nullable: true, description: 'Characters of cleaned text (offsets of facts point into it).', resolve: (n) => (typeof n.props.text === 'string' ? n.props.text.length : num(n, 'length')) }),
    statements: t.field({
      type: StatementConnection,
      description: 'Statements read in this article, in text order.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => fromList((await followNodes(ctx, n.id, 'IN_ARTICLE', 'in', 'Statement')).sort(byOffset), pageArgs(args, ctx)),
    }),
    conditions: t.field({
      type: ConditionConnection,
      description: 'Conditions read in this article, in text order.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => fromList((await followNodes(ctx, n.id, 'IN_ARTICLE', 'in', 'Condition')).sort(byOffset), pageArgs(args, ctx)),
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events this article tells of, by date.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => fromList((await followNodes(ctx, n.id, 'IN_ARTICLE', 'in', 'Event')).sort(byEventDate), pageArgs(args, ctx)),
    }),
    mentions: t.field({
      type: EntityConnection,
      description: 'People, countries, organisations and places the article names, in order of first mention.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => {
        const m = await ctx.loaders.neighbours('MENTIONS', 'out').load(n.id);
        const sorted = [...m].sort((a, b) => Number(a.edge.props.start ?? Infinity) - Number(b.edge.props.start ?? Infinity) || a.node.id.localeCompare(b.node.id));
        return fromList(sorted.map((x) => x.node), pageArgs(args, ctx));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'An article by graph id ("article:<sha256>") or by the record id it arrived with ("ht-trump-kim-asia-visit").',
    args: { id: t.arg.id({ required: true, description: 'Graph id or record id.' }) },
    resolve: async (_r, { id }, ctx) => {
      if (id.startsWith('article:')) {
        const n = await ctx.loaders.node.load(id);
        return n?.label === 'Article' ? n : null;
      }
      return (await ctx.store.findNodes({ label: 'Article', where: { slug: id } }, { first: 1 })).items[0] ?? null;
    },
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles, newest first, optionally from one outlet or date range.',
    args: {
      source: t.arg.string({ description: 'Only articles from this outlet (exact name, e.g. "Hindustan Times").' }),
      from: t.arg.string({ description: 'Published on or after this ISO date.' }),
      to: t.arg.string({ description: 'Published on or before this ISO date.' }),
      ...pagingArgs(t),
    },
    resolve: async (_r, args, ctx) =>
      fromPage(
        await ctx.store.findNodes(
          { label: 'Article', ...(args.source ? { where: { source: args.source } } : {}), from: args.from ?? undefined, to: args.to ?? undefined, dateProp: 'published', orderBy: { prop: 'published', direction: 'DESC' } },
          pageArgs(args, ctx),
        ),
      ),
  }),
}));
