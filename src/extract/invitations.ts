/**
 * Invitations: "X invited Y to Z", "X extended an invitation to Y", "Y accepted X's
 * invitation to Z", "an invitation from X", "Y was invited by X", "X urged Y to attend Z",
 * "Y thanked X for his invitation", "Y was invited ..., X's office said". Parties are people or countries, resolved through the
 * entity context (pronouns, descriptions and "me" in quotations included).
 */
import type { StageInput } from './context';
import { fastContext } from './event-context';
import type { Entity, ExtractedEvent, ExtractedInvitation, ExtractedStatement, Span } from './types';
import { sentenceAround, speakerAt } from './condition-speaker';
import { clauseSubject, meetingSubject } from './event-participants';
import { TITLE_WORDS, countryBySeat } from './gazetteer';
import { titleInput } from './condition-title';
import { type ListShape, listedNames } from './name-list';

const PARTY = new Set(['Person', 'Country']);
const INVITE_BRIDGE = ['formally', 'agreed', 'proceed', 'with', 'letter', 'officially', 'personally', 'also', 'had', 'intends', 'intend', 'intended', 'decided', 'promised', 'pledged', 'vowed'];

interface Partial extends Span {
  inviter: Entity | null;
  invitee: Entity | null;
  event: string;
  sentenceIndex: number;
  accepted: boolean;
  declined: boolean;
  /** "Accepting X's invitation, Y held talks": what came of it is told by the sentence itself. */
  toldAfter?: boolean;
}

const party = (e: Entity | null | undefined): Entity | null => (e && PARTY.has(e.type) ? e : null);

/** The entity named right at `at` (a name, a description, "me", "him", "His Holiness"). */
function entityAt(
  input: StageInput,
  statements: ExtractedStatement[],
  at: number,
  limit: number,
  subject: Entity | null = null,
): { e: Entity | null; end: number } {
  const { text } = input.article;
  const rest = text.slice(at, limit);
  // (Case matters: "US President Donald Trump" is no "us".)
  const pron = /^([Mm]e|[Uu]s|[Hh]im|[Hh]er|[Tt]hem)\b/.exec(rest);
  if (pron) {
    const w = pron[1]!.toLowerCase();
    let e = w === 'me' || w === 'us' ? speakerAt(input, statements, at).entity : input.entities.resolve(w, at);
    // "He thanked him": an object pronoun is not its own clause's subject.
    if (e && subject && e.key === subject.key && w !== 'me' && w !== 'us') {
      const other = input.entities.mentions
        .filter((m) => m.end <= at && m.entityKey !== subject.key && input.entities.byKey.get(m.entityKey)?.type === 'Person')
        .pop();
      e = other ? (input.entities.byKey.get(other.entityKey) ?? null) : null;
    }
    return { e: party(e), end: at + pron[0].length };
  }
  // "at the invitation of his Nepali counterpart, KP Sharma Oli": the name after the comma.
  // ("at the invitation of Wang's UAE counterpart Sheikh Abdullah bin Zayed": the counterpart.)
  const counterpart = /^(?:his|her|their|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s?)\s+(?:[\p{L}-]+\s+){0,2}counterparts?,?\s+(?=\p{Lu})/u.exec(rest);
  if (counterpart) return entityAt(input, statements, at + counterpart[0].length, limit, subject);
  const m = input.entities.mentionsIn(at, limit)[0];
  // A title may precede the name ("invited newly installed Pope Leo XIV"), nothing else:
  // "invitation to meeting in Moscow" names a place, not an invitee.
  // ("External Affairs Minister (EAM) S. Jaishankar": an abbreviated title in brackets.)
  const gapWords = m ? text.slice(at, m.start).replace(/\s\([A-Z]{2,6}\)(?=\s)/g, '').split(/\s+/).filter(Boolean) : [];
  // "invited Chinese leader Xi Jinping", "his US counterpart Donald Trump".
  const titleOnly = gapWords.every(
    // ("the country's Foreign Minister Ayman Safadi": whose minister, in a lower-case word.)
    // ("President of Mongolia Ukhnaagiin Khurelsukh": an office of a country, before its holder.)
    (w) => /^[A-Z]/.test(w) || TITLE_WORDS.has(w) || /^(?:the|of|new|former|then|his|her|their|its|incoming|visiting|counterpart|\p{Ll}+ly|\p{Ll}+ed|(?:country|kingdom|nation|state|republic|government)[’']s)$/u.test(w),
  );
  if (m && gapWords.length <= 4 && titleOnly && !/[,.;]/.test(text.slice(at, m.start))) {
    // Prefer a person named after a country or body used as a title ("United States (US)
    // President Donald Trump", "European Commission President Ursula von der Leyen", "Kazakhstan’s President
    // Kassym-Jomart Tokayev", "Syria’s leader Ahmad Al Shara").
    // (The bracketed short form, "(US)", is the same country again.)
    const next = input.entities.mentionsIn(m.end, Math.min(limit, m.end + 40)).find((x) => x.entityKey !== m.entityKey);
    const first = input.entities.byKey.get(m.entityKey) ?? null;
    if ((first?.type === 'Country' || first?.type === 'Organization') && next && input.entities.byKey.get(next.entityKey)?.type === 'Person' && /^(?:[’']s)?\s+(?:\([A-Z.]{2,8}\)\s+)?(?:(?:[A-Z][\w.-]*|leader|president|premier|king|emir|chancellor|ruler|prime\s+minister|foreign\s+minister)\s+){0,3}$/.test(text.slice(m.end, next.start))) {
      return { e: party(input.entities.byKey.get(next.entityKey)), end: next.end };
    }
    // "invited Syria's new interim leader to visit France": the person that role describes.
    const role = first?.type === 'Country' ? /^[’']s?\s+((?:\p{Ll}+\s+){0,3}(?:leader|president|prime minister|premier|king|emir|chancellor|foreign minister|ruler))\b/u.exec(text.slice(m.end, limit)) : null;
    if (role) {
      const e = input.entities.resolve(`${text.slice(m.start, m.end)} ${role[1]}`, m.start);
      if (e?.type === 'Person') return { e: party(e), end: m.end + role[0].length };
    }
    return { e: party(first), end: m.end };
  }
  // ("invited the Pontiff to visit Ukraine": a title with "the" names its one holder.)
  const desc = /^((?:the\s+)?(?:[A-Z][\w’'.-]*\s*){1,4})/.exec(rest);
  if (desc) {
    const e = input.entities.resolve(desc[1]!.trim(), at);
    if (e) return { e: party(e), end: at + desc[1]!.trimEnd().length };
  }
  return { e: null, end: at };
}

/** Countries or people named one after another ("A, B and C") right before `end`. */
function listedBefore(input: StageInput, from: number, end: number): Entity[] {
  const { text } = input.article;
  const ms = input.entities.mentionsIn(from, end);
  const out: Entity[] = [];
  let cursor = end;
  for (let i = ms.length - 1; i >= 0; i--) {
    const gap = text.slice(ms[i]!.end, cursor);
    if (!(out.length ? /^\s*(?:,\s*(?:and\s+)?|and\s+)$/ : /^\s*$/).test(gap)) break;
    const e = party(input.entities.byKey.get(ms[i]!.entityKey));
    if (!e) break;
    if (!out.some((o) => o.key === e.key)) out.unshift(e);
    cursor = ms[i]!.start;
  }
  return out;
}

/** The verb after the guest of a fronted "At the invitation of X, Y will visit ...". */
const FRONTED_GUEST_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?:will|would|is|are|was|were|has|have|had|arrived|arrives|visited|visits|paid|pays|travel(?:l?ed|s)?|flew|began|begins|attended|attends|made|makes)\b/u;

/** People named one after another from `at` ("A and B", "A, B and C"), or null when none is. */
function namedList(input: StageInput, at: number, limit: number): { people: Entity[]; end: number } | null {
  const { mentions, end } = listedNames(input, at, limit, PEOPLE_SIDE_BY_SIDE);
  const people = mentions.map((m) => input.entities.byKey.get(m.entityKey) as Entity);
  return people.length ? { people, end } : null;
}

/** "X, Y and Z": people named with nothing but commas and "and" between them. */
const PEOPLE_SIDE_BY_SIDE: ListShape = { joiner: /^(?:\s*(?:,\s*and|,|and)\s*)?/, between: /^$/, accepts: (e) => e?.type === 'Person' };

/**
 * The guests named after the first, "and Uzbekistan", ", Kazakh President Kassym-Jomart Tokayev and
 * Uzbek President Shavkat Mirziyoyev": of the first's type, titles between them, the list ending
 * before "to".
 */
function guestsListedAfter(input: StageInput, first: Entity, from: number, limit: number): { guests: Entity[]; end: number } | null {
  const { mentions, end } = listedNames(input, from, limit, {
    joiner: /^\s*(?:,?\s*and|,)\s+/,
    // ("and newly elected Iranian President Massoud Pezeshkian": a qualifier before the title.)
    between: /^(?:(?:(?:newly|recently)\s+)?(?:re-?)?elected\s+|new\s+|incoming\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u,
    accepts: (e) => e?.type === first.type,
  });
  const guests: Entity[] = [];
  for (const m of mentions) {
    const e = input.entities.byKey.get(m.entityKey) as Entity;
    if (e.key !== first.key && !guests.some((g) => g.key === e.key)) guests.push(e);
  }
  return guests.length && /^\s+to\s/.test(input.article.text.slice(end, end + 4)) ? { guests, end } : null;
}

/** Words of the event: "to visit Beijing in April next year" -> "visit Beijing in April next year". */
function eventWords(text: string, from: number, limit: number): string {
  // ("an invitation to Netanyahu, who faces an arrest warrant of the ICC, to come on a state
  // visit": the guest's relative clause is no part of the event.)
  const rest = text.slice(from, limit).replace(/^\s*,\s*(?:who|which)\b[^,;.]*(?:\([^)]*\)[^,;.]*)?,/i, '');
  const m = /^\s*,?\s*(?:(?:to|for|at)\s+)?(.*?)(?=\s*(?:(?<!\b(?:[A-Z]|Mr|Ms|Mrs|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec))\.(?=\s|$)|[;“”"]|,\s+(?:and|but|which|who|where|while|because|saying|adding|calling|describing|noting|despite|making|he|she|they|it)\b|,\s+(?=[A-Z])|,\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:said|says|added|told|announced|reported)\b|\s+(?:during|where|which|after|despite)\s|\s+and\s+that\s|$))/.exec(rest);
  const words = (m?.[1] ?? '').split(/\s+/).filter(Boolean).slice(0, 14);
  return words.join(' ').replace(/[,;:]$/, '');
}

function subjectFor(input: StageInput, statements: ExtractedStatement[], from: number, at: number): Entity | null {
  // ("It was United States President Donald Trump who personally invited ...": the one the cleft
  // sentence names.)
  const cleft = /\b[Ii]t\s+(?:was|is|had\s+been)\s+(?=\S)(.{2,80}?)\s+who\s+(?:(?:personally|also|first|formally|officially|then)\s+)?$/.exec(input.article.text.slice(from, at));
  if (cleft) {
    const named = entityAt(input, statements, from + cleft.index + cleft[0].indexOf(cleft[1]!), at).e;
    if (named) return named;
  }
  // ('He (PM Modi) very kindly invited us to India': the pronoun before the verb, read by the
  // resolver, which takes the editor's bracket for the name.)
  const bracketed = /\b(he|she)\s*[([]\p{Lu}[^)\]\n]{1,40}[)\]]\s*(?:(?:very|also|then|\p{Ll}+ly)\s+)*$/iu.exec(input.article.text.slice(from, at));
  if (bracketed) {
    const named = input.entities.resolve(bracketed[1]!.toLowerCase(), from + bracketed.index);
    if (party(named)) return named;
  }
  const s = meetingSubject(input, statements, from, at, INVITE_BRIDGE)[0] ?? null;
  if (party(s)) return s;
  const { text } = input.article;
  // "King Charles III extended ...", "Xi Jinping's ..." via the resolver on the words before.
  const m = input.entities.mentionsIn(from, at);
  const last = m[m.length - 1];
  if (last && /^[\s’'s,]*(?:(?:has|had|have|will|would|could|may|might|shall|also|formally|officially|on \w+|\w+ly)\s+)*$/i.test(text.slice(last.end, at))) {
    // "Erdoğan holds key meetings in China, invites Putin to Türkiye": a place after a preposition
    // is no subject; the verbs before and after the comma share the first one's.
    const afterPreposition = /\b(?:in|to|from|at|with|of|for|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, last.start - 12), last.start));
    if (/,\s*$/.test(text.slice(last.end, at)) && afterPreposition) {
      return party(clauseSubject(input, from, at));
    }
    // "The head of the de facto US embassy in Taiwan has invited ...": a name after a preposition
    // inside the subject is not who acts; the other half of the invitation may tell who did.
    if (afterPreposition && /^\W*(?:the|a|an)\s+\p{Ll}/iu.test(text.slice(from, last.start))) {
      const s = party(clauseSubject(input, from, at));
      return s && s.key !== last.entityKey ? s : null;
    }
    return party(input.entities.byKey.get(last.entityKey));
  }
  return null;
}

/**
 * Verbs that address someone before an invitation to "him" or "her": "told Netanyahu he would
 * invite", "call Trump to invite".
 */
const ADDRESSED = [
  /\b(?:told|tells|assured|promised|informed)\s+(?=\S)(.{2,60}?)\s+(?:that\s+)?(?:he|she)\s+(?:\p{Ll}+\s+){0,3}$/u,
  /\b(?:call|calls|called|calling|phone|phones|phoned|ring|rings|rang|contact|contacts|contacted|write\s+to|wrote\s+to)\s+(?=\S)(.{2,60}?)\s+to\s+$/u,
];

/** Who addresses whom in `before` (the sentence from `from` up to the verb at `at`): host and guest. */
function addressedGuest(input: StageInput, statements: ExtractedStatement[], from: number, before: string, at: number): { host: Entity; guest: Entity } | null {
  for (const re of ADDRESSED) {
    const m = re.exec(before);
    if (!m) continue;
    const host = subjectFor(input, statements, from, from + m.index);
    const guest = entityAt(input, statements, from + m.index + m[0].indexOf(m[1]!), at).e;
    if (host && guest && host.key !== guest.key) return { host, guest };
  }
  return null;
}

/** "<Name>'s office said" before or after the passive: the office of the person it names. */
const OFFICE_SAID = /\b((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)[’']s\s+office\s+(?:(?:also|later|nonetheless)\s+)?(?:said|says|told|announced|confirmed|stated|added)\b/u;

/**
 * "invited to the White House", "to the Kremlin": the head of state or government of the
 * country whose seat it is, when the article names exactly one.
 */
function seatHolder(input: StageInput, wEnd: number, limit: number): Entity | null {
  const seat = /^\s+to\s+(the\s+(?:White House|Kremlin|Elysee|Élysée(?:\s+Palace)?|Oval Office)|Downing Street|Zhongnanhai)\b/i.exec(input.article.text.slice(wEnd, limit));
  const code = seat ? countryBySeat(seat[1]!.replace(/\s+Palace$/i, ''))?.cca3 : undefined;
  if (!code) return null;
  const heads = input.entities.entities.filter((e) => e.type === 'Person' && e.country === code && e.roles.some((r) => /\b(?:president|prime minister|premier|chancellor|king)\b/i.test(r) && !/\b(?:former|ex-|vice)\b/i.test(r)));
  if (heads.length !== 1) return null;
  return heads[0]!;
}

/**
 * "Trump was invited as President-elect of a friendly nation, Macron's office told reporters":
 * a passive invitation without "by" that a leader's office announces is that leader's own
 * invitation (to `invitee`, the passive's subject), unless the office is the guest's.
 */
function announcedByOffice(
  input: StageInput,
  sent: Span,
  wEnd: number,
  invitee: Entity | null,
): { inviter: Entity; invitee: Entity; event: string } | null {
  const { text } = input.article;
  const m = OFFICE_SAID.exec(text.slice(sent.start, sent.end));
  if (!m) return null;
  const nameAt = sent.start + m.index;
  const inviter = input.entities.resolve(m[1]!, nameAt);
  if (inviter?.type !== 'Person') return null;
  if (!invitee || invitee.key === inviter.key) return null;
  // "invited to the reopening ceremony": the event; "invited as President-elect": none named.
  const limit = nameAt > wEnd ? nameAt : sent.end;
  const event = /^\s+(?:to|for|at)\s/i.test(text.slice(wEnd, limit)) ? eventWords(text, wEnd, limit) : '';
  return { inviter, invitee, event };
}

export function readInvitations(rawInput: StageInput, statements: ExtractedStatement[] = []): Partial[] {
  const input = fastContext(rawInput);
  const { text } = input.article;
  const out: Partial[] = [];
  const re = /\b(?:invite|invites|invited|inviting|invitation|invitations|invite(?=\s+to\b)|urged|urges|asked|asks)\b/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    const word = m[0].toLowerCase();
    const wEnd = at + m[0].length;
    const sent = sentenceAround(input, at);
    const before = text.slice(sent.start, at);
    const after = text.slice(wEnd, sent.end);
    if (/\b(?:not|never|no|without)\s+(?:\w+\s+)?$/i.test(before) || /\bnot yet been\s+$/i.test(before)) continue;
    const base = { start: at, end: wEnd, sentenceIndex: sent.index, accepted: false, declined: false };

    if (/^(?:urged|urges|asked|asks)$/.test(word)) {
      // "Lee urged Trump to attend the APEC summit", "X asked Y to visit": an invitation to come.
      const inviter = subjectFor(input, statements, sent.start, at);
      if (!inviter) continue;
      // "Milei asked him to visit": the object pronoun is not the asker.
      const obj = entityAt(input, statements, wEnd + 1, sent.end, inviter);
      const rest = text.slice(obj.end, sent.end);
      if (!obj.e || !/^\s+to\s+(?:attend|visit|come|join)\b/i.test(rest)) continue;
      out.push({ ...base, inviter, invitee: obj.e, event: eventWords(text, obj.end, sent.end) });
      continue;
    }

    if (/^invit(?:e|es|ed|ing)$/.test(word)) {
      // "PM Modi thanked President Putin for inviting him to his house": the one thanked invites.
      const thankedFor = word === 'inviting' ? /\b(?:thanked|thanks|thank|thanking)\s+(?=\S)(.{2,80}?)\s+for\s+$/i.exec(before) : null;
      if (thankedFor) {
        const hostAt = sent.start + thankedFor.index + thankedFor[0].indexOf(thankedFor[1]!, 5);
        const host = entityAt(input, statements, hostAt, at).e;
        const guest = subjectFor(input, statements, sent.start, sent.start + thankedFor.index);
        if (host && guest && host.key !== guest.key) out.push({ ...base, inviter: host, invitee: guest, accepted: true, event: eventWords(text, wEnd + (/^\s+(?:him|her|them|me|us)\b/i.exec(after)?.[0].length ?? 0), sent.end) });
        continue;
      }
      const passive = /\b(?:was|were|been|be|is|are|being|get|got)\s+(?:\w+ly\s+)?$/i.test(before);
      // "Peña was the only Latin American head of state invited by President Donald Trump": a
      // participle with its agent; the guest is the clause's subject.
      const reduced = !passive && word === 'invited' && /^\s+by\s/i.test(after) && !/[,;]\s*$/.test(before);
      // "Greece and Cyprus were among the countries invited by President Trump to attend": each
      // one listed before "among" is a guest.
      const among = reduced ? /\b(?:was|were|is|are)\s+among\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u.exec(before) : null;
      const listed = among ? listedBefore(input, sent.start, sent.start + among.index) : [];
      if (listed.length) {
        const byWho = entityAt(input, statements, wEnd + /^\s+by\s+/i.exec(after)![0].length, sent.end);
        for (const guest of listed) if (byWho.e && guest.key !== byWho.e.key) out.push({ ...base, inviter: byWho.e, invitee: guest, event: eventWords(text, byWho.end, sent.end) });
        continue;
      }
      if (passive || reduced) {
        // "Y was invited (to Z) by X"; Y is the subject before "was".
        const invitee = reduced
          ? party(clauseSubject(input, sent.start, at))
          : subjectFor(input, statements, sent.start, at - (before.length - before.trimEnd().length) - (/(\S+)\s*$/.exec(before)?.[1]?.length ?? 0));
        const by = /^(.{0,80}?)\bby\s+/i.exec(after);
        // "Y has been invited to meet with X at the White House": the one to be met invites.
        const toMeet = by ? null : /^\s+to\s+(?:meet|see|visit)\s+(?:with\s+)?(?=\S)/i.exec(after);
        const host = toMeet ? entityAt(input, statements, wEnd + toMeet[0].length, sent.end) : null;
        if (host?.e && host.e.type === 'Person' && invitee && host.e.key !== invitee.key) {
          out.push({ ...base, inviter: host.e, invitee, event: eventWords(text, wEnd, sent.end) });
          continue;
        }
        if (!by) {
          const announced = announcedByOffice(input, sent, wEnd, invitee);
          if (announced) out.push({ ...base, ...announced });
          // "Al-Sisi was invited to the White House": whoever leads from that seat invites.
          const seated = announced ? null : seatHolder(input, wEnd, sent.end);
          if (seated && invitee && seated.key !== invitee.key) out.push({ ...base, inviter: seated, invitee, event: eventWords(text, wEnd, sent.end) });
          continue;
        }
        const byWho = entityAt(input, statements, wEnd + by.index + by[0].length, sent.end);
        const inviter = byWho.e;
        if (!inviter || !invitee) continue;
        const ev = eventWords(text, wEnd, wEnd + by.index) || eventWords(text, byWho.end, sent.end);
        out.push({ ...base, inviter, invitee, event: ev });
        continue;
      }
      // "invited the leaders of Ukraine and Russia, Volodymyr Zelensky and Vladimir Putin, to the
      // Vatican": a description, then the people it names.
      const described = /^\s+(?:the\s+)?[\p{Ll}\s]{3,30}\s+of\s+[^,]{2,60},\s+/u.exec(after);
      const named = described ? namedList(input, wEnd + described[0].length, sent.end) : null;
      if (named) {
        const inviter = subjectFor(input, statements, sent.start, at);
        if (!inviter) continue;
        const event = eventWords(text, named.end, sent.end);
        for (const invitee of named.people) if (invitee.key !== inviter.key) out.push({ ...base, inviter, invitee, event });
        continue;
      }
      // ("he reciprocated by inviting Xi for a state visit": who did it, the verb's subject.)
      const means = word === 'inviting' ? /\b\p{Ll}+(?:ed|s)\s+by\s+$/u.exec(before) : null;
      let inviter = subjectFor(input, statements, sent.start, means ? sent.start + means.index : at);
      // "Merz had told Netanyahu he would invite him to Germany", "I will call Trump to invite him
      // to come to the COP": who tells or calls invites the one told or called.
      const him = /^\s+(?:him|her)\b/i.exec(after);
      const addressed = him ? addressedGuest(input, statements, sent.start, before, at) : null;
      if (him && addressed) {
        out.push({ ...base, inviter: addressed.host, invitee: addressed.guest, event: eventWords(text, wEnd + him[0].length, sent.end) });
        continue;
      }
      // ("“I invited him to come to Germany”": "him" is someone other than the one inviting.)
      const obj = entityAt(input, statements, wEnd + 1, sent.end, inviter);
      if (!obj.e) {
        // ('“I invited the Chinese authorities to come to Brussels. Minister Wang Wentao has
        // accepted this invitation,”': a host whose guests are no one named waits for who accepts.)
        if (inviter && /^\s+(?:the\s+)?\p{Ll}/u.test(after)) out.push({ ...base, inviter, invitee: null, event: eventWords(text, wEnd, sent.end) });
        continue;
      }
      // "Zelensky met Pope Leo XIV ... . He said he had invited the Pontiff to visit Ukraine": a
      // pronoun read as the guest is the other person of the sentences before.
      if (inviter && inviter.key === obj.e.key && /\b(?:he|she)\s+(?:\p{Ll}+\s+){0,3}$/iu.test(before)) {
        const other = input.entities.mentions.filter((x) => x.end <= sent.start && x.entityKey !== obj.e!.key && input.entities.byKey.get(x.entityKey)?.type === 'Person').pop();
        inviter = other && sent.start - other.end < 600 ? party(input.entities.byKey.get(other.entityKey)) : null;
      }
      if (inviter?.key === obj.e.key) continue;
      // "invited Kazakhstan and Uzbekistan to attend": one invitation for each guest listed.
      const more = guestsListedAfter(input, obj.e, obj.end, sent.end);
      const event = eventWords(text, more?.end ?? obj.end, sent.end);
      // (Without a subject named, the guest waits for "The invitation from X" nearby.)
      for (const guest of [obj.e, ...(more?.guests ?? [])]) if (guest.key !== inviter?.key) out.push({ ...base, inviter, invitee: guest, event });
      continue;
    }

    // The noun: "X's invitation to Y to Z", "an invitation from X", "extended an invitation to Y".
    let inviter: Entity | null = null;
    let invitee: Entity | null = null;
    let eventFrom = wEnd;
    let eventTo = sent.end;
    let alsoInvited: Entity[] = [];
    const poss = /((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*|his|her|their)[’']s?\s+(?:\w+\s+)?$|\b(his|her|their)\s+(?:\w+\s+)?$/i.exec(before);
    if (poss) {
      const word0 = poss[2] ?? poss[1]!;
      const at0 = sent.start + poss.index;
      // (The name the possessive mark follows: "... in Switzerland but accepted Putin's invitation"
      // is Putin's, not the first name the words before it hold.)
      const owner = input.entities.mentionsIn(at0, at).filter((x) => /^[’']/.test(text.slice(x.end, x.end + 1))).pop();
      inviter = /^(?:his|her|their)$/i.test(word0) ? party(input.entities.resolve(word0, at0)) : party(owner ? input.entities.byKey.get(owner.entityKey) : input.entities.resolve(word0.split(/\s+/).pop()!, at0));
    }
    const from = /^\s+(?:coming\s+)?(?:from|of)\s+/i.exec(after);
    if (from) {
      const r = entityAt(input, statements, wEnd + from[0].length, sent.end);
      inviter = r.e ?? inviter;
      eventFrom = r.end;
    }
    // ("extended an invitation for Xi to visit the U.S.": "for" names the guest as "to" does.)
    const to = /^\s+(?:to|for)\s+/i.exec(text.slice(eventFrom, sent.end));
    if (to) {
      const r = entityAt(input, statements, eventFrom + to[0].length, sent.end);
      // "an invitation to Moscow" names where, not whom; "Kim's invitation to Trump" whom.
      if (r.e && r.e.type === 'Person') {
        invitee = r.e;
        eventFrom = r.end;
        // ("has extended invitations to Kuwaiti Emir X and newly elected Iranian President Y to
        // visit Baghdad": each guest listed.)
        const more = guestsListedAfter(input, r.e, r.end, sent.end);
        if (more) {
          alsoInvited = more.guests;
          eventFrom = more.end;
        }
        // "The invitation to Y came from X".
        const cameFrom = /^\s+(?:came|comes|had come|was|is)\s+from\s+/i.exec(text.slice(r.end, sent.end));
        if (cameFrom && !inviter) {
          const by = entityAt(input, statements, r.end + cameFrom[0].length, sent.end);
          inviter = by.e;
          if (by.e) eventFrom = by.end;
        }
      }
    }
    // "has received an invitation to visit India from Prime Minister Narendra Modi": "from" after the event.
    if (!inviter) {
      const later = /^[^,;.“”"]{0,80}?\bfrom\s+(?=\S)/.exec(text.slice(eventFrom, sent.end));
      const by = later ? entityAt(input, statements, eventFrom + later[0].length, sent.end) : null;
      if (by?.e && by.e.key !== invitee?.key) inviter = by.e;
    }
    // Who extended it: "King Charles III extended an invitation to Y".
    const extended = /\b(?:extend|extended|extends|send|sent|issue|issued|sends|issues|deliver|delivered|renew|renews|renewed|repeat|repeats|repeated|reiterate|reiterates|reiterated|reissued)\s+(?:an?|the|his|her|a formal|an official)?\s*(?:formal\s+|official\s+)?$/i.exec(before);
    if (extended && !inviter) inviter = subjectFor(input, statements, sent.start, sent.start + extended.index);
    // "Brazil sent Putin a standard invitation for the G20 summit": the guest between verb and noun.
    const handed = extended ? null : /\b(?:sent|sends|send|extended|extends|extend|issued|gave|gives|give|handed|hands|delivered)\s+(?=\S)(?!(?:an?|the|his|her|its|their)\s)/i.exec(before);
    if (handed && !inviter && !invitee) {
      const objAt = sent.start + handed.index + handed[0].length;
      const obj = entityAt(input, statements, objAt, at);
      if (obj.e && /^\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(obj.end, at))) {
        const giver = subjectFor(input, statements, sent.start, sent.start + handed.index);
        if (giver && giver.key !== obj.e.key) {
          inviter = giver;
          invitee = obj.e;
        }
      }
    }
    // "In a letter addressed to PM Oli, Chinese Prime Minister Li Qiang has extended an official
    // invitation to visit China": the letter's addressee is the guest.
    const letterTo = extended && inviter && !invitee ? /^\W*in\s+(?:a|an|his|her|the|their)\s+(?:[\p{L}-]+\s+)?(?:letter|message|note)\s+(?:(?:addressed|sent|written)\s+)?to\s+(?=\S)/iu.exec(text.slice(sent.start, at)) : null;
    if (letterTo) {
      const addressee = entityAt(input, statements, sent.start + letterTo[0].length, at);
      if (addressee.e && addressee.e.key !== inviter!.key && /^\s*,/.test(text.slice(addressee.end, at))) invitee = addressee.e;
    }
    // Who received it: "Trump accepted X's invitation", "Netanyahu has declined an invitation",
    // "He thanked him for an invitation", "In response to X's invitation ..., Zelenskyy said".
    const gov = /\b(accepted|accepting|accepts|accept|declined|declines|declining|rejected|rejects|turned down|received|receives|thanked|thanks|responding to|in response to|responded to)\b(?:\s+(\S+))?[^,;]*$/i.exec(before);
    let accepted = false, declined = false;
    if (gov) {
      const verb = gov[1]!.toLowerCase();
      accepted = /^accept/.test(verb);
      declined = /^(?:declin|reject|turned)/.test(verb);
      if (/^thank/.test(verb)) {
        // "Y thanked X for his invitation"
        const thanker = subjectFor(input, statements, sent.start, sent.start + gov.index);
        const obj = entityAt(input, statements, sent.start + gov.index + gov[1]!.length + 1, at, thanker);
        // "Ramaphosa thanked Tinubu for honouring the invitation": the guest is thanked, by the host.
        if (obj.e && /\bfor\s+(?:honou?ring|accepting|attending|heeding|answering|responding to)\s+(?:the|his|her|my|our|their)\s+$/i.test(before)) {
          if (!inviter) inviter = thanker;
          if (!invitee) invitee = party(obj.e);
        } else if (obj.e && !inviter) inviter = obj.e;
      }
      if (!invitee) {
        const subjAt = sent.start + gov.index;
        const opensSentence = /^[^\p{L}]*$/u.test(text.slice(sent.start, subjAt));
        if (/^in response to$/i.test(verb) || (/^responding to$/i.test(verb) && !/[\p{L}]\s*,?\s*$/u.test(text.slice(sent.start, subjAt))) || (verb === 'accepting' && opensSentence)) {
          const main = /^[^,]*,\s*/.exec(text.slice(at, sent.end));
          // "Accepting Karki’s invitation, the three former prime ministers–Deuba, Oli and
          // Dahal–held talks": each guest the main clause names.
          const described = main ? /^(?:the\s+)?(?:[\p{Ll}\d-]+\s+){0,4}[\p{Ll}-]+\s*[–—]\s*/u.exec(text.slice(at + main[0].length, sent.end)) : null;
          const guests = main ? namedList(input, at + main[0].length + (described?.[0].length ?? 0), sent.end) : null;
          if (inviter && guests && guests.people.length > 1) {
            const ev = eventWords(text, eventFrom, at + main![0].length);
            for (const g of guests.people) if (g.key !== inviter.key) out.push({ ...base, inviter, invitee: g, accepted: true, declined: false, event: ev, toldAfter: true });
            continue;
          }
          invitee = main ? party(clauseSubject(input, at + main[0].length, sent.end)) : null;
          // (What was accepted is told before the comma; after it, what the guest did.)
          if (main && verb === 'accepting') eventTo = at + main[0].length;
        } else {
          invitee = subjectFor(input, statements, sent.start, subjAt);
        }
      }
    }
    // "Meloni said Trump had accepted an invitation to visit Rome": accepted from whoever reports it.
    if (accepted && invitee && !inviter && gov) {
      const reported = /^(.*?)\b(?:said|says|announced|confirmed|told\s+\p{Ll}+)\s+(?:that\s+)?(?=\S)/u.exec(text.slice(sent.start, sent.start + gov.index));
      // ("According to Chancellor Friedrich Merz (CDU), Trump accepted an invitation".)
      const according = /^\W*according to\s+/i.exec(text.slice(sent.start, sent.start + gov.index));
      const reporter = reported
        ? party(clauseSubject(input, sent.start, sent.start + reported[1]!.length))
        : according
          ? entityAt(input, statements, sent.start + according[0].length, sent.start + gov.index).e
          : null;
      if (reporter && reporter.key !== invitee.key && reporter.type === 'Person') inviter = reporter;
    }
    // "At the invitation of National Security Advisor Ajit Doval, ... Chinese Foreign Minister Wang
    // Yi will visit India": fronted, the guest is the main clause's subject after the comma.
    if (!invitee && inviter && from && /^\W*(?:at|on)\s+(?:the\s+)?(?:personal\s+|official\s+|formal\s+)?$/i.test(before)) {
      const comma = text.indexOf(',', eventFrom);
      const guest = comma > 0 && comma < sent.end
        ? input.entities.mentionsIn(comma, sent.end).find((x) => input.entities.byKey.get(x.entityKey)?.type === 'Person' && x.entityKey !== inviter!.key && FRONTED_GUEST_VERB.test(text.slice(x.end, x.end + 40)))
        : undefined;
      if (guest) {
        const g = input.entities.byKey.get(guest.entityKey)!;
        out.push({ ...base, inviter, invitee: g, accepted: true, declined: false, event: eventWords(text, guest.end, sent.end).replace(/^(?:will|would|is|was)\s+/i, '') });
        continue;
      }
    }
    // "Modi is visiting Washington at the invitation of President Biden": the subject comes.
    // ("Lula will be attending the G7 Summit ..., following an invitation from Prime Minister
    // Mark Carney", "will travel to Belgium in February after an invitation from ... Costa".)
    const following = /,?\s*\b(?:following|after|upon)\s+(?:an?|the|his|her)\s+(?:personal\s+|official\s+|formal\s+)?$/i.exec(before);
    if (!invitee && inviter && (/\b(?:at|on)\s+(?:the\s+)?(?:personal\s+|official\s+|formal\s+)?$/i.test(before) || following) && from) {
      // ("Deuba expressed optimism that Modi will soon visit Kathmandu at the invitation of ...":
      // the subject of the clause the visit is told in.)
      const that = [...before.matchAll(/\bthat\s+(?=\S)/g)].pop();
      let subject = party(clauseSubject(input, that ? sent.start + that.index! + that[0].length : sent.start, at));
      // "The trip ... comes at the invitation of Wang's UAE counterpart": a counterpart hosts the
      // one whose counterpart they are.
      const whose = /^\s+(?:of|from)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)[’']s?\s+(?:[\p{L}-]+\s+){0,2}counterparts?\b/u.exec(after);
      if (!subject && whose) subject = party(input.entities.mentionsIn(wEnd, wEnd + whose[0].length).map((x) => input.entities.byKey.get(x.entityKey))[0]);
      if (subject && subject.key !== inviter.key) {
        invitee = subject;
        const what = following
          ? /\b(?:is|was|will be|are|were|will)?\s*((?:visiting|visit|attending|attend|travel(?:l?ing|s)? to|travel to|arrived in|came to|go to)\b[^;]{0,100}?)[\s,]*$/i.exec(before.slice(0, following.index))
          : /\b(?:is|was|will be|are|were)?\s*((?:visiting|attending|in|at|travel(?:l?ing|s)? to|arrived in|came to)\b[^,]{0,80}?)\s+(?:at|on)\s+(?:the\s+)?(?:\w+\s+)?$/i.exec(before);
        out.push({ ...base, inviter, invitee, accepted: true, declined: false, event: what?.[1]?.trim() ?? '' });
        continue;
      }
    }
    // "She said ... he extended an invitation to come back to Washington": invited to come, with
    // nobody named, the one reporting it is the guest.
    // ("At her morning press briefing, Sheinbaum said Prime Minister Mark Carney extended the
    // invitation to the upcoming summit in Kananaskis": invited to an event, the same.)
    if (inviter && !invitee && /^\s+to\s+(?:come|visit|attend|travel|return|join|the\s+(?:[\w-]+\s+){0,3}(?:summit|meeting|talks|conference|forum|ceremony|celebrations?|gathering|event))\b/i.test(text.slice(eventFrom, sent.end))) {
      const opener = /^[^,]{0,60},\s*/.exec(text.slice(sent.start, at));
      const reporter = party(clauseSubject(input, sent.start + (opener && /^\W*(?:at|in|during|on|speaking|after)\b/i.test(opener[0]) ? opener[0].length : 0), at));
      if (reporter && reporter.key !== inviter.key) invitee = reporter;
    }
    if (!inviter && !invitee) continue;
    for (const guest of [invitee, ...alsoInvited]) {
      out.push({ ...base, inviter, invitee: guest, accepted, declined, event: eventWords(text, eventFrom, eventTo), ...(eventTo < sent.end ? { toldAfter: true } : {}) });
    }
  }
  // "he will be my guest for a State Visit": the host invites the guest.
  const guest = /\b(he|she|they|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:will|would|is to)\s+be\s+(my|our|his|her|their|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+[’']s)\s+guests?\b/g;
  let g: RegExpExecArray | null;
  while ((g = guest.exec(text))) {
    const at = g.index;
    const sent = sentenceAround(input, at);
    const possAt = at + g[0].indexOf(g[2]!, g[1]!.length);
    const owner = g[2]!.replace(/[’']s$/, '');
    const inviter = /^(?:my|our)$/i.test(owner)
      ? party(speakerAt(input, statements, possAt).entity)
      : party(input.entities.resolve(owner, possAt));
    let invitee = party(input.entities.resolve(g[1]!, at));
    // "he will be my guest": a guest is not the host; take the last other person named.
    if (inviter && invitee?.key === inviter.key && /^(?:he|she)$/i.test(g[1]!)) {
      const other = input.entities.mentions
        .filter((m) => m.end <= at && m.entityKey !== inviter.key && input.entities.byKey.get(m.entityKey)?.type === 'Person')
        .pop();
      invitee = other ? party(input.entities.byKey.get(other.entityKey)) : null;
    }
    if (!inviter || !invitee || inviter.key === invitee.key) continue;
    out.push({
      start: at, end: at + g[0].length, sentenceIndex: sent.index, accepted: false, declined: false,
      inviter, invitee, event: eventWords(text, at + g[0].length, sent.end),
    });
  }
  out.push(...comeToInvitations(input, statements));
  return completePartials(out.sort((a, b) => a.start - b.start));
}

/**
 * 'Zelensky sent a terse reply to Fico, posting a short message on X stating: “Ok. Come to Kyiv
 * on Friday.”': a quoted "Come to <place>" invites the one the speaker answered or told.
 */
function comeToInvitations(input: StageInput, statements: ExtractedStatement[]): Partial[] {
  const { text } = input.article;
  const out: Partial[] = [];
  for (const st of statements) {
    if (st.kind !== 'direct' || !st.speaker) continue;
    const come = /(?:^["“‘]?|[.!?]\s+)(?:(?:Ok|Okay|So|Please)[.,!]?\s+)?(Come\s+(?:to|and\s+visit|visit)\s+\p{Lu})/u.exec(text.slice(st.start, st.end));
    const inviter = party(input.entities.byKey.get(st.speaker));
    if (!come || !inviter) continue;
    const sent = sentenceAround(input, st.start);
    const lead = text.slice(sent.start, Math.max(sent.start, st.start));
    // ("a reply to Fico", "wrote to him", "told Trump": whom the words were for.)
    const to = /\b(?:reply|replied|response|responded|message|letter|wrote|written|said|told|tells|telling)\s+(?:to\s+)?(?=\S)/gi;
    let invitee: Entity | null = null;
    for (const m of lead.matchAll(to)) {
      const at = sent.start + m.index! + m[0].length;
      const e = entityAt(input, statements, at, Math.min(sent.end, at + 60)).e;
      if (e && e.key !== inviter.key) invitee = e;
    }
    if (!invitee) continue;
    const comeAt = st.start + come.index + come[0].indexOf(come[1]!);
    out.push({ start: comeAt, end: comeAt + 4, sentenceIndex: sent.index, accepted: false, declined: false, inviter, invitee, event: eventWords(text, comeAt, Math.max(sent.end, st.end)) });
  }
  return out;
}

/**
 * Pairs halves within a sentence: "Netanyahu has declined an invitation to attend the summit,
 * despite the invitation coming from Trump" gives one invitation, Trump to Netanyahu.
 */
function completePartials(items: Partial[]): Partial[] {
  const out: Partial[] = [];
  for (const it of items) {
    if (it.inviter && it.invitee) {
      out.push(it);
      continue;
    }
    const mate = items.find(
      (o) => o !== it && Math.abs(o.start - it.start) < 400 &&
        ((!it.inviter && o.inviter && !o.invitee) || (!it.invitee && o.invitee && !o.inviter)),
    );
    if (!mate || items.indexOf(mate) < items.indexOf(it)) continue;
    out.push({
      ...it,
      inviter: it.inviter ?? mate.inviter,
      invitee: it.invitee ?? mate.invitee,
      event: it.event || mate.event,
      accepted: it.accepted || mate.accepted,
      declined: it.declined || mate.declined,
    });
  }
  return out.filter((x) => x.inviter && x.invitee && x.inviter.key !== x.invitee.key);
}

export function findInvitations(
  input: StageInput,
  events: ExtractedEvent[],
  statements: ExtractedStatement[] = [],
): ExtractedInvitation[] {
  const out: ExtractedInvitation[] = [];
  // "President Aoun renews invitation to Syrian President al-Sharaa to visit Lebanon": an
  // invitation the headline names and the body never tells. Offsets point into the title.
  const title = titleInput(fastContext(input));
  // Both parties named in the headline itself ("Syria's leader" is the body's to resolve), and
  // neither of them in an invitation the body tells ("Türkiye invites Trump" beside "Erdogan has
  // invited Trump").
  const named = new Set(title?.entities.mentions.map((m) => m.entityKey) ?? []);
  const body = readInvitations(input, statements);
  const inBody = new Set(body.flatMap((p) => [p.inviter?.key, p.invitee?.key]));
  const head = title
    ? readInvitations(title, [])
        .filter((p) => named.has(p.inviter!.key) && named.has(p.invitee!.key) && !inBody.has(p.inviter!.key) && !inBody.has(p.invitee!.key))
        .map((p) => ({ ...p, sentenceIndex: -1 }))
    : [];
  // "US invites Cheng Li-wun" beside "The invitation from Raymond Greene": a state invites
  // through the person who extends the invitation, so the person's invitation stands for it.
  const byPerson = new Set(body.filter((p) => p.inviter!.type === 'Person').map((p) => p.invitee!.key));
  for (const p of [...body, ...head]) {
    const inviter = p.inviter!.key, invitee = p.invitee!.key;
    if (p.inviter!.type === 'Country' && byPerson.has(invitee)) continue;
    // One invitation per inviter and invitee: later mentions repeat it in other words.
    if (out.some((o) => o.inviter === inviter && o.invitee === invitee)) continue;
    const eventIndex = p.sentenceIndex < 0 ? -1 : events.findIndex(
      (e) => !e.inTitle && e.participants.includes(inviter) && e.participants.includes(invitee) && e.start <= p.end + 300 && e.end >= p.start - 300,
    );
    out.push({
      inviter,
      invitee,
      event: p.event,
      ...(eventIndex >= 0 ? { eventIndex } : {}),
      start: p.start,
      end: p.end,
      sentenceIndex: p.sentenceIndex,
    });
  }
  return out;
}
