import type { GraphNode } from '../../graph/model';
import { SaysoError } from '../../graph/store';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { badInput } from '../errors';
import { EntityRef } from '../refs';
import { entitiesNamed, follow } from '../resolve';

type Interaction = 'SAID_ABOUT' | 'INVITED' | 'MET';
interface Link {
  from: string;
  to: string;
  kind: Interaction;
  weight: number;
}
/** One piece of evidence of an interaction: the statement, invitation or event it was read from. */
interface Evidence {
  from: string;
  to: string;
  kind: Interaction;
  via: string;
}
interface NetworkShape {
  nodes: GraphNode[];
  links: Link[];
}

const InteractionKind = builder.enumType('InteractionKind', {
  description: 'How two entities interact in the news.',
  values: {
    SAID_ABOUT: { description: '`from` said something about `to`.' },
    INVITED: { description: '`from` invited `to`.' },
    MET: { description: '`from` and `to` took part in the same meeting, talks, summit, visit or call (held or planned).' },
  } as const,
});

const LinkRef = builder.objectRef<Link>('NetworkLink').implement({
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
/** Largest network returned; the nearest entities are kept. */
export const MAX_NETWORK_NODES = 200;
const MEETING_STATUSES = new Set(['occurred', 'planned']);

/** Interactions of a set of entities, one batched store call per edge type and direction. */
async function interactionsOf(ctx: ApiContext, ids: string[]): Promise<Evidence[]> {
  const links: Evidence[] = [];
  const [said, aboutSelf, invitedOut, invitedIn, took] = await Promise.all([
    Promise.all(ids.map((id) => follow(ctx, id, 'SAID', 'out', 'Statement'))),
    Promise.all(ids.map((id) => follow(ctx, id, 'ABOUT', 'in', 'Statement'))),
    Promise.all(ids.map((id) => follow(ctx, id, 'INVITED', 'out'))),
    Promise.all(ids.map((id) => follow(ctx, id, 'INVITED', 'in'))),
    Promise.all(ids.map((id) => follow(ctx, id, 'PARTICIPANT', 'out', 'Event'))),
  ]);
  // Second hops: what those statements are about, who said the statements about us, who else was at the events.
  const [abouts, speakers, participants] = await Promise.all([
    Promise.all(said.map((list) => Promise.all(list.map((s) => follow(ctx, s.node.id, 'ABOUT', 'out'))))),
    Promise.all(aboutSelf.map((list) => Promise.all(list.map((s) => follow(ctx, s.node.id, 'SAID', 'in'))))),
    Promise.all(took.map((list) => Promise.all(list.filter((e) => MEETING_STATUSES.has(String(e.node.props.status))).map((e) => follow(ctx, e.node.id, 'PARTICIPANT', 'in'))))),
  ]);
  ids.forEach((id, i) => {
    for (const list of abouts[i]!) for (const a of list) if (a.node.label !== 'Event' && a.node.id !== id) links.push({ from: id, to: a.node.id, kind: 'SAID_ABOUT', via: a.edge.from });
    for (const list of speakers[i]!) for (const s of list) if (s.node.id !== id) links.push({ from: s.node.id, to: id, kind: 'SAID_ABOUT', via: s.edge.to });
    for (const x of invitedOut[i]!) links.push({ from: id, to: x.node.id, kind: 'INVITED', via: x.edge.id });
    for (const x of invitedIn[i]!) links.push({ from: x.node.id, to: id, kind: 'INVITED', via: x.edge.id });
    for (const list of participants[i]!) for (const p of list) if (p.node.id !== id) links.push({ from: id, to: p.node.id, kind: 'MET', via: p.edge.to });
  });
  return links;
}

async function networkAround(ctx: ApiContext, start: GraphNode, depth: number): Promise<NetworkShape> {
  const seen = new Set<string>([start.id]);
  // Evidence by link: the same statement, invitation or event is found from both of its ends.
  const evidence = new Map<string, { link: Omit<Link, 'weight'>; via: Set<string> }>();
  let frontier = [start.id];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const e of await interactionsOf(ctx, frontier)) {
      // MET is symmetric: one link per pair, from the smaller id.
      const [from, to] = e.kind === 'MET' && e.from > e.to ? [e.to, e.from] : [e.from, e.to];
      const key = `${e.kind}|${from}|${to}`;
      let entry = evidence.get(key);
      if (!entry) evidence.set(key, (entry = { link: { from, to, kind: e.kind }, via: new Set() }));
      entry.via.add(e.via);
      for (const id of [from, to])
        if (!seen.has(id) && seen.size < MAX_NETWORK_NODES) {
          seen.add(id);
          next.push(id);
        }
    }
    frontier = next;
  }
  const nodes = (await ctx.loaders.node.loadMany([...seen])).filter((n): n is GraphNode => !!n && !(n instanceof Error));
  const kept = new Set(nodes.map((n) => n.id));
  const links = [...evidence.values()]
    .filter(({ link }) => kept.has(link.from) && kept.has(link.to))
    .map(({ link, via }) => ({ ...link, weight: via.size }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { nodes, links };
}

builder.queryField('network', (t) =>
  t.field({
    type: NetworkRef,
    description: 'Who interacts with whom around a person: statements about each other, invitations and meetings, up to `depth` hops.',
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
