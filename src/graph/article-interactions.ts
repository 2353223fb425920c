import { byCodePoint } from './store';
import type { ArticleGraph } from './model';

/**
 * One article's part of the interactions `GraphStore.interactions` counts, for the kinds that
 * rest on more than one link: a speaker's statements about an entity (SAID then ABOUT), and two
 * participants of one event of a status (PARTICIPANT twice).
 *
 * Statements and events belong to their article (ARTICLE_OWNED_LABELS): every link of one comes
 * from its article, and no two articles share one. The count of distinct statements or events
 * over the whole graph is therefore the sum of each article's, which lets a store keep the sums
 * as articles come and go, adding an article's rows and taking them away again, instead of
 * following every link of an entity when it is asked (docs/benchmarks.md, finding 41).
 */
export interface ArticleInteraction {
  kind: 'SAID_ABOUT' | 'MET';
  /** SAID_ABOUT: the speaker; MET: the smaller id, by code point. */
  a: string;
  /** SAID_ABOUT: what the statements are about (never an event); MET: the larger id. */
  b: string;
  /** MET: the event's status; SAID_ABOUT: empty. */
  status: string;
  /** Distinct statements (SAID_ABOUT) or events (MET) of the article. */
  weight: number;
}

const adjacency = (pairs: Iterable<[string, string]>): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  for (const [from, to] of pairs) {
    let set = out.get(from);
    if (!set) out.set(from, (set = new Set()));
    set.add(to);
  }
  return out;
};

/**
 * Participants beyond which an event is a gathering, not a meeting: its pairs are not counted.
 * Pairs grow with the square of the participants (an imported graph could list thousands), and
 * a network shows at most 200 entities anyway.
 */
export const MAX_MEETING_SIZE = 200;

/** One count's identity: its kind, ends and status. */
export const interactionKey = (r: Pick<ArticleInteraction, 'kind' | 'a' | 'b' | 'status'>): string => `${r.kind}\u0000${r.a}\u0000${r.b}\u0000${r.status}`;

export function articleInteractions(g: ArticleGraph): ArticleInteraction[] {
  const nodes = new Map(g.nodes.map((n) => [n.id, n]));
  const speakersOf = adjacency(g.edges.filter((e) => e.type === 'SAID').map((e) => [e.to, e.from]));
  const topicsOf = adjacency(g.edges.filter((e) => e.type === 'ABOUT').map((e) => [e.from, e.to]));
  const participantsOf = adjacency(g.edges.filter((e) => e.type === 'PARTICIPANT').map((e) => [e.to, e.from]));

  const rows = new Map<string, ArticleInteraction>();
  const add = (kind: ArticleInteraction['kind'], a: string, b: string, status: string) => {
    const key = interactionKey({ kind, a, b, status });
    const row = rows.get(key);
    if (row) row.weight += 1;
    else rows.set(key, { kind, a, b, status, weight: 1 });
  };
  for (const [statement, speakers] of speakersOf) {
    const topics = topicsOf.get(statement);
    if (!topics) continue;
    for (const speaker of speakers)
      for (const topic of topics) if (topic !== speaker && nodes.get(topic)?.label !== 'Event') add('SAID_ABOUT', speaker, topic, '');
  }
  for (const [event, participants] of participantsOf) {
    const node = nodes.get(event);
    const status = node?.props.status;
    if (node?.label !== 'Event' || typeof status !== 'string' || participants.size > MAX_MEETING_SIZE) continue;
    const ids = [...participants].sort(byCodePoint);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) add('MET', ids[i]!, ids[j]!, status);
  }
  // In key order, whatever the order of the graph's links: the same article gives the same rows.
  return [...rows.entries()].sort(([x], [y]) => byCodePoint(x, y)).map(([, row]) => row);
}

export interface CountChange {
  key: string;
  kind: ArticleInteraction['kind'];
  a: string;
  b: string;
  status: string;
  by: number;
}

/**
 * What the counts gain and lose when articles' parts go from `before` (nothing for an article
 * never counted) to `after`: one row per count that changes, in key order, the order a writer
 * takes their locks in.
 */
export function countChanges(parts: readonly { before: readonly ArticleInteraction[]; after: readonly ArticleInteraction[] }[]): CountChange[] {
  const changes = new Map<string, CountChange>();
  const add = (r: ArticleInteraction, by: number) => {
    const key = interactionKey(r);
    const change = changes.get(key);
    if (change) change.by += by;
    else changes.set(key, { key, kind: r.kind, a: r.a, b: r.b, status: r.status, by });
  };
  for (const p of parts) {
    for (const r of p.before) add(r, -r.weight);
    for (const r of p.after) add(r, r.weight);
  }
  return [...changes.values()].filter((c) => c.by !== 0).sort((x, y) => byCodePoint(x.key, y.key));
}
