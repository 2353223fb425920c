import type { GraphNode } from '../../graph/model';
import { SaysoError, type Interaction } from '../../graph/store';
import { MAX_MEETING_SIZE } from '../../graph/article-interactions';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import { EntityRef } from '../refs';
import { entitiesNamed } from '../resolve';

interface NetworkShape {
  nodes: GraphNode[];
  links: Interaction[];
}

const InteractionKind = builder.enumType('InteractionKind', {
  description: 'How two entities interact in the news.',
  values: {
    SAID_ABOUT: { description: '`from` said something about `to`.' },
    INVITED: { description: '`from` invited `to`.' },
    MET: { description: `\`from\` and \`to\` took part in the same meeting, talks, summit, visit or call (held or planned), of at most ${MAX_MEETING_SIZE} participants.` },
  } as const,
});

const LinkRef = builder.objectRef<Interaction>('NetworkLink').implement({
  description: 'An interaction between two entities, counted over all articles.',
  fields: (t) => ({
    from: t.exposeID('from', { description: 'Id of the entity the interaction starts from.' }),
    to: t.exposeID('to', { description: 'Id of the other entity.' }),
    kind: t.field({ type: InteractionKind, description: 'Said about, invited or met.', resolve: (l) => l.kind }),
    weight: t.exposeInt('weight', { description: 'How many times it was read.' }),
  }),
});

const NetworkRef = builder.objectRef<NetworkShape>('Network').implement({
  description: 'Who interacts with whom around a person, as nodes and links for a dashboard graph.',
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], description: 'The entities, the person first.', resolve: (n) => n.nodes }),
    links: t.field({ type: [LinkRef], description: 'Interactions between them.', resolve: (n) => n.links }),
  }),
});

export const MAX_NETWORK_DEPTH = 3;
/** Largest network returned: nearer hops first, and within a hop the strongest partners. */
export const MAX_NETWORK_NODES = 200;
/** Event statuses that count as having met: held or planned, not merely proposed. */
const MEETING_STATUSES = ['occurred', 'planned'];

/**
 * The entities within `depth` hops of `start`, hop by hop: the store counts each hop's
 * interactions (one call, however many statements they rest on), and a hop admits new entities
 * strongest link first until MAX_NETWORK_NODES, so a cut network keeps the closest partners.
 */
async function networkAround(ctx: ApiContext, start: GraphNode, depth: number): Promise<NetworkShape> {
  const seen = new Set<string>([start.id]);
  const links = new Map<string, Interaction>();
  let frontier = [start.id];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const found = await ctx.store.interactions({ ids: frontier, meetingStatuses: MEETING_STATUSES });
    const next: string[] = [];
    for (const link of [...found].sort(strongestFirst)) {
      links.set(`${link.kind}|${link.from}|${link.to}`, link);
      for (const id of [link.from, link.to])
        if (!seen.has(id) && seen.size < MAX_NETWORK_NODES) {
          seen.add(id);
          next.push(id);
        }
    }
    frontier = next;
  }
  const nodes = (await ctx.loaders.node.loadMany([...seen])).filter((n): n is GraphNode => !!n && !(n instanceof Error));
  const kept = new Set(nodes.map((n) => n.id));
  const keptLinks = [...links.values()].filter((l) => kept.has(l.from) && kept.has(l.to)).sort(byKindThenEnds);
  return { nodes, links: keptLinks };
}

const strongestFirst = (a: Interaction, b: Interaction) => b.weight - a.weight || byKindThenEnds(a, b);
const byKindThenEnds = (a: Interaction, b: Interaction) => a.kind.localeCompare(b.kind) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to);

builder.queryField('network', (t) =>
  t.field({
    type: NetworkRef,
    description: `Who interacts with whom around a person: statements about each other, invitations and meetings, up to \`depth\` hops. At most ${MAX_NETWORK_NODES} entities: nearer hops first, and within a hop the strongest partners.`,
    args: {
      person: t.arg.string({ required: true, description: 'Name, alias or id of the person at the centre.' }),
      depth: t.arg.int({ defaultValue: 1, description: `Hops from the person (1 to ${MAX_NETWORK_DEPTH}).` }),
    },
    resolve: async (_r, args, ctx) => {
      const depth = args.depth ?? 1;
      if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NETWORK_DEPTH) throw badInput(`depth must be between 1 and ${MAX_NETWORK_DEPTH}, got ${depth}.`);
      const [person] = await entitiesNamed(ctx, args.person, ['Person']);
      if (!person) throw new SaysoError('NOT_FOUND', `No person is named "${args.person}".`);
      return networkAround(ctx, person, depth);
    },
  }),
);
