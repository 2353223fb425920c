/**
 * Resolves a name-like span to an entity using what the article stated before it:
 * full names and aliases, surnames ("Kim"), title + surname ("Mr Trump", "President Xi"),
 * role descriptions ("the North Korean leader", "the US president"), countries by name,
 * capital or seat ("Seoul", "the Kremlin"), and pronouns (he/she) for people.
 */
import { countryId, foldName } from '../graph/ids';
import { findQuotations } from '../read/quote-marks';
import { COUNTRY_BY_CODE, countryByDemonym, HONORIFICS, ORG_HEADS, TITLE_WORDS } from './gazetteer';
import { codeCountry } from './mention-drafts';
import { countryByCapital, countryByName, countryBySeat } from './gazetteer';
import { mentionsWithin, partitionPoint } from './mention-window';
import { nameTokens, sameFullName, singleMatches } from './names';
import type { CleanArticle, Entity, Mention } from './types';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
/** Words that stand for the top office of a country, whatever its title there. */
const LEADER_WORDS = new Set(['leader', 'chief', 'head', 'president', 'premier', 'chancellor', 'king', 'queen', 'supreme', 'prime', 'monarch', 'ruler', 'emir', 'sultan', 'chairman']);
/** Words for whoever leads ("the leader", "the head"), fitting any leader's office. */
const ANY_LEADER = new Set(['leader', 'chief', 'head', 'ruler', 'monarch', 'supreme']);
const PREMIER = new Set(['premier', 'prime']);
/**
 * One leader's word may stand for another's office ("the leader" for a president, "the premier"
 * for a prime minister), but two named offices are two people: "the Prime Minister said" after
 * "US President Joe Biden" is not Biden.
 */
const leadersAlike = (a: string, b: string) => ANY_LEADER.has(a) || ANY_LEADER.has(b) || a === b || (PREMIER.has(a) && PREMIER.has(b));
const ROLE_SYNONYMS: Record<string, string> = { envoy: 'envoy|ambassador', ambassador: 'ambassador|envoy', diplomat: 'diplomat|ambassador|envoy|foreign minister' };
/** Words of an office that a counterpart holds too. */
const OFFICE_WORDS = /\b(?:president|minister|premier|chancellor|secretary|envoy|ambassador|advis[eo]r|king|queen|emir|chief|governor|mayor|speaker)\b/gi;
/** Words that open a clause put before the main one ("after", "when", "because"). */
const SUBORDINATORS = 'after|before|when|while|since|although|though|once|because';
/** Participles that open a sentence's phrase ("Speaking ...", "Pressed on whether ..."). */
const PARTICIPLES = String.raw`\p{Lu}\p{Ll}+ing|Asked|Pressed|Questioned|Quizzed`;
/** A phrase or clause that opens a sentence before its subject ("Speaking onboard a ship, ..."). */
const OPENER = new RegExp(`^\\W*(?:(?:But|And|Yet|So)\\s+(?:${SUBORDINATORS}|following|despite|during)\\b|${PARTICIPLES}|In|At|On|After|Before|During|Alongside|Along with|With|Following|Despite|Amid|Standing|Flanked|When|While|Although|Though|Once|Because|Since)\\b`, 'u');
/** A participle's phrase that opens a sentence ("Pressed on whether ... if Trump asked for it, Anutin said"). */
const PARTICIPLE_OPENER = new RegExp(`^\\W*(?:${PARTICIPLES})\\s`, 'u');
/** A clause that opens a sentence ("But after Donald Trump threatened ..., "). */
const CLAUSE_OPENER = new RegExp(`^\\W*(?:(?:But|And|Yet|So)\\s+)?(?:${SUBORDINATORS})\\s`, 'i');

const ROLE_STOP = new Set(['the', 'a', 'an', 'of', 'its', 'his', 'her', 'their', 'country', 'country’s', "country's", 'then', 'former', 'current', 'new', 'top']);

/** Title abbreviations used as references ("the FM said", "PM Shehbaz"). */
const ABBREVIATED_TITLES: Record<string, string> = {
  pm: 'prime minister',
  fm: 'foreign minister',
  dpm: 'deputy prime minister',
  eam: 'external affairs minister',
  cm: 'chief minister',
};

/** Words whose object is no sentence subject ("with President X", "beside President X"). */
export const OBJECT_WORDS = 'with|to|from|by|for|about|between|against|toward|towards|of|beside|besides|alongside|behind|including';
const OBJECT_AFTER = new RegExp(`\\b(?:${OBJECT_WORDS})\\s+(?:[^\\s,;.]+\\s+){0,2}$`, 'i');

/** Text ending in a preposition, perhaps followed by titles ("with Iranian President Dr. "). */
export function afterPreposition(before: string): boolean {
  // Titles go first, "of" inside them too ("US Secretary of State ", "Minister of Foreign Affairs ").
  const bare = before.replace(/(?:\p{Lu}[\p{L}.’'-]*\s+(?:of\s+(?:the\s+)?(?=\p{Lu}))?)+$/u, '');
  // "According to Boulos, ...": the source of what follows is its speaker, no object; nor is
  // the leader of "a delegation led by Goyal".
  // ("a transaction between U.S. President Donald Trump and North Korean Chairperson Kim": both are objects.)
  if (/\bbetween\s+(?:[^\s,;]+\s+){1,6}and\s+$/i.test(bare)) return true;
  // ("The likely next chancellor of Germany Friedrich Merz": a lower-case title of a country, then the name.)
  const titleOf = /\b(\p{Ll}+)\s+of\s+(?:the\s+)?$/u.exec(bare);
  if (titleOf && TITLE_WORDS.has(titleOf[1]!) && bare.length < before.length) return false;
  // ("This was disclosed by Philippine Ambassador Jose Manuel Romualdez": the agent of a verb of saying speaks.)
  // ("The deal ... was criticized by Democratic Senator Elizabeth Warren": so does the agent of a judgement.)
  return OBJECT_AFTER.test(bare) && !/\b(?:according\s+to|(?:led|headed|chaired|disclosed|announced|revealed|stated|confirmed|critici[sz]ed|condemned|denounced|slammed|praised|hailed|welcomed|rejected|dismissed|questioned|opposed)\s+by)\s+(?:[^\s,;.]+\s+){0,4}$/i.test(bare);
}

export type Resolver = (text: string, at: number) => Entity | null;

export function createResolver(article: CleanArticle, entities: Entity[], mentions: Mention[], genders: Map<string, 'f' | 'm'>): Resolver {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const people = entities.filter((e) => e.type === 'Person');
  const quoted = article.paragraphs.flatMap((p) => findQuotations(article.text, p.start, p.end));
  const inQuote = (pos: number) => quoted.some((q) => pos >= q.start && pos < q.end);
  // Role-description mentions are added after the resolver is made: recomputed when they are.
  let personMentions: { size: number; list: Mention[] } | null = null;
  const personMentionsList = () => {
    if (personMentions?.size !== mentions.length) personMentions = { size: mentions.length, list: mentions.filter((m) => byKey.get(m.entityKey)?.type === 'Person') };
    return personMentions.list;
  };

  const lastMentionBefore = (key: string, at: number, subjects = false) => {
    let best = -1;
    for (const m of mentions) if (m.entityKey === key && m.start < at && m.start > best && !(subjects && !isSubject(m))) best = m.start;
    return best;
  };
  /** The first person the reporter names in a sentence, outside quotations: most often its subject. */
  let subjectStarts: { size: number; starts: Set<number> } | null = null;
  const isSubject = (m: Mention): boolean => {
    // Worked out once per set of mentions (role mentions are added as speakers are resolved).
    if (subjectStarts?.size !== mentions.length) {
      const starts = new Set<number>();
      const seen = new Set<number>();
      const people = personMentionsList().filter((o) => !inQuote(o.start)).sort((a, b) => a.start - b.start);
      let k = 0;
      for (const o of people) {
        while (k < article.sentences.length && (article.sentences[k] as { end: number }).end <= o.start) k++;
        const s = article.sentences[k];
        if (!s || s.start > o.start || seen.has(k)) continue;
        seen.add(k);
        starts.add(o.start);
      }
      subjectStarts = { size: mentions.length, starts };
    }
    return subjectStarts.starts.has(m.start);
  };
  /**
   * The candidate spoken of last. For a description ("the leftist leader added") only the
   * subjects of the reporter's sentences count: a name inside a quotation is whom the speaker
   * spoke of, one in a reported clause ("Lula said that Vice President X ...") is not its topic.
   */
  const mostRecent = (cands: Entity[], at: number, subjects = false): Entity | null => {
    if (!cands.length) return null;
    if (cands.length === 1) return cands[0] as Entity;
    if (subjects) {
      const bySubject = cands.map((e) => ({ e, p: lastMentionBefore(e.key, at, true) })).sort((a, b) => b.p - a.p);
      if ((bySubject[0] as { p: number }).p >= 0) return (bySubject[0] as { e: Entity }).e;
    }
    const scored = cands.map((e) => ({ e, p: lastMentionBefore(e.key, at) }));
    scored.sort((a, b) => b.p - a.p);
    return (scored[0] as { e: Entity }).e;
  };
  const countryEntity = (cca3: string): Entity | null => {
    const existing = byKey.get(countryId(cca3));
    if (existing) return existing;
    const info = COUNTRY_BY_CODE.get(cca3);
    return info ? { key: countryId(cca3), type: 'Country', name: info.name, aliases: [], roles: [], country: cca3 } : null;
  };

  /** Up to `n` sentences starting at or before `at`, nearest first (sentences are in text order). */
  const sentencesBefore = (at: number, n: number) => {
    const upTo = partitionPoint(article.sentences, (s) => s.start <= at);
    return article.sentences.slice(Math.max(0, upTo - n), upTo).reverse();
  };
  /** A short line of its own without a sentence's closing mark. */
  const isSubheading = (s: { start: number; end: number }): boolean => {
    const line = article.text.slice(s.start, s.end).trim();
    if (/[.!?:;,"”’'»)\]]$/.test(line) || line.split(/\s+/).length > 10) return false;
    const before = article.text.slice(Math.max(0, s.start - 2), s.start);
    const after = article.text.slice(s.end, s.end + 2);
    return (s.start === 0 || /\n\s*$/.test(before)) && /^\s*\n/.test(after);
  };
  /** What a sentence-initial "he"/"she" meant, worked out once per pronoun. */
  const leadReferent = new Map<number, Entity | null>();
  const pronoun = (gender: 'm' | 'f' | 'any', at: number, object = false, chain = 0): Entity | null => {
    const sentences = sentencesBefore(at, 6);
    for (const s of sentences) {
      // A subheading ("Putin and Iraqi prime minister") names what follows, not who speaks in it.
      if (isSubheading(s)) continue;
      // "He said that Trump agreed to meet him again": a sentence whose subject is the same
      // pronoun speaks of whom that pronoun meant, not of the names in its clauses.
      const lead = article.text.slice(s.start, Math.min(s.end, at)).match(/^[\s"“‘']*(he|she)\b/i);
      const leadAt = lead ? s.start + lead[0].length - (lead[1] as string).length : -1;
      const leadGender = lead && (lead[1] as string).toLowerCase() === 'she' ? 'f' : 'm';
      // A few links at most: "He said. He added. ..." must not recurse through a whole text.
      if (lead && leadAt < at && chain < 4 && (gender === 'any' || gender === leadGender)) {
        if (!leadReferent.has(leadAt)) leadReferent.set(leadAt, pronoun(leadGender, leadAt, false, chain + 1));
        const chained = leadReferent.get(leadAt) ?? null;
        if (chained) return chained;
      }
      let cands = mentionsWithin(personMentionsList(), s.start, Math.min(s.end, at)).filter(
        (m) =>
          !inQuote(m.start) &&
          // The object of a preposition ("a press conference with President X") is rarely "he".
          !afterPreposition(article.text.slice(Math.max(s.start, m.start - 100), m.start)),
      );
      // "X, in a meeting with him, said": an object pronoun is not the person just before it in its clause.
      if (object && s.start <= at && at < s.end && cands.length) {
        const lastKey = (cands[cands.length - 1] as Mention).entityKey;
        cands = cands.filter((m) => m.entityKey !== lastKey);
      }
      const compatible = cands.filter((m) => {
        const g = genders.get(m.entityKey);
        return gender === 'any' || (gender === 'f' ? g !== 'm' : g !== 'f');
      });
      // The subject of a sentence comes first; a possessive ("Putin's invitation") is rarely it.
      const plain = compatible.filter((m) => !/['’]s?$/.test(article.text.slice(m.end, m.end + 2).trim().slice(0, 1)));
      // "Speaking onboard a ship, alongside X, and Y, Mette Frederiksen switched to English":
      // after an opening phrase, the subject is the name its verb follows.
      // ("But after Donald Trump threatened ... last week, on Friday, Viktor Orbán said": a clause
      // put before the main one is an opener too.)
      const opener = OPENER.test(article.text.slice(s.start, s.end));
      // (After a clause that opens the sentence, the main clause starts past its comma.)
      const clauseOpener = CLAUSE_OPENER.exec(article.text.slice(s.start, s.end));
      // (So does a participle's phrase: "Pressed on whether ... if Trump asked for it, Anutin said".)
      const mainFrom = clauseOpener || PARTICIPLE_OPENER.test(article.text.slice(s.start, s.end)) ? article.text.indexOf(',', s.start) : -1;
      const subjectOfVerb = opener
        ? plain.filter((m) => mainFrom < 0 || m.start > mainFrom).find((m) => /^\s+(?:\p{Ll}+ly\s+)?(?:has|had|have|was|is|will|would|can|could|may|might|must|should|did|does|said|told|wrote|met|spoke|made|took|gave|went|came|sent|held|left|saw|set|got|led|became|began|brought|sought|kept|stood|\p{Ll}+ed|\p{Ll}+s)\b/u.test(article.text.slice(m.end, m.end + 30)) && !/^\s+(?:and|or|as|is)\b/.test(article.text.slice(m.end, m.end + 6)))
        : undefined;
      // 'Ramaphosa "will not be handing over ...," Foreign Minister Ronald Lamola told journalists':
      // the quotation is Lamola's; the name before it opens the quoted words, not the sentence.
      const first = plain[0];
      const quoter = first
        ? plain.find((m) => m.start > first.end && /["“”]/.test(article.text.slice(first.end, m.start)) && /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|added|stated|insisted|warned|explained)\b/u.test(article.text.slice(m.end, m.end + 30)))
        : undefined;
      const pick = (gender === 'f' ? compatible.find((m) => genders.get(m.entityKey) === 'f') : undefined) ?? subjectOfVerb ?? quoter ?? plain[0] ?? compatible[0];
      if (pick) return byKey.get(pick.entityKey) ?? null;
    }
    return null;
  };

  const lastOrganisation = (at: number, ok: (e: Entity) => boolean): Entity | null => {
    const hit = [...mentions]
      .reverse()
      .find((m) => m.start < at && !inQuote(m.start) && byKey.get(m.entityKey)?.type === 'Organization' && ok(byKey.get(m.entityKey) as Entity));
    return hit ? (byKey.get(hit.entityKey) ?? null) : null;
  };

  /**
   * "the White House said ... . '...,' it said": the body or country last named as the subject
   * of a verb of saying, when no organisation was named after it.
   */
  const lastSpeakingBody = (at: number): Entity | null => {
    const speaks = (m: Mention) => /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|stated|added|announced|warned|insisted)\b/u.test(article.text.slice(m.end, m.end + 30));
    const bodies = mentions.filter((m) => m.start < at && at - m.start < 800 && !inQuote(m.start) && ['Organization', 'Country'].includes(byKey.get(m.entityKey)?.type ?? ''));
    const hit = [...bodies].reverse().find(speaks);
    // An organisation named after it is more likely what "it" means; not one named in what it
    // said ("OCHA said UN teams were in place ...").
    const saidEnd = hit ? (article.sentences.find((x) => x.start <= hit.start && hit.start < x.end)?.end ?? hit.end) : 0;
    if (!hit || bodies.some((m) => m.start >= saidEnd && byKey.get(m.entityKey)?.type === 'Organization')) return null;
    return byKey.get(hit.entityKey) ?? null;
  };

  /**
   * Every name and alias folded once, and each person's names as tokens; rebuilt only when a
   * later stage adds an entity or an alias. Folding them on every look-up made an article
   * naming thousands of people quadratic.
   */
  let names: { size: number; folded: Map<string, Entity[]>; tokens: { p: Entity; names: string[][] }[] } | null = null;
  const nameIndex = () => {
    const size = entities.reduce((n, e) => n + 1 + e.aliases.length, 0);
    if (names?.size === size) return names;
    const folded = new Map<string, Entity[]>();
    for (const e of entities) {
      if (e.type === 'Place') continue;
      for (const f of new Set([e.name, ...e.aliases].map(foldName))) {
        const list = folded.get(f);
        if (list) list.push(e);
        else folded.set(f, [e]);
      }
    }
    names = { size, folded, tokens: people.map((p) => ({ p, names: [p.name, ...p.aliases].map(nameTokens) })) };
    return names;
  };

  const byName = (raw: string, at: number): Entity | null => {
    const index = nameIndex();
    const exact = index.folded.get(foldName(raw));
    if (exact) return mostRecent(exact, at);
    const toks = nameTokens(raw);
    if (toks.length >= 2) {
      const hit = index.tokens.filter((t) => t.names.some((n) => sameFullName(n, toks))).map((t) => t.p);
      if (hit.length) return mostRecent(hit, at);
    }
    if (toks.length === 1) {
      const hit = index.tokens.filter((t) => t.names.some((n) => singleMatches(toks[0] as string, n))).map((t) => t.p);
      if (hit.length) return mostRecent(hit, at);
    }
    return null;
  };

  /**
   * "Anthony Albanese has announced a treaty ... The Prime Minister described it as": an
   * article that never gives its main figure a title still calls him by his office. When no
   * one holds the office named, a leader's office ("the prime minister", "the U.S. president")
   * is the person last spoken of who has no title at all and no other country.
   */
  const untitledLeader = (roleWords: string[], country: string | undefined, pool: Entity[], at: number): Entity | null => {
    if (!roleWords.some((r) => LEADER_WORDS.has(r)) || !roleWords.every((r) => LEADER_WORDS.has(r) || /^(?:minister|interim|acting|transitional|incoming|outgoing)$/.test(r))) return null;
    // Nobody is described in the sentence that names him first ("Macron had first invited
    // Syria's new interim leader").
    const sentStart = sentencesBefore(at, 1)[0]?.start ?? 0;
    const inSentence = new Set(mentions.filter((m) => m.start >= sentStart && m.start < at).map((m) => m.entityKey));
    const cands = pool.filter((p) => !p.roles.length && (!country || !p.country || p.country === country) && !inSentence.has(p.key));
    return mostRecent(cands, at, true);
  };

  /**
   * "U.S. House Speaker Mike Johnson was adamant ... The Louisiana Republican told The Bee": a
   * member of a US party, described by state, is the American spoken of last.
   */
  const partyMember = (roleWords: string[], pool: Entity[], at: number): Entity | null => {
    if (roleWords.length !== 2 || !/^(?:republican|democrat)$/.test(roleWords[1]!)) return null;
    return mostRecent(pool.filter((p) => !p.country || p.country === 'USA'), at, true);
  };

  /**
   * "Kanai heads to talks with his Chinese counterpart in Beijing ... his Chinese counterpart
   * Liu Jinsong remained unyielding": a description the article also writes right before a
   * name is that person (the nearest such name).
   */
  const namedElsewhere = (words: string[], at: number): Entity | null => {
    const core = words.filter((w, k) => !(k === 0 && /^(?:the|his|her|their|its)$/i.test(w)));
    if (core.length < 2 || core.some((w) => !/^[\p{L}’'-]+$/u.test(w))) return null;
    const re = new RegExp(`\\b${core.join('\\s+')},?\\s+$`, 'iu');
    let best: { e: Entity; d: number } | null = null;
    for (const m of mentions) {
      const e = byKey.get(m.entityKey);
      if (e?.type !== 'Person' || !re.test(article.text.slice(Math.max(0, m.start - 80), m.start))) continue;
      const d = Math.abs(m.start - at);
      if (!best || d < best.d) best = { e, d };
    }
    return best?.e ?? null;
  };

  /**
   * "Jaishankar will also hold bilateral talks with his Chinese counterpart": a person of that
   * country, named before or, when no one of that country was, anywhere in the article; with
   * several, the one whose office shares a word with the titles in front of the description
   * ("External Affairs Minister ... counterpart": a minister), then the latest named.
   */
  const counterpartOf = (country: string, mentionedBefore: Entity[], at: number): Entity | null => {
    const ofCountry = (list: Entity[]) => list.filter((p) => p.country === country);
    const before = ofCountry(mentionedBefore);
    const cands = before.length ? before : ofCountry(people);
    const sentStart = sentencesBefore(at, 1)[0]?.start ?? 0;
    const offices = new Set((article.text.slice(sentStart, at).match(OFFICE_WORDS) ?? []).map((w) => w.toLowerCase()));
    const shares = (p: Entity) => p.roles.some((r) => (r.match(OFFICE_WORDS) ?? []).some((w) => offices.has(w.toLowerCase())));
    const alike = cands.filter(shares);
    return mostRecent(alike.length ? alike : cands, at, true);
  };

  /** Whether a person is only ever written with "former" or "ex-" before the name's titles. */
  const formerOnly = (p: Entity): boolean => {
    let any = false;
    for (const m of mentions) {
      if (m.entityKey !== p.key) continue;
      const lead = article.text.slice(Math.max(0, m.start - 60), m.start);
      const titled = article.text.slice(m.start, m.end).split(/\s+/).length > p.name.split(/\s+/).length || /\p{Lu}[\p{L}-]*\s+$/u.test(lead);
      if (!titled) continue;
      if (!/\b(?:former|ex-)\s*(?:\p{L}[\p{L}.’'-]*\s+){0,4}$/iu.test(lead) && !/^(?:former|ex-)/i.test(article.text.slice(m.start, m.end))) return false;
      any = true;
    }
    return any;
  };

  const byRole = (words: string[], at: number): Entity | null => {
    let country: string | undefined;
    const roleWords: string[] = [];
    for (const w of words.flatMap((x) => ABBREVIATED_TITLES[x.toLowerCase()]?.split(' ') ?? [x])) {
      const bare = w.replace(/['’]s$/, '');
      const c = countryByDemonym(bare) ?? countryByName(bare) ?? codeCountry(bare) ?? countryBySeat(bare);
      if (c) country = c.cca3;
      else if (!ROLE_STOP.has(w.toLowerCase())) roleWords.push(w.toLowerCase());
    }
    // "North Korean", "South Korean": two-word demonyms.
    for (let k = 0; k + 1 < words.length; k++) {
      const c = countryByDemonym(`${words[k]} ${words[k + 1]}`);
      if (c) country = c.cca3;
    }
    const mentionedBefore = people.filter((p) => lastMentionBefore(p.key, at) >= 0);
    const pool = mentionedBefore.length ? mentionedBefore : people;
    if (country && roleWords.length === 1 && roleWords[0] === 'counterpart') return counterpartOf(country, mentionedBefore, at);
    // "the Otzma Yehudit leader": a body's name in the description, which a leader of
    // something else does not answer to.
    const bodyWords = words.filter((w) => /^\p{Lu}/u.test(w) && roleWords.includes(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()) && !LEADER_WORDS.has(w.toLowerCase()) && !ROLE_STOP.has(w.toLowerCase()));
    let scored = scoreRoles(pool, roleWords, country, bodyWords);
    if (!scored.length) return namedElsewhere(words, at) ?? untitledLeader(roleWords, country, pool, at) ?? partyMember(roleWords, pool, at);
    // "the President" after "former President Rodrigo Duterte" and "President Marcos": the one
    // in office, unless the description says "former".
    const wantsFormer = words.some((w) => /^(?:former|ex-.*)$/i.test(w));
    const current = scored.filter((x) => formerOnly(x.p) === wantsFormer);
    if (current.length) scored = current;
    const top = Math.max(...scored.map((x) => x.score));
    return mostRecent(scored.filter((x) => x.score === top).map((x) => x.p), at, true);
  };

  /** How well each person's roles and country fit a description's role words and country. */
  function scoreRoles(pool: Entity[], roleWords: string[], country: string | undefined, bodyWords: string[] = []): { p: Entity; score: number }[] {
    return pool
      .map((p) => {
        const roleText = p.roles.map((r) => ABBREVIATED_TITLES[r.toLowerCase()] ?? r).join(' ').toLowerCase();
        let score = 0;
        if (country) {
          if (p.country === country) score += 2;
          else if (p.country) return { p, score: -1 };
        }
        let roleHit = false;
        // "his Indian counterpart Narendra Modi", then "the Indian prime minister": a counterpart
        // of that country holds the office his counterpart does, whichever it is.
        if (country && p.country === country && /\bcounterpart\b/.test(roleText) && roleWords.length && roleWords.every((r) => TITLE_WORDS.has(r))) {
          return { p, score: score + 2 * roleWords.length };
        }
        for (const r of roleWords) {
          const word = r.replace(/[^\p{L}-]/gu, '');
          // "the envoy" is the ambassador named before, and the other way round.
          const alike = ROLE_SYNONYMS[word] ?? word;
          if (new RegExp(`\\b(?:${alike})\\b`, 'u').test(roleText)) {
            score += 2;
            roleHit = true;
          } else if (LEADER_WORDS.has(r) && bodyWords.every((b) => roleText.includes(b.toLowerCase())) && [...LEADER_WORDS].some((l) => new RegExp(`\\b${l}\\b`).test(roleText) && (leadersAlike(r, l) || (!!country && p.country === country)))) {
            // ("the 81-year-old American premier said": a leader of the country named, whatever the office.)
            score += 1;
            roleHit = true;
          }
        }
        // A country alone ("the Russian side") names no one.
        return { p, score: roleHit ? score : 0 };
      })
      .filter((x) => x.score > 0);
  }

  return (text: string, at: number): Entity | null => {
    // "the Pontiff" is the pope by another title.
    const raw = text.trim().replace(/[,.;:]+$/, '').replace(/\b([Pp])ontiff\b/, (_m, p: string) => (p === 'P' ? 'Pope' : 'pope'));
    if (!raw) return null;
    const lower = raw.toLowerCase();
    // "a senior official", "officials in Moscow", "two diplomats": nobody in particular.
    if (/^(?:a|an|one|two|three|several|some|many|other|unnamed|anonymous|senior)\b/.test(lower)) return null;
    if (/^(?:\p{Ll}+\s+)*\p{Ll}+s\b(?!['’])/u.test(lower.replace(/^the\s+/, '')) && !/\b(?:he|his|she|hers|its|this|was|has|is|us)$/.test(lower) && /^[\p{Ll}\s]+$/u.test(raw.replace(/^the\s+/i, '').split(/\s+(?:in|at|from|of)\s+/)[0] ?? '')) {
      const head = (raw.replace(/^the\s+/i, '').split(/\s+(?:in|at|from|of)\s+/)[0] ?? '').split(/\s+/).pop() ?? '';
      if (/[^s]s$/.test(head) && !ORG_HEADS.has(head)) return null;
    }
    // "He [Trump] will be meeting with ...", "He (PM Modi) very kindly invited us": the editor's
    // bracket says who the pronoun is.
    if (MALE.has(lower) || FEMALE.has(lower)) {
      const bracket = /^\p{L}+\s*(?:\[(\p{Lu}[^\]\n]{1,40})\]|\((\p{Lu}[^)\n]{1,40})\))/u.exec(article.text.slice(at, at + 50));
      const inside = bracket ? (bracket[1] ?? bracket[2])! : '';
      const named = bracket ? (byName(inside, at) ?? byName(inside.split(/\s+/).pop()!, at)) : null;
      if (named) return named;
    }
    if (MALE.has(lower)) return pronoun('m', at, lower === 'him');
    if (FEMALE.has(lower)) return pronoun('f', at);
    // "the 70-year-old said": the person last spoken of, like a pronoun.
    const aged = lower.match(/^the\s+\d{1,3}-year-old(?:\s+(\p{L}+))?$/u);
    if (aged) return pronoun(aged[1] && /^(?:woman|mother|grandmother)$/.test(aged[1]) ? 'f' : aged[1] && /^(?:man|father|grandfather)$/.test(aged[1]) ? 'm' : 'any', at);
    if (lower === 'it' || lower === 'its') return lastSpeakingBody(at) ?? lastOrganisation(at, () => true);
    // "the ministry", "the agency": the body of that kind named last.
    const head = lower.replace(/^the\s+/, '');
    if (ORG_HEADS.has(head)) {
      const kind = lastOrganisation(at, (e) => new RegExp(`\\b${head}\\b`, 'i').test([e.name, ...e.aliases].join(' ')));
      // '“...,” the group said in a statement' after "A Hamas delegation met ... the head of
      // Egypt’s General Intelligence Service": a body known by a bare name, not an institution.
      if (kind || !/^(?:group|movement|militia|organi[sz]ation)$/.test(head)) return kind;
      return lastOrganisation(at, (e) => !e.name.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase())) && !/^\p{Lu}{2,}$/u.test(e.name));
    }
    // "the statement said": the body that issued it.
    if (/^(?:statement|readout|communiqu[eé]|declaration)$/.test(head)) return lastOrganisation(at, () => true);
    const bare = raw.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s?$/, '');
    const named = byName(bare, at);
    if (named) return named;
    const country = countryByName(bare) ?? codeCountry(bare) ?? countryBySeat(bare) ?? countryByCapital(bare);
    if (country) return countryEntity(country.cca3);
    // "the US side", "the Iranian government": the country speaking as a state.
    const state = bare.match(/^(.+?)\s+(?:side|government|leadership|authorities|regime|administration|delegation)$/i);
    if (state) {
      const who = (state[1] as string).replace(/^the\s+/i, '');
      const c = countryByDemonym(who) ?? countryByName(who) ?? codeCountry(who) ?? countryBySeat(who) ?? countryByCapital(who);
      if (c) return countryEntity(c.cca3);
      // "the Trump administration", "the Sanchez government": the country its leader leads.
      const leader = /^(?:administration|government)$/i.test(bare.split(/\s+/).pop() ?? '') ? byName(who, at) : null;
      if (leader?.type === 'Person' && leader.country) return countryEntity(leader.country);
    }
    // Titles and honorifics in front of a name: "Mr Kim", "President Xi", "Sheikh Mohammed".
    const words = bare.split(/\s+/);
    let k = 0;
    while (k < words.length - 1 && (HONORIFICS.has(words[k]!.toLowerCase().replace(/\.$/, '')) || TITLE_WORDS.has(words[k]!.toLowerCase()) || countryByDemonym(words[k]!) || codeCountry(words[k]!))) k++;
    if (k > 0) {
      const rest = words.slice(k).join(' ');
      if (/^\p{Lu}/u.test(rest)) {
        const hit = byName(rest, at);
        if (hit) return hit;
      }
    }
    return introducedNext(lower, at) ?? byRole(words, at);
  };

  /**
   * "The leader of the major opposition Japan Innovation Party said Friday that ... \n\n Hirofumi
   * Yoshimura, who also serves as Osaka governor, said ...": a wire lede describes someone the
   * next sentence then names first. Only a description that opens its sentence, for a person
   * the article has not named before.
   */
  function introducedNext(lower: string, at: number): Entity | null {
    if (!/^(?:the\s+)?(?:\p{L}+\s+){0,2}(?:leader|head|chief|president|chairman|chairwoman|spokesperson|spokesman|spokeswoman|secretary|minister|governor|mayor)\b/u.test(lower)) return null;
    const k = partitionPoint(article.sentences, (x) => x.end <= at);
    const sent = article.sentences[k];
    const next = article.sentences[k + 1];
    if (!sent || !next || !/^\s*(?:the\s+)?$/i.test(article.text.slice(sent.start, at))) return null;
    const first = mentions.find((m) => m.start >= next.start && m.start < next.end && !article.text.slice(next.start, m.start).trim());
    const e = first ? byKey.get(first.entityKey) : undefined;
    if (!e || e.type !== 'Person' || lastMentionBefore(e.key, at) >= 0) return null;
    return /^,\s+who\b|^\s+(?:\p{Ll}+ly\s+)?(?:said|told|added|says|stressed|insisted)\b/u.test(article.text.slice(first!.end, first!.end + 30)) ? e : null;
  }
}
