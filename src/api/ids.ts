import type { NodeLabel } from '../graph/model';

const PREFIX_LABEL: Record<string, NodeLabel> = {
  article: 'Article',
  person: 'Person',
  country: 'Country',
  org: 'Organization',
  place: 'Place',
  event: 'Event',
  statement: 'Statement',
  condition: 'Condition',
};

/** The node label a graph id names by its prefix ("org:cnn" -> Organization); '' when unknown. */
export function labelOfId(id: string): NodeLabel | '' {
  const prefix = id.slice(0, id.indexOf(':'));
  return PREFIX_LABEL[prefix] ?? '';
}
