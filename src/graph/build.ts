import { articleIdFor, articleTag, hashOf, ownedId, placeId, slugify, foldName, sourceKeyOf } from './ids';
import type { ArticleGraph, EdgeType, EventType, GraphEdge, GraphNode, Props, PropValue } from './model';
import type { Entity, Extraction, Span } from '../extract/types';

export interface BuildOptions {
  /** Recorded on the Article node and folded into the content hash. */
  extractorVersion?: string;
}

/**
 * Normalised form of a quotation, equal for the same words reported by different outlets:
 * case, accents, curly/straight quotes, punctuation and spacing do not matter.
 */
export function quoteKeyOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Guesses the kind of an event named only in words ("the APEC summit", "talks in Geneva"). */
export function eventTypeFromWords(words: string): EventType {
  const w = words.toLowerCase();
  if (/\bsummit\b/.test(w)) return 'Summit';
  if (/\btalks?\b|\bnegotiat/.test(w)) return 'Talks';
  if (/\bvisit\b|\btrip\b/.test(w)) return 'Visit';
  if (/\bspeech\b|\baddress\b/.test(w)) return 'Speech';
  if (/\bcall\b/.test(w)) return 'Call';
  return 'Meeting';
}

/**
 * Turns one extraction into the article's contribution to the graph (ARCHITECTURE.md "Graph
 * model"). Pure and deterministic: the same extraction always yields the same ids, nodes and
 * edges in the same order, which is what makes re-ingesting an article a no-op.
 */
export function buildArticleGraph(x: Extraction, opts: BuildOptions = {}): ArticleGraph {
  const a = x.article;
  const extractorVersion = opts.extractorVersion ?? null;
  const articleId = articleIdFor(a.url, a.text);
  // The cleaned text and the extractor version (model.ts): the same article read from another
  // form (raw page text, JSON record) is the same content, and is not rewritten.
  const contentHash = hashOf(a.text, extractorVersion);
  const published = a.published ?? null;
  const tag = articleTag(articleId, published);

  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const sentenceText = new Map<number, string>();
  for (const s of a.sentences) sentenceText.set(s.index, s.text);
  /**
   * The sentence a fact was read in. A negative index is the headline (facts read from the
   * title); an index the segmentation does not know falls back to the sentence around the offsets.
   */
  const sentenceOf = (i: number | undefined, start?: number, end?: number): string | null => {
    if (i !== undefined && i < 0) return a.title ?? null;
    const byIndex = i === undefined ? undefined : sentenceText.get(i);
    if (byIndex !== undefined) return byIndex;
    if (start === undefined) return null;
    return a.sentences.find((s) => s.start <= start && (end ?? start) <= s.end)?.text ?? null;
  };

  const addNode = (id: string, label: GraphNode['label'], props: Props) => {
    if (!nodes.has(id)) nodes.set(id, { id, label, props });
  };
  // Every edge carries where it was read: the article, the offsets and the sentence.
  const addEdge = (type: EdgeType, from: string, to: string, at: Partial<Span> & { sentence?: string | null }, extra: Props = {}) => {
    if (!nodes.has(from) || !nodes.has(to)) return;
    const start = at.start ?? null;
    const end = at.end ?? null;
    const id = ownedId('edge', tag, articleId, type, from, to, start, end);
    if (edges.has(id)) return;
    edges.set(id, { id, type, from, to, articleId, props: { start, end, sentence: at.sentence ?? null, ...extra } });
  };

  addNode(articleId, 'Article', {
    url: a.url ?? null,
    title: a.title ?? null,
    source: a.source ?? null,
    published,
    slug: a.id || null,
    contentHash,
    extractorVersion,
    text: a.text,
  });

  const entities = new Map<string, Entity>();
  for (const e of x.entities) {
    entities.set(e.key, e);
    addNode(e.key, e.type, entityProps(e));
  }
  const nameOf = (key: string | null | undefined) => (key ? (entities.get(key)?.name ?? null) : null);

  /** Entity keys from the extractor, or a bare name it could not resolve (kept as a Person). */
  const personRef = (keyOrName: string): string | null => {
    if (nodes.has(keyOrName)) return keyOrName;
    if (keyOrName.includes(':') || !slugify(keyOrName)) return null;
    const id = `person:${slugify(keyOrName)}`;
    addNode(id, 'Person', { name: keyOrName, aliases: [], roles: [] });
    return id;
  };

  // MENTIONS: one edge per entity, located at its first mention.
  const firstMention = new Map<string, (typeof x.mentions)[number]>();
  for (const m of x.mentions) {
    const prev = firstMention.get(m.entityKey);
    if (!prev || m.start < prev.start) firstMention.set(m.entityKey, m);
  }
  const mentionCount = new Map<string, number>();
  for (const m of x.mentions) mentionCount.set(m.entityKey, (mentionCount.get(m.entityKey) ?? 0) + 1);
  for (const e of x.entities) {
    const m = firstMention.get(e.key);
    addEdge('MENTIONS', articleId, e.key, m ? { start: m.start, end: m.end, sentence: sentenceOf(m.sentenceIndex, m.start, m.end) } : {}, {
      count: mentionCount.get(e.key) ?? 0,
    });
  }

  // Events first: statements, conditions and invitations point at them.
  const eventIds: string[] = [];
  x.events.forEach((ev) => {
    const id = ownedId('event', tag, articleId, ev.start, ev.end, ev.type);
    eventIds.push(id);
    const sentence = sentenceOf(ev.sentenceIndex, ev.start, ev.end);
    addNode(id, 'Event', {
      type: ev.type,
      date: ev.date ?? null,
      dateText: ev.dateText ?? null,
      place: ev.place ?? null,
      status: ev.status,
      text: (ev.inTitle ? (a.title ?? '') : a.text).slice(ev.start, ev.end),
      start: ev.start,
      end: ev.end,
      sentence,
      published,
      articleId,
    });
    const at = { start: ev.start, end: ev.end, sentence };
    addEdge('IN_ARTICLE', id, articleId, at);
    for (const p of ev.participants) {
      const pid = personRef(p);
      if (pid) addEdge('PARTICIPANT', pid, id, at);
    }
    if (ev.place) {
      const where = findEntityByName(x.entities, ev.place, ['Place', 'Country']);
      const placeKey = where?.key ?? placeId(ev.place);
      if (!where) addNode(placeKey, 'Place', { name: ev.place, aliases: [], country: null });
      addEdge('HELD_IN', id, placeKey, at);
    }
  });

  const statementIds: string[] = [];
  for (const s of x.statements) {
    const id = ownedId('statement', tag, articleId, s.start, s.end);
    statementIds.push(id);
    const sentence = sentenceOf(s.sentenceIndex, s.start, s.end);
    addNode(id, 'Statement', {
      text: s.text,
      kind: s.kind,
      cue: s.cue ?? null,
      quoteKey: quoteKeyOf(s.text),
      start: s.start,
      end: s.end,
      sentence,
      confidence: s.confidence,
      published,
      speaker: nameOf(s.speaker),
      // The outlet, folded: statements(source:) filters on it in the store, article by article
      // would read every article of the corpus.
      sourceKey: sourceKeyOf(a.source),
      articleId,
    });
    const at = { start: s.start, end: s.end, sentence };
    addEdge('IN_ARTICLE', id, articleId, at);
    if (s.speaker) addEdge('SAID', s.speaker, id, at, { cue: s.cue ?? null });
    if (s.reporter) addEdge('REPORTED_BY', id, s.reporter, at);
    for (const about of s.about) addEdge('ABOUT', id, about, at);
  }

  for (const c of x.conditions) {
    const id = ownedId('condition', tag, articleId, c.start, c.end);
    const sentence = sentenceOf(c.sentenceIndex, c.start, c.end);
    addNode(id, 'Condition', {
      text: c.text,
      on: c.on,
      holder: nameOf(c.holder),
      start: c.start,
      end: c.end,
      sentence,
      confidence: c.confidence,
      published,
      articleId,
    });
    const at = { start: c.start, end: c.end, sentence };
    addEdge('IN_ARTICLE', id, articleId, at);
    if (c.holder) addEdge('SET', c.holder, id, at);
    const stmt = c.statement === undefined ? undefined : statementIds[c.statement];
    if (stmt) addEdge('CONDITIONED_ON', stmt, id, at);
    const ev = c.event === undefined ? undefined : eventIds[c.event];
    if (ev) {
      addEdge('CONDITIONED_ON', ev, id, at);
      addEdge('FOR', id, ev, at);
    }
    // What depends on the condition, linked to the entities its words name ("talks with the US").
    for (const e of entitiesNamedIn(x.entities, c.on)) addEdge('FOR', id, e.key, at);
  }

  x.invitations.forEach((inv) => {
    const inviter = personRef(inv.inviter);
    const invitee = personRef(inv.invitee);
    const sentence = sentenceOf(inv.sentenceIndex, inv.start, inv.end);
    const at = { start: inv.start, end: inv.end, sentence };
    let eventId = inv.eventIndex === undefined ? undefined : eventIds[inv.eventIndex];
    if (!eventId) {
      // An invitation always names an occasion; keep it as a proposed event so the
      // invitation can be followed from both people and from the event.
      // (Offsets into the headline must not meet a body invitation's.)
      eventId = ownedId('event', tag, articleId, inv.sentenceIndex < 0 ? 'title-invitation' : 'invitation', inv.start, inv.end);
      addNode(eventId, 'Event', {
        type: eventTypeFromWords(inv.event),
        date: null,
        dateText: null,
        place: null,
        status: 'proposed',
        text: inv.event,
        start: inv.start,
        end: inv.end,
        sentence,
        published,
        articleId,
      });
      addEdge('IN_ARTICLE', eventId, articleId, at);
    }
    if (inviter && invitee) addEdge('INVITED', inviter, invitee, at, { eventId, event: inv.event });
    if (invitee) addEdge('INVITED_TO', invitee, eventId, at, { inviter: nameOf(inviter) ?? inv.inviter, event: inv.event });
  });

  return { articleId, contentHash, nodes: [...nodes.values()], edges: [...edges.values()] };
}

function entityProps(e: Entity): Props {
  const props: Record<string, PropValue> = { name: e.name, aliases: [...new Set(e.aliases)] };
  if (e.type === 'Person') props.roles = [...new Set(e.roles)];
  if (e.type === 'Country') props.code = e.key.startsWith('country:') ? e.key.slice('country:'.length) : (e.country ?? null);
  if (e.type === 'Place') props.country = e.country ?? null;
  if (e.type === 'Person' && e.country) props.country = e.country;
  return props;
}

function findEntityByName(entities: Entity[], name: string, types: Entity['type'][]): Entity | undefined {
  const f = foldName(name);
  return entities.find((e) => types.includes(e.type) && [e.name, ...e.aliases].some((n) => foldName(n) === f));
}

function entitiesNamedIn(entities: Entity[], words: string): Entity[] {
  const hay = ` ${foldName(words).replace(/[^a-z0-9 ]+/g, ' ')} `;
  const caseKept = ` ${words.replace(/\./g, '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return entities.filter((e) =>
    [e.name, ...e.aliases].some((n) => {
      // Acronyms ("US", "UN") only count in capitals: "us" is a pronoun.
      if (/^[A-Z.]+$/.test(n)) return caseKept.includes(` ${n.replace(/\./g, '')} `);
      const f = foldName(n).replace(/[^a-z0-9 ]+/g, ' ').trim();
      return f.length > 1 && hay.includes(` ${f} `);
    }),
  );
}
