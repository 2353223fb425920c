import { MAX_MEETING_SIZE, articleInteractions } from '../../src/graph/article-interactions';
import type { ArticleGraph, EdgeType, GraphNode, NodeLabel } from '../../src/graph/model';

const node = (id: string, label: NodeLabel, props: GraphNode['props'] = {}): GraphNode => ({ id, label, props });
let n = 0;
const edge = (type: EdgeType, from: string, to: string) => ({ id: `edge:${n++}`, type, from, to, articleId: 'article:a', props: {} });

describe('articleInteractions', () => {
  const graph: ArticleGraph = {
    articleId: 'article:a',
    contentHash: 'a',
    nodes: [
      node('article:a', 'Article'),
      node('person:lee', 'Person'),
      node('person:kim', 'Person'),
      node('org:kcna', 'Organization'),
      node('country:USA', 'Country'),
      node('statement:1', 'Statement'),
      node('statement:2', 'Statement'),
      node('event:summit', 'Event', { status: 'planned' }),
      node('event:talks', 'Event', { status: null }),
    ],
    edges: [
      // Kim and KCNA said statement 1, Kim statement 2; both are about Lee.
      edge('SAID', 'person:kim', 'statement:1'),
      edge('SAID', 'org:kcna', 'statement:1'),
      edge('SAID', 'person:kim', 'statement:2'),
      edge('ABOUT', 'statement:1', 'person:lee'),
      edge('ABOUT', 'statement:2', 'person:lee'),
      // About himself, and about an event: neither is an interaction.
      edge('ABOUT', 'statement:2', 'person:kim'),
      edge('ABOUT', 'statement:1', 'event:summit'),
      edge('PARTICIPANT', 'person:lee', 'event:summit'),
      edge('PARTICIPANT', 'person:kim', 'event:summit'),
      edge('PARTICIPANT', 'country:USA', 'event:summit'),
      // An event of no status counts for no status.
      edge('PARTICIPANT', 'person:lee', 'event:talks'),
      edge('PARTICIPANT', 'person:kim', 'event:talks'),
    ],
  };

  it('counts distinct statements per speaker and topic, and each pair of an event of a status once, smaller id first', () => {
    const rows = articleInteractions(graph);
    expect(rows).toEqual([
      { kind: 'MET', a: 'country:USA', b: 'person:kim', status: 'planned', weight: 1 },
      { kind: 'MET', a: 'country:USA', b: 'person:lee', status: 'planned', weight: 1 },
      { kind: 'MET', a: 'person:kim', b: 'person:lee', status: 'planned', weight: 1 },
      { kind: 'SAID_ABOUT', a: 'org:kcna', b: 'person:lee', status: '', weight: 1 },
      { kind: 'SAID_ABOUT', a: 'person:kim', b: 'person:lee', status: '', weight: 2 },
    ]);
  });

  it('gives the same rows in the same order whatever the order of the links', () => {
    expect(articleInteractions({ ...graph, edges: [...graph.edges].reverse() })).toEqual(articleInteractions(graph));
  });

  it('counts no pairs for an event of more than MAX_MEETING_SIZE participants: a gathering, and a square of pairs', () => {
    const crowd = (size: number): ArticleGraph => ({
      articleId: 'article:a',
      contentHash: 'a',
      nodes: [node('article:a', 'Article'), node('event:un', 'Event', { status: 'occurred' }), ...Array.from({ length: size }, (_, i) => node(`country:c${i}`, 'Country'))],
      edges: Array.from({ length: size }, (_, i) => edge('PARTICIPANT', `country:c${i}`, 'event:un')),
    });
    expect(articleInteractions(crowd(MAX_MEETING_SIZE))).toHaveLength((MAX_MEETING_SIZE * (MAX_MEETING_SIZE - 1)) / 2);
    expect(articleInteractions(crowd(MAX_MEETING_SIZE + 1))).toEqual([]);
    expect(articleInteractions(crowd(50_000))).toEqual([]);
  });

  it('gives nothing for an article without statements about anyone or events of several participants', () => {
    expect(articleInteractions({ ...graph, edges: graph.edges.filter((e) => e.type === 'PARTICIPANT' && e.from === 'person:lee') })).toEqual([]);
  });
});
