/**
 * Reads capitalised runs as mentions: peels country prefixes, demonyms, titles and
 * honorifics off names ("North Korean leader Kim Jong Un"), recognises organisations by
 * head words, acronyms and media context, and countries by name, code, capital or seat.
 */
import type { Span } from './types';
import {
  countryByCapital,
  countryByCode,
  countryByDemonym,
  countryByName,
  countryBySeat,
  FEMALE_HONORIFICS,
  HONORIFICS,
  MEDIA_WORDS,
  ORG_HEADS,
  PLACE_HEADS,
  REGNAL_TITLES,
  SPEECH_VERBS,
  TITLE_WORDS,
  type CountryInfo,
} from './gazetteer';
import { findRuns, isCapitalised, tagWords, tokenize, type NameRun, type Token } from './name-scan';

export interface Draft {
  kind: 'person' | 'country' | 'org' | 'place' | 'unknown';
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** Person: the name without titles; organisation: its name; country/place: as written. */
  name: string;
  roles: string[];
  /** ISO alpha-3 of the person's country, or of a country or place mention. */
  country?: string;
  code?: string;
  gender?: 'f' | 'm';
  /** "Pope", "King": kept with a one-word name. */
  regnal?: string;
  acronym?: boolean;
  linkedAcronym?: string;
  linkedLongForm?: string;
  linkedLongFormIsOrg?: boolean;
  /** A lone word referred to as "it"/"its": an organisation if no person claims it. */
  orgLike?: boolean;
  caption?: boolean;
}

const ROLE_HEADS =
  'president|president-elect|leader|minister|premier|spokesperson|spokesman|spokeswoman|aide|envoy|counterpart|lawmaker|' +
  'adviser|advisor|official|chief|director|secretary|ambassador|diplomat|expert|analyst|senator|governor|member|head|' +
  'king|queen|prince|negotiator|commander|general|mediator|lawyer|journalist|correspondent|reporter|editor|professor|' +
  'researcher|deputy|speaker|chairman|chairwoman|chair|mayor|judge|activist|pontiff|cleric|monarch|founder|sister|' +
  'brother|son|daughter|wife|husband|predecessor|successor|colleague';
const ROLE_BEFORE = new RegExp(
  `(?:^|[,(;:]\\s*|\\b(?:the|a|an|his|her|its|their|and|with|by|to|of|from|for|as|said|told|between|including)\\s+)` +
    `((?:[\\p{L}'’.-]+\\s+){0,4}?(?:${ROLE_HEADS})),?\\s+$`,
  'u',
);
const APPOSITION_AFTER = new RegExp(
  `^,\\s+(?:(?:a|an|the|his|her|its|their)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,5}?(${ROLE_HEADS})\\b`,
  'u',
);
const FEMALE_WORDS = new Set(['sister', 'daughter', 'wife', 'queen', 'spokeswoman', 'chairwoman', 'mother', 'widow']);
const MALE_WORDS = new Set(['brother', 'son', 'husband', 'king', 'spokesman', 'chairman', 'father']);
const SPEECH_AFTER = new RegExp(`^,?\\s+(?:(?:has|had|have|also|then|later|once|previously|earlier|publicly|reportedly)\\s+)*(?:${SPEECH_VERBS})\\b`);
const PLACE_BEFORE = /\b(?:in|at|near|from|to|into|outside|inside|around|across|toward|towards|via|visit|visits|visited|visiting|arrive|arrived|arrives|arriving|reach|reached|left|leave|leaving|over|throughout)\s+(?:the\s+)?$/i;
const ORG_AFTER = /^\s+(?:news\s+agency|news|report|reports|reported|said|announced|stated|summit|member|members|officials?|spokes(?:man|woman|person)|chief|delegation|secretariat|website|channel|show|broadcast)\b/i;
const ORG_BEFORE_MEDIA = /(?:\b(?:according to|as quoted by|quoted by|cited by|interview with|interaction on|appearance on|speaking to|told|via)\s+(?:the\s+)?)$/i;
const ACRONYM_STOP = new Set(
  'AI TV GMT UTC IST EST PST AM PM FM DPM MP CEO GDP OK ID DC FILE PHOTO PHOTOS VIDEO LIVE UPDATE UPDATED NEW BREAKING II III IV VI VII VIII IX XI XII XIII XIV XV XVI WATCH READ ALSO MORE THE AND'.split(
    ' ',
  ),
);
const ROMAN = /^(?=[IVXLC]+$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

const isAcronymWord = (w: string) => /^[A-Z]{2,6}$/.test(w) && !ACRONYM_STOP.has(w) && !ROMAN.test(w);
const low = (t: Token) => t.text.toLowerCase();
const isTitle = (t: Token) => TITLE_WORDS.has(low(t)) || TITLE_WORDS.has(low(t).replace(/\.$/, ''));
const isHonorific = (t: Token) => HONORIFICS.has(low(t).replace(/\.$/, ''));
const isOrgHead = (t: Token) => ORG_HEADS.has(low(t));
const hasNameTag = (t: Token) => t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName');

/** Country codes read as countries: "US", "UK", "UAE"; not cca2 codes that are also words ("AI", "PM"). */
export function codeCountry(word: string): CountryInfo | undefined {
  const c = countryByCode(word);
  if (!c) return undefined;
  const bare = word.replace(/\./g, '');
  if (bare.length >= 3 || word.includes('.')) return c;
  const words = c.name.split(/\s+/);
  return words.length >= 2 && words.map((w) => w[0]).join('') === bare ? c : c.codes.includes(bare) && bare !== c.codes[0] ? c : undefined;
}

function countryOf(words: string): { info: CountryInfo; via: 'name' | 'code' | 'seat' | 'capital' } | undefined {
  const byName = countryByName(words);
  if (byName) return { info: byName, via: 'name' };
  const byCode = codeCountry(words);
  if (byCode) return { info: byCode, via: 'code' };
  const seat = countryBySeat(words);
  if (seat) return { info: seat, via: 'seat' };
  const cap = countryByCapital(words);
  if (cap) return { info: cap, via: 'capital' };
  return undefined;
}

export function findDrafts(text: string, paragraphs: Span[], sentenceStarts: number[]): Draft[] {
  const tags = tagWords(text);
  const starts = new Set(sentenceStarts);
  const drafts: Draft[] = [];
  const midSentenceCaps = new Set<string>();
  const runsPerParagraph = paragraphs.map((p) => {
    const tokens = tokenize(text, p.start, p.end, tags, starts);
    for (const t of tokens) if (!t.sentenceInitial && isCapitalised(t)) midSentenceCaps.add(t.text);
    return findRuns(text, tokens);
  });
  const ctx: Ctx = { text, drafts, midSentenceCaps };
  for (const runs of runsPerParagraph) {
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i] as NameRun;
      const prev = runs[i - 1];
      const possessor = prev && prev.tokens[prev.tokens.length - 1]?.possessive && /^\S*\s?$/.test(text.slice(prev.end, run.start)) ? prev : undefined;
      analyseRun(ctx, run, possessor);
    }
  }
  linkAcronyms(text, drafts);
  markOrgLike(text, drafts);
  findLowercaseMinistries(text, drafts);
  return drafts;
}

interface Ctx {
  text: string;
  drafts: Draft[];
  midSentenceCaps: Set<string>;
}

function span(ctx: Ctx, tokens: Token[]): { start: number; end: number; text: string } {
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Greedy longest country match at position i (up to five words). */
function matchCountry(ctx: Ctx, tokens: Token[], i: number): { len: number; info: CountryInfo; via: string } | undefined {
  for (let len = Math.min(6, tokens.length - i); len >= 1; len--) {
    const part = tokens.slice(i, i + len);
    if (part.some((t, k) => k < len - 1 && t.possessive)) continue;
    const words = ctx.text.slice((part[0] as Token).start, (part[len - 1] as Token).end).replace(/['’]s$/, '');
    const hit = countryOf(words.replace(/^the\s+/i, ''));
    if (hit) return { len, info: hit.info, via: hit.via };
  }
  return undefined;
}

function matchDemonym(tokens: Token[], i: number): { len: number; info: CountryInfo } | undefined {
  for (let len = Math.min(2, tokens.length - i); len >= 1; len--) {
    const words = tokens.slice(i, i + len).map((t) => t.text).join(' ');
    const info = countryByDemonym(words);
    if (info) return { len, info };
  }
  return undefined;
}

function analyseRun(ctx: Ctx, run: NameRun, possessor: NameRun | undefined) {
  let tokens = [...run.tokens];
  // A sentence's first word is capitalised anyway: drop it when it is an ordinary word.
  while (tokens.length && (tokens[0] as Token).sentenceInitial && isOrdinaryWord(ctx, tokens[0] as Token)) tokens = tokens.slice(1);
  if (!tokens.length) return;
  // Shouted headlines ("THE RESTORED SPIRE") are not names.
  if (tokens.length > 1 && tokens.every((t) => /^[A-Z]+$/.test(t.text)) && !tokens.every((t) => isAcronymWord(t.text))) return;
  let theFlag = false;
  if ((tokens[0] as Token).text === 'The' && tokens.length > 1) {
    theFlag = !(tokens[0] as Token).sentenceInitial;
    tokens = tokens.slice(1);
  }
  tokens = splitHyphenCountries(ctx, tokens);
  if (!tokens.length) return;

  const roles: string[] = [];
  let country: string | undefined;
  let gender: 'f' | 'm' | undefined;
  let regnal: string | undefined;
  let titled = false;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const c = matchCountry(ctx, tokens, i);
    if (c) {
      const part = tokens.slice(i, i + c.len);
      const rest = tokens.length - (i + c.len);
      emitCountry(ctx, part, c.info, c.via, rest > 0 || (part[part.length - 1] as Token).possessive);
      country = c.info.cca3;
      i += c.len;
      continue;
    }
    const d = matchDemonym(tokens, i);
    if (d && i + d.len < tokens.length) {
      country = d.info.cca3;
      roles.push(tokens.slice(i, i + d.len).map((x) => x.text).join(' '));
      i += d.len;
      continue;
    }
    const headAt = findOrgHead(tokens, i);
    if (headAt >= 0) {
      const end = extendOrg(tokens, headAt);
      const orgTokens = tokens.slice(i, end + 1);
      const s = span(ctx, orgTokens);
      let name = s.text;
      let start = s.start;
      // "China's Commerce Ministry", "Workers' Party": the possessor belongs to the name.
      if (i === 0 && possessor && orgTokens.length <= 3) {
        start = possessor.start;
        name = ctx.text.slice(possessor.start, s.end);
      }
      // Include a country prefix written in the same run ("US Central Command").
      if (i > 0 && country && !roles.length) {
        start = (tokens[0] as Token).start;
        name = ctx.text.slice(start, s.end);
      }
      ctx.drafts.push({ kind: 'org', start, end: s.end, text: ctx.text.slice(start, s.end), name: name.replace(/^the\s+/i, ''), roles: [] });
      i = end + 1;
      roles.length = 0;
      continue;
    }
    if (isHonorific(t)) {
      titled = true;
      if (FEMALE_HONORIFICS.has(low(t).replace(/\.$/, ''))) gender = 'f';
      i++;
      continue;
    }
    if (isTitle(t) && !(isAcronymWord(t.text) && !TITLE_WORDS.has(low(t)))) {
      // "Kim", "He", "Lee" are names; a title is a title only before more words.
      if (i === tokens.length - 1) break;
      titled = true;
      if (REGNAL_TITLES.has(low(t))) regnal = t.text;
      if (FEMALE_HONORIFICS.has(low(t))) gender = 'f';
      roles.push(t.text);
      i++;
      continue;
    }
    if (t.text === 'of' || t.text === 'the') {
      // "Director-General of the IAEA": what follows is read on its own.
      if (roles.length) {
        const restTokens = tokens.slice(i).filter((x, k) => !(k < 2 && (x.text === 'of' || x.text === 'the')));
        if (restTokens.length) analyseRun(ctx, { tokens: restTokens, start: (restTokens[0] as Token).start, end: run.end }, undefined);
        return;
      }
    }
    break;
  }
  const nameTokens = tokens.slice(i);
  if (!nameTokens.length) return;
  classifyName(ctx, nameTokens, { roles, country, gender, regnal, titled, theFlag, possessor });
}

function isOrdinaryWord(ctx: Ctx, t: Token): boolean {
  if (ctx.midSentenceCaps.has(t.text)) return false;
  if (isTitle(t) || isHonorific(t) || countryOf(t.text) || countryByDemonym(t.text)) return false;
  if (/^[A-Z]{2,}$/.test(t.text)) return false;
  const proper = ['ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Country', 'City'];
  return !proper.some((p) => t.tags.has(p));
}

/** "US-Iran", "U.S.-China", "US-based": country parts are country mentions, not name words. */
function splitHyphenCountries(ctx: Ctx, tokens: Token[]): Token[] {
  return tokens.filter((t) => {
    if (!t.text.includes('-')) return true;
    const parts = t.text.split('-');
    let offset = t.start;
    let found = false;
    const hits: { start: number; end: number; info: CountryInfo; text: string }[] = [];
    for (const p of parts) {
      const info = countryByName(p) ?? codeCountry(p);
      if (info) hits.push({ start: offset, end: offset + p.length, info, text: p });
      offset += p.length + 1;
    }
    const others = parts.filter((p) => !(countryByName(p) ?? codeCountry(p)));
    if (hits.length && others.every((p) => /^\p{Ll}/u.test(p) || countryByDemonym(p) || p === '')) {
      for (const h of hits) ctx.drafts.push({ kind: 'country', start: h.start, end: h.end, text: h.text, name: h.info.name, roles: [], code: h.info.cca3 });
      found = true;
    }
    return !found;
  });
}

function findOrgHead(tokens: Token[], from: number): number {
  let at = -1;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isOrgHead(t) && !(k === from && tokens.length - from === 1 && ['house', 'press', 'news', 'times', 'post'].includes(low(t)) && false)) at = k;
  }
  if (at < 0) return -1;
  // A head word with nothing but titles before it is a title ("House Speaker" is not ours to split).
  return at;
}

/** Org names run on over further head words and "of ..." complements. */
function extendOrg(tokens: Token[], headAt: number): number {
  let end = headAt;
  while (end + 1 < tokens.length) {
    const n = tokens[end + 1] as Token;
    if (isOrgHead(n)) {
      end++;
      continue;
    }
    if (n.text === 'of' || n.text === 'for' || (n.text === 'the' && (tokens[end] as Token).text === 'of')) {
      let k = end + 1;
      while (k < tokens.length && ['of', 'the', 'for'].includes((tokens[k] as Token).text)) k++;
      let j = k;
      while (j < tokens.length && isCapitalised(tokens[j] as Token) && !(isTitle(tokens[j] as Token) && j > k)) j++;
      if (j > k) {
        end = j - 1;
        continue;
      }
    }
    break;
  }
  return end;
}

function emitCountry(ctx: Ctx, part: Token[], info: CountryInfo, via: string, modifier: boolean) {
  const s = span(ctx, part);
  const before = ctx.text.slice(Math.max(0, s.start - 40), s.start);
  if (via === 'capital' && !modifier) {
    const after = ctx.text.slice(s.end, s.end + 3);
    // A capital named as a place ("a news conference in Paris") does not name the country.
    if (PLACE_BEFORE.test(before) || /^,\s*\p{Lu}/u.test(after)) {
      ctx.drafts.push({ kind: 'place', start: s.start, end: s.end, text: s.text, name: s.text, roles: [], code: info.cca3 });
      return;
    }
  }
  ctx.drafts.push({ kind: 'country', start: s.start, end: s.end, text: s.text, name: info.name, roles: [], code: info.cca3 });
}

interface NameInfo {
  roles: string[];
  country?: string;
  gender?: 'f' | 'm';
  regnal?: string;
  titled: boolean;
  theFlag: boolean;
  possessor?: NameRun;
}

function classifyName(ctx: Ctx, tokens: Token[], info: NameInfo) {
  const s = span(ctx, tokens);
  const last = tokens[tokens.length - 1] as Token;
  const before = ctx.text.slice(Math.max(0, s.start - 60), s.start);
  const after = ctx.text.slice(s.end, s.end + 80);
  const base = { start: s.start, end: s.end, text: s.text, name: s.text, roles: info.roles };
  // A trailing possessive mark is not part of the name.
  if (tokens.length === 1 && isAcronymWord(last.text)) {
    // "DGMO-level talks": an acronym used only as a modifier names nothing.
    if (/^-\p{Ll}/u.test(ctx.text.slice(s.end, s.end + 2))) return;
    ctx.drafts.push({ ...base, kind: 'org', acronym: true });
    return;
  }
  if (PLACE_HEADS.has(low(last)) && !info.titled) {
    ctx.drafts.push({ ...base, kind: 'place' });
    return;
  }
  const mediaBefore = MEDIA_WORDS.test(before) || ORG_BEFORE_MEDIA.test(before);
  const mediaAfter = /^\s+(?:news agency|reported|report\b|website|show\b)/i.test(after);
  if ((mediaBefore || mediaAfter) && !info.titled && !tokens.some(hasNameTag)) {
    ctx.drafts.push({ ...base, kind: 'org', name: info.theFlag ? `The ${s.text}` : s.text });
    return;
  }
  let roles = [...info.roles];
  let gender = info.gender;
  let country = info.country;
  const roleBefore = info.titled ? null : before.match(ROLE_BEFORE);
  if (roleBefore) {
    const phrase = (roleBefore[1] as string).trim();
    roles = [...roles, phrase];
    const w = phrase.split(/\s+/);
    const head = (w[w.length - 1] as string).toLowerCase();
    if (FEMALE_WORDS.has(head)) gender = 'f';
    if (MALE_WORDS.has(head)) gender = 'm';
    for (const word of w) {
      const c = countryByDemonym(word) ?? countryOf(word.replace(/['’]s$/, ''))?.info;
      if (c && !country) country = c.cca3;
    }
  }
  const appos = after.match(APPOSITION_AFTER);
  if (appos) {
    const head = (appos[1] as string).toLowerCase();
    if (FEMALE_WORDS.has(head)) gender = 'f';
    if (MALE_WORDS.has(head)) gender = 'm';
  }
  const personTag = tokens.some((t) => t.tags.has('Person') || hasNameTag(t));
  const evidence =
    info.titled ||
    !!roleBefore ||
    !!appos ||
    /^\s+administration\b/.test(after) ||
    (tokens.length >= 2 && (hasNameTag(tokens[0] as Token) || personTag)) ||
    (tokens.length >= 2 && SPEECH_AFTER.test(after)) ||
    (tokens.length === 1 && (last.tags.has('LastName') || (last.tags.has('Person') && !last.tags.has('Place'))));
  if (evidence && tokens.length <= 7) {
    ctx.drafts.push({
      ...base,
      kind: 'person',
      roles,
      ...(country ? { country } : {}),
      ...(gender ? { gender } : {}),
      ...(info.regnal ? { regnal: info.regnal } : {}),
    });
    return;
  }
  if (info.theFlag && !last.tags.has('Place')) {
    ctx.drafts.push({ ...base, kind: 'org', name: `The ${s.text}` });
    return;
  }
  if (tokens.length === 1) {
    ctx.drafts.push({ ...base, kind: 'unknown' });
    return;
  }
  if (tokens.some((t) => t.tags.has('Place'))) ctx.drafts.push({ ...base, kind: 'place' });
}

/** "Asia-Pacific Economic Cooperation (APEC)", "(National Intelligence Services) NIS". */
function linkAcronyms(text: string, drafts: Draft[]) {
  for (const a of drafts.filter((d) => d.acronym)) {
    const before = text.slice(Math.max(0, a.start - 2), a.start);
    const after = text.slice(a.end, a.end + 1);
    let long: Draft | undefined;
    if (before.endsWith('(') && after === ')') {
      long = drafts.find((d) => d !== a && d.end <= a.start && a.start - d.end <= 3 && d.kind !== 'country');
      if (!long) {
        // The long form may not have been read as anything yet ("Indus Waters Treaty (IWT)").
        const m = text.slice(Math.max(0, a.start - 80), a.start - 1).match(/((?:\p{Lu}[\p{L}'’-]*\s+(?:of\s+(?:the\s+)?)?)+)\s*$/u);
        if (m) {
          a.linkedLongForm = (m[1] as string).trim();
          a.linkedLongFormIsOrg = false;
          continue;
        }
      }
    } else {
      const m = text.slice(a.end + 1 >= text.length ? a.end : Math.max(0, a.start - 60), a.start).match(/\(([^()]+)\)\s*$/);
      if (m) long = drafts.find((d) => d !== a && d.end <= a.start && d.start >= a.start - 60 && d.kind === 'org');
    }
    if (long) {
      a.linkedLongForm = long.name;
      a.linkedLongFormIsOrg = long.kind === 'org';
      if (long.kind === 'org') long.linkedAcronym = a.name;
    }
  }
}

/** A lone unknown word that the next words call "it" or "its" ("Hamas has confirmed that five of its officials"). */
function markOrgLike(text: string, drafts: Draft[]) {
  for (const d of drafts.filter((x) => x.kind === 'unknown')) {
    const sentenceRest = (text.slice(d.end, d.end + 90).split(/[.!?]\s/)[0] ?? '');
    const before = text.slice(Math.max(0, d.start - 30), d.start);
    if (PLACE_BEFORE.test(before)) continue;
    const possessiveMember = /^['’]s?\s+(?:political|military|armed|senior|top)?\s*(?:bureau|wing|leader|leadership|chief|officials?|members?|fighters|spokesman|spokesperson)\b/.test(text.slice(d.end, d.end + 40));
    if (/\b(?:it|its)\b/.test(sentenceRest) || possessiveMember) d.orgLike = true;
  }
  // One occurrence read as "it"/"its" makes every occurrence of the word an organisation.
  const orgWords = new Set(drafts.filter((d) => d.orgLike).map((d) => d.name));
  const placeWords = new Set(
    drafts.filter((d) => d.kind === 'unknown' && PLACE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start))).map((d) => d.name),
  );
  for (const d of drafts) if (d.kind === 'unknown' && orgWords.has(d.name) && !placeWords.has(d.name)) d.orgLike = true;
  for (const d of drafts) if (d.kind === 'unknown' && placeWords.has(d.name)) d.orgLike = false;
}

/** "the Iranian foreign ministry": a ministry named by its country's adjective. */
function findLowercaseMinistries(text: string, drafts: Draft[]) {
  const re = /\b((\p{Lu}[\p{L}]+)\s+(?:foreign|defen[cs]e|interior|commerce|finance|trade|justice|health|information)\s+ministry)\b/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!countryByDemonym(m[2] as string)) continue;
    drafts.push({ kind: 'org', start: m.index, end: m.index + (m[1] as string).length, text: m[1] as string, name: m[1] as string, roles: [] });
  }
}
