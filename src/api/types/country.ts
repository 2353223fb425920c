import { builder } from '../builder';
import { fromList, fromPage, pageArgs, pagingArgs } from '../connection';
import { ConditionConnection, CountryRef, EntityRef, PersonConnection, StatementConnection } from '../refs';
import { linkedPage, NEWEST_FIRST, str } from '../resolve';
import { isLabel } from './entity';

builder.objectType(CountryRef, {
  description: 'A country, also when named through its capital or government ("Washington", "Pyongyang", "the White House").',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  isTypeOf: isLabel('Country'),
  fields: (t) => ({
    code: t.string({ nullable: true, description: 'ISO 3166 alpha-3 code ("USA", "PRK").', resolve: (n) => str(n, 'code') }),
    people: t.field({
      type: PersonConnection,
      description: 'People the articles place in this country.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => {
        const code = str(n, 'code');
        const page = pageArgs(args, ctx);
        return code ? fromPage(await ctx.store.findNodes({ label: 'Person', where: { country: code } }, page)) : fromList([], page);
      },
    }),
    statements: t.field({
      type: StatementConnection,
      description: 'Statements attributed to the country itself ("North Korea said"), newest first.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'SAID', 'out', 'Statement', NEWEST_FIRST),
    }),
    conditions: t.field({
      type: ConditionConnection,
      description: 'Conditions the country (its government) attached, newest first.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'SET', 'out', 'Condition', NEWEST_FIRST),
    }),
  }),
});
