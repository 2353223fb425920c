import type { Writable } from 'node:stream';
import type { GraphEdge, GraphNode, PropValue } from '../graph/model';
import type { ExportItem } from '../graph/store';
import { createTextSink } from './sink';
import type { ExportSummary, WriterOptions } from './writer';

/**
 * JSON-LD with the schema.org vocabulary, in one `@graph`:
 *
 *   Statement -> Quotation (text, isBasedOn the NewsArticle, spokenByCharacter/creator from SAID)
 *   Article   -> NewsArticle (headline, url, datePublished, publisher)
 *   Person, Country, Organization, Place, Event -> the schema.org types of the same names
 *   Condition -> CreativeWork (text, isBasedOn, creator from SET, about from FOR), linked from
 *                its statement or event with hasPart / subjectOf
 *
 * Nodes are written as they stream; an edge is written as a small object carrying only the `@id`
 * of its start and the property it adds. JSON-LD merges node objects that share an `@id`, so
 * every processor sees one Quotation with its text and its speaker, while the writer never
 * holds more than one item.
 */

type Obj = Record<string, unknown>;

const ref = (id: string) => ({ '@id': id });

const str = (v: PropValue | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const strs = (v: PropValue | undefined): string[] | undefined => (Array.isArray(v) && v.length ? v : undefined);
const num = (v: PropValue | undefined): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

const EVENT_STATUS: Record<string, string> = {
  cancelled: 'https://schema.org/EventCancelled',
  planned: 'https://schema.org/EventScheduled',
  proposed: 'https://schema.org/EventScheduled',
};

/** Drops undefined members, so absent properties do not appear as `null`. */
function compact(o: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

export function nodeToJsonLd(n: GraphNode): Obj {
  const p = n.props;
  const base = { '@id': n.id, identifier: n.id };
  switch (n.label) {
    case 'Article':
      return compact({
        ...base,
        '@type': 'NewsArticle',
        headline: str(p.title),
        url: str(p.url),
        datePublished: str(p.published),
        publisher: str(p.source) ? { '@type': 'Organization', name: str(p.source) } : undefined,
      });
    case 'Person':
      return compact({ ...base, '@type': 'Person', name: str(p.name), alternateName: strs(p.aliases), jobTitle: strs(p.roles) });
    case 'Country':
      return compact({ ...base, '@type': 'Country', name: str(p.name), alternateName: strs(p.aliases), identifier: [n.id, ...(str(p.code) ? [str(p.code)] : [])] });
    case 'Organization':
      return compact({ ...base, '@type': 'Organization', name: str(p.name), alternateName: strs(p.aliases) });
    case 'Place':
      return compact({ ...base, '@type': 'Place', name: str(p.name), containedInPlace: str(p.country) ? { '@type': 'Country', name: str(p.country) } : undefined });
    case 'Event':
      return compact({
        ...base,
        '@type': 'Event',
        name: [str(p.type), str(p.dateText) ?? str(p.date)].filter(Boolean).join(' ') || 'Event',
        additionalType: str(p.type),
        startDate: str(p.date),
        location: str(p.place) ? { '@type': 'Place', name: str(p.place) } : undefined,
        eventStatus: str(p.status) ? EVENT_STATUS[str(p.status)!] : undefined,
        description: str(p.text),
        subjectOf: str(p.articleId) ? ref(str(p.articleId)!) : undefined,
      });
    case 'Statement':
      return compact({
        ...base,
        '@type': 'Quotation',
        text: str(p.text),
        additionalType: str(p.kind) === 'indirect' ? 'ReportedSpeech' : undefined,
        datePublished: str(p.published),
        isBasedOn: str(p.articleId) ? ref(str(p.articleId)!) : undefined,
      });
    case 'Condition':
      return compact({
        ...base,
        '@type': 'CreativeWork',
        additionalType: 'Condition',
        text: str(p.text),
        abstract: str(p.on),
        datePublished: str(p.published),
        isBasedOn: str(p.articleId) ? ref(str(p.articleId)!) : undefined,
      });
  }
}

/** The property an edge adds to its start (or, where schema.org reads the other way, its end). */
export function edgeToJsonLd(e: GraphEdge): Obj | null {
  const fromPerson = e.from.startsWith('person:');
  switch (e.type) {
    case 'SAID':
      return { '@id': e.to, creator: ref(e.from), ...(fromPerson ? { spokenByCharacter: ref(e.from) } : {}) };
    case 'REPORTED_BY':
      return { '@id': e.from, publisher: ref(e.to) };
    case 'IN_ARTICLE':
      return e.from.startsWith('event:') ? { '@id': e.from, subjectOf: ref(e.to) } : { '@id': e.from, isBasedOn: ref(e.to) };
    case 'MENTIONS':
      return { '@id': e.from, mentions: ref(e.to) };
    case 'ABOUT':
    case 'FOR':
      return { '@id': e.from, about: ref(e.to) };
    case 'CONDITIONED_ON':
      return { '@id': e.from, hasPart: ref(e.to) };
    case 'SET':
      return { '@id': e.to, creator: ref(e.from) };
    case 'INVITED': {
      const eventId = str(e.props.eventId);
      return compact({ '@id': e.id, '@type': 'InviteAction', agent: ref(e.from), recipient: ref(e.to), event: eventId ? ref(eventId) : undefined });
    }
    case 'INVITED_TO':
      return { '@id': e.id, '@type': 'InviteAction', recipient: ref(e.from), event: ref(e.to) };
    case 'PARTICIPANT':
      return { '@id': e.to, attendee: ref(e.from) };
    case 'HELD_IN':
      return { '@id': e.from, location: ref(e.to) };
  }
}

export async function writeJsonLd(
  items: AsyncIterable<ExportItem>,
  out: Writable,
  options: WriterOptions = {},
): Promise<ExportSummary> {
  const sink = createTextSink(out);
  const summary: ExportSummary = { nodes: 0, edges: 0 };
  let first = true;
  await sink.write('{"@context":"https://schema.org","@graph":[');
  for await (const item of items) {
    const obj = item.kind === 'node' ? nodeToJsonLd(item.node) : edgeToJsonLd(item.edge);
    if (item.kind === 'node') summary.nodes++;
    else summary.edges++;
    if (!obj) continue;
    await sink.write(`${first ? '' : ','}\n${JSON.stringify(obj)}`);
    first = false;
  }
  await sink.write('\n]}\n');
  await sink.end(options.end ?? true);
  return summary;
}
