import type { GraphNode } from '../../graph/model';
import { builder } from '../builder';
import { pagingArgs } from '../connection';
import { ArticleConnection, ConditionConnection, EntityRef, StatementConnection } from '../refs';
import { linkedPage, list, NEWEST_FIRST, str } from '../resolve';

/** Someone or something with a name: people, countries, organisations and places. */
EntityRef.implement({
  description: 'A named participant of the news: a person, country, organisation or place. Names are canonical; aliases are the other spellings and references seen.',
  interfaces: [builder.nodeInterfaceRef()],
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Graph id ("person:kim-jong-un", "country:USA").' }),
    name: t.string({ description: 'Canonical full name ("Kim Jong Un", "United States").', resolve: (n) => str(n, 'name') ?? n.id }),
    aliases: t.stringList({ description: 'Other names this entity is referred to by ("Kim Jong-un", "Pyongyang", "US").', resolve: (n) => list(n, 'aliases') }),
    mentionedIn: t.field({
      type: ArticleConnection,
      description: 'Articles that name this entity, newest first.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'MENTIONS', 'in', 'Article', NEWEST_FIRST),
    }),
    statementsAbout: t.field({
      type: StatementConnection,
      description: 'Statements that are about this entity (it is named in them), newest first.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'ABOUT', 'in', 'Statement', NEWEST_FIRST),
    }),
    conditionsFor: t.field({
      type: ConditionConnection,
      description: 'Conditions on which something involving this entity depends ("talks with the US").',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'FOR', 'in', 'Condition', NEWEST_FIRST),
    }),
  }),
});

export const isLabel = (label: GraphNode['label']) => (v: unknown) => (v as GraphNode | null)?.label === label;
