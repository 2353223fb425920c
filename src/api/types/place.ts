import { builder } from '../builder';
import { pagingArgs } from '../connection';
import { CountryRef, EntityRef, EventConnection, PlaceRef } from '../refs';
import { linkedPage, str } from '../resolve';
import { isLabel } from './entity';
import { EVENT_DATE_ORDER } from './event';

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
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'HELD_IN', 'in', 'Event', EVENT_DATE_ORDER),
    }),
  }),
});
