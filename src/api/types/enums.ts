import { NODE_LABELS } from '../../graph/model';
import { builder } from '../builder';

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What kind of encounter an event is.',
  values: {
    Meeting: { description: 'A meeting between people.' },
    Talks: { description: 'Talks or negotiations.' },
    Summit: { description: 'A summit of leaders.' },
    Visit: { description: 'A visit by one party to another.' },
    Speech: { description: 'A speech or address.' },
    Call: { description: 'A phone or video call.' },
  } as const,
});

export const EventStatusEnum = builder.enumType('EventStatus', {
  description: 'Whether an event happened, per the article.',
  values: {
    occurred: { description: 'It took place.' },
    planned: { description: 'It is scheduled.' },
    proposed: { description: 'It was proposed, hoped for or invited to, not agreed.' },
    cancelled: { description: 'It was called off.' },
  } as const,
});

export const StatementKindEnum = builder.enumType('StatementKind', {
  description: 'How the article gives the words.',
  values: {
    direct: { description: 'A direct quotation, between quotation marks.' },
    indirect: { description: 'Reported speech: what someone said, in the article\u2019s words.' },
  } as const,
});

export const NodeLabelEnum = builder.enumType('NodeLabel', {
  description: 'The kinds of node in the graph.',
  values: Object.fromEntries(NODE_LABELS.map((l) => [l, { description: `${l} nodes.` }])) as Record<(typeof NODE_LABELS)[number], { description: string }>,
});
