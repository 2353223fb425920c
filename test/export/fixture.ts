import { createEmbeddedStore } from '../../src/graph/embedded';
import { hashOf } from '../../src/graph/ids';
import type { ArticleGraph, EdgeType, GraphEdge, GraphNode, NodeLabel, Props } from '../../src/graph/model';
import type { ExportItem, GraphStore } from '../../src/graph/store';

/**
 * Two hand-built article graphs covering every label and edge type, with text that breaks
 * naive writers: quotes of both kinds, XML and CSV metacharacters, a semicolon inside an
 * alias, line breaks, a tab, a C0 control, a backslash, an emoji and a lone surrogate.
 */

export const NASTY = 'He said "no" & <b>then</b>; it\'s over,\nreally\ttruly \\ done \u0001 \ud83d\ude00 \ud800 end';

const KIM = 'person:kim-jong-un';
const TRUMP = 'person:donald-trump';
const MOON = 'person:moon-jae-in';
const PRK = 'country:PRK';
const USA = 'country:USA';
const KCNA = 'org:kcna';
const PANMUNJOM = 'place:panmunjom';

interface Builder {
  graph: ArticleGraph;
  node(id: string, label: NodeLabel, props: Props): string;
  edge(type: EdgeType, from: string, to: string, props?: Props): void;
}

function article(key: string, props: Props): Builder {
  const articleId = `article:${hashOf(key)}`;
  const graph: ArticleGraph = { articleId, contentHash: hashOf('content', key), nodes: [], edges: [] };
  const b: Builder = {
    graph,
    node(id, label, p) {
      graph.nodes.push({ id, label, props: p });
      return id;
    },
    edge(type, from, to, p = {}) {
      const id = `edge:${hashOf(type, from, to, articleId, graph.edges.length)}`;
      graph.edges.push({ id, type, from, to, articleId, props: { start: 10 * graph.edges.length, end: 10 * graph.edges.length + 5, sentence: 'A sentence.', ...p } });
    },
  };
  b.node(articleId, 'Article', { contentHash: graph.contentHash, extractorVersion: '0.1.0', ...props });
  return b;
}

function entities(b: Builder) {
  b.node(KIM, 'Person', { name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim; the leader'], roles: ['North Korean leader'], country: 'PRK' });
  b.node(TRUMP, 'Person', { name: 'Donald Trump', aliases: ['Trump'], roles: ['President of the United States'] });
  b.node(PRK, 'Country', { name: 'North Korea', aliases: ['Pyongyang', 'DPRK'], code: 'PRK' });
  b.node(USA, 'Country', { name: 'United States', aliases: ['Washington', 'US'], code: 'USA' });
  b.node(KCNA, 'Organization', { name: 'KCNA', aliases: ['Korean Central News Agency'] });
}

export function fixtureGraphs(): ArticleGraph[] {
  const a = article('a', {
    url: 'https://news.example.org/2019/06/30/dmz?x=1&y=2',
    title: 'Trump & Kim meet at the "DMZ"',
    source: 'Example News',
    published: '2019-06-30',
    text: 'Body of the first article.',
  });
  const aid = a.graph.articleId;
  entities(a);
  a.node(MOON, 'Person', { name: 'Moon Jae-in', aliases: [], roles: ['President of South Korea'] });
  a.node(PANMUNJOM, 'Place', { name: 'Panmunjom', aliases: [], country: 'KOR' });
  const talks = a.node(`event:${hashOf('talks', aid)}`, 'Event', {
    type: 'Talks', date: null, dateText: 'soon', place: null, status: 'proposed', text: 'talks', start: 300, end: 305, sentence: 'Talks could follow.', articleId: aid,
  });
  const meeting = a.node(`event:${hashOf('meeting', aid)}`, 'Event', {
    type: 'Meeting', date: '2019-06-30', dateText: 'Sunday', place: 'Panmunjom', status: 'occurred', text: 'met', start: 20, end: 23, sentence: 'They met on Sunday.', articleId: aid,
  });
  const visit = a.node(`event:${hashOf('visit', aid)}`, 'Event', {
    type: 'Visit', date: '2020', dateText: 'next year', place: 'Washington', status: 'planned', text: 'visit', start: 400, end: 405, sentence: 'He invited him.', articleId: aid,
  });
  const s1 = a.node(`statement:${hashOf(aid, 100, 160)}`, 'Statement', {
    text: 'We will return to talks only if the US drops its hostile policy', kind: 'direct', cue: 'said', quoteKey: 'we will return to talks only if the us drops its hostile policy',
    speaker: 'Kim Jong Un', start: 100, end: 160, sentence: 'Kim said: "We will return ..."', confidence: 0.87, published: '2019-06-30', articleId: aid,
  });
  const s2 = a.node(`statement:${hashOf(aid, 200, 260)}`, 'Statement', {
    text: NASTY, kind: 'indirect', cue: 'told reporters', quoteKey: 'nasty', speaker: 'Donald Trump', start: 200, end: 260, sentence: NASTY, confidence: 1, published: '2019-06-30', articleId: aid,
  });
  const c1 = a.node(`condition:${hashOf(aid, 130, 160)}`, 'Condition', {
    text: 'only if the US drops its hostile policy', on: 'return to talks', holder: 'Kim Jong Un', start: 130, end: 160, sentence: 'Kim said ...', confidence: 0.8, published: '2019-06-30', articleId: aid,
  });
  for (const e of [KIM, TRUMP, MOON, PRK, USA, KCNA, PANMUNJOM]) a.edge('MENTIONS', aid, e, { count: 2 });
  for (const n of [talks, meeting, visit, s1, s2, c1]) a.edge('IN_ARTICLE', n, aid);
  a.edge('SAID', KIM, s1, { cue: 'said' });
  a.edge('SAID', TRUMP, s2, { cue: 'told reporters' });
  a.edge('REPORTED_BY', s1, KCNA);
  a.edge('ABOUT', s1, USA);
  a.edge('ABOUT', s1, talks);
  a.edge('CONDITIONED_ON', s1, c1);
  a.edge('SET', KIM, c1);
  a.edge('FOR', c1, talks);
  a.edge('PARTICIPANT', KIM, meeting);
  a.edge('PARTICIPANT', TRUMP, meeting);
  a.edge('HELD_IN', meeting, PANMUNJOM);
  a.edge('INVITED', TRUMP, KIM, { eventId: visit });
  a.edge('INVITED_TO', KIM, visit);

  const b = article('b', {
    url: 'https://news.example.org/2026/03/01/kim',
    title: 'Kim sets terms',
    source: 'Example News',
    published: '2026-03-01',
    text: 'Body of the second article.',
  });
  const bid = b.graph.articleId;
  entities(b);
  const s3 = b.node(`statement:${hashOf(bid, 10, 90)}`, 'Statement', {
    text: 'There can be no talks unless Washington accepts us as a nuclear state', kind: 'direct', cue: 'said', quoteKey: 'no talks unless',
    speaker: 'Kim Jong Un', start: 10, end: 90, sentence: 'Kim said ...', confidence: 0.93, published: '2026-03-01', articleId: bid,
  });
  const c2 = b.node(`condition:${hashOf(bid, 40, 90)}`, 'Condition', {
    text: 'unless Washington accepts us as a nuclear state', on: 'talks', holder: 'Kim Jong Un', start: 40, end: 90, sentence: 'Kim said ...', confidence: 0.9, published: '2026-03-01', articleId: bid,
  });
  const c3 = b.node(`condition:${hashOf(bid, 120, 150)}`, 'Condition', {
    text: 'if sanctions are lifted first', on: 'denuclearisation', holder: 'North Korea', start: 120, end: 150, sentence: 'Pyongyang wants ...', confidence: 0.7, published: '2026-03-01', articleId: bid,
  });
  for (const e of [KIM, TRUMP, PRK, USA, KCNA]) b.edge('MENTIONS', bid, e, { count: 1 });
  for (const n of [s3, c2, c3]) b.edge('IN_ARTICLE', n, bid);
  b.edge('SAID', KIM, s3, { cue: 'said' });
  b.edge('CONDITIONED_ON', s3, c2);
  b.edge('SET', KIM, c2);
  b.edge('SET', PRK, c3);
  b.edge('FOR', c2, USA);
  b.edge('REPORTED_BY', s3, KCNA);

  return [a.graph, b.graph];
}

/** The fixture as the port streams it (nodes deduplicated, all nodes before edges), without a store. */
export async function* fixtureItems(): AsyncGenerator<ExportItem> {
  const graphs = fixtureGraphs();
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    edges.push(...g.edges);
  }
  for (const node of nodes.values()) yield { kind: 'node', node };
  for (const edge of edges) yield { kind: 'edge', edge };
}

export function fixtureCounts() {
  const graphs = fixtureGraphs();
  const ids = new Set(graphs.flatMap((g) => g.nodes.map((n) => n.id)));
  return { nodes: ids.size, edges: graphs.reduce((s, g) => s + g.edges.length, 0) };
}

export async function createFixtureStore(file = ':memory:'): Promise<GraphStore> {
  const store = createEmbeddedStore({ file });
  for (const g of fixtureGraphs()) await store.upsertArticle(g);
  return store;
}

export const IDS = { KIM, TRUMP, MOON, PRK, USA, KCNA, PANMUNJOM };
