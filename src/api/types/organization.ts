import { builder } from '../builder';
import { pagingArgs } from '../connection';
import { ConditionConnection, EntityRef, OrganizationRef, StatementConnection } from '../refs';
import { linkedPage, NEWEST_FIRST } from '../resolve';
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
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'SAID', 'out', 'Statement', NEWEST_FIRST),
    }),
    reported: t.field({
      type: StatementConnection,
      description: 'Statements the organisation reported as the outlet ("CNN reported"), newest first.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'REPORTED_BY', 'in', 'Statement', NEWEST_FIRST),
    }),
    conditions: t.field({
      type: ConditionConnection,
      description: 'Conditions the organisation attached, newest first.',
      args: pagingArgs(t),
      resolve: (n, args, ctx, info) => linkedPage(ctx, info, args, n.id, 'SET', 'out', 'Condition', NEWEST_FIRST),
    }),
  }),
});
