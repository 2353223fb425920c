import type { GraphNode } from '../../graph/model';
import { builder } from '../builder';
import type { ApiContext } from '../context';
import { fromList, pageArgs, pagingArgs, connectionType } from '../connection';
import { SaysoError } from '../../graph/store';
import { ConditionRef, EventRef, InvitationRef, StatementRef, type InvitationShape } from '../refs';
import { entitiesNamed, follow, followNodes, loadNode } from '../resolve';

type Kind = 'STATEMENT' | 'CONDITION' | 'INVITATION_SENT' | 'INVITATION_RECEIVED' | 'EVENT';
interface Entry {
  date: string | null;
  kind: Kind;
  item: GraphNode | InvitationShape;
}

const TimelineKind = builder.enumType('TimelineKind', {
  description: 'What a timeline entry is.',
  values: {
    STATEMENT: { description: 'Something the person said.' },
    CONDITION: { description: 'A condition the person set.' },
    INVITATION_SENT: { description: 'An invitation the person extended.' },
    INVITATION_RECEIVED: { description: 'An invitation the person received.' },
    EVENT: { description: 'A meeting, talks, summit, visit or call the person took part in or is expected at.' },
  } as const,
});

const TimelineItem = builder.unionType('TimelineItem', {
  description: 'A statement, condition, invitation or event.',
  types: [StatementRef, ConditionRef, InvitationRef, EventRef],
  resolveType: (v) => ('edge' in v ? 'Invitation' : (v as GraphNode).label),
});

const EntryRef = builder.objectRef<Entry>('TimelineEntry').implement({
  description: 'One dated fact of a person\u2019s timeline.',
  fields: (t) => ({
    date: t.string({ nullable: true, description: 'When: the event\u2019s date, or the publication date of the article that reports the fact.', resolve: (e) => e.date }),
    kind: t.field({ type: TimelineKind, description: 'What the entry is.', resolve: (e) => e.kind }),
    item: t.field({ type: TimelineItem, description: 'The fact itself.', resolve: (e) => e.item as never }),
  }),
});

const TimelineConnection = connectionType<Entry>('TimelineEntry', EntryRef, 'timeline entry');

async function timelineOf(ctx: ApiContext, personId: string): Promise<Entry[]> {
  const [said, set, sent, received, events] = await Promise.all([
    followNodes(ctx, personId, 'SAID', 'out', 'Statement'),
    followNodes(ctx, personId, 'SET', 'out', 'Condition'),
    follow(ctx, personId, 'INVITED', 'out'),
    follow(ctx, personId, 'INVITED', 'in'),
    followNodes(ctx, personId, 'PARTICIPANT', 'out', 'Event'),
  ]);
  const published = async (articleId: string) => {
    const a = await loadNode(ctx, articleId, 'Article');
    return a ? String(a.props.published ?? '') || null : null;
  };
  const entries: Entry[] = [
    ...said.map((n) => ({ date: (n.props.published as string | null) ?? null, kind: 'STATEMENT' as const, item: n })),
    ...set.map((n) => ({ date: (n.props.published as string | null) ?? null, kind: 'CONDITION' as const, item: n })),
    ...(await Promise.all(sent.map(async (x) => ({ date: await published(x.edge.articleId), kind: 'INVITATION_SENT' as const, item: { edge: x.edge } })))),
    ...(await Promise.all(received.map(async (x) => ({ date: await published(x.edge.articleId), kind: 'INVITATION_RECEIVED' as const, item: { edge: x.edge } })))),
    ...events.map((n) => ({ date: ((n.props.date ?? n.props.published) as string | null) ?? null, kind: 'EVENT' as const, item: n })),
  ];
  const id = (e: Entry) => ('edge' in e.item ? e.item.edge.id : e.item.id);
  // Oldest first; undated facts last; ties by kind and id so pages are stable.
  return entries.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.kind.localeCompare(b.kind) || id(a).localeCompare(id(b)));
}

builder.queryField('timeline', (t) =>
  t.field({
    type: TimelineConnection,
    description: 'A person\u2019s statements, conditions, invitations and meetings in date order (oldest first).',
    args: { person: t.arg.string({ required: true, description: 'Name, alias or id of the person.' }), ...pagingArgs(t) },
    resolve: async (_r, args, ctx) => {
      const page = pageArgs(args, ctx);
      const [person] = await entitiesNamed(ctx, args.person, ['Person']);
      if (!person) throw new SaysoError('NOT_FOUND', `No person is named "${args.person}".`);
      return fromList(await timelineOf(ctx, person.id), page);
    },
  }),
);
