import { hashOf } from '../../src/graph/ids';
import type { ArticleGraph, EdgeType, GraphEdge, GraphNode, NodeLabel, Props } from '../../src/graph/model';

/**
 * Hand-built article graphs for the store contract: three articles that share people and
 * countries, so replace, delete and orphan rules have something to get wrong.
 *
 *   A (2025-03-01): Kim sets a condition on talks; Trump is a proposed participant.
 *   B (2025-03-05): Trump says he would meet Kim; Moon appears in B only.
 *   C (2025-04-02): Lee invites Kim to a summit in Seoul; Kim answers.
 */

export const ids = {
  A: 'article:contract-a',
  B: 'article:contract-b',
  C: 'article:contract-c',
  kim: 'person:kim-jong-un',
  trump: 'person:donald-trump',
  lee: 'person:lee-jae-myung',
  moon: 'person:moon-jae-in',
  prk: 'country:PRK',
  kor: 'country:KOR',
  reuters: 'org:reuters',
  ap: 'org:associated-press',
  seoul: 'place:seoul',
  sA1: 'statement:contract-a1',
  sA2: 'statement:contract-a2',
  cA1: 'condition:contract-a1',
  eA1: 'event:contract-a1',
  sB1: 'statement:contract-b1',
  eB1: 'event:contract-b1',
  sC1: 'statement:contract-c1',
  sC2: 'statement:contract-c2',
  eC1: 'event:contract-c1',
} as const;

const node = (id: string, label: NodeLabel, props: Props): GraphNode => ({ id, label, props });

function edgeMaker(articleId: string) {
  return (type: EdgeType, from: string, to: string, props: Props = {}): GraphEdge => ({
    id: `edge:${hashOf(type, from, to, articleId)}`,
    type,
    from,
    to,
    articleId,
    props,
  });
}

function article(id: string, title: string, published: string, source: string, version = 'v1'): GraphNode {
  return node(id, 'Article', {
    url: `https://news.example/${id.slice(8)}`,
    title,
    source,
    published,
    contentHash: `${id}:${version}`,
    extractorVersion: '1',
  });
}

export function articleA(version: 'v1' | 'v2' = 'v1'): ArticleGraph {
  const e = edgeMaker(ids.A);
  const published = '2025-03-01';
  const nodes: GraphNode[] = [
    article(ids.A, 'Kim sets terms for talks', published, 'Reuters', version),
    node(ids.kim, 'Person', { name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Kim'], roles: ['Leader of North Korea'] }),
    node(ids.trump, 'Person', { name: 'Donald Trump', aliases: ['Trump'], roles: ['President of the United States'] }),
    node(ids.prk, 'Country', { name: 'North Korea', aliases: ['DPRK', 'Pyongyang'], code: 'PRK' }),
    node(ids.reuters, 'Organization', { name: 'Reuters', aliases: [] }),
    node(ids.eA1, 'Event', { type: 'Talks', date: '2025-04-10', dateText: 'next month', status: 'proposed', articleId: ids.A }),
  ];
  const edges: GraphEdge[] = [
    e('MENTIONS', ids.A, ids.kim),
    e('MENTIONS', ids.A, ids.trump),
    e('MENTIONS', ids.A, ids.prk),
    e('IN_ARTICLE', ids.eA1, ids.A),
    e('PARTICIPANT', ids.kim, ids.eA1),
    e('PARTICIPANT', ids.trump, ids.eA1),
  ];
  if (version === 'v1') {
    nodes.push(
      node(ids.sA1, 'Statement', {
        text: 'We will only sit down for talks once the sanctions are lifted',
        kind: 'direct',
        cue: 'said',
        quoteKey: 'we will only sit down for talks once the sanctions are lifted',
        start: 120,
        end: 183,
        sentence: 2,
        confidence: 0.92,
        published,
        articleId: ids.A,
        reporter: null,
      }),
      node(ids.cA1, 'Condition', {
        text: 'once the sanctions are lifted',
        on: 'talks',
        start: 154,
        end: 183,
        sentence: 2,
        confidence: 0.8,
        published,
        articleId: ids.A,
      }),
    );
    edges.push(
      e('SAID', ids.kim, ids.sA1, { start: 120, end: 183, sentence: 2 }),
      e('REPORTED_BY', ids.sA1, ids.reuters),
      e('IN_ARTICLE', ids.sA1, ids.A),
      e('IN_ARTICLE', ids.cA1, ids.A),
      e('ABOUT', ids.sA1, ids.eA1),
      e('CONDITIONED_ON', ids.sA1, ids.cA1),
      e('SET', ids.kim, ids.cA1),
      e('FOR', ids.cA1, ids.eA1),
    );
  } else {
    nodes.push(
      node(ids.sA2, 'Statement', {
        text: 'Talks remain possible',
        kind: 'indirect',
        cue: 'told',
        quoteKey: 'talks remain possible',
        start: 40,
        end: 61,
        sentence: 1,
        confidence: 0.7,
        published,
        articleId: ids.A,
      }),
    );
    edges.push(e('SAID', ids.kim, ids.sA2), e('IN_ARTICLE', ids.sA2, ids.A), e('ABOUT', ids.sA2, ids.eA1));
  }
  return { articleId: ids.A, contentHash: `${ids.A}:${version}`, nodes, edges };
}

export function articleB(): ArticleGraph {
  const e = edgeMaker(ids.B);
  const published = '2025-03-05';
  return {
    articleId: ids.B,
    contentHash: `${ids.B}:v1`,
    nodes: [
      article(ids.B, 'Trump would meet Kim', published, 'AP'),
      node(ids.trump, 'Person', { name: 'Donald Trump', aliases: ['Donald J. Trump'], roles: ['President'] }),
      node(ids.kim, 'Person', { name: 'Kim Jong Un', aliases: ['Kim'], roles: [] }),
      node(ids.moon, 'Person', { name: 'Moon Jae-in', aliases: ['Moon'], roles: ['Former President of South Korea'] }),
      node(ids.ap, 'Organization', { name: 'Associated Press', aliases: ['AP'] }),
      node(ids.sB1, 'Statement', {
        text: 'I would love to meet him, we get along',
        kind: 'direct',
        cue: 'told reporters',
        quoteKey: 'i would love to meet him we get along',
        start: 10,
        end: 48,
        sentence: 0,
        confidence: 0.95,
        published,
        articleId: ids.B,
      }),
      node(ids.eB1, 'Event', { type: 'Meeting', date: '2025-05-01', dateText: 'May 1', status: 'planned', articleId: ids.B }),
    ],
    edges: [
      e('MENTIONS', ids.B, ids.trump),
      e('MENTIONS', ids.B, ids.kim),
      e('MENTIONS', ids.B, ids.moon),
      e('SAID', ids.trump, ids.sB1, { start: 10, end: 48, sentence: 0 }),
      e('ABOUT', ids.sB1, ids.kim),
      e('REPORTED_BY', ids.sB1, ids.ap),
      e('IN_ARTICLE', ids.sB1, ids.B),
      e('IN_ARTICLE', ids.eB1, ids.B),
      e('PARTICIPANT', ids.trump, ids.eB1),
      e('PARTICIPANT', ids.kim, ids.eB1),
    ],
  };
}

export function articleC(): ArticleGraph {
  const e = edgeMaker(ids.C);
  const published = '2025-04-02';
  return {
    articleId: ids.C,
    contentHash: `${ids.C}:v1`,
    nodes: [
      article(ids.C, 'Lee invites Kim to Seoul', published, 'Reuters'),
      node(ids.lee, 'Person', { name: 'Lee Jae-myung', aliases: ['Lee'], roles: ['President of South Korea'] }),
      node(ids.kim, 'Person', { name: 'Kim Jong Un', aliases: ['Kim Jong-un'], roles: ['Leader of North Korea'] }),
      node(ids.kor, 'Country', { name: 'South Korea', aliases: ['Seoul', 'ROK'], code: 'KOR' }),
      node(ids.prk, 'Country', { name: 'North Korea', aliases: ['DPRK'], code: 'PRK' }),
      node(ids.seoul, 'Place', { name: 'Seoul', country: 'KOR' }),
      node(ids.reuters, 'Organization', { name: 'Reuters', aliases: [] }),
      node(ids.eC1, 'Event', { type: 'Summit', date: '2025-06-01', dateText: 'in June', status: 'proposed', place: 'Seoul', articleId: ids.C }),
      node(ids.sC1, 'Statement', {
        text: 'The door to Seoul is open for a summit in June',
        kind: 'direct',
        cue: 'said',
        quoteKey: 'the door to seoul is open for a summit in june',
        start: 200,
        end: 247,
        sentence: 3,
        confidence: 0.9,
        published,
        articleId: ids.C,
      }),
      node(ids.sC2, 'Statement', {
        text: 'Pyongyang would study the invitation',
        kind: 'indirect',
        cue: 'according to',
        quoteKey: 'pyongyang would study the invitation',
        start: 300,
        end: 336,
        sentence: 5,
        confidence: 0.6,
        published,
        articleId: ids.C,
      }),
    ],
    edges: [
      e('MENTIONS', ids.C, ids.lee),
      e('MENTIONS', ids.C, ids.kim),
      e('MENTIONS', ids.C, ids.kor),
      e('MENTIONS', ids.C, ids.prk),
      e('INVITED', ids.lee, ids.kim, { eventId: ids.eC1 }),
      e('INVITED_TO', ids.kim, ids.eC1),
      e('PARTICIPANT', ids.lee, ids.eC1),
      e('HELD_IN', ids.eC1, ids.seoul),
      e('SAID', ids.lee, ids.sC1),
      e('SAID', ids.kim, ids.sC2),
      e('ABOUT', ids.sC1, ids.eC1),
      e('ABOUT', ids.sC2, ids.eC1),
      e('REPORTED_BY', ids.sC1, ids.reuters),
      e('IN_ARTICLE', ids.sC1, ids.C),
      e('IN_ARTICLE', ids.sC2, ids.C),
      e('IN_ARTICLE', ids.eC1, ids.C),
    ],
  };
}

/** What a store holding exactly these graphs must contain: distinct nodes, all edges. */
export function expectedState(graphs: ArticleGraph[]) {
  const nodes = new Map<string, GraphNode>();
  for (const g of graphs) for (const n of g.nodes) nodes.set(n.id, n);
  const edges = graphs.flatMap((g) => g.edges);
  const byLabel: Partial<Record<NodeLabel, number>> = {};
  for (const n of nodes.values()) byLabel[n.label] = (byLabel[n.label] ?? 0) + 1;
  const byType: Partial<Record<EdgeType, number>> = {};
  for (const e of edges) byType[e.type] = (byType[e.type] ?? 0) + 1;
  return { nodes, edges, byLabel, byType };
}

/** Ids within `depth` hops of `start` over these graphs' edges, either direction. */
export function neighbourhood(graphs: ArticleGraph[], start: string, depth: number): Set<string> {
  const edges = graphs.flatMap((g) => g.edges);
  const seen = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const e of edges) {
      for (const [a, b] of [
        [e.from, e.to],
        [e.to, e.from],
      ] as const) {
        if (frontier.includes(a) && !seen.has(b)) {
          seen.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * Many one-condition articles for newest-first paging by holder: article i is published on day
 * floor(i / 2) (so pairs tie on the date), and its condition is set by
 * - `old` for the 60 oldest,
 * - then `other` for every third and `big` for the rest (120 in all),
 * - and `small` as well for four of them (three of big's, one of other's);
 * - `big` sets its three newest twice (two links, as when an article states a condition twice).
 * On the embedded store, `old` and `small` are paged from the head of their dated links, and big's
 * repeated links send its pages to the plan that lists every link (see pageByLinkDate).
 */
export const manyHolders = { old: 'person:walk-old', big: 'person:walk-big', other: 'person:walk-other', small: 'person:walk-small' } as const;

export function manyConditions(count = 240): ArticleGraph[] {
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + Math.floor(i / 2))).toISOString().slice(0, 10);
  const people = Object.values(manyHolders).map((id) => node(id, 'Person', { name: id.slice(12), aliases: [] }));
  return Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(3, '0');
    const articleId = `article:walk-${n}`;
    const conditionId = `condition:walk-${n}`;
    const e = edgeMaker(articleId);
    const published = day(i);
    const holders: string[] = i < 60 ? [manyHolders.old] : i % 3 === 0 ? [manyHolders.other] : [manyHolders.big];
    if ([61, 100, 170, 99].includes(i)) holders.push(manyHolders.small);
    return {
      articleId,
      contentHash: `walk-${n}`,
      nodes: [article(articleId, `Conditions ${n}`, published, 'Reuters'), ...people.filter((p) => holders.includes(p.id)), node(conditionId, 'Condition', { text: `condition ${n}`, published, articleId })],
      edges: [
        e('IN_ARTICLE', conditionId, articleId),
        ...holders.map((h) => e('SET', h, conditionId)),
        ...(holders.includes(manyHolders.big) && i >= count - 4 ? [{ ...e('SET', manyHolders.big, conditionId), id: `edge:${hashOf('again', conditionId)}` }] : []),
      ],
    };
  });
}

/**
 * One-invitation articles around `invitationHost`: in article i the host invites a guest to the
 * article's summit when i is even, and a guest invites the host when it is odd. Articles share dates three by three;
 * every fifth gives only the month ("2020-02", which sorts before "2020-02-01") and every
 * seventh has no date, so an order by date must put ties by id and undated last.
 */
export const invitationHost = 'person:inv-host';
export function manyInvitations(count = 40): ArticleGraph[] {
  const dateOf = (i: number): string | null => {
    if (i % 7 === 3) return null;
    const day = new Date(Date.UTC(2020, 0, 1 + 7 * Math.floor(i / 3))).toISOString();
    return i % 5 === 0 ? day.slice(0, 7) : day.slice(0, 10);
  };
  const host = node(invitationHost, 'Person', { name: 'Inv Host', aliases: [] });
  return Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(3, '0');
    const articleId = `article:inv-${n}`;
    const guest = node(`person:inv-guest-${i % 6}`, 'Person', { name: `Inv Guest ${i % 6}`, aliases: [] });
    const e = edgeMaker(articleId);
    const a = article(articleId, `Invitation ${n}`, '', 'Reuters');
    const [from, to] = i % 2 === 0 ? [host.id, guest.id] : [guest.id, host.id];
    const eventId = `event:inv-${n}`;
    const event = node(eventId, 'Event', { type: 'Summit', status: 'proposed', text: 'the summit', published: dateOf(i), articleId });
    return {
      articleId,
      contentHash: `inv-${n}`,
      nodes: [{ ...a, props: { ...a.props, published: dateOf(i) } }, host, guest, event],
      edges: [
        e('MENTIONS', articleId, host.id),
        e('MENTIONS', articleId, guest.id),
        e('IN_ARTICLE', eventId, articleId),
        e('INVITED', from, to, { eventId, event: 'the summit', sentence: `Invitation ${n}.` }),
        e('INVITED_TO', to, eventId, { event: 'the summit' }),
      ],
    };
  });
}

/**
 * One-event articles, `eventHost` taking part in most, `eventGuest` in some of the host's and a
 * few of its own: events share dates (some given to the month only), some have none, some come
 * from undated articles (no `published`), and events of one date were reported on different
 * days, so every date order a page can ask for has ties to break and missing values to place.
 */
export const eventHost = 'person:ev-host';
export const eventGuest = 'person:ev-guest';
export function manyEvents(count = 42): ArticleGraph[] {
  const host = node(eventHost, 'Person', { name: 'Ev Host', aliases: [] });
  const guest = node(eventGuest, 'Person', { name: 'Ev Guest', aliases: [] });
  return Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(3, '0');
    const articleId = `article:ev-${n}`;
    const eventId = `event:ev-${n}`;
    const e = edgeMaker(articleId);
    const published = i % 9 === 4 ? null : new Date(Date.UTC(2020, 0, 1 + 3 * (i % 13))).toISOString().slice(0, 10);
    const date = i % 5 === 2 ? null : i % 7 === 0 ? '2020-02' : new Date(Date.UTC(2020, 1, 1 + 2 * (i % 6))).toISOString().slice(0, 10);
    const a = article(articleId, `Event ${n}`, '', 'Reuters');
    const people = i % 4 === 1 ? [guest] : i % 3 === 0 ? [host, guest] : [host];
    return {
      articleId,
      contentHash: `ev-${n}`,
      nodes: [{ ...a, props: { ...a.props, published } }, ...people, node(eventId, 'Event', { type: i % 2 ? 'Meeting' : 'Talks', status: i % 3 === 2 ? 'proposed' : 'planned', text: `meeting ${n}`, date, published, articleId })],
      edges: [e('IN_ARTICLE', eventId, articleId), ...people.flatMap((p) => [e('PARTICIPANT', p.id, eventId), e('MENTIONS', articleId, p.id)])],
    };
  });
}

/**
 * One-condition articles for `terms` on conditions' on-keys: what each condition is on cycles
 * through ON_CASES (its own words, an event it is for, an entity it is for under another
 * name), set by `onHolders.kim` in every other article and `onHolders.lee` in the rest, article
 * i published on day floor(i / 3).
 */
export const onHolders = { kim: 'person:on-kim', lee: 'person:on-lee' } as const;
export const ON_CASES: { on: string; event?: Props; entity?: GraphNode }[] = [
  { on: 'sitting down with the US', entity: node('country:on-usa', 'Country', { name: 'United States', aliases: ['US', 'America'], code: 'USA' }) },
  { on: 'a ceasefire', event: { type: 'Truce', text: 'a truce in Gaza' } },
  { on: 'it', event: { type: 'Summit', text: 'the APEC summit in Gyeongju' } },
  { on: 'negotiations on the nuclear programme' },
  { on: 'talking to Washington' },
  { on: 'the sanctions being lifted', entity: node('org:on-un', 'Organization', { name: 'United Nations', aliases: ['UN'] }) },
];

export function onConditions(count = 60): ArticleGraph[] {
  const day = (i: number) => new Date(Date.UTC(2021, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(3, '0');
    const articleId = `article:on-${n}`;
    const conditionId = `condition:on-${n}`;
    const holder = i % 2 === 0 ? onHolders.kim : onHolders.lee;
    const e = edgeMaker(articleId);
    const published = day(i);
    const c = ON_CASES[i % ON_CASES.length]!;
    const nodes = [
      article(articleId, `On ${n}`, published, 'Reuters'),
      node(holder, 'Person', { name: holder === onHolders.kim ? 'Kim Jong Un' : 'Lee Jae Myung', aliases: [] }),
      node(conditionId, 'Condition', { text: `condition ${n}`, on: c.on, published, articleId }),
    ];
    const edges = [e('IN_ARTICLE', conditionId, articleId), e('SET', holder, conditionId)];
    if (c.event) {
      const eventId = `event:on-${n}`;
      nodes.push(node(eventId, 'Event', { ...c.event, status: 'proposed', articleId }));
      edges.push(e('IN_ARTICLE', eventId, articleId), e('FOR', conditionId, eventId));
    }
    if (c.entity) {
      nodes.push(c.entity);
      edges.push(e('FOR', conditionId, c.entity.id));
    }
    return { articleId, contentHash: `on-${n}`, nodes, edges };
  });
}

/**
 * Articles whose people speak about each other, meet and invite each other, for interactions
 * counted across articles: statements with two speakers, two statements about one entity in one
 * article, a statement about its own speaker and about an event (neither counts), events of every
 * status and of none, several participants, a country among them. Version v2 of an article
 * changes its event's status, drops a participant and a topic, so replacing it changes counts.
 */
export const interactionPeople = Array.from({ length: 6 }, (_, i) => `person:ix-${i}`);
export const interactionCountry = 'country:IXL';
export function interactionArticles(count = 24, version: 'v1' | 'v2' = 'v1', only?: (i: number) => boolean): ArticleGraph[] {
  const statuses = ['occurred', 'planned', 'proposed', null];
  const person = (i: number) => node(interactionPeople[i % 6]!, 'Person', { name: `Ix Person ${i % 6}`, aliases: [] });
  const country = node(interactionCountry, 'Country', { name: 'Ixland', aliases: [] });
  const org = node('org:ix-agency', 'Organization', { name: 'Ix Agency', aliases: [] });
  const out: ArticleGraph[] = [];
  for (let i = 0; i < count; i++) {
    if (only && !only(i)) continue;
    const v2 = version === 'v2';
    const n = String(i).padStart(3, '0');
    const articleId = `article:ix-${n}`;
    const e = edgeMaker(articleId);
    const speaker = person(i % 4);
    const topic = person(i + 1);
    const [s1, s2, eventId] = [`statement:ix-${n}-1`, `statement:ix-${n}-2`, `event:ix-${n}`];
    const status = statuses[(i + (v2 ? 1 : 0)) % 4] ?? null;
    const participants = [...new Map([person(i % 3), person(i + 2), ...(i % 4 === 0 ? [country] : []), ...(v2 ? [] : [person(i + 4)])].map((p) => [p.id, p])).values()];
    const people = new Map([speaker, topic, person(i), person(i + 3), ...participants, country, org].map((p) => [p.id, p]));
    const edges = [
      e('SAID', speaker.id, s1),
      ...(i % 5 === 0 ? [e('SAID', org.id, s1)] : []),
      e('ABOUT', s1, topic.id),
      ...(v2 ? [] : [e('ABOUT', s1, country.id)]),
      e('ABOUT', s1, eventId),
      e('SAID', speaker.id, s2),
      e('ABOUT', s2, topic.id),
      ...(i % 3 === 0 ? [e('ABOUT', s2, speaker.id)] : []),
      e('INVITED', person(i).id, person(i + 3).id, { eventId }),
      ...participants.map((p) => e('PARTICIPANT', p.id, eventId)),
      ...[s1, s2, eventId].map((id) => e('IN_ARTICLE', id, articleId)),
    ];
    const statement = (id: string) => node(id, 'Statement', { text: `Statement ${id}.`, articleId });
    out.push({
      articleId,
      contentHash: `${articleId}:${version}`,
      nodes: [
        article(articleId, `Ix ${n}`, `2024-0${1 + (i % 9)}-10`, 'Reuters', version),
        ...people.values(),
        statement(s1),
        statement(s2),
        node(eventId, 'Event', { type: 'Talks', status, text: `talks ${n}`, articleId }),
      ],
      edges,
    });
  }
  return out;
}

/**
 * Statements about one much-named country (`aboutManyTarget`: three of every four statements)
 * and a few about another, over `count` articles: dates repeat (ties broken by id) and one
 * article in eleven is undated, so a newest-first page of what is about the country is found
 * among the newest statements, and its last pages among the undated.
 */
export const aboutManyTarget = 'country:AMX';
export function aboutMany(count = 300): ArticleGraph[] {
  const target = node(aboutManyTarget, 'Country', { name: 'Amland', aliases: [] });
  const other = node('country:AMY', 'Country', { name: 'Otherland', aliases: [] });
  return Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(3, '0');
    const articleId = `article:am-${n}`;
    const e = edgeMaker(articleId);
    const published = i % 11 === 5 ? null : new Date(Date.UTC(2021, 0, 1 + Math.floor(i / 2))).toISOString().slice(0, 10);
    const statements = [1, 2, 3, 4].map((k) => node(`statement:am-${n}-${k}`, 'Statement', { text: `Statement ${k} of ${n}.`, published, articleId }));
    const a = article(articleId, `About many ${n}`, '', 'Reuters');
    return {
      articleId,
      contentHash: `am-${n}`,
      nodes: [{ ...a, props: { ...a.props, published } }, target, other, ...statements],
      edges: statements.flatMap((s, k) => [e('IN_ARTICLE', s.id, articleId), e('ABOUT', s.id, k < 3 ? target.id : other.id)]),
    };
  });
}

/** Newest `published` first, undated last, ties by id: the order of newest-first pages. */
export function newestFirst(a: GraphNode, b: GraphNode): number {
  const [x, y] = [a.props.published as string | null, b.props.published as string | null];
  if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? 1 : -1;
  return a.id < b.id ? -1 : 1;
}

/** The statements of these graphs about `target`, newest first. */
export function newestAbout(graphs: ArticleGraph[], target: string): string[] {
  const about = new Set(graphs.flatMap((g) => g.edges.filter((e) => e.type === 'ABOUT' && e.to === target).map((e) => e.from)));
  return graphs
    .flatMap((g) => g.nodes)
    .filter((n) => about.has(n.id))
    .sort(newestFirst)
    .map((n) => n.id);
}
