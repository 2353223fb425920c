import type { GraphNode } from '../../graph/model';
import { sourceKeyOf } from '../../graph/ids';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { asksForTotal, fromList, fromPage, pageArgs, pagingArgs } from '../connection';
import { ArticleRef, ConditionConnection, EntityRef, EventRef, OrganizationRef, StatementConnection, StatementRef } from '../refs';
import { articleOf, checkDate, entitiesNamed, followNodes, followOne, num, str } from '../resolve';
import { isLabel } from './entity';
import { StatementKindEnum } from './enums';

builder.objectType(StatementRef, {
  description: 'Something someone said, quoted directly or reported, with where it was read.',
  interfaces: [builder.nodeInterfaceRef()],
  isTypeOf: isLabel('Statement'),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Graph id ("statement:<hash of article and offsets>").' }),
    text: t.string({ description: 'The words: the quotation without its marks, or the reported speech.', resolve: (n) => str(n, 'text') ?? '' }),
    kind: t.field({ type: StatementKindEnum, description: 'Direct quotation or reported speech.', resolve: (n) => (str(n, 'kind') ?? 'direct') as never }),
    cue: t.string({ nullable: true, description: 'The attribution words ("said", "told reporters", "according to").', resolve: (n) => str(n, 'cue') }),
    quoteKey: t.string({ nullable: true, description: 'The text normalised: equal for the same quotation in different articles.', resolve: (n) => str(n, 'quoteKey') }),
    sentence: t.string({ nullable: true, description: 'The sentence the statement was read in.', resolve: (n) => str(n, 'sentence') }),
    start: t.int({ nullable: true, description: 'Character offset of the text in the article.', resolve: (n) => num(n, 'start') }),
    end: t.int({ nullable: true, description: 'Character offset just after the text.', resolve: (n) => num(n, 'end') }),
    confidence: t.float({ nullable: true, description: 'How sure the extractor is of the statement and its speaker (0 to 1).', resolve: (n) => num(n, 'confidence') }),
    published: t.string({ nullable: true, description: 'When the article was published.', resolve: (n) => str(n, 'published') }),
    speaker: t.field({ type: EntityRef, nullable: true, description: 'Who said it (a person, or a country or organisation speaking as one); null when the article does not say.', resolve: (n, _a, ctx) => followOne(ctx, n.id, 'SAID', 'in') }),
    reporter: t.field({ type: OrganizationRef, nullable: true, description: 'The outlet the article credits with reporting it ("CNN reported").', resolve: (n, _a, ctx) => followOne(ctx, n.id, 'REPORTED_BY', 'out', 'Organization') }),
    article: t.field({ type: ArticleRef, description: 'The article it was read in.', resolve: async (n, _a, ctx) => (await articleOf(ctx, n))! }),
    about: t.field({ type: [EntityRef], description: 'Entities the statement is about (named in it).', resolve: (n, _a, ctx) => followNodes(ctx, n.id, 'ABOUT', 'out').then((l) => l.filter((x) => x.label !== 'Event')) }),
    aboutEvents: t.field({ type: [EventRef], description: 'Events the statement is about.', resolve: (n, _a, ctx) => followNodes(ctx, n.id, 'ABOUT', 'out', 'Event') }),
    conditions: t.field({
      type: ConditionConnection,
      description: 'Conditions stated in this statement.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => fromList(await followNodes(ctx, n.id, 'CONDITIONED_ON', 'out', 'Condition'), pageArgs(args, ctx)),
    }),
  }),
});

/** What `about` names: an event by id, else the entities of that name, alias or id. */
async function topics(ctx: ApiContext, about: string): Promise<GraphNode[]> {
  if (!about.startsWith('event:')) return entitiesNamed(ctx, about);
  return [await ctx.loaders.node.load(about)].filter((n): n is GraphNode => !!n);
}

builder.queryFields((t) => ({
  statements: t.field({
    type: StatementConnection,
    description: 'Statements by speaker, topic, words, kind, outlet and date, newest first.',
    args: {
      speaker: t.arg.string({ description: 'Who said it: name, alias or id.' }),
      about: t.arg.string({ description: 'What it is about: an entity name, alias or id, or an event id.' }),
      text: t.arg.string({ description: 'Full-text search in the words said (all words must appear, the last one from three letters on also as a prefix; the first 32 words count).' }),
      kind: t.arg({ type: StatementKindEnum, description: 'Only direct quotations or only reported speech.' }),
      source: t.arg.string({ description: 'Only from this outlet ("Hindustan Times").' }),
      from: t.arg.string({ description: 'Published on or after this ISO date.' }),
      to: t.arg.string({ description: 'Published on or before this ISO date.' }),
      ...pagingArgs(t),
    },
    resolve: async (_r, args, ctx, info) => {
      const page = { ...pageArgs(args, ctx), count: asksForTotal(info) };
      const from = checkDate(args.from, 'from');
      const to = checkDate(args.to, 'to');
      const [speakers, about] = await Promise.all([
        args.speaker ? entitiesNamed(ctx, args.speaker) : undefined,
        args.about ? topics(ctx, args.about) : undefined,
      ]);
      const where = { ...(args.kind ? { kind: args.kind } : {}), ...(args.source ? { sourceKey: sourceKeyOf(args.source) ?? '' } : {}) };
      return fromPage(
        await ctx.store.findNodes(
          {
            label: 'Statement',
            ...(args.text ? { words: args.text } : {}),
            ...(speakers ? { linkedFrom: { ids: speakers.map((e) => e.id), edgeType: 'SAID' as const } } : {}),
            ...(about ? { linksTo: { ids: about.map((e) => e.id), edgeType: 'ABOUT' as const } } : {}),
            ...(Object.keys(where).length ? { where } : {}),
            dateProp: 'published',
            from,
            to,
            orderBy: { prop: 'published', direction: 'DESC' },
          },
          page,
        ),
      );
    },
  }),
}));

