/**
 * Meetings, talks, summits, visits and calls between named people: who, when (resolved
 * against the publication date), where and in what state (occurred, planned, proposed,
 * cancelled). Mentions of the same meeting within an article are merged.
 */
import type { StageInput } from './context';
import type { EventStatus, EventType } from '../graph/model';
import type { Entity, ExtractedEvent, ExtractedStatement } from './types';
import { quoteAround, sentenceAround } from './condition-speaker';
import { fastContext } from './event-context';
import { invitedMeetings } from './event-invited';
import { type ListShape, listedNames } from './name-list';
import { mergeEvents } from './event-merge';
import { clauseAround, type CueMention } from './event-mention';
import { participantsOf } from './event-participants';
import { statusAt } from './event-status';
import { titleInput } from './condition-title';
import { datesAt } from './event-when';
import { countryByDemonym } from './gazetteer';

interface Cue {
  re: RegExp;
  type: EventType;
  /** A verb ("met") has a subject; a noun ("meeting") needs an owner, "with" or "between". */
  verb: boolean;
}

const CUES: Cue[] = [
  { re: /\b(?:spoke|talked|speaks|talks)\s+(?:with|to)\s+(?=[^.]{0,60}?\b(?:by phone|by telephone|over the phone|on the phone|by video|in a (?:phone|telephone|video) call))|\b(?:phone|telephone|video)\s+(?:call|calls|talks|conversation)\b|\bspoke\s+(?:by|over\s+the)\s+phone\b|\b(?:held|had|holds)\s+(?:a\s+)?(?:phone\s+)?call\b/gi, type: 'Call', verb: false },
  // ("met separately on February 14 with": a manner and a date may both come before "with".)
  { re: /\b(?:meet|meets|met|meeting)\b(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|again|privately|separately|individually|briefly|informally|earlier|later)(?:\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day))?(?=\s+with\b))?(?:\s+with\b)?\s*|\bsit\s+(?:down\s+)?(?:face[- ]to[- ]face\s+)?with\s+|\bsat\s+down\s+with\s+/gi, type: 'Meeting', verb: true },
  // ("a working dinner with", "a private huddle with": meals and huddles are meetings too.)
  { re: /\b(?:meeting|meetings|sit-down|encounter|encounters|face-to-face|huddle|dinner|lunch|luncheon|breakfast)\b/gi, type: 'Meeting', verb: false },
  { re: /\b(?:talks|negotiations|dialogue|engagement)\b/gi, type: 'Talks', verb: false },
  // ("following discussions with the President of the Democratic Republic of Congo, Felix
  // Tshisekedi, in Kinshasa": discussions and consultations with someone, not "on the budget".)
  { re: /\b(?:discussions|consultations)\b(?=\s+with\b)/gi, type: 'Talks', verb: false },
  // ("at a press briefing in Skopje alongside European Council President Antonio Costa")
  // ("a joint news conference at the White House with US President Donald Trump")
  { re: /\b(?:press conference|presser|news conference|press briefing|media briefing)\s+(?:(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3})?(?=with\b)|(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3})?alongside\s+)/g, type: 'Meeting', verb: false },
  // "Stubb played golf with Trump", "played a round of golf with": a round together is a meeting.
  { re: /\b(?:played|plays|playing|play)\s+(?:a\s+round\s+of\s+)?golf\s+with\s+/gi, type: 'Meeting', verb: true },
  { re: /\b(?:summit|summits)\b/gi, type: 'Summit', verb: false },
  { re: /\b(?:visit|visits|visited|visiting)\s+(?=[A-Z]|the\s+(?:White House|Kremlin|Elysee|Élysée|Oval Office)\b)/g, type: 'Visit', verb: true },
  { re: /\b(?:visit|trip)\s+to\s+(?=(?:the\s+)?[A-Z])/g, type: 'Visit', verb: false },
  { re: /\b(?:host|hosts|hosted|hosting)\s+(?=[A-Z]|the\s+[A-Z]|the\s+(?:leaders|presidents|heads of state|heads of government)\s+of\b)/g, type: 'Meeting', verb: true },
  { re: /\b(?:receive|receives|received|receiving)\s+(?=[A-Z]|the\s+[A-Z]|(?:him|her)\b)/g, type: 'Meeting', verb: true },
  // "Barrack was received by Aoun at the Baabda Palace": the passive names the host after "by".
  // ("was greeted warmly first in Paris by French President Emmanuel Macron")
  { re: /\b(?:was|were|is|are|being|been)\s+(?:\w+ly\s+)?(?:received|hosted|welcomed|greeted)(?:\s+(?:\w+ly|first))*(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s+by\s+(?=[A-Z]|the\s+[A-Z])/g, type: 'Meeting', verb: true },
  // "Trump greets Jordan’s King Abdullah II as he arrives", "welcomed Zelensky to the White House":
  // a person greeted in person (not "welcomed the deal", not "welcomed Trump's plan").
  // ("Welcoming EU Commission head Ursula von der Leyen and European Council chief António Costa
  // at Beijing’s Great Hall": titled people joined by "and".)
  { re: /\b(?:[Gg]reet|[Gg]reets|[Gg]reeted|[Gg]reeting|[Ww]elcome|[Ww]elcomes|[Ww]elcomed|[Ww]elcoming)\s+(?=(?:(?:\p{Lu}[\p{L}.’'-]*|head|chief|leader|counterpart|and|von|der|van|de|bin|al|el)\s+){0,12}\p{Lu}[\p{L}.-]*(?![’'\p{L}.-])(?!\s*[’']s)(?:\s+(?:to|at|in|as|on)\b|[,.]))/gu, type: 'Meeting', verb: true },
  // "President Joseph Aoun told visiting U.S. envoy Tom Barrack on Monday that ...": words to a
  // visitor are said face to face.
  { re: /\b(?:told|tells|assured|assures|briefed|briefs|informed|informs|thanked|thanks|urged|urges|asked|asks)\s+visiting\s+(?=(?:[\p{L}.’'-]+\s+){0,4}\p{Lu})/gu, type: 'Meeting', verb: true },
  // "she also called on PM Modi in New Delhi on August 21": a courtesy visit (not "called on X to").
  { re: /\bcalled\s+on\s+(?=(?:[A-Z][\w.’'-]*\s+){1,6}(?:in|at|on|during)\b)/g, type: 'Meeting', verb: true },
  { re: /\bspoke\s+(?:to|with)\s+(?=[^.]{3,80}?\s+in\s+[A-Z])/g, type: 'Meeting', verb: true },
  // "X and Y spoke on the sidelines of a European Political Community summit": in person there.
  // (Not after "they": who "they" are is too loose a guess for a cue this weak.)
  // ("Guterres and Burhan had discussed the matter on the sidelines of the COP29 climate summit".)
  { re: /(?<!\b[Tt]hey\s)\b(?:spoke|talked|chatted|conferred|met|discussed(?:\s+(?:the|this|that|these|those|their|its)(?:\s+\p{Ll}+){1,3})?)\s+(?=on\s+the\s+sidelines\b)/gu, type: 'Meeting', verb: true },
  // "Araghchi and Witkoff spoke briefly in the presence of Omani Foreign Minister Badr al-Busaidi":
  // spoken in someone's presence is spoken face to face.
  { re: /\b(?:spoke|talked|chatted|conferred)\s+(?:\w+ly\s+)?(?=in\s+the\s+presence\s+of\b)/g, type: 'Meeting', verb: true },
  // "as he sat next to Donald Trump in the Oval Office", "Seated beside President Trump, the crown prince".
  { re: /\b(?:sat|sits|sitting|seated)\s+(?:next\s+to|beside|alongside)\s+(?=(?:[A-Z]|the\s+[A-Z]))/gi, type: 'Meeting', verb: true },
];

/** "meetings with the Chinese President Xi Jinping and Lee": capitalised names, titles between them. */
const PARTNERS_WITH: ListShape = {
  lead: /^\s*(?:with\s+)?(?:the\s+)?/,
  joiner: /^(?:\s*,\s*|,?\s+and\s+)/,
  between: /^(?:[\p{Lu}][\p{L}.’'-]*\s+|[\p{Ll}-]+\s+(?=[\p{Lu}])){0,4}$/u,
  accepts: (_e, m) => /^\p{Lu}/u.test(m.text),
};

const PLACE =
  // ("in the Chinese port city of Tianjin", "in the South Korean city of Busan": the city.)
  /\b(?:in|at)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+){0,2}(?:(?:border|port|coastal|southern|northern|eastern|western|central)\s+)?(?:village|city|town|capital|resort)\s+of\s+)?([A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|of|the))*)/g;

function placeIn(text: string, from: number, to: number, names: Set<string>): string | undefined {
  PLACE.lastIndex = 0;
  const chunk = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = PLACE.exec(chunk))) {
    const p = m[1]!.replace(/\s+(?:of|the)$/i, '').replace(/\s+(?:on|in)$/i, '').replace(/[’']s$/, '');
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|His|Her)\b/.test(p)) continue;
    if (names.has(p)) continue;
    // ("in Turkish hands", "at Chinese insistence": a people's adjective is no place.)
    if (countryByDemonym(p)) continue;
    return p;
  }
  return undefined;
}

export function findEvents(rawInput: StageInput, statements: ExtractedStatement[] = []): ExtractedEvent[] {
  const body = eventsIn(rawInput, statements);
  // "Trump cancels meeting with Schumer and Jeffries": a meeting the headline names and the body
  // only describes. Offsets point into the title; a meeting of the same people in the body wins.
  const title = titleInput(fastContext(rawInput));
  if (!title) return body;
  // Only people the body gives no meeting at all: a headline squeezes clauses together
  // ("X to meet Trump after Alaska summit with Putin"), so it adds nothing the body tells better.
  const met = new Set(body.flatMap((e) => e.participants));
  const head = eventsIn(title, [], false)
    .filter((e) => e.participants.some((p) => !met.has(p)))
    .map((e): ExtractedEvent => ({ ...e, inTitle: true, sentenceIndex: -1 }));
  return [...body, ...head];
}

function eventsIn(rawInput: StageInput, statements: ExtractedStatement[], invited = true): ExtractedEvent[] {
  const input = fastContext(rawInput);
  const { text } = input.article;
  const found: ExtractedEvent[] = [];
  const seenAt = new Set<number>();
  const personNames = new Set<string>();
  for (const m of input.entities.mentions) if (input.entities.byKey.get(m.entityKey)?.type === 'Person') personNames.add(m.text);

  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(text))) {
      const at = m.index;
      if ([...seenAt].some((x) => Math.abs(x - at) < 3)) continue;
      const sent = sentenceAround(input, at);
      const clause = clauseAround(text, sent.start, sent.end, at);
      const word = (/^\S+/.exec(m[0]) ?? [''])[0].toLowerCase();
      // A meal told inside someone's words ("“... (during the luncheon with Trump),” Wi said")
      // has its diners in those words, not the speaker.
      if (/^(?:dinner|lunch|luncheon|breakfast)$/.test(word) && quoteAround(text, at, paragraphAround(text, at))) continue;
      // "meeting" is a verb when it takes a direct object ("after meeting Scholz").
      // "his meeting with US President Donald Trump", "a private meeting with President Bola
      // Tinubu" are the noun, whatever follows it.
      const isVerbForm =
        cue.verb &&
        (!/^meeting$/i.test(word) ||
          (/^(?:[A-Z]|him\b|her\b|them\b)/.test(text.slice(at + m[0].length)) && !/\b(?:a|an|the|this|that|his|her|their|its|our|my|your)\s+(?:[\w’'-]+\s+)?$/i.test(text.slice(Math.max(sent.start, at - 30), at))));
      // "conditions are met", "demands were met": the passive is no meeting.
      if (/^met\b/i.test(word) && /\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(sent.start, at - 25), at))) continue;
      // "will not meet", "refused to meet": no meeting, unless it waits on a condition.
      const neg = /\b(?:not|never|n[’']t|refused to|refuses to|declined to|declines to|ruled out|rules out|no plans? to)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(sent.start, at - 30), at));
      // ("he has still not met Milei ... because he wants an apology first": a meeting on terms.)
      if (isVerbForm && neg && !/\b(?:until|unless|if|before)\b|\bbecause\b[^.;]*\bfirst\b/i.test(text.slice(at, sent.end))) continue;
      const mention: CueMention = {
        at,
        cueEnd: at + m[0].length,
        word,
        type: cue.type,
        verbCue: cue.verb,
        verbForm: isVerbForm,
        // ("a press conference with X": the cue may only look ahead to "with".)
        withPrep: /(?:with|alongside)\s*$/i.test(m[0]) || (!cue.verb && /^with\b/i.test(text.slice(at + m[0].length))),
        sent,
        clause,
      };
      // "the meeting Trump and Putin had in Alaska": the relative clause names who met, and when.
      const had = !cue.verb || /^meeting$/i.test(word) ? pairThatHad(input, at + m[0].length, clause.end) : null;
      const people = had ?? participantsOf(input, statements, mention);
      if (people.length < 2) continue;
      seenAt.add(at);
      // "held talks by phone": a call, whatever the cue word.
      const type: EventType = /\b(?:by phone|by telephone|over the phone|on the phone|phone call|telephone call|video call|video link|videoconference)\b/i.test(text.slice(at, clause.end)) ? 'Call' : cue.type;
      let status = had ? 'occurred' : statusAt(text, sent, mention, neg);
      const when = datesAt(input, mention, status);
      status = when.status;
      // "once in July 2018 and again during a formal state visit in June 2019": one meeting per date.
      for (const d of when.more) {
        found.push(makeEvent(type, people, d.date, d.text, status, clause.start + d.index, clause.end, sent.index, text, clause));
      }
      const date = when.date;
      const ev = makeEvent(type, people, date?.date, date?.text, status, at, clause.end, sent.index, text, clause, personNames);
      // A visit's place is where it goes: "a state visit to the United States".
      const dest = cue.type === 'Visit' && !cue.verb ? /^\s*(?:the\s+)?((?:[A-Z][\w’'.-]*\s*)+)/.exec(text.slice(at + m[0].length, clause.end))?.[1]?.trim() : undefined;
      if (dest) ev.place = dest.replace(/\s+(?:later|next|this|in|on)$/i, '').replace(/[’']s$/, '');
      // "to hold meetings with Lee Jae Myung and Xi Jinping": one meeting with each, and none
      // when nobody holding them is named.
      if (/^(?:meetings|encounters)$/i.test(word) && /^\s+with\b/i.test(text.slice(mention.cueEnd, mention.cueEnd + 8))) {
        // (The partners are the names listed right after "with", titles between them.)
        const listed = new Set(listedNames(input, mention.cueEnd, clause.end, PARTNERS_WITH).mentions.map((x) => x.entityKey));
        const hosts = people.filter((p) => !listed.has(p.key));
        const partners = people.filter((p) => listed.has(p.key));
        if (partners.length >= 2) {
          found.push(...onePerPartner(ev, hosts, hosts.length ? partners : []));
          continue;
        }
      }
      // "Zelensky and Rutte met separately with Trump": one meeting each with whom they met.
      // ("De Wever met individually with party leaders A, B, C and D": the same.)
      if (people.length >= 3 && /\b(?:separately|individually|one by one)\b/i.test(text.slice(Math.max(sent.start, at - 15), Math.min(clause.end, at + m[0].length + 15)))) {
        const named = new Set(input.entities.mentionsIn(at, clause.end).map((x) => x.entityKey));
        const hosts = people.filter((p) => named.has(p.key));
        const guests = people.filter((p) => !named.has(p.key));
        if (hosts.length && guests.length >= 2) {
          found.push(...onePerPartner(ev, hosts, guests, 'each'));
          continue;
        }
        // ("Zelenskyy is set to meet separately with President Biden and Vice President Harris".)
        if (guests.length === 1 && hosts.length >= 2) {
          found.push(...onePerPartner(ev, guests, hosts));
          continue;
        }
      }
      found.push(ev);
    }
  }
  if (invited) found.push(...invitedMeetings(input, statements));
  return mergeEvents(found);
}

/**
 * One meeting of `shared` with each of `each`: "met separately with Biden and Harris". The
 * sentence's subject is listed first, whichever side it is on.
 */
function onePerPartner(ev: ExtractedEvent, shared: Entity[], each: Entity[], subjectIs: 'shared' | 'each' = 'shared'): ExtractedEvent[] {
  const sharedKeys = shared.map((s) => s.key);
  return each.map((p) => ({ ...ev, participants: subjectIs === 'shared' ? [...sharedKeys, p.key] : [p.key, ...sharedKeys] }));
}

function paragraphAround(text: string, at: number): { start: number; end: number } {
  const nl = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at) + 1, end: nl < 0 ? text.length : nl };
}

/** "(the meeting) Trump and Putin had", "(the summit) that Xi and Lee held": the two who met. */
function pairThatHad(input: ReturnType<typeof fastContext>, from: number, limit: number): Entity[] | null {
  const { text } = input.article;
  const ms = input.entities.mentionsIn(from, Math.min(limit, from + 120)).filter((x) => input.entities.byKey.get(x.entityKey)?.type === 'Person');
  const a = ms[0];
  const b = ms[1];
  if (!a || !b || a.entityKey === b.entityKey) return null;
  if (!/^\s*(?:that\s+|which\s+)?(?:(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3})?$/u.test(text.slice(from, a.start))) return null;
  if (!/^\s+and\s+(?:(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3})?$/u.test(text.slice(a.end, b.start))) return null;
  if (!/^\s+(?:had|held)\b/.test(text.slice(b.end, b.end + 8))) return null;
  return [input.entities.byKey.get(a.entityKey)!, input.entities.byKey.get(b.entityKey)!];
}

function makeEvent(
  type: EventType,
  people: Entity[],
  date: string | undefined,
  dateText: string | undefined,
  status: EventStatus,
  start: number,
  end: number,
  sentenceIndex: number,
  text: string,
  clause: { start: number; end: number },
  personNames: Set<string> = new Set(),
): ExtractedEvent {
  const place = placeIn(text, Math.max(clause.start, start - 80), clause.end, personNames);
  return {
    type,
    participants: people.map((p) => p.key),
    ...(date ? { date } : {}),
    ...(dateText ? { dateText } : {}),
    ...(place ? { place } : {}),
    status,
    start,
    end: Math.max(end, start + 1),
    sentenceIndex,
  };
}
