import { builder } from '../builder';
import { fromList, pageArgs, pagingArgs } from '../connection';
import { CountryRef, EntityRef, EventConnection, PlaceRef } from '../refs';
import { followNodes, str } from '../resolve';
import { isLabel } from './entity';
import { byEventDate } from './event';

builder.objectType(PlaceRef, {
  description: 'A place events are held in ("Panmunjom", "the White House").',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  isTypeOf: isLabel('Place'),
  fields: (t) => ({
    country: t.field({
      type: CountryRef,
      nullable: true,
      description: 'The country the place is in, where known.',
      resolve: (n, _a, ctx) => {
        const code = str(n, 'country');
        return code ? ctx.loaders.node.load(`country:${code}`) : null;
      },
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events held here, by date.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => fromList((await followNodes(ctx, n.id, 'HELD_IN', 'in', 'Event')).sort(byEventDate), pageArgs(args, ctx)),
    }),
  }),
});
