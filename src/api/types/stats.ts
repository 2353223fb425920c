import { EDGE_TYPES, NODE_LABELS } from '../../graph/model';
import type { StoreStats } from '../../graph/store';
import { builder } from '../builder';

const CountRef = builder.objectRef<{ name: string; count: number }>('Count').implement({
  description: 'How many of one kind there are.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Node label or edge type.' }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

const StatsRef = builder.objectRef<StoreStats>('Stats').implement({
  description: 'Size of the graph: nodes by label and edges by type.',
  fields: (t) => ({
    totalNodes: t.exposeInt('totalNodes', { description: 'All nodes.' }),
    totalEdges: t.exposeInt('totalEdges', { description: 'All edges.' }),
    nodes: t.field({
      type: [CountRef],
      description: 'Nodes by label, every label listed (zero when none).',
      resolve: (s) => NODE_LABELS.map((name) => ({ name, count: s.nodes[name] ?? 0 })),
    }),
    edges: t.field({
      type: [CountRef],
      description: 'Edges by type, every type listed (zero when none).',
      resolve: (s) => EDGE_TYPES.map((name) => ({ name, count: s.edges[name] ?? 0 })),
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({ type: StatsRef, description: 'Counts of nodes by label and edges by type.', resolve: (_r, _a, ctx) => ctx.store.stats() }),
);
