/**
 * Who takes part in a meeting mentioned at a cue word: the subject of "meet"/"held talks"
 * ("Trump may meet ..."), the owner of "his meeting", the people after "with"/"between",
 * "the two leaders" and "their" (the two people last named), and "me"/"we" in quotations
 * (the speaker).
 */
import type { StageInput } from './context';
import type { Entity, ExtractedStatement } from './types';
import { speakerAt } from './condition-speaker';
import { COUNTRY_BY_CODE, countryBySeat, HONORIFICS, TITLE_WORDS } from './gazetteer';
import { PHOTO_POSITION, type CueMention } from './event-mention';

const LEADER_ROLE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|leader|head of state|chairman)\b/i;

/** The countries named one after another from `from` ("Japan, China, and South Korea"). */
function listedCountries(input: StageInput, from: number, to: number): Entity[] {
  const { text } = input.article;
  const out: Entity[] = [];
  let pos = from;
  for (const m of input.entities.mentionsIn(from, to)) {
    if (!/^(?:\s*(?:,|and|,\s*and)\s*(?:the\s+)?|)$/.test(text.slice(pos, m.start))) break;
    const c = input.entities.byKey.get(m.entityKey);
    if (c?.type !== 'Country' || !c.country) break;
    pos = m.end;
    out.push(c);
  }
  return out;
}

/**
 * The leader of each country named in a list ("Rwanda and the Democratic Republic of Congo"):
 * the one person of that country the article gives a leader's title, wherever it names them.
 * A country two share a demonym with ("Congolese") counts as either.
 */
function leadersOf(input: StageInput, from: number, to: number): Entity[] {
  return listedCountries(input, from, to).flatMap((c) => {
    const leaders = countryLeaders(input, c.country!, true);
    return leaders.length === 1 ? [leaders[0]!] : [];
  });
}

/**
 * "Foreign ministers from Japan, China, and South Korea met": for each country listed from
 * `from` on, the one person of it the article gives that office (a leader's title for
 * "leaders", "presidents"); nobody unless every country listed has exactly one.
 */
function officeHoldersOf(input: StageInput, office: string, from: number, to: number): Entity[] {
  const role = /^(?:leaders|presidents|heads of state|heads of government)$/i.test(office) ? LEADER_ROLE : new RegExp(`\\b${office.replace(/s$/i, '').replace(/\s+/g, '\\s+')}\\b`, 'i');
  const out: Entity[] = [];
  for (const c of listedCountries(input, from, to)) {
    const holders = input.entities.entities.filter((p) => p.type === 'Person' && p.country === c.country && p.roles.some((r) => role.test(r)));
    if (holders.length !== 1) return [];
    out.push(holders[0]!);
  }
  return out.length >= 2 ? out : [];
}

/**
 * People of a country the article gives a leader's title; with `sharedDemonym`, also those of a
 * country that shares its demonym ("Congolese" for either Congo).
 */
function countryLeaders(input: StageInput, code: string, sharedDemonym = false): Entity[] {
  const demonyms = new Set(sharedDemonym ? (COUNTRY_BY_CODE.get(code)?.demonyms ?? []) : []);
  return input.entities.entities.filter(
    (p) =>
      p.type === 'Person' &&
      !!p.country &&
      (p.country === code || (COUNTRY_BY_CODE.get(p.country)?.demonyms ?? []).some((d) => demonyms.has(d))) &&
      p.roles.some((r) => LEADER_ROLE.test(r)),
  );
}

/**
 * What may stand between two people who meet together: "X and Y", "X of Japan and Y", "X and
 * close adviser Y", and a caption's "X, at right, and Y" or "X (L) and Y".
 */
const PAIR_GAP = new RegExp(
  String.raw`^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}\s*)?(?:${PHOTO_POSITION}|\s*\((?:L|R|C|left|right|cent(?:er|re))\))?\s*and\s+(?:(?:the|his|her|close|top|senior|chief)\s+)?(?:(?:[\p{Lu}][\p{L}.’'-]*\s+){1,2}(?=(?:adviser|advisor|aide|envoy|deputy|counterpart|spokesman|spokeswoman)\s))?(?:(?:adviser|advisor|aide|envoy|deputy|counterpart|spokesman|spokeswoman)\s+)?(?:(?:the\s+)?[\p{Lu}][\p{L}.’'-]*\s+){0,4}$`,
  'u',
);

/** Words that may stand between a subject and the meeting verb: "may", "is likely to", "was planning to". */
const BRIDGE = new Set([
  'may', 'might', 'could', 'would', 'will', 'shall', 'should', 'can', 'must', 'is', 'are', 'was', 'were', 'be', 'been',
  'has', 'have', 'had', 'likely', 'unlikely', 'set', 'scheduled', 'expected', 'due', 'planning', 'plans', 'plan',
  'planned', 'to', 'not', 'heads', 'headed', 'heading', 'also', 'again', 'ready', 'willing', 'open', 'want', 'wants', 'wanted', 'hopes', 'hope',
  'hoped', 'agreed', 'offered', 'directly', 'last', 'first', 'never', 'once', 'still', 'later', 'then', 'finally',
  'reportedly', 'already', 'going', 'looking', 'forward', 'keen', 'eager', 'prepared', 'like', 'd', 'll', 'publicly',
  'privately', 'formally', 'personally', 'briefly', 'face', 'soon', 'previously', 'repeatedly', 'twice', 'three',
  'times', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'today',
  'yesterday', 'showed', 'interest', 'in', 'expressed', 'a', 'an', 'the', 'desire', 'intention', 'his', 'her',
  'their', 'its', 'seek', 'seeks', 'sought', 'proposed', 'pursuing', 'pursue', 'arrange', 'arranging', 'hold', 'held',
  'holds', 'holding', 'host', 'hosted', 'hosts', 'hosting', 'having', 'will have', 'up', 'setting', 'set up', 'need',
  'in-person', 'bilateral', 'direct', 'face-to-face', 'second', 'closed-door', 'high-level', 'leader-level', 'formal',
  'official', 'state', 'private', 'trilateral', 'possible', 'potential', 'such', 'another', 'new', 'joint', 'follow-up',
  'historic', 'rare', 'planned', 'proposed', 'long-awaited', 'separate', 'brief', 'fresh', 'renewed', 'resuming', 'resume',
  'pay', 'pays', 'paid', 'paying', 'remains', 'remain', 'remained', 'stays', 'stayed', 'seems', 'appears', 'appeared', 'make', 'makes', 'made', 'making', 'working', 'upcoming', 'reciprocal',
  'intends', 'intend', 'intended', 'aims', 'aimed', 'one-on-one',
  // ("the two had “good talks”": a word for how it went.)
  'good', 'very', 'productive', 'constructive', 'fruitful', 'frank', 'candid', 'positive', 'healthy', 'lengthy', 'long',
  'warm', 'cordial', 'detailed', 'intense', 'substantive', 'extensive', 'wide-ranging', 'great', 'excellent', 'useful', 'in-depth',
  // ("Newsom wrapped up two days of meetings with ... President Donald Trump": a verb that opens
  // or closes the talks, and how long they ran.)
  'wrapped', 'wraps', 'wrapping', 'concluded', 'concludes', 'concluding', 'began', 'begins', 'begin', 'started', 'starts',
  'completed', 'finished', 'continued', 'continues', 'days', 'day', 'hours', 'weeks', 'series',
]);

const PRONOUNS = /^(?:he|she|him|his|her)$/i;
/** Head nouns of descriptions of people ("the North Korean leader", "his counterpart"). */
export const ROLE_HEAD =
  /^(?:leader|president|minister|premier|chancellor|king|queen|pope|pontiff|envoy|secretary|spokesperson|spokesman|spokeswoman|diplomat|official|counterpart|chief|speaker|senator|monarch|prince|emir|sheikh|director|negotiator|ambassador|general|commander|sister|head)s?$/i;
const SELF = /^(?:i|me|my|we|us|our)$/i;

export function personAt(input: StageInput, key: string): Entity | null {
  const e = input.entities.byKey.get(key);
  return e && e.type === 'Person' ? e : null;
}

/** The longest list of people ("A, B, US envoy C and D") in the sentence that ends at `end`. */
function listBefore(input: StageInput, end: number): Entity[] {
  const { text } = input.article;
  const start = sentenceStartBefore(text, Math.max(0, end - 2));
  const people = input.entities.mentionsIn(start, end).filter((m) => personAt(input, m.entityKey));
  let best: Entity[] = [];
  let run: Entity[] = [];
  for (let k = 0; k < people.length; k++) {
    const m = people[k]!;
    const prev = people[k - 1];
    const joined = prev && /^(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:the\s+)?[\p{L}.’'-]+\s+){0,8}$/u.test(text.slice(prev.end, m.start)) && !/[.;:]/.test(text.slice(prev.end, m.start));
    run = joined ? [...run, personAt(input, m.entityKey)!] : [personAt(input, m.entityKey)!];
    if (run.length > best.length) best = run;
  }
  return best.filter((e, i) => best.findIndex((x) => x.key === e.key) === i);
}

/**
 * "Moscow and Kyiv held their first direct talks": the "their" at `at` is two countries or
 * bodies just named as the clause's subject, so the people named around are not who met.
 */
function theirAreBodies(input: StageInput, from: number, at: number): boolean {
  const { text } = input.article;
  const owners = input.entities.mentionsIn(Math.max(from, at - 80), at).slice(-2);
  return (
    owners.length === 2 &&
    owners.every((x) => !personAt(input, x.entityKey)) &&
    /^\s+and\s+$/.test(text.slice(owners[0]!.end, owners[1]!.start)) &&
    /^\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(owners[1]!.end, at))
  );
}

/** The offices a word for two people may stand for ("the two diplomats", "the two presidents"). */
const OFFICES_OF: Record<string, RegExp> = {
  diplomats: /\b(?:minister|diplomat|envoy|ambassador|secretary of state)\b/i,
  ministers: /\bminister\b/i,
  envoys: /\b(?:envoy|ambassador|representative)\b/i,
  presidents: /\bpresident\b/i,
  premiers: /\b(?:premier|prime minister)\b/i,
};

/** The last `n` distinct people named before `at` ("the two leaders", "their meeting"). */
export function lastPeople(input: StageInput, at: number, n: number): Entity[] {
  const out: Entity[] = [];
  const { text } = input.article;
  const ms = input.entities.mentions.filter((m) => m.end <= at).sort((a, b) => b.start - a.start);
  for (const m of ms) {
    // ("... following the fall of Bashar al-Assad in December. ... The two men are expected to"):
    // someone fallen, ousted or killed is no one "the two" speaks of.
    if (/\b(?:fall|ouster|overthrow|toppling|death|killing|assassination|funeral)\s+of\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    const e = personAt(input, m.entityKey);
    if (e && !out.some((x) => x.key === e.key)) out.push(e);
    if (out.length === n) break;
  }
  return out;
}

/**
 * "their meeting": the subject of the sentence before and the last other person named.
 * Plain recency would pair the two most recent names, which are often both objects.
 */
export function pairBefore(input: StageInput, at: number): Entity[] {
  const { text } = input.article;
  const here = sentenceStartBefore(text, at);
  const prevStart = sentenceStartBefore(text, Math.max(0, here - 2));
  const subjMention = input.entities.mentionsIn(prevStart, here).find((m) => personAt(input, m.entityKey));
  const subj = subjMention ? personAt(input, subjMention.entityKey) : null;
  if (!subj) return lastPeople(input, at, 2);
  const ms = input.entities.mentions.filter((m) => m.end <= at).sort((a, b) => b.start - a.start);
  for (const m of ms) {
    const e = personAt(input, m.entityKey);
    if (e && e.key !== subj.key) return [subj, e];
  }
  return [subj];
}

function sentenceStartBefore(text: string, at: number): number {
  // Look back a bounded window: sentences are short, articles may not be.
  const from = Math.max(0, at - 1500);
  const chunk = text.slice(from, at);
  const re = /(?:[.!?]["”’)]?\s+|\n)(?=\S)/g;
  let last = from === 0 ? 0 : -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(chunk))) if (from + m.index + m[0].length < at) last = from + m.index + m[0].length;
  return last < 0 ? from : last;
}

/** The first person (or he/she) of a clause: the subject when the verb's own subject is out of reach. */
export function clauseSubject(input: StageInput, from: number, to: number): Entity | null {
  const { text } = input.article;
  // A quotation is the speaker's words, not the clause: "“... how far we have progressed,” Akazawa told reporters after meeting".
  const chunk = blankQuotations(text.slice(from, to));
  const mention = input.entities.mentionsIn(from, to).find((m) => personAt(input, m.entityKey) && chunk[m.start - from] !== ' ');
  const pron = /\b(he|she)\b/i.exec(chunk);
  if (pron && (!mention || from + pron.index < mention.start)) {
    const e = input.entities.resolve(pron[1]!, from + pron.index);
    return e && e.type === 'Person' ? e : null;
  }
  if (!mention) return null;
  // Only a name that opens the clause (after a title or description) is its subject.
  // ("President of Paraguay Santiago Peña": an "of" inside a capitalised title is no object.)
  const lead = chunk.slice(0, mention.start - from).replace(/^(\s*(?:[\p{Lu}][\p{L}-]*\s+)+)of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)+$/u, '$1');
  if (/\b(?:with|to|for|by|from|and|of|between|meeting|meet|met|visit|hosting|about)\b/i.test(lead)) return describedByRole(input, chunk, from, to, lead);
  return personAt(input, mention.entityKey);
}

/**
 * "A senior adviser to Donald Trump for Africa, Massad Boulos, refrained ...": the clause opens
 * with a role whose remit names someone else; the subject is the name set off after it.
 */
function describedByRole(input: StageInput, chunk: string, from: number, to: number, lead: string): Entity | null {
  if (!/^\W*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:adviser|advisor|envoy|aide|spokesperson|spokesman|spokeswoman|official|minister|secretary|ambassador|representative|chief|head|negotiator)\s+(?:to|for|of)\s/iu.test(lead)) return null;
  const comma = /^[^,.;:]*,\s+/.exec(chunk);
  if (!comma) return null;
  const named = input.entities.mentionsIn(from + comma[0].length, to)[0];
  if (!named || named.start !== from + comma[0].length || !/^\s*,/.test(chunk.slice(named.end - from))) return null;
  return personAt(input, named.entityKey);
}

/** The text with every quotation (marks included) turned into spaces, offsets kept. */
export function blankQuotations(chunk: string): string {
  return chunk.replace(/[“"][^“”"]*[”"]/g, (q) => ' '.repeat(q.length));
}

/** The person who is the subject of a meeting verb or noun at `cueAt`, looking back within `from`. */
export function meetingSubject(
  input: StageInput,
  statements: ExtractedStatement[],
  from: number,
  cueAt: number,
  extraBridge: string[] = [],
): Entity[] {
  const { text } = input.article;
  let end = cueAt;
  // ("Trump will travel to South Korea to hold meetings with ...": the journey's end is no subject.)
  // ("Merz is due to travel to Beijing next month for talks with Xi": the same, "for" the talks.)
  const trip = /\b(?:(?:travel|travels|traveled|travelled|traveling|travelling|fly|flies|flew|head|heads|headed|go|goes|went)\s+to|visit|visits|visited|visiting)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:(?:on\s+)?(?:\p{Lu}\p{Ll}+day|(?:next|this|later\s+this)\s+(?:week|month|year)|today|tomorrow)\s+)?(?:to\s+(?:(?:hold|have|attend)\s+)?|for\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2})$/u.exec(text.slice(from, cueAt));
  if (trip) end = from + trip.index;
  // ("Luxon, who is in China for his first official visit and due to meet President Xi": a
  // relative clause that says who is due to meet; its antecedent.)
  const due = /,\s+who\s+[^,.;“”"]{0,120}?\b(?:due|set|scheduled|expected|slated)\s+to\s+$/i.exec(text.slice(from, cueAt));
  if (due) {
    const ante = input.entities.mentionsIn(from, from + due.index).pop();
    const e = ante && !/\S/.test(text.slice(ante.end, from + due.index)) ? personAt(input, ante.entityKey) : null;
    if (e) return [e];
  }
  // Walk back over bridge words; stop at the first word that is not one.
  const re = /([\p{L}’'.-]+)\s*$/u;
  for (let guard = 0; guard < 14 && end > from; guard++) {
    let chunk = text.slice(from, end);
    // Skip an appositive between commas: "Vice Premier He, as the Chinese lead person ..., will".
    if (/,\s*$/.test(chunk)) {
      const body = chunk.replace(/,\s*$/, '');
      const open = body.lastIndexOf(',');
      // ("Masaaki Kanai, director general of the ... Bureau, heads to talks": a lower-case office too.)
      const office = body.slice(open + 1).trim().split(/\s+/).slice(0, 3).some((w) => TITLE_WORDS.has(w.toLowerCase()));
      // ("The President of the Congo, Félix Tshisekedi, has agreed to meet": the name between
      // the commas is the subject, the description before it.)
      const namedBetween = input.entities.mentionsIn(from + open + 1, from + body.length).some(
        (x) => personAt(input, x.entityKey) && /^\s*$/.test(text.slice(from + open + 1, x.start)) && /^\s*$/.test(text.slice(x.end, from + body.length)),
      );
      if (namedBetween) {
        end = from + body.length;
      } else if (open > 0 && (/^,\s*(?:as|who|which|the|a|an|[A-Z])/.test(body.slice(open)) || office) && body.length - open < 120) {
        end = from + open;
        chunk = text.slice(from, end);
      }
    }
    const trimmed = chunk.replace(/[\s,“”"‘]+$/, '');
    const m = re.exec(trimmed);
    if (!m) break;
    const w = m[1]!.toLowerCase().replace(/[’']/g, '');
    const wStart = from + m.index;
    // "Trump's sit-down", "his meeting", "their meeting", "the two leaders met"
    if (/^(?:their|they)$/.test(w)) {
      if (theirAreBodies(input, Math.max(from, wStart - 80), wStart)) return [];
      // "The delegation included Senators A, B, C, envoy D and E. They met with ...": a list of
      // three or more people in the sentence before is who "they" are.
      const listed = w === 'they' ? listBefore(input, sentenceStartBefore(text, wStart + 1)) : [];
      if (listed.length >= 3) return listed;
      // "Starmer brought a letter to their meeting": the sentence's subject and the last
      // other person named before the sentence.
      let sStart = sentenceStartBefore(text, wStart);
      const opener = /^(?:during|after|before|in|at|on|following|ahead of)\b[^,]{0,80},\s*/i.exec(text.slice(sStart, wStart));
      if (opener) sStart += opener[0].length;
      const subject = sStart < wStart ? clauseSubject(input, sStart, wStart) : null;
      if (subject) {
        const other = input.entities.mentions
          .filter((x) => x.end <= sentenceStartBefore(text, wStart) && x.entityKey !== subject.key && personAt(input, x.entityKey))
          .sort((x, y) => x.start - y.start)
          .pop();
        if (other) return [subject, personAt(input, other.entityKey)!];
      }
      return pairBefore(input, wStart);
    }
    // "Scholz, who met Macron last week, said": the antecedent of "who".
    if (w === 'who') {
      const ante = input.entities.mentionsIn(from, wStart).pop();
      if (ante && /^\s*,\s*$/.test(text.slice(ante.end, wStart))) {
        const e = personAt(input, ante.entityKey);
        return e ? [e] : [];
      }
      return [];
    }
    // ("wrapped up two days of meetings": how long they ran, not the two people last named.)
    const span = /^(?:two|four|several)$/.test(w) && /^\s+(?:days?|hours?|weeks?|months?|rounds?)\s+of\b/i.test(text.slice(wStart + w.length, wStart + w.length + 16));
    if (span) {
      end = wStart;
      continue;
    }
    // ("The pair are due to meet next week": the two people last named.)
    // ("after the close right-wing allies held a chummy White House meeting": the two just named.)
    if (/^(?:two|both)$/.test(w) || (/^(?:pair|duo)$/.test(w) && /\bthe\s+\S+\s*$/i.test(trimmed)) || (/^(?:leaders|men|women|presidents|diplomats|ministers|envoys|premiers)$/.test(w) && /\b(?:two|both)\s+\S+\s*$/i.test(trimmed)) || (w === 'allies' && /\bthe\s+(?:[\p{Ll}-]+\s+){0,3}allies\s*$/iu.test(trimmed))) {
      // ("working-level officials from both sides will meet": the officials meet, unnamed.)
      if (/\b(?:from|of|on|for|by|between)\s+(?:the\s+)?(?:two|both)(?:\s+\S+)?\s*$/i.test(trimmed)) return [];
      // ("The two diplomats met": the two last named whose offices fit the word, when two do.)
      const office = OFFICES_OF[w];
      if (office) {
        const fitting = lastPeople(input, wStart, 6).filter((e) => e.roles.some((r) => office.test(r)));
        if (fitting.length >= 2) return fitting.slice(0, 2);
      }
      return lastPeople(input, wStart, 2);
    }
    const mention = input.entities.mentionsIn(from, wStart + m[0].length).find((x) => x.end >= wStart);
    // "Donald Trump of the United States met": the country only says whose president he is.
    const ofCountry = mention && input.entities.byKey.get(mention.entityKey)?.type === 'Country' ? /\p{L}\s+of\s+(?:the\s+)?$/u.exec(text.slice(Math.max(from, mention.start - 40), mention.start)) : null;
    if (ofCountry) {
      end = Math.max(from, mention!.start - 40) + ofCountry.index + 1;
      continue;
    }
    // ("the close right-wing allies held a chummy White House meeting": a seat naming where the
    // meeting is held is no one meeting.)
    if (mention && (countryBySeat(mention.text) || /^(?:the\s+)?Oval Office$/i.test(mention.text)) && /^(?:\s+[\p{Ll}-]+)*\s*$/u.test(text.slice(mention.end, cueAt)) && cueAt - mention.end < 30) {
      end = mention.start;
      continue;
    }
    if (mention) {
      const e = personAt(input, mention.entityKey);
      if (e) {
        // "Lee Jae Myung and Donald Trump met", "X and Austrian Chancellor Y will meet": both.
        // The last person before, past a body used as a title ("and CIA Director William Burns").
        const before = input.entities.mentionsIn(from, mention.start).filter((x) => personAt(input, x.entityKey));
        const prev = before[before.length - 1];
        // ("Netanyahu and close adviser Ron Dermer met": a lower-case description may come between.)
        // ("Nikol Pashinyan, at right, and Ilham Aliyev meet": a caption's places in the photo.)
        // ("Araghchi and the US special envoy in the Middle East, Steve Witkoff, are set to hold":
        // the second named after a description set off by a comma.)
        const described = prev && /^\s*and\s+(?:the\s+)?[^,;.]{3,80},\s*$/.test(text.slice(prev.end, mention.start)) && !/\b(?:who|which|that)\b/.test(text.slice(prev.end, mention.start));
        if (prev && (PAIR_GAP.test(text.slice(prev.end, mention.start) + ' ') || described)) {
          const p = personAt(input, prev.entityKey);
          if (p) return [p, e];
        }
        return [e];
      }
      return [];
    }
    const bare = w.replace(/s$/, '');
    // "Vice Premier He": a capitalised name after a title, not the pronoun.
    const titled = /\b(?:Premier|President|Minister|Secretary|Chancellor|Senator|Speaker|King|Queen|Pope|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w’'-]*$/.test(trimmed);
    if (titled) {
      const span = /((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)$/.exec(trimmed)?.[1] ?? m[1]!;
      const e = input.entities.resolve(span, end - span.length);
      return e && e.type === 'Person' ? [e] : [];
    }
    if (PRONOUNS.test(w) || PRONOUNS.test(bare)) {
      const e = input.entities.resolve(m[1]!.replace(/[’']s$/, ''), wStart);
      return e && e.type === 'Person' ? [e] : [];
    }
    if (SELF.test(w)) {
      const sp = speakerAt(input, statements, wStart).entity;
      if (!sp || sp.type !== 'Person') return [];
      // '“I saw him, he saw me ... we agreed to meet next week,” Trump said': "we" is the
      // speaker and the one the speaker calls "him" or "her" just before.
      if (/^(?:we|us|our)$/.test(w)) {
        const back = text.slice(Math.max(0, wStart - 200), wStart);
        const pron = [...back.matchAll(/\b(him|her)\b/gi)].pop();
        const other = pron ? input.entities.resolve(pron[1]!, Math.max(0, wStart - 200) + pron.index!) : null;
        if (other && other.type === 'Person' && other.key !== sp.key) return [sp, other];
      }
      return [sp];
    }
    // ("held a chummy White House meeting": whatever words describe the meeting after "held a".)
    const heldA = /\b(?:held|had|holds|hold|holding|having)\s+(?:a|an|the|their|his|her)\s+(?:[\p{Ll}-]+\s+){1,3}$/u.exec(trimmed + ' ');
    if (heldA && !/\b(?:with|and|of|to|for|by)\s/.test(heldA[0])) {
      end = from + heldA.index + heldA[0].search(/\s/);
      continue;
    }
    // ("are set to hold the second round of negotiations": the round the talks come in.)
    const roundOf = w === 'of' && /\b(?:rounds?|days?|hours?|weeks?|series)\s+of\s*$/i.test(trimmed);
    if (BRIDGE.has(w) || extraBridge.includes(w) || /ly$/.test(w) || roundOf || /^(?:rounds?|latest|next|third|fourth|fifth)$/.test(w)) {
      end = wStart;
      continue;
    }
    // A description right before the verb: "the North Korean leader", "Vice Premier He".
    // Only a title or capitalised name may end it: "meeting Kim Jong Un while" is no subject.
    if (!ROLE_HEAD.test(m[1]!) && !/^[A-Z]/.test(m[1]!)) break;
    for (let n = 5; n >= 1; n--) {
      const words = trimmed.split(/\s+/);
      const span = words.slice(Math.max(0, words.length - n)).join(' ');
      if (!span || /[,;:]/.test(span)) continue;
      const e = input.entities.resolve(span, end - span.length);
      if (e && e.type === 'Person') return [e];
    }
    break;
  }
  return [];
}

/**
 * A title opening the next item of a list of partners: "with X, Justice Minister Y, and ...";
 * in a list a body's name may come before it ("between A, Nepali Congress President B").
 */
const LISTED_TITLE = [...TITLE_WORDS, ...HONORIFICS].filter((w) => /^[a-z]+$/.test(w)).map((w) => w[0]!.toUpperCase() + w.slice(1));
// (An initial's dot, "Paul R. Gallagher", ends nothing.)
const objectStop = (bodyBeforeTitle: boolean) =>
  new RegExp(
    `\\s(?:to discuss|to end|to talk|on|in|at|during|after|before|for|about|over|which|who|where|when|while|as|but|amid|since|following|if|unless|provided|because|next|this|last|later)\\s|(?<!\\b[A-Z])\\.|[;:!?“”"]|,\\s(?!and\\b|(?:the\\s)?${bodyBeforeTitle ? '(?:[A-Z][\\w-]*\\s){0,3}' : ''}(?:${LISTED_TITLE.join('|')})\\b)`,
  );
const OBJECT_STOP = objectStop(false);
// In a list ("between A, B and C", "with A, B, and C") a body's name may open an item.
const OBJECT_STOP_LIST = objectStop(true);

/** ", Vatican secretary of state," before the next item of a list: a post set off by commas. */
const POST_IN_LIST = /,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){1,4},(?=\s+and\s)/gu;

/** Manner words between a meeting cue and its partners ("met directly with", "meet again"). */
const OBJECT_MANNER = String.raw`^\s*(?:(?:directly|again|in person|face[- ]to[- ]face|later|soon|individually|separately)\s+)*`;
/** "will meet this weekend in Geneva with X": when and where may come before "with". */
// ("had talks last week in Port Sudan with": a place of two or three words too.)
// ("During a meeting at the Ittihadiya Palace with US Middle East envoy Steve Witkoff": a building.)
// ("a meeting last week between Kiir and Kenya’s special envoy": so before "between".)
const WHEN_OR_WHERE = String.raw`(?:(?:this|next|last)\s+(?:week|weekend|month)\s+|on\s+\p{Lu}\p{Ll}+day\s+|(?:in|at\s+the)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+)`;
const OBJECT_LEAD_WHEN_WHERE = new RegExp(String.raw`${OBJECT_MANNER}${WHEN_OR_WHERE}{1,3}(?:with|between)\s+`, 'u');
/** "between" after a meeting noun, perhaps after when or where it is ("a summit in Budapest between"). */
const BETWEEN_AFTER = new RegExp(String.raw`^\s*${WHEN_OR_WHERE}{0,3}between\b`, 'u');
const OBJECT_LEAD = new RegExp(String.raw`${OBJECT_MANNER}(?:(?:with|between|of|by|for|to)\s+)?`, 'i');

/** People named after the cue: "with Kim Jong Un", "between Trump and Xi", "meet Kim", "hosting Lee". */
export function meetingObjects(
  input: StageInput,
  statements: ExtractedStatement[],
  cueEnd: number,
  limit: number,
  verb = true,
): Entity[] {
  const { text } = input.article;
  // (Long enough for a list of four titled names: "with Schumer, Senate Republican leader John Thune of South Dakota, ...".)
  const rest = text.slice(cueEnd, Math.min(limit, cueEnd + 240));
  const lead = OBJECT_LEAD_WHEN_WHERE.exec(rest) ?? OBJECT_LEAD.exec(rest)!;
  // The object has to start near the cue ("meeting with X", "met X"), not anywhere in the clause.
  const start = cueEnd + lead[0].length;
  const hasPrep = /\b(?:with|between)\s+$/i.test(lead[0]);
  // A noun names its partners after "with" or "between" ("a meeting with X"), never bare.
  if (!verb && !hasPrep) return [];
  let end = Math.min(limit, cueEnd + 240);
  // The phrase ends at a preposition or clause break after its first name.
  // A possessor is no partner: "received Y's letter", "met Y's envoy Z" (Z is the partner).
  // (So is a name used as a modifier: "the Secretary of Defense of the Donald Trump administration".)
  const owner = (m: { end: number }) => /^['’]s?(?![\p{L}])/u.test(text.slice(m.end, m.end + 3)) || usedAsModifier(text, m.end);
  const ms = input.entities.mentionsIn(start, end).filter((m) => (personAt(input, m.entityKey) || !hasPrep) && !owner(m));
  let first = input.entities.mentionsIn(start, end).filter((m) => !owner(m))[0];
  // ("met with Lebanon’s parliament Speaker and Hezbollah ally Nabih Berri": a body's name used
  // as a title before a lower-case role and the person.)
  const titled = first && !personAt(input, first.entityKey) ? input.entities.mentionsIn(first.end, end)[0] : undefined;
  if (titled && personAt(input, titled.entityKey) && /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u.test(text.slice(first!.end, titled.start))) first = titled;
  // ("met US Senior Advisor for Africa Massad Boulos": a country before a title and its remit,
  // whose "for" would otherwise end the phrase before the name.)
  else if (first && !personAt(input, first.entityKey)) {
    const named = input.entities.mentionsIn(first.end, end).find((x) => personAt(input, x.entityKey));
    if (named && isTitleAndRemit(text.slice(first.end, named.start))) first = named;
  }
  // Lower case only: "met US President Donald Trump" names the country, not "us".
  const firstSelf = /^(?:me|us|him|her)\b/.exec(text.slice(start, start + 4));
  const out: Entity[] = [];
  if (firstSelf) {
    const w = firstSelf[0];
    const e = SELF.test(w) ? speakerAt(input, statements, start).entity : input.entities.resolve(w, start);
    if (e && e.type === 'Person') out.push(e);
    return out;
  }
  // "talks with his Chinese counterpart in Beijing": a description (the article names it elsewhere)
  // before the place, or before nothing named at all.
  const desc = /^(?:the|his|her)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+?(?=\s+(?:in|at|on|during|to|for|about|over)\s|[,.;]|$)/iu.exec(text.slice(start, first ? first.start : end));
  if (desc && (!first || /^\s+(?:in|at|on|during)\s+(?:the\s+)?$/i.test(text.slice(start + desc[0].length, first.start)))) {
    const e = input.entities.resolve(desc[0], start);
    if (e?.type === 'Person') return [e];
  }
  if (!first) return out;
  // ("Trump is willing to meet and talk with anyone, Press Secretary Karoline Leavitt has said":
  // no one in particular; the next name is whoever says so.)
  if (/\b(?:anyone|anybody|everyone|everybody|someone|somebody|no one|nobody)\b/i.test(text.slice(cueEnd, first.start))) return out;
  // The first name must follow closely: a title or description may come before it.
  const possessor = input.entities.mentionsIn(start, first.start).filter(owner).pop();
  const gap = text.slice(possessor ? possessor.end + 2 : start, first.start);
  // "held talks with one of the world's most powerful people, Chinese President Xi Jinping": a
  // description set off before the name.
  const described = /^(?:[Oo]ne of|[Tt]he|[Aa]n?)\s[^.;,!?]{2,80},\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(text.slice(start, first.start));
  // "met since Leo XIV succeeded Francis": a new clause, not the one met.
  // (The dots of "U.S." or "U.K." end no sentence: "met U.S. envoy Tom Barrack".)
  if (!described && (gap.split(/\s+/).filter(Boolean).length > 6 || /[.;!?]/.test(gap.replace(/(?:\p{Lu}\.){2,}/gu, 'X')) || /\b(?:since|after|before|when|while|because|although|though|until|unless|if)\b/i.test(gap))) return out;
  const tail = text.slice(first.end, end);
  // ("with Merz, French President Macron, UK Prime Minister Starmer, and Polish Prime Minister
  // Tusk": a list that ends with "and" goes on over the bodies' and countries' names too.)
  const list = /\bbetween\s+$/i.test(lead[0]) || /,\s+and\s+(?:the\s+)?\p{Lu}/u.test(tail.split(/[.;:!?]/)[0] ?? '');
  // ("with Cardinal Pietro Parolin, Vatican secretary of state, and Archbishop Paul R. Gallagher":
  // a partner's post set off by commas inside the list.)
  const stop = (list ? OBJECT_STOP_LIST : OBJECT_STOP).exec(list ? tail.replace(POST_IN_LIST, (m) => ' '.repeat(m.length)) : tail);
  // ("met individually with party leaders Conner Rousseau (Vooruit), Georges-Louis Bouchez (MR),
  // Maxime Prévot (Les Engagés) and Sammy Mahdi (CD&V)": people named one after another, titles
  // or a party in brackets beside each, the last after "and".)
  const chained = stop && !list ? peopleChainEnd(input, first, limit) : -1;
  if (chained > 0) end = chained;
  else if (stop) {
    end = first.end + stop.index;
    // "Iran's foreign minister and chief negotiator, Abbas Araghchi,": the name after the description.
    const next = input.entities.mentionsIn(end, Math.min(limit, end + 40))[0];
    // Also "with Araghchi and the Director-General of the IAEA, Rafael Grossi": a described
    // second partner named after the comma.
    const people = input.entities.mentionsIn(start, end).filter((x) => personAt(input, x.entityKey) && !owner(x));
    const lastPerson = people[people.length - 1];
    const describedNext = !!lastPerson && /^\s+and\s+(?:the\s+|its\s+|his\s+|her\s+)?[^,]{2,60}$/i.test(text.slice(lastPerson.end, end));
    // ("with the new EU envoy for dialogue, Peter Sorensen": the post's remit may end the description.)
    if ((!personAt(input, first.entityKey) || describedNext) && next && personAt(input, next.entityKey) && /^(?:\s+(?:for|on|to)\s+[\p{Ll}\s-]{2,30})?,\s*$/u.test(text.slice(end, next.start))) {
      end = next.end;
      // "and Donald Trump's envoys, Steve Witkoff and Jared Kushner,": both envoys.
      const also = input.entities.mentionsIn(end, Math.min(limit, end + 40))[0];
      if (also && personAt(input, also.entityKey) && /^\s+and\s+$/.test(text.slice(end, also.start))) end = also.end;
    }
  }
  for (const m of ms) {
    if (m.start < first.start || m.end > end) continue;
    // ("with Nuhu Ribadu, National Security Adviser to President Bola Tinubu, and ...": whom a
    // partner serves is named in the description, not met.)
    if (m.start > first.start && /\b(?:to|for)\s+(?:the\s+)?(?:(?:President|Prime|Minister|King|Queen|Chancellor|Premier|Emir|Crown|Prince|Sheikh)\s+){0,3}$/.test(text.slice(Math.max(first.start, m.start - 40), m.start))) continue;
    const e = personAt(input, m.entityKey);
    if (e && !out.some((x) => x.key === e.key)) out.push(e);
  }
  // A country or description: "the Russian leader, Vladimir Putin" is caught above; a bare
  // description is tried through the resolver.
  const span = text.slice(start, end).trim();
  if (!out.length && !personAt(input, first.entityKey) && /^(?:[Tt]he\s+|(?:his|her)\s+|[A-Z])/.test(span) && span.split(/\s+/).length <= 6) {
    const e = input.entities.resolve(span, start);
    if (e && e.type === 'Person') out.push(e);
  }
  return out;
}

/** Where a chain "A, B and C" of three people or more, starting at `first`, ends; -1 if none. */
function peopleChainEnd(input: StageInput, first: { end: number; entityKey: string }, limit: number): number {
  const { text } = input.article;
  if (!personAt(input, first.entityKey)) return -1;
  const people = input.entities.mentionsIn(first.end, Math.min(limit, first.end + 300)).filter((m) => personAt(input, m.entityKey));
  const party = String.raw`(?:\s*\([^()]{1,30}\))?`;
  const titles = String.raw`(?:(?:\p{Lu}[\p{L}’'.-]*|of|the)\s+){0,5}`;
  const comma = new RegExp(String.raw`^${party},\s+${titles}$`, 'u');
  const and = new RegExp(String.raw`^${party},?\s+and\s+${titles}$`, 'u');
  let at = first.end;
  let count = 1;
  for (const m of people) {
    if (m.start < at) continue;
    const gap = text.slice(at, m.start);
    if (comma.test(gap)) {
      at = m.end;
      count++;
      continue;
    }
    if (and.test(gap) && count >= 2) {
      const close = new RegExp(String.raw`^${party}`, 'u').exec(text.slice(m.end))![0];
      return m.end + close.length;
    }
    return -1;
  }
  return -1;
}

/**
 * "had met al-Sharaa in Damascus last week, along with US envoy Tom Barrack and US commander
 * Brad Cooper": others joined on after the place and time of a meeting with `objs`.
 */
function alongWith(input: StageInput, objs: Entity[], cueEnd: number, limit: number): Entity[] {
  const { text } = input.article;
  if (!objs.length) return [];
  const lastObj = input.entities.mentionsIn(cueEnd, limit).filter((m) => objs.some((o) => o.key === m.entityKey)).pop();
  if (!lastObj) return [];
  // ("held a meeting with Mikati, which was also attended by US Ambassador Lisa Johnson and ...")
  const along = /^[^.;“”"]{0,80}?,\s+(?:(?:along|together)\s+with|which\s+was\s+(?:also\s+)?attended\s+by)\s+/i.exec(text.slice(lastObj.end, limit));
  if (!along) return [];
  const from = lastObj.end + along[0].length;
  const out: Entity[] = [];
  for (const m of input.entities.mentionsIn(from, Math.min(limit, from + 160))) {
    const e = personAt(input, m.entityKey);
    // ("US Ambassador to Lebanon Lisa Johnson": "to" inside a title joins nothing.)
    const between = text.slice(from, m.start).replace(/\b(?:Ambassador|Envoy|Representative)\s+to\s+(?:the\s+)?\p{Lu}[\p{L}-]*/gu, 'X');
    if (/[.;]/.test(between) || /\b(?:in|at|on|to|for|who|which)\s/i.test(between.replace(/^.*\band\s/, ''))) break;
    // ("US envoy Tom Barrack": a country used as a title.)
    if (!e) continue;
    if (!objs.some((x) => x.key === e.key) && !out.some((x) => x.key === e.key)) out.push(e);
  }
  return out;
}

/** "... and senior Hamas leaders", "and Iranian officials": a group the article does not name, last in a list. */
const UNNAMED_GROUP_AFTER = /\band\s+(?:the\s+)?(?:(?:senior|top|high-ranking|\d+|two|three|four|five|several)\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:leaders|officials|delegations?|representatives|negotiators|mediators|envoys)\b/u;

/** Everyone taking part in the meeting mentioned at `mention` (two or more people, or fewer when unknown). */
export function participantsOf(input: StageInput, statements: ExtractedStatement[], mention: CueMention): Entity[] {
  const { text } = input.article;
  const { at, sent, clause, verbForm: isVerbForm } = mention;
  const cue = { type: mention.type, verb: mention.verbCue };
  // "A summit of the three leaders planned in mid-December collapsed because Rwandan President
  // Paul Kagame failed to show, leaving Lourenco alone with DRC leader Felix Tshisekedi": the
  // number of leaders, as many as the sentence names.
  // (Not "the two leaders": who the two are is read elsewhere, and often one is unnamed here.)
  const counted = /^\s+(?:of|between)\s+the\s+(three|four|five)\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|ministers)\b/i.exec(text.slice(mention.cueEnd, mention.cueEnd + 60));
  if (counted) {
    const n = ['three', 'four', 'five'].indexOf(counted[1]!.toLowerCase()) + 3;
    const named: Entity[] = [];
    for (const m of input.entities.mentionsIn(sent.start, sent.end)) {
      const e = personAt(input, m.entityKey);
      if (e && !named.some((x) => x.key === e.key)) named.push(e);
    }
    if (named.length === n) return named;
  }
  // ("the readiness to host the next talks between the parties in the Vatican, the Prime Minister
  // expressed ...": talks between sides left unnamed name no one.)
  if (!mention.verbCue && /^\s*between\s+(?:the\s+)?(?:two\s+|warring\s+|opposing\s+)?(?:parties|sides|belligerents)\b/i.test(text.slice(mention.cueEnd, mention.cueEnd + 40))) return [];
  // A relative clause ("Scholz, who met Macron") takes its antecedent from before the cut.
  // So does an appositive closed before the cue ("He, as the Chinese lead person ..., will have").
  const cutBy = /,\s+(who|as|which)\s+$/i.exec(text.slice(sent.start, clause.start))?.[1]?.toLowerCase();
  const subjFrom = cutBy === 'who' || (cutBy && text.slice(clause.start, at).includes(',')) ? sent.start : clause.start;
  // "... a joint press conference with the Secretary of Defense, Pete Hegseth, with whom he held a
  // bilateral meeting": the one named before "with whom", and the sentence's own actor.
  const withWhom = /,\s+with\s+whom\s+(?:he|she)\s+(?:\p{Ll}+\s+){1,4}$/u.exec(text.slice(sent.start, at));
  if (withWhom) {
    const cut = sent.start + withWhom.index;
    const people = input.entities.mentionsIn(sent.start, cut)
      .filter((x) => personAt(input, x.entityKey) && !usedAsModifier(text, x.end));
    const other = people[people.length - 1];
    const actor = people.find((x) => x.entityKey !== other?.entityKey);
    if (other && actor) return [personAt(input, actor.entityKey)!, personAt(input, other.entityKey)!];
  }
  let subj = meetingSubject(input, statements, subjFrom, at);
  const objs = meetingObjects(input, statements, mention.cueEnd, clause.end, isVerbForm || mention.withPrep);
  objs.push(...alongWith(input, objs, mention.cueEnd, sent.end));
  // "Speaking soon after his meeting with Trump, Zelensky said": "his" is the main subject.
  const opener = /^[^,]*$/.test(text.slice(sent.start, at)) && /\b(?:his|her)\s+(?:[\w-]+\s+)?$/i.test(text.slice(sent.start, at));
  if (opener) {
    const mainStart = /^[^,]*,\s*/.exec(text.slice(at, sent.end));
    const e = mainStart ? clauseSubject(input, at + mainStart[0].length, sent.end) : null;
    if (e) subj = [e];
  }
  // "Seated beside President Trump in the Oval Office, the crown prince declared": a participle
  // opening the sentence belongs to the main clause's subject, named or described.
  if (!subj.length && cue.verb && /^[\s"“]*$/.test(text.slice(sent.start, at))) {
    const comma = text.indexOf(',', mention.cueEnd);
    if (comma > 0 && comma < sent.end) {
      const named = clauseSubject(input, comma + 1, sent.end);
      const described = /^,\s*((?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)\s+(?:\w+ly\s+)?(?:said|says|declared|told|added|stressed|insisted|announced|noted|warned|called|\w+ed)\b/iu.exec(text.slice(comma, sent.end));
      const e = named ?? (described ? input.entities.resolve(described[1]!, comma + described[0].indexOf(described[1]!)) : null);
      if (e?.type === 'Person') subj = [e];
    }
  }
  // ("Addressing a joint press conference with Iranian President Pezeshkian, Sharif said": a
  // participle opening the sentence, around a noun cue, belongs to the main clause's subject.)
  if (!subj.length && !cue.verb && /^[\s"“]*\p{Lu}\p{Ll}+ing\b[^,;]*$/u.test(text.slice(sent.start, at))) {
    const comma = text.indexOf(',', mention.cueEnd);
    const named = comma > 0 && comma < sent.end ? clauseSubject(input, comma + 1, sent.end) : null;
    if (named?.type === 'Person') subj = [named];
  }
  // "During their meeting, Lee formally invited Trump ...": the main clause's subject, with
  // its direct object or else the last other person named.
  if (/^\W*(?:during|after|following|in|at|before|since|ahead of)\s+their\s+(?:[\w’'-]+\s+){0,3}$/i.test(text.slice(sent.start, at))) {
    const mainStart = /^[^,]*,\s*/.exec(text.slice(at, sent.end));
    const from = mainStart ? at + mainStart[0].length : -1;
    const people = from >= 0 ? input.entities.mentionsIn(from, sent.end).filter((x) => input.entities.byKey.get(x.entityKey)?.type === 'Person') : [];
    const a = people[0];
    const lead = a ? text.slice(from, a.start) : '';
    if (a && !/\b(?:with|to|for|by|from|of)\b/i.test(lead)) {
      const subject = input.entities.byKey.get(a.entityKey)!;
      const b = people.find((x) => x.entityKey !== a.entityKey);
      const direct = b && /^\s+(?:\w+ly\s+)?\w+\s+(?:[A-Z][\w.’'-]*\s+){0,3}$/.test(text.slice(a.end, b.start));
      const recent = input.entities.mentions
        .filter((x) => x.end <= sent.start && x.entityKey !== subject.key && input.entities.byKey.get(x.entityKey)?.type === 'Person')
        .sort((x, y) => x.start - y.start)
        .pop();
      const other = input.entities.byKey.get(direct ? b.entityKey : (recent?.entityKey ?? ''));
      if (other) subj = [subject, other];
    }
  }
  if (!subj.length) {
    const lead = text.slice(clause.start, at);
    // (Where the "their" stands, to see whether two countries or bodies own it.)
    const inClause = /\b(?:their|they)\s+(?:[\w-]+\s+){0,3}$/i.exec(lead);
    const opening = inClause ? null : /^\W*(their)\s+(?:[\w’'-]+\s+){0,4}$/i.exec(text.slice(sent.start, at));
    const theirAt = inClause ? clause.start + inClause.index : opening ? sent.start + opening[0].indexOf(opening[1]!) : -1;
    if (theirAt >= 0 && !theirAreBodies(input, sent.start, theirAt)) {
      subj = pairBefore(input, at);
    }
  }
  if (!subj.length) {
    const lead = text.slice(clause.start, at);
    // ("returned to Seoul after holding separate trade talks with Lutnick": a gerund too.)
    // ("In a tense yet wide-ranging Oval Office meeting on Wednesday, South African President
    // Cyril Ramaphosa stated ...": an opener may describe the meeting at length.)
    if (
      !isVerbForm &&
      (/\b(?:during|after|following|at|in|before|ahead of|out of|from|since)\s+(?:(?:holding|having|concluding|attending)\s+)?(?:(?:a|an|the|this|that)\s+)?(?:[\w-]+\s+){0,2}$/i.test(lead) ||
        /^\W*(?:during|in|at|after|following)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){3,5}$/i.test(text.slice(sent.start, at)))
    ) {
      // "During a meeting with Rubio ..., Dar was informed": the main clause's subject.
      const mainStart = /^[^,]*,\s*/.exec(text.slice(at, sent.end));
      // "X said in a statement that Ramaphosa stated this during a meeting with Y": the reported clause's subject.
      const reported = [...text.slice(sent.start, at).matchAll(/\bthat\s+/g)].pop();
      // ("..., but Lula and Trump discussed a deal during a meeting in Malaysia": the clause's own subject.)
      const own = clause.start > sent.start ? clause.start : -1;
      // ('“... in Doha,” Blinken told reporters in Cairo during a joint press conference with
      // Shoukry': the words quoted before are no part of the clause.)
      const quoteEnd = text.slice(sent.start, at).lastIndexOf('”');
      const afterQuote = quoteEnd >= 0 ? sent.start + quoteEnd + 1 : sent.start;
      const subjectFirst =
        (reported ? clauseSubject(input, sent.start + reported.index! + reported[0].length, at) : null) ?? (own >= 0 ? clauseSubject(input, own, at) : null) ?? clauseSubject(input, afterQuote, at);
      const e = subjectFirst ?? (mainStart ? clauseSubject(input, at + mainStart[0].length, sent.end) : null);
      if (e) subj = [e];
      // "In an Oval Office meeting on May 6, Carney ... insisted to the U.S. president that ...":
      // whom the main clause's subject spoke to there.
      if (e && !subjectFirst && mainStart && !objs.length) {
        const told = /\b(?:told|insisted to|said to|assured|warned|urged|informed|reminded|pressed|discussed\s+with|(?:spoke|talked)\s+(?:to|with))\s+((?:the\s+)?(?:[\p{L}.’'-]+\s+){0,3}?[\p{L}.’'-]+?)(?=\s+(?:that|to|on|about|of)\b|[,;]|\.$)/u.exec(text.slice(at + mainStart[0].length, sent.end));
        const toAt = told ? at + mainStart[0].length + told.index + told[0].indexOf(told[1]!) : -1;
        const named = told ? input.entities.mentionsIn(toAt, toAt + told[1]!.length).map((x) => personAt(input, x.entityKey)).find(Boolean) : null;
        const other = named ?? (told && /^the\s/i.test(told[1]!) ? input.entities.resolve(told[1]!, toAt) : null);
        if (other?.type === 'Person' && other.key !== e.key) subj = [e, other];
      }
      // "Rubio told President Mulino at a meeting in Panama": the verb's object met its subject.
      if (!objs.length) {
        const ms = input.entities.mentionsIn(sent.start, at).filter((x) => input.entities.byKey.get(x.entityKey)?.type === 'Person');
        let [a, b] = ms.slice(-2);
        // ("Trump had privately authorized Witkoff and Kushner during an Oval Office meeting": the
        // one who acted on the pair met them.)
        const pair = a && b && /^\s+and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(a.end, b.start)) ? ms[ms.length - 3] : undefined;
        const acted = (x: { end: number }, y: { start: number }) => /^\s+(?:(?:had|has|have|was|were)\s+)?(?:\p{Ll}+ly\s+)?(?!and\b)\p{Ll}+\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(x.end, y.start));
        const atMeeting = (x: { end: number }) => /^\s+(?:at|during|in)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(x.end, at));
        if (pair && a && b && acted(pair, a) && atMeeting(b)) {
          subj = [input.entities.byKey.get(pair.entityKey)!, input.entities.byKey.get(a.entityKey)!, input.entities.byKey.get(b.entityKey)!];
        } else if (a && b && a.entityKey !== b.entityKey && acted(a, b) && atMeeting(b)) {
          subj = [input.entities.byKey.get(a.entityKey)!, input.entities.byKey.get(b.entityKey)!];
        }
      }
      // "X and Y address a joint press conference after talks": both subjects.
      const from = own >= 0 && e && input.entities.mentionsIn(own, at).some((x) => x.entityKey === e.key) ? own : sent.start;
      const pair = /^\s*(?:\S+\s+){0,4}?\S+\s+and\s+/.exec(text.slice(from, at));
      if (e && pair && !objs.length) {
        const ms = input.entities.mentionsIn(from, at).filter((x) => input.entities.byKey.get(x.entityKey)?.type === 'Person');
        const a = ms[0], b = ms[1];
        // ("The Trump administration and El Salvador's President Nayib Bukele": the leader of the one.)
        if (a && b && /^\s*(?:administration\s+|government\s+|team\s+)?and\s+(?:\S+\s+){0,3}$/.test(text.slice(a.end, b.start))) {
          subj = [input.entities.byKey.get(a.entityKey)!, input.entities.byKey.get(b.entityKey)!];
        }
      }
    } else if (isVerbForm || mention.withPrep) {
      // "he had agreed to halve tariffs ... and would visit Xi", "X cancelled a planned meeting
      // with Y": the clause's subject.
      const e = clauseSubject(input, clause.start, at);
      if (e) subj = [e];
    }
  }
  // "Xi will pay a state visit to the United States", "Carney visited the White House": the
  // host is the person of that country named in the sentence, else the one leader of it the
  // article names.
  if (cue.type === 'Visit' && subj.length === 1 && !objs.some((o) => o.type === 'Person')) {
    const dest = input.entities.mentionsIn(mention.cueEnd, Math.min(sent.end, mention.cueEnd + 40))[0];
    const country = dest && /^\s*(?:the\s+)?$/i.test(text.slice(mention.cueEnd, dest.start)) ? input.entities.byKey.get(dest.entityKey) : undefined;
    const code = country?.type === 'Country' ? country.key.replace(/^country:/, '') : country?.country;
    // A seat of government names its host ("visited the White House"); "would visit Russia" may
    // mean anyone there, so a country looks only at its people in the sentence.
    const seat = !!dest && !!countryBySeat(dest.text);
    // ("the new German leader visited Paris": a visit made, and its host in the same sentence.)
    // ("Trump confirmed that Zelensky will visit Washington on Friday": the leader who announces
    // a visit to his own capital hosts it.)
    const announcer = code
      ? input.entities
          .mentionsIn(sent.start, at)
          .filter((x) => /^\s+(?:\p{Ll}+ly\s+)?(?:confirmed|announced|said|says|told|revealed|demanded|insisted)\b/u.test(text.slice(x.end, x.end + 30)))
          .map((x) => input.entities.byKey.get(x.entityKey))
          // ("Hungary demanded today that Kristersson first visit Budapest": the state itself.)
          .find((e) => ((e?.type === 'Person' && e.country === code) || e?.key === `country:${code}`) && e.key !== subj[0]!.key)
      : undefined;
    if (code && code !== subj[0]!.country && (seat || !cue.verb || mention.word === 'visited' || announcer)) {
      // ("US Special Envoy to Syria Tom Barrack told reporters ... that Sharaa is expected to sign a
      // deal during his expected visit to Washington": who reports the visit in an office other
      // than a leader's does not host it.)
      const reports = (x: { end: number }) => x.end < at && /\b(?:told|tells|said|says|announced|confirmed|revealed)\b[^.;]*?\bthat\b/.test(text.slice(x.end, at));
      const hosts = input.entities
        .mentionsIn(sent.start, sent.end)
        .filter((x) => {
          const roles = input.entities.byKey.get(x.entityKey)?.roles ?? [];
          return !reports(x) || !roles.length || LEADER_ROLE.test(roles.join(' '));
        })
        .map((x) => input.entities.byKey.get(x.entityKey))
        .filter((e): e is Entity => !!e && e.type === 'Person' && e.country === code && e.key !== subj[0]!.key);
      const leaders = countryLeaders(input, code).filter((e) => e.key !== subj[0]!.key);
      const host = hosts[0] ?? ((seat || announcer) && leaders.length === 1 ? leaders[0] : undefined);
      if (host) subj = [...subj, host];
    }
  }
  // "Coming out of the Putin meeting, Trump said": the named owner and the main subject.
  if (!isVerbForm && subj.length === 1 && !objs.length) {
    const lead = text.slice(clause.start, at);
    if (/\b(?:during|after|following|out of|from|since|ahead of|before)\s+(?:the|a|an|this|that|his|her)\s+(?:[\w’'-]+\s+){0,2}$/i.test(lead)) {
      const mainStart = /^[^,]*,\s*/.exec(text.slice(at, sent.end));
      const e = mainStart ? clauseSubject(input, at + mainStart[0].length, sent.end) : null;
      if (e && e.key !== subj[0]!.key) subj = [...subj, e];
    }
  }
  // "Foreign ministers from Japan, China, and South Korea met in Tokyo": the ministers the
  // article names, one per country.
  if (!subj.length && cue.verb) {
    // (From the sentence's start: the list may run over ", and", where the clause was cut.)
    const lead = text.slice(sent.start, at);
    const described = /\b((?:foreign|defen[cs]e|trade|finance|economy|interior)\s+ministers|prime ministers|leaders|presidents|heads of state|heads of government)\s+(?:from|of)\s+(?=(?:the\s+)?\p{Lu})/iu.exec(lead);
    if (described) subj = officeHoldersOf(input, described[1]!, sent.start + described.index + described[0].length, at);
  }
  // "will host the leaders of Rwanda and the Democratic Republic of Congo": the leaders the
  // article names, one per country.
  const described = /^\s*(?:with\s+)?the\s+(?:leaders|presidents|heads of state|heads of government)\s+of\s+/i.exec(text.slice(mention.cueEnd, clause.end));
  if (described) objs.push(...leadersOf(input, mention.cueEnd + described[0].length, clause.end));
  // "Witkoff and Kushner met with the heads of Egyptian and Turkish intelligence, senior Qatari
  // officials and four senior Hamas leaders", "a meeting between Witkoff and Kushner and senior
  // Hamas leaders": the other side is people the article does not name; the named ones are one side.
  const after = text.slice(mention.cueEnd, clause.end);
  // "Greene met Cheng two weeks after a summit between Xi and Trump": "between" names every side.
  // ("Orban offered to host a summit in Budapest between Trump and Putin": its place may come first.)
  const betweenAfter = BETWEEN_AFTER.test(after);
  if (!isVerbForm && objs.length >= 2 && betweenAfter) subj = [];
  const unnamedSide = (subj.length >= 2 && !objs.length && /^\s*(?:with\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:heads?|leaders|officials|delegations?|representatives|negotiators|mediators|members|envoys|ministers|senior|top|\d+|two|three|four|five|several)\b/u.test(after) && /\bwith\b/i.test(text.slice(at, mention.cueEnd + 6))) ||
    (!subj.length && objs.length >= 2 && betweenAfter && UNNAMED_GROUP_AFTER.test(after));
  if (unnamedSide) return [];
  // A noun needs "with"/"between" or an owner; "the APEC summit" alone names no meeting.
  const people: Entity[] = [];
  for (const e of [...subj, ...objs]) if (!people.some((p) => p.key === e.key)) people.push(e);
  // "Lee Jae Myung, right, poses for a photo with Japanese Prime Minister Sanae Takaichi ahead
  // of a meeting held on the sidelines of the G20 summit": a caption's two people, together
  // before or after the meeting it names.
  if (!isVerbForm && people.length < 2 && /\b(?:ahead of|before|after|during|following|at the start of)\s+(?:a|the)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(sent.start, at))) {
    const together = /\b(?:pose[sd]?|posing|shakes?|shaking|shook|greets?|greeted|greeting|stands?|standing|stood|walks?|walking|walked)\b[^.;,]{0,40}?\bwith\s+/u.exec(text.slice(sent.start, at));
    if (together) {
      const withAt = sent.start + together.index + together[0].length;
      const first = input.entities.mentionsIn(sent.start, sent.start + together.index).find((m) => personAt(input, m.entityKey));
      const other = input.entities.mentionsIn(withAt, at).find((m) => personAt(input, m.entityKey));
      const a = first ? personAt(input, first.entityKey) : null;
      const b = other ? personAt(input, other.entityKey) : null;
      if (a && b && a.key !== b.key && /^(?:\S+\s+){0,4}$/.test(text.slice(withAt, other!.start))) return [a, b];
    }
  }
  // "the Xi-Trump meeting": two names hyphenated right before the noun.
  if (!isVerbForm && people.length < 2) {
    // "the Putin meeting": a name used as a modifier is a participant.
    const modMention = input.entities.mentionsIn(Math.max(sent.start, at - 40), at).pop();
    if (modMention && /^\s*$/.test(text.slice(modMention.end, at)) && /\b(?:the|a|an|this|that)\s+$/i.test(text.slice(Math.max(sent.start, modMention.start - 5), modMention.start))) {
      const e = input.entities.byKey.get(modMention.entityKey);
      if (e && e.type === 'Person' && !people.some((p) => p.key === e.key)) people.push(e);
    }
    const pre = /((?:[\p{L}’'.]+[-–])+[\p{L}’'.]+)\s+$/u.exec(text.slice(Math.max(sent.start, at - 60), at));
    if (pre) {
      const named = pre[1]!.split(/[-–]/).map((w) => input.entities.resolve(w, at - pre[0].length));
      const pair = named.filter((e, i): e is Entity => !!e && e.type === 'Person' && named.findIndex((o) => o?.key === e.key) === i);
      // ("Greene meets Cheng two weeks after the Xi-Trump summit": the names are its every side.)
      if (pair.length >= 2 && pair.length === named.length) return pair;
      for (const e of pair) if (!people.some((p) => p.key === e.key)) people.push(e);
    }
  }
  return people;
}

/** "the Donald Trump administration", "the Biden era": a name used as a modifier acts in nothing. */
function usedAsModifier(text: string, nameEnd: number): boolean {
  return /^\s+(?:administration|government|era|team)\b/.test(text.slice(nameEnd, nameEnd + 16));
}

/** " Senior Advisor for Africa ": a capitalised title, then what the post covers. */
function isTitleAndRemit(between: string): boolean {
  const m = /^\s+((?:[\p{L}-]+\s+){1,4}?)(?:for|to|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u.exec(between);
  const words = m ? m[1]!.trim().split(/\s+/) : [];
  return !!words.length && words.every((w) => /^\p{Lu}/u.test(w)) && TITLE_WORDS.has(words[words.length - 1]!.toLowerCase());
}
