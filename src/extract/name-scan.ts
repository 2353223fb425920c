/**
 * Finds runs of capitalised words ("US President Donald Trump", "Ministry of Foreign
 * Affairs") and tags each word with compromise's part-of-speech guesses.
 */
import nlp from 'compromise/two';
import { countryByDemonym, countryByName, ORG_HEADS, TITLE_WORDS } from './gazetteer';

export interface Token {
  /** The word without a possessive ending or sentence-final dot. */
  text: string;
  start: number;
  end: number;
  /** Ends in 's or s' (the run breaks after it). */
  possessive: boolean;
  /** Compromise's tags for the word. */
  tags: Set<string>;
  /** First word of a sentence (its capital says nothing). */
  sentenceInitial: boolean;
}

export interface NameRun {
  tokens: Token[];
  start: number;
  end: number;
}

// Dotted acronyms ("U.S.") and initials ("J.") keep their dots; other words stop at a dot,
// so "Korea.She" (a missing space) reads as two words.
// ("BRASILIA--President Luiz Inacio Lula da Silva": a double hyphen ends a dateline, not a word.)
// ("the Korea-U.S. alliance": a dotted abbreviation after a hyphen stays in the word.)
const WORD = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s\p{Lu})|[\p{L}\p{N}][\p{L}\p{N}'’`]*(?:-[\p{L}\p{N}'’`]+)*-(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}'’`]|-(?!-))*\.?/gu;
const CONNECTORS = new Set(['of', 'bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'du', 'van', 'von', 'der', 'la', 'le']);
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|ar|an|az|bin|ibn|abu|de|van|von|du|da|di|la|le)-\p{Lu}/u;
const DOTTED = /^(?:\p{L}\.){1,}$/u;
const ABBREV = /^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Prof|Jr|Sr|Rev|Hon)\.$/;

export function tagWords(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const [from, to] of taggingChunks(text)) {
    const doc = nlp(from === 0 && to === text.length ? text : text.slice(from, to));
    const json = doc.json({ offset: true, terms: { offset: true } }) as {
      terms: { offset: { start: number }; tags: string[] }[];
    }[];
    for (const s of json) for (const t of s.terms) out.set(from + t.offset.start, new Set(t.tags));
  }
  return out;
}

/** Longest stretch without a sentence end that compromise is given whole. */
const RUN_ON = 3000;

/**
 * The text in one piece, unless it holds a run-on stretch (a list or a page without stops):
 * compromise takes superlinear time in a sentence's length, so such a text is tagged in pieces
 * cut at sentence ends, and a stretch longer than RUN_ON at spaces.
 */
function taggingChunks(text: string): [number, number][] {
  const ends = [0];
  for (const m of text.matchAll(/[.!?]["”’)]?\s+|\n+/g)) ends.push(m.index + m[0].length);
  ends.push(text.length);
  if (ends.every((e, k) => k === 0 || e - ends[k - 1]! <= RUN_ON)) return [[0, text.length]];
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 1; k < ends.length; k++) {
    const end = ends[k]!;
    if (end - start <= RUN_ON) continue;
    const prev = ends[k - 1]!;
    if (prev > start) out.push([start, prev]);
    start = prev;
    // One stretch longer than RUN_ON: cut it at spaces.
    while (end - start > RUN_ON) {
      const space = text.lastIndexOf(' ', start + RUN_ON);
      const cut = space > start ? space + 1 : start + RUN_ON;
      out.push([start, cut]);
      start = cut;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

export function tokenize(text: string, from: number, to: number, tags: Map<number, Set<string>>, sentenceStarts: Set<number>): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    if (!DOTTED.test(word) && !ABBREV.test(word)) word = word.replace(/\.+$/, '');
    // (U+02BC, a letter that transliterations use as an apostrophe: "Zelenskyʼs".)
    const poss = word.match(/^(.+?)(?:['’`ʼ]s|s['’`ʼ])$/u);
    // "al-Sharaa’s": a name may start with a lower-case particle.
    if (poss && (/\p{Lu}/u.test(word[0] ?? '') || PARTICLE_PREFIX.test(word))) {
      possessive = true;
      word = /s['’`ʼ]$/u.test(word) ? word.slice(0, -1) : (poss[1] as string);
    }
    word = word.replace(/['’`ʼ-]+$/u, '');
    if (!word) continue;
    // Contractions ("I'm", "We're") are never names.
    if (/['’](?:m|re|ve|ll|d|t)$/i.test(word)) continue;
    const prefix = text.slice(Math.max(from, start - 4), start);
    // After a sentence start, an opening quote mark, a colon or a dash, a capital says nothing.
    const initial =
      sentenceStarts.has(start) ||
      /^\s*$/.test(text.slice(from, start)) ||
      /(?:^|[\s(:\u2014\u2013-])["“‘'`(]\s*$/.test(prefix) ||
      // ("willing to fly to Istanbul… If Putin flies": an ellipsis ends a sentence too.)
      /[:.!?\u2014\u2013\u2026]["”’)]?\s+$/.test(prefix) ||
      /^\s*["“‘'`]$/.test(prefix);
    let wordTags = tags.get(start) ?? new Set<string>();
    // "August Wöginger, the ÖVP’s parliamentary leader": a month that is also a first name, before
    // a capitalised word and after nothing that takes a date, is the first name.
    if (MONTH_FIRST_NAMES.has(word) && !/\b(?:in|on|of|since|until|till|from|by|last|next|this|early|late|mid|through|during|before|after|between|and|to|since|or)\s+$/i.test(text.slice(Math.max(from, start - 10), start)) &&
      /^ \p{Lu}\p{Ll}+(?:\s|[,’'])/u.test(text.slice(start + word.length, start + word.length + 30)) && !/^ (?:\d|[A-Z][a-z]+day\b)/.test(text.slice(start + word.length, start + word.length + 12))) {
      wordTags = new Set([...wordTags].filter((t) => !DATE_TAGS.includes(t)));
    }
    out.push({ text: word, start, end: start + word.length, possessive, tags: wordTags, sentenceInitial: initial });
  }
  return out;
}

/** Months that are also first names ("April Ryan", "June Almeida", "August Wöginger"). */
export const MONTH_FIRST_NAMES = new Set(['April', 'June', 'August']);

const DATE_TAGS = ['Month', 'WeekDay', 'Date'];
export const isCapitalised = (t: Token) =>
  (/^\p{Lu}/u.test(t.text) || PARTICLE_PREFIX.test(t.text)) && !DATE_TAGS.some((d) => t.tags.has(d));

const numberAfterOf = (cur: Token[]) => /^\d{1,3}$/.test((cur[cur.length - 1] as Token).text) && (cur[cur.length - 2] as Token | undefined)?.text === 'of';

/** Whether the "and" at `i` joins two halves of one body's name (see findRuns). */
function andInBody(text: string, tokens: Token[], i: number, cur: Token[]): boolean {
  const first = cur[0] as Token;
  const opensBody = first.text === 'The' || /(?:\bthe|\p{L}[’']s)\s+$/iu.test(text.slice(Math.max(0, first.start - 4), first.start)) || ORG_HEADS.has(first.text.toLowerCase());
  if (!opensBody || countryByName(cur.map((x) => x.text).join(' '))) return false;
  let prevEnd = (tokens[i] as Token).end;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const x = tokens[k] as Token;
    if (text.slice(prevEnd, x.start) !== ' ' || !isCapitalised(x) || /^[A-Z]{2,}$/.test(x.text)) return false;
    const next = tokens[k + 1];
    const ends = !next || text.slice(x.end, next.start) !== ' ' || !isCapitalised(next) || x.possessive;
    if (ends) return ORG_HEADS.has(x.text.toLowerCase()) || x.text === 'Forum';
    prevEnd = x.end;
  }
  return false;
}

/**
 * "the Court of Arbitration for Sport (CAS)", "the Community of Latin American and Caribbean
 * States (CELAC)": the "for" or "and" at `i` goes on to capitalised words that end where an
 * abbreviation in brackets, with the name's first letter, follows; one body's name.
 */
function closedByAbbreviation(text: string, tokens: Token[], i: number, cur: Token[]): boolean {
  const first = cur.find((x) => x.text !== 'The');
  if (!first || cur.length < 2) return false;
  let prevEnd = (tokens[i] as Token).end;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const x = tokens[k] as Token;
    if (text.slice(prevEnd, x.start) !== ' ' || !isCapitalised(x) || /^[A-Z]{2,}$/.test(x.text)) return false;
    const abbreviation = /^\s*\((\p{Lu}{2,7})\)/u.exec(text.slice(x.end, x.end + 12));
    if (abbreviation) return (abbreviation[1] as string)[0] === first.text[0];
    prevEnd = x.end;
  }
  return false;
}

/** "Bosnia and Herzegovina", "Trinidad and Tobago": a country named with "and". */
function andInCountry(tokens: Token[], i: number, cur: Token[]): boolean {
  for (let back = 1; back <= Math.min(3, cur.length); back++) {
    const head = cur.slice(-back).map((x) => x.text).join(' ');
    for (let ahead = 1; ahead <= 3 && i + ahead < tokens.length; ahead++) {
      const tail = tokens.slice(i + 1, i + 1 + ahead).map((x) => x.text).join(' ');
      if (countryByName(`${head} and ${tail}`.replace(/[’']s$/, ''))) return true;
    }
  }
  return false;
}

/** Capitalised words from `i` that reach a body's head word within four. */
function bodyAhead(tokens: Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k] as Token;
    if (!isCapitalised(t)) return false;
    if (ORG_HEADS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/** A body's head word followed by "of" ("Ministry of", "Department of") in the run so far. */
const ofBody = (cur: Token[]) => cur.some((x, k) => ORG_HEADS.has(x.text.toLowerCase()) && cur[k + 1]?.text === 'of');
/** "Industry and Competition (DTIC) said": capitalised fields, the last after "and", then the name ends. */
// (Or at the end of a line: a credit "Courtesy of the Ministry of Trade, Industry and Energy".)
const FIELD_LIST = /^(?:\p{Lu}[\p{L}-]*,\s)*\p{Lu}[\p{L}-]*,?\s+and\s+\p{Lu}[\p{L}-]*(?=\s*\(|\s*[,.;:]|\s+\p{Ll}|[ \t]*(?:\n|$))/u;

/** Runs of capitalised words joined by single spaces (and "of", "bin", "al" ...). */
export function findRuns(text: string, tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let cur: Token[] = [];
  let fields = false;
  const flush = () => {
    fields = false;
    while (cur.length && !isCapitalised(cur[cur.length - 1] as Token) && !numberAfterOf(cur)) cur.pop();
    if (cur.length) runs.push({ tokens: cur, start: (cur[0] as Token).start, end: (cur[cur.length - 1] as Token).end });
    cur = [];
  };
  let nickEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = cur[cur.length - 1];
    const gap = prev ? text.slice(nickEnd > prev.end ? nickEnd : prev.end, t.start) : '';
    // `Jose Manuel "Babe" Romualdez`: a quoted nickname inside a name is skipped, the name goes on.
    if (prev && isCapitalised(prev) && isCapitalised(t) && /^ ["“]$/.test(text.slice(prev.end, t.start)) && /^["”] \p{Lu}/u.test(text.slice(t.end, t.end + 3))) {
      nickEnd = t.end + 1;
      continue;
    }
    // "National Security Advisor (NSA) Ajit Doval": the title's acronym is skipped, the name goes on.
    if (prev && TITLE_WORDS.has(prev.text.toLowerCase()) && /^[A-Z]{2,5}$/.test(t.text) && text.slice(prev.end, t.start) === ' (' && /^\) \p{Lu}/u.test(text.slice(t.end, t.end + 3))) {
      nickEnd = t.end + 1;
      continue;
    }
    // "(US President) Donald (Trump)": a one-word parenthesis inside a name; not an acronym (nor
    // after one: "Chief Adviser's (CA) Deputy Press Secretary"), nor
    // a party and state ("Hakeem Jeffries (D-NY)", "Johnson (R-La.)") or a party ("Jan Jambon
    // (N-VA)"), nor a people's adjective
    // ("the (Kurdish) Internal Security Forces"), nor a photo's side ("Ursula von der Leyen (R)").
    // ("Chief Adviser's (CA) Deputy Press Secretary": an abbreviation alone in brackets.)
    const afterAbbreviation = !!prev && text[prev.start - 1] === '(' && /^\p{Lu}{2,6}$/u.test(prev.text);
    const parenthesised =
      !/^\p{Lu}[\p{Lu}\d]+$/u.test(t.text) && !/^\p{Lu}+-\p{Lu}+$/u.test(t.text) && !/^[DRI]-\p{Lu}/u.test(t.text) && !/^[A-Z]$/.test(t.text) &&
      // ("the Confederation of Indigenous Nationalities of Ecuador (Conaie)": after a long name, its short form.)
      // ("Conner Rousseau (Vooruit)": after a whole name, the party.)
      ((gap === ' (' && text[t.end] === ')' && !cur.some((x) => x.text === 'of' || x.text === 'for') && cur.filter((x) => !TITLE_WORDS.has(x.text.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(x.text)).length <= 1) || (gap === ') ' && !!prev && text[prev.start - 1] === '(' && !countryByDemonym(prev.text) && !/^[A-Z]$/.test(prev.text) && !afterAbbreviation));
    // "Mohammed Shia’ al-Sudani" (or "Shia' al-Sudani"): an apostrophe that marks a sound, not a
    // possessive, stays inside.
    const transliterated = /^['’ʼ] $/u.test(gap) && !!prev && !/s$/.test(prev.text) && /^(?:al|el|ad|ash|as|at|az|ar|an)-/i.test(t.text);
    // "[Ana] Brnabić", "[Venezuela’s President Nicolás] Maduro": an editor's bracket inside a name.
    // ("(Belarusian authoritarian president Alexander) Lukashenko": an editor's parenthesis too.)
    const bracketed =
      (gap === '] ' && !!prev && text.lastIndexOf('[', prev.start) > text.lastIndexOf(']', prev.start)) ||
      (gap === ') ' && !!prev && text.lastIndexOf('(', prev.start) > text.lastIndexOf(')', prev.start) && prev.start - text.lastIndexOf('(', prev.start) < 80 && !afterAbbreviation) ||
      (gap === ' [' && /^[^\[\]]{1,40}\] \p{Lu}/u.test(text.slice(t.start)));
    // "the Department of Trade, Industry and Competition (DTIC)", "Ministry of Trade, Industry and
    // Energy": a list of the fields a ministry covers stays inside its name.
    const fieldList = !!prev && gap === ', ' && isCapitalised(t) && ofBody(cur) && FIELD_LIST.test(text.slice(t.start, t.start + 120));
    if (fieldList) fields = true;
    // ("the Supreme People’s Assembly", "the People's Liberation Army": "People’s" inside a body's name.)
    const peoples = !!prev && prev.possessive && prev.text === 'People' && bodyAhead(tokens, i);
    const joined = prev && (!prev.possessive || peoples) && (gap === ' ' || peoples || parenthesised || transliterated || bracketed || fieldList);
    // "the March 23 Movement (M23)": a date that names a body, before the body's head word.
    const dated = tokens[i + 1];
    const head = tokens[i + 2];
    if (
      t.tags.has('Month') && /^\p{Lu}/u.test(t.text) && dated && head && /^\d{1,2}$/.test(dated.text) && ORG_HEADS.has(head.text.toLowerCase()) && /^\p{Lu}/u.test(head.text) &&
      text.slice(t.end, dated.start) === ' ' && text.slice(dated.end, head.start) === ' '
    ) {
      if (!joined) flush();
      cur.push(t, dated, head);
      i += 2;
      continue;
    }
    if (isCapitalised(t)) {
      if (!joined) flush();
      // ("fighting al Shabaab", "an affiliate of al Qaeda": a lower-case article of an Arabic
      // name opens it.)
      const article = tokens[i - 1];
      if (!cur.length && article && /^(?:al|el)$/.test(article.text) && text.slice(article.end, t.start) === ' ') cur.push(article);
      cur.push(t);
      continue;
    }
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    const connector =
      joined && CONNECTORS.has(t.text) && next && /^ $/.test(text.slice(t.end, next.start)) &&
      (isCapitalised(next) ||
        (next.text === 'the' && t.text === 'of') ||
        // "Ursula von der Leyen": a chain of particles before a capitalised word.
        (CONNECTORS.has(next.text) && next.text !== 'of' && !!afterNext && isCapitalised(afterNext) && /^ $/.test(text.slice(next.end, afterNext.start))));
    if (connector) {
      cur.push(t);
      continue;
    }
    // "the Food and Agriculture Organization", "the Hostages and Missing Families Forum", "the
    // Department of Health and Human Services": "and" inside a body's name, when what follows it
    // ends in a body's head word and the name opens after "the" (or with a ministry's word).
    if (joined && t.text === 'and' && !!prev && isCapitalised(prev) && ((fields && !!next && isCapitalised(next)) || andInBody(text, tokens, i, cur) || closedByAbbreviation(text, tokens, i, cur) || andInCountry(tokens, i, cur))) {
      cur.push(t);
      continue;
    }
    // "Agency for International Development", "Office for the Coordination of Humanitarian
    // Affairs": "for" inside a body's name, after its head word.
    const forBody =
      joined && t.text === 'for' && !!prev && (ORG_HEADS.has(prev.text.toLowerCase()) || prev.text === 'Office') && next && /^ $/.test(text.slice(t.end, next.start)) &&
      (isCapitalised(next) || (next.text === 'the' && !!afterNext && isCapitalised(afterNext))) &&
      // ("the African Union Commission for Somalia": a country alone is whom it serves, not its name.)
      !(countryByName(next.text) && !(afterNext && isCapitalised(afterNext) && /^ $/.test(text.slice(next.end, afterNext.start))));
    if (forBody || (joined && t.text === 'for' && !!prev && isCapitalised(prev) && closedByAbbreviation(text, tokens, i, cur))) {
      cur.push(t);
      continue;
    }
    // "Group of 20": a number after "of" ends the name.
    if (joined && t.text === 'of' && next && /^\d{1,3}$/.test(next.text) && /^ $/.test(text.slice(t.end, next.start)) && !!prev && isCapitalised(prev)) {
      cur.push(t, next);
      i++;
      flush();
      continue;
    }
    if (joined && t.text === 'the' && (prev?.text === 'of' || prev?.text === 'for') && next && isCapitalised(next)) {
      cur.push(t);
      continue;
    }
    flush();
  }
  flush();
  return runs;
}
