import { builder } from '../builder';
import { fromList, pageArgs, pagingArgs } from '../connection';
import { ConditionConnection, EntityRef, OrganizationRef, StatementConnection } from '../refs';
import { byPublishedDesc, followNodes } from '../resolve';
import { isLabel } from './entity';

builder.objectType(OrganizationRef, {
  description: 'An organisation: a news agency or outlet, a ministry, an alliance, a company.',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  isTypeOf: isLabel('Organization'),
  fields: (t) => ({
    statements: t.field({
      type: StatementConnection,
      description: 'Statements the organisation made, newest first.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => fromList((await followNodes(ctx, n.id, 'SAID', 'out', 'Statement')).sort(byPublishedDesc), pageArgs(args, ctx)),
    }),
    reported: t.field({
      type: StatementConnection,
      description: 'Statements the organisation reported as the outlet ("CNN reported"), newest first.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => fromList((await followNodes(ctx, n.id, 'REPORTED_BY', 'in', 'Statement')).sort(byPublishedDesc), pageArgs(args, ctx)),
    }),
    conditions: t.field({
      type: ConditionConnection,
      description: 'Conditions the organisation attached, newest first.',
      args: pagingArgs(t),
      resolve: async (n, args, ctx) => fromList((await followNodes(ctx, n.id, 'SET', 'out', 'Condition')).sort(byPublishedDesc), pageArgs(args, ctx)),
    }),
  }),
});
