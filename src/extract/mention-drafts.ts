/**
 * Reads capitalised runs as mentions: peels country prefixes, demonyms, titles and
 * honorifics off names ("North Korean leader Kim Jong Un"), recognises organisations by
 * head words, acronyms and media context, and countries by name, code, capital or seat.
 */
import type { Span } from './types';
import {
  COUNTRY_BY_CODE,
  countryByCapital,
  countryByCode,
  countryByDemonym,
  countryByName,
  countryBySeat,
  FEMALE_HONORIFICS,
  ASIDE_ADVERBS,
  HONORIFIC_PAIRS,
  HONORIFICS,
  MEDIA_WORDS,
  ORG_HEADS,
  PLACE_HEADS,
  REGIONS,
  isRegionName,
  HOLIDAYS,
  REGNAL_TITLES,
  SPEECH_VERBS,
  STYLES,
  TITLE_WORDS,
  UNION_CAPITALS,
  type CountryInfo,
} from './gazetteer';
import nlp from 'compromise/two';
import { foldName } from '../graph/ids';
import { NEWS_AGENCIES } from '../read/boilerplate';
import { MONTH_FIRST_NAMES, findRuns, isCapitalised, tagWords, tokenize, type NameRun, type Token } from './name-scan';
import { escapeRegExp } from './names';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Organization', 'ProperNoun', 'Honorific'];
/** A word the dictionary knows as something other than a name ("Visit", "However"). */
/**
 * A capitalised word that reads as a word of the language: in the lexicon, built with a
 * suffix that makes common nouns ("Operation"), or written in lower case elsewhere in `text`.
 */
export function isCommonWord(word: string, lowerWords: ReadonlySet<string> = new Set()): boolean {
  if (isDictionaryWord(word) || /(?:tion|sion|ment|ness|ity|ism|ship)$/i.test(word)) return true;
  const lower = word.toLowerCase();
  return lower !== word && lowerWords.has(lower);
}

/** The words `text` writes in lower case, for `isCommonWord` (read once per article). */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu) ?? []);
}

/** The lexicon's tags for a word, in lower case; none when it does not know the word. */
function lexiconTags(word: string): string[] {
  const entry = LEXICON[word.toLowerCase()];
  return !entry ? [] : Array.isArray(entry) ? entry : [entry];
}

/** A word the lexicon knows only as a conjunction, preposition, determiner or question word. */
function isFunctionWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => ['Conjunction', 'Preposition', 'Determiner', 'QuestionWord', 'Pronoun'].includes(t));
}

export function isDictionaryWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.includes(t));
}

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
  /** A lone word that behaves like a person (says things, "who", "was the president"). */
  personCue?: boolean;
  /** Called the other's kin right after the name ("Kim Yo Jong, sister of ..."). */
  kin?: boolean;
  /** "the younger Kim", "the elder Bush": which of a family the word picks out. */
  rank?: 'younger' | 'elder';
  caption?: boolean;
}

const ROLE_HEADS =
  'president|president-elect|leader|minister|premier|spokesperson|spokesman|spokeswoman|aide|envoy|counterpart|lawmaker|' +
  'adviser|advisor|official|chief|director|secretary|ambassador|ambassador-designate|representative|diplomat|expert|analyst|senator|governor|member|head|' +
  'king|queen|prince|negotiator|commander|general|mediator|lawyer|journalist|correspondent|reporter|editor|professor|' +
  'researcher|deputy|speaker|chairman|chairwoman|chairperson|chair|mayor|judge|activist|pontiff|cleric|monarch|founder|sister|' +
  'brother|son|daughter|wife|husband|predecessor|successor|colleague|chief of staff|head of state|head of government|MP|MEP|' +
  'justice|prosecutor|attorney|candidate|nominee|commissioner|legislator|congressman|congresswoman|businessman|businesswoman|billionaire|tycoon|ruler|strongman|formateur|informateur|' +
  // ("French-Algerian novelist Boualem Sansal": a calling before the name.)
  'novelist|writer|poet|economist|historian|filmmaker|blogger|dissident|scholar|scientist|academic|singer|actor|actress|priest|imam|rabbi';
const ROLE_BEFORE = new RegExp(
  `(?:^|\\n|[,(;:."“”’]\\s*|\\b(?:the|a|an|his|her|its|their|and|with|by|to|of|from|for|as|said|told|between|including)\\s+)` +
    `((?:[\\p{L}'’-]+[ \\t]+){0,4}?(?:${ROLE_HEADS})),?[ \\t]+$`,
  'u',
);
/** ", Green co-leader", ", Labour MP": capitalised words, then a role, after a name's comma. */
const ROLE_AFTER_NAMES = new RegExp(`^,\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:co-|deputy\\s+|vice\\s+)?(?:${ROLE_HEADS})\\b`, 'u');
/** The role heads capitalised, as in a title ("the United States Trade Representative"). */
const ROLE_HEADS_CAPITALISED = ROLE_HEADS.split('|').map((h) => h[0]!.toUpperCase() + h.slice(1)).join('|');
/** "his counterpart, the United States Trade Representative, Jamieson Greer": a capitalised office, then the name after its comma. */
const OFFICE_BEFORE = new RegExp(
  `\\b(?:the|a|an|his|her|its|their)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?:${ROLE_HEADS_CAPITALISED})),\\s+$`,
  'u',
);
/** "has formally invited Chinese leader": a capitalised role phrase right after any verb, beyond ROLE_BEFORE's reach. */
const ROLE_OPENS_SENTENCE = new RegExp(`(?:^|[.!?]["”]?\\s+|\\n)(?:An?|The)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${ROLE_HEADS})\\b[^,.;:“”"]{0,80},\\s+$`, 'u');
/** "the President of the Trade Union Congress (TUC), Festus Osifo": an office of a body, then the name. */
const ROLE_OF_BODY_BEFORE = new RegExp(
  `\\b(?:the|a|an|The|A|An)\\s+((?:[\\p{L}'’-]+\\s+){0,2}(?:${ROLE_HEADS}|${ROLE_HEADS_CAPITALISED})\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,6}?(?:\\(\\p{Lu}[\\p{L}]*\\)\\s*)?),\\s+$`,
  'u',
);
const ROLE_AFTER_WORD = new RegExp(`\\b\\p{Ll}+[ \\t]+((?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3}(?:${ROLE_HEADS})),?[ \\t]+$`, 'u');
const APPOSITION_AFTER = new RegExp(
  `^,\\s+(?!(?:is|was|are|were|has|had|have|will|would|said|says|located|based|which|where|as|while|when|after|before|because|since|but|though|although|if|until|even)\\b)(?:(?:a|an|the|his|her|its|their)\\s+)?(?:[\\p{L}'’.-]+\\s+){0,4}?(${ROLE_HEADS})\\b`,
  'u',
);
const POST_OF_AFTER = new RegExp(`^,\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?[\\p{L}.-]+['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(${ROLE_HEADS})\\b`, 'iu');
/**
 * Groups named by a letter and a count: of countries ("G7", "G-20", "E3", "P5", "C5") and armed
 * groups ("M23"). Not Q or H (quarters, halves of a year), nor F, B or A (aircraft, paper sizes).
 */
const GROUP_CODE = /^(?:G-?\d{1,2}|[EPCM]\d{1,2})$/;
/** Plural nouns of members of a party or creed ("Democrats", "Socialists", "Conservatives"). */
/** What a ministry or a commissioner is for: the words of a portfolio in an office's name. */
const PORTFOLIO_WORDS = new Set(
  (
    'policy affairs security defence defense trade finance economy economic development cooperation relations commerce ' +
    'industry energy health justice interior agriculture education environment climate labour labor transport tourism ' +
    'culture investment planning infrastructure resources competition innovation technology communications sport sports youth housing presidency ' +
    'employment immigration migration welfare fisheries mining petroleum information'
  ).split(' '),
);
const COLLECTIVE = /^\p{Lu}\p{Ll}+(?:crats|ists|icans|ians|atives)$/u;
const FEMALE_WORDS = new Set(['sister', 'daughter', 'wife', 'queen', 'spokeswoman', 'chairwoman', 'mother', 'widow']);
const MALE_WORDS = new Set(['brother', 'son', 'husband', 'king', 'spokesman', 'chairman', 'father']);
const FINITE_SPEECH = SPEECH_VERBS.split('|').filter((v) => !v.endsWith('ing')).join('|');
const SPEECH_AFTER = new RegExp(
  // ("Ichiro Aisawa, meanwhile, said": an adverb set off by commas before the verb.)
  `^(?:(?:,\\s+(?:${ASIDE_ADVERBS}),)?\\s+(?:(?:has|had|have|also|then|later|once|previously|earlier|publicly|reportedly|firmly|further|originally)\\s+)*(?:${FINITE_SPEECH})\\b|,\\s+(?:who|speaking|writing|addressing|responding)\\b)`,
);
/** "Ajit Doval met with Chinese Foreign Minister Wang Yi": who meets someone named is a person. */
const MEETS_AFTER = /^\s+(?:(?:has|had|also|then|later|earlier|separately|briefly)\s+)*(?:met|meets|hosted|received)\s+(?:with\s+)?\p{Lu}/u;
const ROLE_AFTER_QUALIFIER = new RegExp(`^\\s+(?:${ROLE_HEADS})\\b`);
const COPULA_ROLE = new RegExp(`^\\s+(?:was|is|became|has been|had been)\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_HEADS})\\b`, 'u');
/** "the government in Seoul": a capital standing for its government. */
const GOVERNMENT_IN = /\b(?:government|administration|regime|leadership|authorities|officials)\s+in\s+$/i;
const PLACE_BEFORE = /\b(?:in|at|near|from|to|into|outside|inside|around|across|toward|towards|via|visit|visits|visited|visiting|arrive|arrived|arrives|arriving|reach|reached|left|leave|leaving|over|throughout)\s+(?:the\s+)?$/i;
const ORG_AFTER = /^\s+(?:news\s+agency|news|report|reports|reported|said|announced|stated|summit|member|members|officials?|spokes(?:man|woman|person)|chief|delegation|secretariat|website|channel|show|broadcast)\b/i;
const ORG_BEFORE_MEDIA = /(?:\b(?:according to|as quoted by|quoted by|cited by|reported by|interview with|interaction on|appearance on|speaking to|told|via)\s+(?:the\s+)?)$/i;
const ACRONYM_STOP = new Set(
  ('AI TV GMT UTC IST EST PST AM PM FM DPM MP CEO GDP OK ID DC FILE PHOTO PHOTOS VIDEO LIVE UPDATE UPDATED NEW BREAKING II III IV VI VII VIII IX XI XII XIII XIV XV XVI WATCH READ ALSO MORE THE AND NO YES OF IN ON TO BY AT IS IT WE HE ' +
    // Words shouted for emphasis ("we do NOT have a deal").
    'NOT NEVER ALL ANY NOW DO DID WILL CAN MUST ONLY VERY THIS THAT HAS HAVE ARE WAS BE OR IF BUT SO ME MY YOU SHE THEY OUR YOUR').split(
    ' ',
  ),
);
const ROMAN = /^(?=[IVXLC]+$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

/** "NATO", "IAEA"; dotted forms ("U.N.") read as the same acronym. */
/** Words that make an organisation's name generic, so its country's possessive belongs to it ("China's Commerce Ministry"). */
const GENERIC_ORG_WORDS = new Set(
  'of the and for on foreign affairs commerce trade defence defense interior home finance health justice information public economic economy industry energy education culture external national central people’s people\'s federal'.split(' '),
);
const isAcronymWord = (w: string) => {
  const bare = /^(?:[A-Z]\.){2,5}$/.test(w) ? w.replace(/\./g, '') : w;
  return /^\p{Lu}{2,6}$/u.test(bare) && !ACRONYM_STOP.has(bare) && !ROMAN.test(bare);
};
const low = (t: Token) => t.text.toLowerCase();
/** Last words of countries' names of two words or more ("Korea" of "South Korea"). */
const COUNTRY_NAME_ENDS = new Set([...COUNTRY_BY_CODE.values()].flatMap((c) => [c.name, ...c.names]).filter((n) => /\s/.test(n)).map((n) => n.split(/\s+/).pop() as string));
/** Rank abbreviations that join into one title word ("Lt-Gen", "Maj-Gen", "Brig-Gen"). */
const RANK_PARTS = new Set(['lt', 'gen', 'maj', 'brig', 'col', 'adm', 'cmdr', 'capt', 'sgt', 'vice', 'rear', 'lieutenant', 'general', 'major', 'colonel', 'admiral']);
/** Ranks before a title: "Deputy Press Secretary", Kenya's "Prime Cabinet Secretary". */
const RANK_OF_TITLE = /^(?:Deputy|Assistant|Acting|Senior|Vice|Principal|Associate|Former|Chief|Prime)$/;
const isTitle = (t: Token) =>
  TITLE_WORDS.has(low(t)) ||
  TITLE_WORDS.has(low(t).replace(/\.$/, '')) ||
  // ("Mayor-elect Zohran Mamdani", "Chancellor-designate": an office not yet taken.)
  TITLE_WORDS.has(low(t).replace(/-(?:elect|designate)$/, '')) ||
  (low(t).includes('-') && low(t).split('-').every((p) => RANK_PARTS.has(p.replace(/\.$/, '')))) ||
  // ("US Vice-President JD Vance", "Vice-Chancellor": "vice" joined to an office.)
  (/^vice-/.test(low(t)) && TITLE_WORDS.has(low(t).slice(5))) ||
  // "Senators Jeanne Shaheen, Lindsey Graham": a plural title before a list of names.
  (/^\p{Lu}\p{Ll}+s$/u.test(t.text) && PERSON_TITLES.has(low(t).slice(0, -1)));
/** Titles of people whose plural heads a list of names ("Senators A, B"; not "States", "Affairs"). */
const PERSON_TITLES = new Set(['senator', 'president', 'minister', 'leader', 'envoy', 'ambassador', 'governor', 'lawmaker', 'congressman', 'congresswoman', 'representative', 'mayor', 'diplomat', 'negotiator', 'mediator', 'judge', 'general', 'commander', 'cardinal', 'bishop', 'prince', 'mep']);
const isHonorific = (t: Token) => HONORIFICS.has(low(t).replace(/\.$/, ''));
const isOrgHead = (t: Token) => ORG_HEADS.has(low(t));
/** A post named with what it covers: "Special Envoy to the", "Ambassador for". */
const ENVOY_TO = /\b(?:envoy|ambassador|representative|coordinator|commissioner|adviser|advisor|negotiator|delegate)\s+(?:to|for|on)\s+(?:the\s+)?$/i;
/** "West Bank", "North Front": a compass word before a head makes a place. */
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|left|right)$/i;
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
  const adjacent = (a: NameRun | undefined, b: NameRun | undefined) =>
    !!a && !!b && !!a.tokens[a.tokens.length - 1]?.possessive && /^\S*\s?$/.test(text.slice(a.end, b.start));
  for (const runs of runsPerParagraph) {
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i] as NameRun;
      const next = runs[i + 1];
      // "People's Republic of China": a country name across a possessive.
      if (next && adjacent(run, next)) {
        const whole = text.slice(run.start, next.end);
        const info = countryByName(whole);
        if (info) {
          drafts.push({ kind: 'country', start: run.start, end: next.end, text: whole, name: info.name, roles: [], code: info.cca3 });
          i++;
          continue;
        }
        // "Supreme People's Assembly", "Workers' Party": the possessor belongs to the next run's organisation.
        if (startsWithOrg(next) && !possessorIsCountry(ctx, run) && !isAcronymWord(run.tokens.map((t) => t.text).join(' '))) continue;
      }
      const prev = runs[i - 1];
      analyseRun(ctx, run, adjacent(prev, run) ? prev : undefined);
    }
  }
  linkAcronyms(text, drafts);
  markOrgLike(text, drafts);
  findLowercaseMinistries(text, drafts);
  promoteCoordinated(text, drafts);
  return drafts;
}

/** "Chairman of Sudan" (as in "Chairman of Sudan's Transitional Sovereignty Council X"): title words, "of", a country. */
function titleOfCountry(ctx: Ctx, run: NameRun): { title: string; cca3: string } | undefined {
  const toks = run.tokens;
  const ofAt = toks.findIndex((t) => t.text === 'of');
  if (ofAt < 1 || !toks.slice(0, ofAt).every((t) => isTitle(t))) return undefined;
  const country = countryAfterOf(ctx, toks, ofAt);
  return country ? { title: toks.slice(0, ofAt).map((t) => t.text).join(' '), cca3: country.match.info.cca3 } : undefined;
}

/** A run whose words up to an organisation head are all capitalised name words (no person). */
function startsWithOrg(run: NameRun): boolean {
  const head = run.tokens.findIndex((t) => isOrgHead(t));
  return head >= 0 && run.tokens.slice(0, head).every((t) => !hasNameTag(t)) && head <= 4;
}

function possessorIsCountry(ctx: Ctx, run: NameRun): boolean {
  return !!countryOf(ctx.text.slice(run.start, run.end).replace(/['’`]s?$/, ''));
}

interface Ctx {
  text: string;
  drafts: Draft[];
  midSentenceCaps: Set<string>;
  /** Words written in lower case somewhere in the text, read when first needed. */
  lowerWords?: Set<string>;
  /** Whether the text speaks of North Korea, read when first needed (see matchCountry). */
  northKorea?: boolean;
}

const lowerWordsOf = (ctx: Ctx): Set<string> => (ctx.lowerWords ??= lowerCaseWords(ctx.text));

function span(ctx: Ctx, tokens: Token[]): { start: number; end: number; text: string } {
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/**
 * "the Korea-U.S. alliance", "Korea’s request": "Korea" alone is the Republic of Korea, the short
 * form of its own name, unless the text also speaks of the North.
 */
function southKorea(ctx: Ctx, words: string): CountryInfo | undefined {
  if (words !== 'Korea' || (ctx.northKorea ??= /\bNorth\s+Korea|\bDPRK\b|\bPyongyang\b/.test(ctx.text))) return undefined;
  return COUNTRY_BY_CODE.get('KOR');
}

/** Greedy longest country match at position i (up to five words). */
function matchCountry(ctx: Ctx, tokens: Token[], i: number): { len: number; info: CountryInfo; via: string } | undefined {
  for (let len = Math.min(6, tokens.length - i); len >= 1; len--) {
    const part = tokens.slice(i, i + len);
    if (part.some((t, k) => k < len - 1 && t.possessive)) continue;
    const words = ctx.text.slice((part[0] as Token).start, (part[len - 1] as Token).end).replace(/['’]s$/, '');
    // ("400 million euros (US$463 million)": a currency's sign, not the country.)
    if (ctx.text[(part[len - 1] as Token).end] === '$') continue;
    const hit = countryOf(words.replace(/^the\s+/i, ''));
    if (hit) return { len, info: hit.info, via: hit.via };
    const south = southKorea(ctx, words);
    if (south) return { len, info: south, via: 'name' };
  }
  return undefined;
}

/** The words after an "of" ("of Japan", "of the Philippines") when they are a country and nothing else. */
function countryAfterOf(ctx: Ctx, tokens: Token[], ofAt: number): { part: Token[]; match: NonNullable<ReturnType<typeof matchCountry>> } | undefined {
  const part = tokens.slice(ofAt + 1).filter((t, k) => !(k === 0 && t.text === 'the'));
  const match = part.length ? matchCountry(ctx, part, 0) : undefined;
  return match && match.len === part.length ? { part, match } : undefined;
}

/** "JD Vance", "KP Sharma Oli": two capitals before a known name are initials. */
function initialsAt(tokens: Token[], i: number): boolean {
  const rest = tokens.slice(i + 1);
  return (
    /^(?:[A-Z]{2}|(?:[A-Z]\.){2})$/.test((tokens[i] as Token).text) &&
    rest.length >= 1 &&
    rest.length <= 2 &&
    rest.every((x) => /^\p{Lu}\p{Ll}/u.test(x.text) && !isTitle(x) && !isOrgHead(x) && !countryOf(x.text)) &&
    // ("H.A. Hellyer", "J.K. Rowling": dotted initials before a surname no dictionary has, when
    // the initials name no country: "U.S. Congress" stays the country's.)
    (hasNameTag(rest[0] as Token) || rest.length === 2 || (/^(?:[A-Z]\.){2}$/.test((tokens[i] as Token).text) && !countryOf((tokens[i] as Token).text) && !isDictionaryWord((rest[0] as Token).text)))
  );
}

function matchDemonym(tokens: Token[], i: number): { len: number; info: CountryInfo } | undefined {
  for (let len = Math.min(2, tokens.length - i); len >= 1; len--) {
    const words = tokens.slice(i, i + len).map((t) => t.text).join(' ');
    const info = countryByDemonym(words);
    if (info) return { len, info };
  }
  return undefined;
}

/** The body's words after "A B of (the)", when A B is a person's name of two unknown words. */
function memberOfBody(ctx: Ctx, run: NameRun): Token[] | null {
  const t = run.tokens;
  if (t.length < 4 || t[2]!.text !== 'of') return null;
  const rest = t.slice(3).filter((x, k) => !(k === 0 && x.text === 'the'));
  if (!rest.length || rest.length > 5 || !/^\p{Lu}/u.test(rest[0]!.text)) return null;
  if (!t.slice(0, 2).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && !isDictionaryWord(x.text) && !isOrgHead(x) && !isTitle(x) && !countryOf(x.text) && !x.tags.has('Place'))) return null;
  if (rest.every((x) => x.tags.has('Place') || x.tags.has('City') || x.tags.has('Region') || x.tags.has('Country')) || countryOf(rest.map((x) => x.text).join(' '))) return null;
  // (Not after a title, whose "of" names its office's body: "Rep. Park Ji-won of the Democratic Party".)
  if (/\b(?:\p{Lu}[\p{L}.]*\s+)$/u.test(ctx.text.slice(Math.max(0, run.start - 20), run.start))) return null;
  return rest;
}

/** A political camp right before a bracket: "far-right (", "radical left (", "ruling party (". */
const POLITICAL_CAMP_BEFORE = /\b(?:(?:far|hard|centre|center|radical|extreme)[- ](?:right|left)|right-wing|left-wing|(?:radical\s+)?(?:left|right)|conservatives?|liberals?|socialists?|nationalists?|populists?|greens?|party|opposition|ruling\s+party|coalition\s+partner)\s+\($/;

function analyseRun(ctx: Ctx, run: NameRun, possessor: NameRun | undefined) {
  let tokens = [...run.tokens];
  // "a Member of the Politburo of the Communist Party of China": a membership, then the body.
  if (tokens.length > 3 && /^Members?$/.test((tokens[0] as Token).text) && (tokens[1] as Token).text === 'of') {
    const rest = tokens.slice((tokens[2] as Token).text === 'the' ? 3 : 2);
    if (rest.length) return analyseRun(ctx, { tokens: rest, start: (rest[0] as Token).start, end: run.end }, undefined);
  }
  const around = { before: ctx.text.slice(Math.max(0, run.start - 2), run.start), after: ctx.text.slice(run.end, run.end + 60) };
  // "Ossufo Momade of Renamo, Lutero Simango of the Mozambique Democratic Movement (MDM) and
  // Daniel Chapo of Frelimo": two name words that are no words of the language, then the body the
  // person belongs to.
  const memberOf = memberOfBody(ctx, run);
  if (memberOf) {
    const [a, b] = run.tokens as [Token, Token];
    const rest = memberOf;
    const first = rest[0] as Token;
    const last = rest[rest.length - 1] as Token;
    const body = ctx.text.slice(first.start, last.end);
    ctx.drafts.push({ kind: 'person', start: a.start, end: b.end, text: ctx.text.slice(a.start, b.end), name: `${a.text} ${b.text}`, roles: [`member of ${body}`] });
    if (rest.length === 1 || findOrgHead(rest, 0) < 0) ctx.drafts.push({ kind: 'org', start: first.start, end: last.end, text: body, name: body, roles: [] });
    else analyseRun(ctx, { tokens: rest, start: first.start, end: last.end }, undefined);
    return;
  }
  // "Marine Le Pen's far-right (National Rally) and Jean-Luc Mélenchon's radical left (La France
  // Insoumise)": a camp, then its party's name in brackets.
  if (ctx.text[run.end] === ')' && POLITICAL_CAMP_BEFORE.test(ctx.text.slice(Math.max(0, run.start - 30), run.start)) && /^\p{Lu}\p{Ll}/u.test(ctx.text.slice(run.start, run.end))) {
    const text = ctx.text.slice(run.start, run.end);
    ctx.drafts.push({ kind: 'org', start: run.start, end: run.end, text, name: text, roles: [] });
    return;
  }
  // A title in quotation marks (“Elizabeth Vargas Reports”, a nickname “Kwame”) and a photo
  // credit ("Tom Nicholson/Getty Images") name no one in the story.
  if (/[“"]$/.test(around.before) && /^[”"]/.test(around.after)) {
    // (Kept as a phrase nobody is named by, so an acronym after it still finds its long form.)
    ctx.drafts.push({ kind: 'unknown', start: run.start, end: run.end, text: ctx.text.slice(run.start, run.end), name: ctx.text.slice(run.start, run.end), roles: [] });
    return;
  }
  if (/\/$/.test(around.before) || /^\/\p{Lu}/u.test(around.after)) return;
  // "the conservative Law and Justice party": a party named by two words joined with "and".
  const joinedParty = /^\s+and\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,3})(?:party|Party)\b/u.exec(around.after);
  // ("UML chief Oli and Nepali Communist Party coordinator Dahal": a party named by its country
  // is a name of its own, no second half of another.)
  const joinedFirst = joinedParty?.[1]?.trim().split(/\s+/)[0] ?? '';
  const wordBefore = /(\p{Ll}+)\s+$/u.exec(ctx.text.slice(Math.max(0, run.start - 20), run.start))?.[1] ?? '';
  if (joinedParty && run.tokens.length <= 3 && !countryByDemonym(joinedFirst) && !countryOf(joinedFirst) && !TITLE_WORDS.has(wordBefore)) {
    const end = run.end + joinedParty[0].indexOf(joinedParty[1]!) + joinedParty[1]!.trimEnd().length;
    const text = ctx.text.slice(run.start, end);
    ctx.drafts.push({ kind: 'org', start: run.start, end, text, name: text.replace(/^the\s+/i, ''), roles: [] });
    return;
  }
  // A headline in title case ("Coalition Talks Are Stuck", "Negotiations Between ÖVP and FPÖ"):
  // a capitalised verb names nothing; the words on either side of a capitalised "Between" or
  // "Amid" are read apart.
  // ("Aliyev Does Not Rule Out Joint Appeal to the Nobel Committee": a subheading.)
  if (tokens.some((t, k) => k > 0 && /^(?:Are|Is|Was|Were|Has|Have|Had|Will|Would|Can|Could|Should|Must|Does|Do|Did|Not)$/.test(t.text))) return;
  const split = tokens.findIndex((t, k) => k > 0 && /^(?:Between|Amid|Against|Into)$/.test(t.text));
  if (split > 0) {
    for (const part of [tokens.slice(0, split), tokens.slice(split + 1)]) {
      if (part.length) analyseRun(ctx, { tokens: part, start: (part[0] as Token).start, end: (part[part.length - 1] as Token).end }, undefined);
    }
    return;
  }
  // A sentence's first word is capitalised anyway: drop it when it is an ordinary word.
  // ("Downing Street said": a name that starts with a word is kept whole.)
  // A noun or adjective that opens an organisation's name stays ("Amnesty International said").
  const opensOrgName = (k: number) => {
    const t = tokens[k] as Token;
    return k + 1 < tokens.length && findOrgHead(tokens, k) === tokens.length - 1 && !['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Verb'].some((tag) => t.tags.has(tag));
  };
  // ("Conservative President of Paraguay Santiago Peña": an adjective before a title opens it.)
  const adjectiveBeforeTitle = () => (tokens[0] as Token).tags.has('Adjective') && !!tokens[1] && isTitle(tokens[1] as Token) && !countryByDemonym((tokens[0] as Token).text);
  // ("South Korean President Yoon Suk Yeol": "South" opens a demonym of two words.)
  const opensDemonym = () => !!tokens[1] && !!countryByDemonym(`${(tokens[0] as Token).text} ${(tokens[1] as Token).text}`);
  // (A month that the tokenizer read as a first name stays: "August Wöginger, the ÖVP’s ...".)
  const monthName = () => tokens.length > 1 && MONTH_FIRST_NAMES.has((tokens[0] as Token).text);
  // ("Marine Le Pen's far-right": a word before a family name's particle is a first name.)
  // ("Wang Yi called on the Philippines", "Nay Phone Latt, a spokesperson": a word of the language
  // that the tagger reads as part of a person's name, before more name words.)
  // (Not a rank or a qualifier before a people's name: "Major European powers".)
  // (Never a word of a closed class: "… If Putin flies to Istanbul".)
  const personWord = () => tokens.length > 1 && ((tokens[0] as Token).tags.has('Person') || (tokens[0] as Token).tags.has('Expression')) && !isFunctionWord(low(tokens[0] as Token)) && !isOrgHead(tokens[tokens.length - 1] as Token) && !TITLE_WORDS.has(low(tokens[1] as Token)) &&
    !RANK_PARTS.has(low(tokens[0] as Token)) && !countryByDemonym((tokens[1] as Token).text) && !countryOf((tokens[1] as Token).text);
  const beforeParticle = () => tokens.length > 2 && /^(?:Le|La|De|Du|Da|Di|Van|Von|Al|El|Bin|Ben|Abu)$/.test((tokens[1] as Token).text) && /^\p{Lu}\p{Ll}/u.test((tokens[2] as Token).text);
  // "Courtesy of the Ministry of Trade, Industry and Energy": a picture's credit, then the body.
  if (tokens.length > 2 && (tokens[0] as Token).text === 'Courtesy' && (tokens[1] as Token).text === 'of') {
    const rest = tokens.slice((tokens[2] as Token).text === 'the' ? 3 : 2);
    if (rest.length) analyseRun(ctx, { tokens: rest, start: (rest[0] as Token).start, end: run.end }, undefined);
    return;
  }
  // "in the Press Briefing Room": a room named after a body's word is a place.
  if (tokens.length > 1 && isOrgHead(tokens[0] as Token) && /^(?:Room|Hall|Building|Chamber|Residence)$/.test((tokens[tokens.length - 1] as Token).text) && !tokens.some((t) => t.text === 'of')) {
    const s0 = span(ctx, tokens);
    ctx.drafts.push({ kind: 'place', start: s0.start, end: s0.end, text: s0.text, name: s0.text, roles: [] });
    return;
  }
  // "Ahead of the Shanghai Cooperation Organisation (SCO) Summit", "Representatives of the
  // farmers spoke": a preposition of two words, or a plural head, opening a sentence is a word of
  // the sentence; whatever it is "of" is read on its own.
  if (opensWithCommonNoun(tokens)) {
    let k = 1;
    while (k < tokens.length && /^(?:of|for|the)$/.test((tokens[k] as Token).text)) k++;
    // ("Representatives of the United States, Russia and Ukraine": each name of a list apart.)
    let part: Token[] = [];
    const flush = () => {
      if (part.length) analyseRun(ctx, { tokens: part, start: (part[0] as Token).start, end: (part[part.length - 1] as Token).end }, undefined);
      part = [];
    };
    for (const t of tokens.slice(k)) {
      const prev = part[part.length - 1];
      if (prev && ctx.text.slice(prev.end, t.start).includes(',')) flush();
      if (t.text === 'and') flush();
      else part.push(t);
    }
    flush();
    return;
  }
  // ("Diplomatic sources said": a sentence's first word, an adjective before a plain noun.)
  if (tokens.length === 1 && (tokens[0] as Token).sentenceInitial && /^\s+\p{Ll}/u.test(around.after) && !countryByDemonym((tokens[0] as Token).text) && !ctx.midSentenceCaps.has((tokens[0] as Token).text) && adjectiveBeforeNoun((tokens[0] as Token).text, around.after)) return;
  while (tokens.length && (tokens[0] as Token).sentenceInitial && (isOrdinaryWord(ctx, tokens[0] as Token) || adjectiveBeforeTitle()) && !matchCountry(ctx, tokens, 0) && !opensOrgName(0) && !opensDemonym() && !monthName() && !beforeParticle() && !personWord()) tokens = tokens.slice(1);
  // ("..., Former Prime Minister of Pakistan Shehbaz Sharif told": a capital that only dresses up
  // the title, mid-sentence too.)
  while (tokens.length > 2 && /^(?:Former|Ex|Late|Then|Outgoing|Incoming)$/.test((tokens[0] as Token).text) && isTitle(tokens[1] as Token)) tokens = tokens.slice(1);
  if (!tokens.length) return;
  // Shouted headlines ("THE RESTORED SPIRE") are not names, nor shouted page words ("NEXT", "POOL").
  if (tokens.length > 1 && tokens.every((t) => /^[A-Z]+$/.test(t.text)) && !tokens.every((t) => isAcronymWord(t.text))) return;
  while (tokens.length && /^[A-Z]{4,}$/.test((tokens[0] as Token).text) && (isDictionaryWord((tokens[0] as Token).text) || /^(?:PREV|PREVIOUS|NEXT)$/.test((tokens[0] as Token).text))) tokens = tokens.slice(1);
  if (!tokens.length) return;
  // "Your Majesty", "His Holiness": forms of address, no names; before a name ("His Highness
  // Sheikh Tamim bin Hamad Al Thani", "His Holiness Pope Leo XIV") they are dropped from it. A
  // style word names no style without the possessive ("Grace Nyongesa").
  const styleAt = tokens.findIndex((t, k) => STYLES.has(low(t)) && (k > 0 ? /^(?:His|Her|Your|Their)$/.test((tokens[k - 1] as Token).text) : /\b(?:his|her|your|their)\s+$/i.test(ctx.text.slice(Math.max(0, t.start - 8), t.start))));
  if (styleAt >= 0) {
    tokens = tokens.slice(styleAt + 1);
    if (!tokens.length) return;
    return analyseRun(ctx, { tokens, start: (tokens[0] as Token).start, end: run.end }, undefined);
  }
  // "The Holy Father", "the Supreme Leader": a way of referring to someone, no name.
  if (tokens.every((t) => TITLE_WORDS.has(low(t)) || HONORIFICS.has(low(t)) || /^(?:the|holy|father)$/i.test(t.text))) return;
  let theFlag = false;
  if ((tokens[0] as Token).text === 'The' && tokens.length > 1) {
    theFlag = !(tokens[0] as Token).sentenceInitial;
    tokens = tokens.slice(1);
  }
  tokens = splitHyphenCountries(ctx, tokens);
  // "Tokyo-based Kyodo News", "Iran-backed Hezbollah": a modifier made of a name is no part of the next name.
  while (tokens.length > 1 && /-(?:based|led|backed|born|run|owned|allied|aligned)$/i.test((tokens[0] as Token).text)) tokens = tokens.slice(1);
  if (!tokens.length) return;
  // "the Muhammad Yunus-led interim government": the name without the modifier's ending.
  const last = tokens[tokens.length - 1] as Token;
  const led = tokens.length > 1 ? /^(.+?)-(?:based|led|backed|run|owned|allied|aligned)$/i.exec(last.text) : null;
  if (led) tokens = [...tokens.slice(0, -1), { ...last, text: led[1]!, end: last.start + led[1]!.length }];
  // "Envoy to the Middle East Morgan Ortagus": the region the post covers, then the name.
  let remitRole = '';
  if (tokens.length >= 3 && ENVOY_TO.test(ctx.text.slice(Math.max(0, run.start - 60), run.start))) {
    let k = tokens.findIndex((t, n) => n > 0 && n + 1 < tokens.length && t.tags.has('FirstName'));
    // ("Senior Advisor for Africa Massad Boulos": a region or country ends the remit, whatever the name.)
    if (k < 0) k = [1, 2].find((n) => tokens.length - n >= 2 && (REGIONS.has(low(tokens[0] as Token)) || isRegionName(tokens.slice(0, n).map((t) => t.text)) || !!countryOf(tokens.slice(0, n).map((t) => t.text).join(' ')))) ?? -1;
    if (k > 0 && !tokens.slice(0, k).some((t) => t.tags.has('FirstName'))) {
      // ("US envoy for Africa Massad Boulos": the post and its remit name the one who holds it.)
      const post = ENVOY_TO.exec(ctx.text.slice(Math.max(0, run.start - 60), run.start))?.[0].trim() ?? '';
      // (A capitalised post, "Philippine Ambassador to Washington", is read with its country below.)
      if (/^\p{Ll}/u.test(post)) remitRole = `${post} ${tokens.slice(0, k).map((t) => t.text).join(' ')}`;
      tokens = tokens.slice(k);
    }
  }

  const roles: string[] = remitRole ? [remitRole] : [];
  let country: string | undefined;
  let gender: 'f' | 'm' | undefined;
  let regnal: string | undefined;
  let titled = !!remitRole;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    // "Saudi Arabian officials": a longer demonym wins over the country spelling inside it.
    const longerDemonym = matchDemonym(tokens, i);
    // "K.P. Sharma Oli": dotted initials before a name are no country code (KP).
    const c0 = /^(?:[A-Z]\.){2}$/.test(t.text) && initialsAt(tokens, i) ? undefined : matchCountry(ctx, tokens, i);
    const c = c0 && longerDemonym && longerDemonym.len > c0.len ? undefined : c0;
    // "The Washington Post", "Moscow State University": a capital in a name names no country.
    // A capital that is a first name ("Santiago Pena", "Victoria Smith"): a plain name follows.
    const after = tokens[i + (c?.len ?? 0)];
    const firstName = c?.via === 'capital' && !!after && !isTitle(after) && !isHonorific(after) &&
      !isOrgHead(after) && !countryByDemonym(after.text) && !countryOf(after.text) && /^\p{Lu}\p{Ll}/u.test(after.text) && !(tokens[i + c.len - 1] as Token).possessive;
    const capitalInName = (c?.via === 'capital' && findOrgHead(tokens, i + c.len) >= 0) || firstName;
    if (c && !capitalInName) {
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
    let headAt = findOrgHead(tokens, i);
    // "the Administration of President Donald Trump", "the Cabinet of Prime Minister Shigeru
    // Ishiba": a body known by the person who heads it names the person, not a body.
    if (headAt === i && i === 0 && tokens[1]?.text === 'of' && isTitle(tokens[2] ?? t)) {
      let k = 2;
      while (k < tokens.length && isTitle(tokens[k] as Token)) k++;
      const person = tokens.slice(k);
      if (person.length >= 2 && person.every((x) => isCapitalised(x) && !isTitle(x) && !isOrgHead(x))) {
        analyseRun(ctx, { tokens: tokens.slice(2), start: (tokens[2] as Token).start, end: run.end }, undefined);
        return;
      }
    }
    // "Rep. Park Ji-won of the Democratic Party": a titled name, then the body it belongs to.
    const ofAt = headAt > i ? tokens.findIndex((x, k) => k > i && k < headAt && x.text === 'of') : -1;
    // "President of the European Commission Ursula von der Leyen": a role, then the body.
    // ("Olivier Faure, First Secretary of the French Socialist Party, talks": a rank before the title.)
    const roleOfBody = ofAt > i && tokens.slice(i, ofAt).some((x) => isTitle(x)) && tokens.slice(i, ofAt).every((x) => (isTitle(x) || /^(?:First|Second|Deputy|Vice|Acting|Senior|Chief|Executive|General)$/.test(x.text)) && !isOrgHead(x) && !/^(?:house|state|national|security)$/i.test(x.text));
    if (roleOfBody) {
      roles.push(tokens.slice(i, ofAt).map((x) => x.text).join(' '));
      titled = true;
      const restTokens = tokens.slice(ofAt + 1).filter((x, k) => !(k === 0 && x.text === 'the'));
      if (restTokens.length) analyseRun(ctx, { tokens: restTokens, start: (restTokens[0] as Token).start, end: run.end }, undefined);
      return;
    }
    if (ofAt > i && (isTitle(t) || isHonorific(t)) && findOrgHead(tokens.slice(0, ofAt), i) < 0 && tokens.slice(i, ofAt).some((x) => !isTitle(x) && !isHonorific(x) && /^\p{Lu}\p{Ll}/u.test(x.text))) {
      const restTokens = tokens.slice(ofAt + 1).filter((x, k) => !(k === 0 && x.text === 'the'));
      if (restTokens.length) analyseRun(ctx, { tokens: restTokens, start: (restTokens[0] as Token).start, end: run.end }, undefined);
      tokens = tokens.slice(0, ofAt);
      headAt = -1;
    }
    // "Press Secretary Karoline Leavitt", "Cabinet Secretary": a head word alone before a title is part of the title.
    // ("Senate Majority Leader": a body that is itself a title word stays a body.)
    // ("Deputy Press Secretary Azad Majumder": so it is after a rank of the title, not after
    // words of the body's name: "Foreign Ministry Spokesman" keeps the ministry.)
    const headWord = tokens[headAt] as Token | undefined;
    if (headWord && headAt >= i && tokens.slice(i, headAt).every((x) => RANK_OF_TITLE.test(x.text)) && !isTitle(headWord) && extendOrg(tokens, headAt) === headAt && tokens[headAt + 1] && isTitle(tokens[headAt + 1] as Token) && !isOrgHead(tokens[headAt + 1] as Token)) {
      roles.push(...tokens.slice(i, headAt + 1).map((x) => x.text));
      titled = true;
      i = headAt + 1;
      continue;
    }
    if (headAt >= 0 && !(headAt === i + 1 && COMPASS.test((tokens[i] as Token).text) && tokens.length === i + 2)) {
      const end = extendOrg(tokens, headAt);
      const orgTokens = tokens.slice(i, end + 1);
      const s = span(ctx, orgTokens);
      let name = s.text;
      let start = s.start;
      // "China's Commerce Ministry", "Workers' Party": the possessor belongs to the name
      // (not an organisation's own unit: "IDF's Southern Command").
      const possessorWords = possessor ? possessor.tokens.map((t) => t.text).join(' ') : '';
      // A country's possessive stays out of a name of its own ("Iran's Islamic Revolutionary Guard Corps").
      const ownName = !!countryOf(possessorWords) && orgTokens.some((t) => !isOrgHead(t) && !isTitle(t) && !GENERIC_ORG_WORDS.has(low(t)));
      // "Chairman of Sudan's Transitional Sovereignty Council Abdel Fattah al-Burhan": a title of
      // the country, its body, then the person who holds the title.
      const titleOf = i === 0 && possessor ? titleOfCountry(ctx, possessor) : undefined;
      if (titleOf) {
        ctx.drafts.push({ kind: 'org', start: s.start, end: s.end, text: s.text, name: name.replace(/^the\s+/i, ''), roles: [] });
        i = end + 1;
        roles.length = 0;
        roles.push(titleOf.title);
        country = titleOf.cca3;
        titled = true;
        continue;
      }
      // (Not a person's: "Sheikh Hasina's Awami League" is the Awami League.)
      const personsBody = !!possessor && possessor.tokens.some((t) => hasNameTag(t) || isHonorific(t) || isTitle(t));
      if (i === 0 && possessor && orgTokens.length <= 6 && !isAcronymWord(possessorWords) && !ownName && !personsBody) {
        start = possessor.start;
        name = ctx.text.slice(possessor.start, s.end);
      }
      // A country or demonym written in front belongs to the name ("US Central Command",
      // "Egyptian Foreign Ministry").
      if (i > 0 && country) {
        start = (tokens[0] as Token).start;
        name = ctx.text.slice(start, s.end);
      }
      ctx.drafts.push({ kind: 'org', start, end: s.end, text: ctx.text.slice(start, s.end), name: name.replace(/^the\s+/i, ''), roles: [] });
      i = end + 1;
      roles.length = 0;
      continue;
    }
    const pair = HONORIFIC_PAIRS.get(low(t).replace(/['’]$/, ''));
    const second = tokens[i + 1];
    if (pair && second && pair.has(low(second)) && i + 2 < tokens.length) {
      titled = true;
      i += 2;
      continue;
    }
    // "Dato' Sri Najib Razak": the apostrophe ends the run before the pair's second word.
    if (i + 1 < tokens.length && /^(?:seri|sri)$/.test(low(t)) && /\b(?:datuk|dato|tan)['’]?\s+$/i.test(ctx.text.slice(Math.max(0, t.start - 8), t.start))) {
      titled = true;
      i++;
      continue;
    }
    if (isHonorific(t)) {
      titled = true;
      if (FEMALE_HONORIFICS.has(low(t).replace(/\.$/, ''))) gender = 'f';
      else if (/^(?:mr|sir)\.?$/.test(low(t))) gender = 'm';
      i++;
      continue;
    }
    // "Sgt. First Class Ran Gvili": a grade of the rank before it.
    if (titled && roles.length && t.text === 'First' && tokens[i + 1]?.text === 'Class' && i + 2 < tokens.length) {
      roles[roles.length - 1] += ' First Class';
      i += 2;
      continue;
    }
    if (isTitle(t) && !(isAcronymWord(t.text) && !TITLE_WORDS.has(low(t)))) {
      // "Kim", "He", "Lee" are names; a title is a title only before more words.
      if (i === tokens.length - 1) break;
      titled = true;
      if (REGNAL_TITLES.has(low(t))) regnal = t.text;
      if (FEMALE_HONORIFICS.has(low(t))) gender = 'f';
      // Consecutive title words make one role ("Deputy Prime Minister", "Secretary of State").
      const prevTok = tokens[i - 1];
      // A demonym in front belongs to the role too ("Russian President").
      const continues = prevTok && (isTitle(prevTok) || prevTok.text === 'of' || countryByDemonym(roles[roles.length - 1] ?? '')) && roles.length;
      if (continues) roles[roles.length - 1] += ` ${t.text}`;
      else roles.push(t.text);
      i++;
      continue;
    }
    if (initialsAt(tokens, i)) break;
    // "the G20 Summit in Durban": the group of countries, then what it holds.
    if (GROUP_CODE.test(t.text) && i + 1 < tokens.length) {
      ctx.drafts.push({ kind: 'org', start: t.start, end: t.end, text: t.text, name: t.text, roles: [] });
      i++;
      continue;
    }
    // "IAEA Rafael Grossi": a body's acronym before a person's name.
    if (isAcronymWord(t.text) && !countryOf(t.text) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !isTitle(tokens[i + 1] as Token)) {
      ctx.drafts.push({ kind: 'org', start: t.start, end: t.end, text: t.text, name: t.text.replace(/\./g, ''), roles: [], acronym: true });
      i++;
      continue;
    }
    if ((t.text === 'of' || t.text === 'the') && roles.length && isTitle(tokens[i + 1] ?? t) && i + 2 < tokens.length) {
      // "Secretary of State Marco Rubio": "of" inside a title.
      roles[roles.length - 1] += ` ${t.text}`;
      i++;
      continue;
    }
    if (t.text === 'of' || t.text === 'the') {
      // "Director-General of the IAEA": what follows is read on its own.
      if (roles.length) {
        const restTokens = tokens.slice(i).filter((x, k) => !(k < 2 && (x.text === 'of' || x.text === 'the')));
        // "Minister of Agriculture Richard Takacs": the portfolio completes the title; the name
        // starts at the first word known as a name.
        // ("the Minister of Energy Saad al-Kaabi": else at the first word that is no word of the
        // language, after portfolio words that all are.)
        const named = restTokens.findIndex((x) => hasNameTag(x));
        const unknown = restTokens.findIndex((x) => !isDictionaryWord(x.text));
        const first = named > 0 ? named : unknown > 0 && restTokens.slice(0, unknown).every((x) => x.text === 'and' || isDictionaryWord(x.text)) ? unknown : named;
        if (first > 0 && first <= 3 && restTokens.length - first >= 2 && /\b(?:minister|secretary|commissioner)$/i.test(roles[roles.length - 1] ?? '')) {
          const portfolio = restTokens.slice(0, first);
          if (portfolio.every((x) => x.text === 'and' || (/^\p{Lu}\p{Ll}+$/u.test(x.text) && !countryOf(x.text) && !isOrgHead(x)))) {
            roles[roles.length - 1] += ` of ${portfolio.map((x) => x.text).join(' ')}`;
            i = tokens.indexOf(restTokens[first] as Token);
            break;
          }
        }
        // ("at the invitation of President of Mongolia Ukhnaagiin Khurelsukh": the country the
        // office is of, then the name of the one who holds it.)
        const ofCountry = matchCountry(ctx, restTokens, 0);
        const holder = ofCountry ? restTokens.slice(ofCountry.len) : [];
        if (ofCountry && holder.length >= 2 && holder.length <= 4 && holder.every((x) => /^\p{Lu}\p{Ll}/u.test(x.text) && !isTitle(x) && !isOrgHead(x) && !countryOf(x.text) && !isDictionaryWord(x.text))) {
          emitCountry(ctx, restTokens.slice(0, ofCountry.len), ofCountry.info, ofCountry.via, true);
          roles[roles.length - 1] += ` of ${restTokens.slice(0, ofCountry.len).map((x) => x.text).join(' ')}`;
          country = ofCountry.info.cca3;
          i = tokens.indexOf(holder[0] as Token);
          break;
        }
        if (restTokens.length) analyseRun(ctx, { tokens: restTokens, start: (restTokens[0] as Token).start, end: run.end }, undefined);
        return;
      }
    }
    break;
  }
  // ("the opposition’s shadow National Unity Government": a qualifier of offices alone is no title.)
  if (i === 1 && roles.length === 1 && nationalQualifier(tokens)) {
    i = 0;
    roles.length = 0;
    titled = false;
  }
  let nameTokens = tokens.slice(i);
  // ("The Louisiana Republican told The Bee": a party's member described by state, no name.)
  if (nameTokens.length === 2 && /^(?:Republican|Democrat)$/.test((nameTokens[1] as Token).text) && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, (nameTokens[0] as Token).start - 4), (nameTokens[0] as Token).start))) return;
  // ("the Nigerian Government continues": a country's government, after its demonym, names no one.)
  if (i > 0 && country && nameTokens.length === 1 && /^(?:government|administration|authorities|cabinet|presidency|military|army|parliament|regime|leadership)$/.test(low(nameTokens[0] as Token))) return;
  // "High Representative for Foreign Affairs and Security Policy Josep Borrell": after "for",
  // "of" or "and", the words of a portfolio that open the run are no part of the name.
  if (nameTokens.length >= 3 && /\b(?:for|of|and|in the)\s+$/.test(ctx.text.slice(Math.max(0, run.start - 8), run.start))) {
    let k = 0;
    while (nameTokens.length - k > 2 && PORTFOLIO_WORDS.has(low(nameTokens[k] as Token))) k++;
    if (k > 0) nameTokens = nameTokens.slice(k);
  }
  // "Middle East Envoy Steve Witkoff": a title further in still ends the role.
  // ("Hassan Sheikh Mohamud": a title word after a first name is part of the name.)
  // ("CPN-UML Chair KP Sharma Oli": a title after a body's acronym is one, whatever else the word may be.)
  const afterAcronym = (t: Token, k: number) => k > 0 && (nameTokens[k - 1] as Token).text.split('-').every(isAcronymWord) && TITLE_WORDS.has(low(t)) && nameTokens.length - k > 2;
  const lastTitle = nameTokens.reduce(
    (at, t, k) => (k < nameTokens.length - 1 && (isTitle(t) || isHonorific(t)) && (!hasNameTag(t) || afterAcronym(t, k)) && !(k > 0 && (nameTokens[k - 1] as Token).tags.has('FirstName') && !isTitle(nameTokens[k - 1] as Token)) ? k : at),
    -1,
  );
  // "Munich Security Conference": a title word inside the name of an event or place.
  // ("the Government of National Unity’s": a title word inside a body's "of" complement.)
  const bodyOf = nameTokens.length > 2 && (isOrgHead(nameTokens[0] as Token) || low(nameTokens[0] as Token) === 'government') && (nameTokens[1] as Token).text === 'of' && lastTitle > 1;
  if (bodyOf && low(nameTokens[0] as Token) === 'government') {
    const s0 = span(ctx, nameTokens);
    ctx.drafts.push({ kind: 'org', start: s0.start, end: s0.end, text: s0.text, name: s0.text, roles: [] });
    return;
  }
  // ("shadow National Unity Government": "National" alone qualifies no office here.)
  const qualifierOnly = lastTitle === 0 && nationalQualifier(nameTokens);
  if (lastTitle >= 0 && !qualifierOnly && !bodyOf && !PLACE_HEADS.has(low(nameTokens[nameTokens.length - 1] as Token))) {
    // "UN Secretary-General", "NATO Secretary General": the body named in the role.
    for (const t of nameTokens.slice(0, lastTitle)) {
      if (isAcronymWord(t.text) && !countryOf(t.text)) ctx.drafts.push({ kind: 'org', start: t.start, end: t.end, text: t.text, name: t.text, roles: [], acronym: true });
    }
    // "Hezbollah Secretary-General Naim Qassem", "Taliban chief spokesman Zabihullah Mujahid": a
    // word naming whom the person serves, read as a body unless the article says otherwise.
    const firstTitle = nameTokens.findIndex((t) => isTitle(t));
    const serves = nameTokens.slice(0, firstTitle);
    if (serves.length === 1) servedBody(ctx, serves[0]!.start, serves[0]!.text);
    roles.push(nameTokens.slice(0, lastTitle + 1).map((t) => t.text).join(' '));
    titled = true;
    nameTokens = nameTokens.slice(lastTitle + 1);
    // "The Chancellery of the President of Poland": what follows "of" is the country, no name.
    if (nameTokens[0]?.text === 'of') {
      const country = countryAfterOf(ctx, nameTokens, 0);
      if (country) emitCountry(ctx, country.part, country.match.info, country.match.via, false);
      return;
    }
  }
  // "Xi Jinping has told Anthony Albanese China stands ready": a country that opens the next
  // clause is no part of the name before it.
  const tail = nameTokens[nameTokens.length - 1];
  const beforeTail = nameTokens[nameTokens.length - 2];
  if (nameTokens.length >= 3 && tail && beforeTail && /^\s+\p{Ll}+/u.test(ctx.text.slice(tail.end, tail.end + 12)) && !beforeTail.possessive && !/^(?:of|the|and)$/.test(beforeTail.text)) {
    const c = countryByName(tail.text);
    if (c && !countryByName(nameTokens.map((t) => t.text).join(' '))) {
      emitCountry(ctx, [tail], c, 'name', false);
      nameTokens = nameTokens.slice(0, -1);
    }
  }
  // ("Foreign Affairs and Security Policy, Josep Borrell,": a portfolio after a title is no name.)
  if (titled && nameTokens.length && nameTokens.every((t) => PORTFOLIO_WORDS.has(low(t)))) return;
  // "IAEA Director-General": trailing titles describe, they do not name.
  while (nameTokens.length > 1 && isTitle(nameTokens[nameTokens.length - 1] as Token) && !hasNameTag(nameTokens[nameTokens.length - 1] as Token)) nameTokens = nameTokens.slice(0, -1);
  // ("National Security Advisors": a plural office names no one either.)
  if (!nameTokens.length || nameTokens.every((t) => isTitle(t) || isHonorific(t) || (/s$/.test(low(t)) && TITLE_WORDS.has(low(t).slice(0, -1))))) return;
  // "House Democratic leader Hakeem Jeffries": one word between an office and a lower-case role
  // qualifies the role; it names nobody.
  if (titled && nameTokens.length === 1 && !hasNameTag(nameTokens[0] as Token) && !isOrgHead(nameTokens[0] as Token) && low(nameTokens[0] as Token) !== 'office' && ROLE_AFTER_QUALIFIER.test(ctx.text.slice(run.end, run.end + 30))) return;
  // "Foreign Office", "Interior Ministry": title words before an office's head word name a body.
  if (titled && nameTokens.length === 1 && (isOrgHead(nameTokens[0] as Token) || low(nameTokens[0] as Token) === 'office') && !hasNameTag(nameTokens[0] as Token)) {
    const s = span(ctx, tokens);
    ctx.drafts.push({ kind: 'org', start: s.start, end: s.end, text: s.text, name: s.text.replace(/^the\s+/i, ''), roles: [] });
    return;
  }
  // "Prime Minister Ishiba Shigeru of Japan": the country after a name is no part of it.
  const ofAt = nameTokens.findIndex((t, k) => k >= 1 && t.text === 'of');
  if (ofAt >= 1) {
    const after = countryAfterOf(ctx, nameTokens, ofAt);
    const rest = nameTokens.slice(ofAt + 1).filter((t, k) => !(k === 0 && t.text === 'the'));
    if (after) {
      emitCountry(ctx, after.part, after.match.info, after.match.via, false);
      country = country ?? after.match.info.cca3;
      nameTokens = nameTokens.slice(0, ofAt);
    } else if (!regnal && ofAt >= 2 && rest.length && rest.length <= 3 && (rest.every((t) => t.tags.has('Place') || t.tags.has('Region') || t.tags.has('City')) || (titled && rest.length <= 2 && rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))))) {
      // "Senate Majority Leader John Thune of South Dakota": the state a politician represents.
      // ("Senator Tim Kaine of Virginia": after a title, whatever place the tagger missed.)
      nameTokens = nameTokens.slice(0, ofAt);
    } else if (!regnal && titled && nameTokens[ofAt + 1]?.text === 'the' && rest.length && /^\s+(?:party|movement|alliance|coalition)\b/i.test(ctx.text.slice(run.end, run.end + 12))) {
      // "President Chapo of the Frelimo party": his party, a body of its own.
      const first = rest[0] as Token;
      const last = rest[rest.length - 1] as Token;
      ctx.drafts.push({ kind: 'org', start: first.start, end: last.end, text: ctx.text.slice(first.start, last.end), name: ctx.text.slice(first.start, last.end), roles: [] });
      nameTokens = nameTokens.slice(0, ofAt);
    }
  }
  // A demonym alone ("Israeli", "North Korean"), or its people ("white South Africans"), names no one.
  const joined = nameTokens.map((t) => t.text).join(' ');
  if (countryByDemonym(joined) || (!titled && /s$/.test(joined) && countryByDemonym(joined.slice(0, -1)))) return;
  // "Gen Z": one letter is nobody's name.
  if (nameTokens.length === 1 && /^\p{Lu}$/u.test((nameTokens[0] as Token).text)) return;
  if (/^(?:St|Saint)$/.test((nameTokens[0] as Token).text) && !titled) return;
  // "Donald Trump Trump orders DOJ ...": a word doubled by a page's link text is written once.
  // (Only at the end of three words or more: Burmese names repeat a word, "Ko Ko Gyi".)
  if (nameTokens.length >= 3 && (nameTokens[nameTokens.length - 1] as Token).text === (nameTokens[nameTokens.length - 2] as Token).text) nameTokens = nameTokens.slice(0, -1);
  // ("China’s President Xi Jinping": the country whose title it is.)
  if (!country && titled && roles.length && possessor && possessorIsCountry(ctx, possessor)) country = countryOf(ctx.text.slice(possessor.start, possessor.end).replace(/['’`]s?$/, ''))?.info.cca3;
  // "Qatar's Prime Minister and Minister for Foreign Affairs Sheikh Mohammed bin Abdulrahman": the
  // titles cut off by "and" or "for" before the run are the same person's, and so is their country.
  // ("US Special Envoy for Syria Thomas Barrack": the remit's country opens the run; the title and
  // its country stand before "for".)
  // ("US envoy to Syria Tom Barrack": the same with "to".)
  // ("Philippine Ambassador to Washington Jose Manuel Romualdez": a capital for its country, the
  // office capitalised.)
  const remitFirst = !titled && !possessor && nameTokens.length >= 2 && nameTokens[0] !== run.tokens[0] && !!(countryOf((run.tokens[0] as Token).text) ?? countryByCapital((run.tokens[0] as Token).text)) && /\b(?:for|to)\s+$/.test(ctx.text.slice(Math.max(0, run.start - 5), run.start));
  const envoyTo = remitFirst ? /(?:^|[\s(,])((\p{Lu}[\p{L}.-]*)\s+(?:(?:[Ss]pecial|[Ss]enior|[Tt]op|[Cc]hief|[Ff]ormer|[Nn]ew)\s+)?(?:[Ee]nvoy|[Aa]mbassador|[Rr]epresentative|[Cc]oordinator|[Aa]dviser|[Aa]dvisor|[Nn]egotiator))\s+(?:for|to)\s+$/u.exec(ctx.text.slice(Math.max(0, run.start - 60), run.start)) : null;
  const envoyCountry = envoyTo ? nationalityOf(envoyTo[2]!) : undefined;
  if (envoyTo && envoyCountry) {
    roles.unshift(envoyTo[1]!);
    country = envoyCountry;
  }
  const cut = (titled || (remitFirst && !envoyTo)) && !possessor ? TITLES_CUT_OFF.exec(ctx.text.slice(Math.max(0, run.start - 120), run.start)) : null;
  if (cut) {
    let nationality: string | undefined;
    for (const title of cut[2]!.trim().split(/\s+(?:and|for)\s+/)) {
      const words = title.split(/\s+/);
      let k = 0;
      while (k < words.length - 1 && nationalityOf(words[k]!)) {
        nationality = nationality ?? nationalityOf(words[k]!);
        k++;
      }
      if (words.slice(k).every((w, j, all) => TITLE_WORDS.has(w.toLowerCase()) || (w === 'of' && j > 0 && j < all.length - 1))) roles.unshift(title);
    }
    if (remitFirst && roles.length) country = nationality;
    else if (!country && cut[1]) country = countryOf(cut[1])?.info.cca3;
  }
  classifyName(ctx, nameTokens, { roles, country, gender, regnal, titled, theFlag, possessor });
}

/** "National" opening a name of three words or more, before no title or portfolio: a qualifier, no office. */
const nationalQualifier = (tokens: Token[]) =>
  (tokens.length > 2 && (tokens[0] as Token).text === 'National' && !isTitle(tokens[1] as Token) && !PORTFOLIO_WORDS.has(low(tokens[1] as Token))) ||
  // ("the National Palace", "the Presidential Complex", "the State Dining Room": a qualifier of
  // offices before plain words of the language names a thing.)
  (tokens.length > 1 && QUALIFIERS_OF_OFFICE.has(low(tokens[0] as Token)) && tokens.slice(1).every((t) => !isTitle(t) && !PORTFOLIO_WORDS.has(low(t)) && !hasNameTag(t) && !isOrgHead(t) && low(t) !== 'office' && (isDictionaryWord(t.text) || PLACE_HEADS.has(low(t)))));

const QUALIFIERS_OF_OFFICE = new Set(['national', 'presidential', 'state', 'security', 'royal', 'federal']);

/** The country a word names or is the people of ("US", "Kenyan"), as a code. */
const nationalityOf = (word: string) => countryOf(word)?.info.cca3 ?? countryByDemonym(word)?.cca3;

const TITLES_CUT_OFF = /(?:(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})[’']s\s+)?((?:\p{Lu}[\p{L}-]*\s+(?:(?:and|for|of)\s+)?){1,6})(?:and|for)\s+$/u;

const FUNCTION_TAGS = ['Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Gerund', 'Modal', 'Auxiliary', 'Copula', 'Negative'];
/** Words that with "of" make a preposition: "ahead of", "instead of", "because of". */
const PREPOSITION_BEFORE_OF = new Set(['ahead', 'instead', 'because', 'regardless', 'irrespective', 'outside', 'inside', 'out']);

/** A sentence opened by a plural head alone or before "of"/"for", or by a preposition of two words. */
function opensWithCommonNoun(tokens: Token[]): boolean {
  const [first, next] = tokens as [Token, Token | undefined];
  if (!first?.sentenceInitial) return false;
  if (PREPOSITION_BEFORE_OF.has(low(first))) return next?.text === 'of';
  // (Not a body's own name: "Forces of Freedom and Change".)
  const after = tokens[2];
  return isOrgHead(first) && first.tags.has('Plural') && (!next || ((next.text === 'of' || next.text === 'for') && !!after && (after.text === 'the' || !!countryOf(after.text))));
}

function isOrdinaryWord(ctx: Ctx, t: Token): boolean {
  if (ctx.midSentenceCaps.has(t.text)) return false;
  if (isTitle(t) || isHonorific(t) || countryOf(t.text) || countryByDemonym(t.text)) return false;
  if (/^[A-Z]{2,}$/.test(t.text)) return false;
  if (isDictionaryWord(t.text)) return true;
  // "Far-left President of Honduras Xiomara Castro": a compound of plain words opens a sentence.
  if (/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(t.text) && t.text.split('-').every((w) => isDictionaryWord(w))) return true;
  if (FUNCTION_TAGS.some((f) => t.tags.has(f))) return true;
  return t.tags.has('Verb') && !t.tags.has('Noun');
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
      const info = countryByName(p) ?? codeCountry(p) ?? southKorea(ctx, p);
      if (info) hits.push({ start: offset, end: offset + p.length, info, text: p });
      offset += p.length + 1;
    }
    const others = parts.filter((p) => !(countryByName(p) ?? codeCountry(p) ?? southKorea(ctx, p)));
    if (hits.length && others.every((p) => /^\p{Ll}/u.test(p) || countryByDemonym(p) || p === '')) {
      for (const h of hits) ctx.drafts.push({ kind: 'country', start: h.start, end: h.end, text: h.text, name: h.info.name, roles: [], code: h.info.cca3 });
      found = true;
    }
    return !found;
  });
}

/** The last organisation head word from `from` on ("House of Representatives", "Security Council"), or -1. */
function findOrgHead(tokens: Token[], from: number): number {
  let at = -1;
  // ("the UN Office for the Coordination of Humanitarian Affairs": an office with a remit is a
  // body; the "Oval Office" is a room.)
  // ("the Office of the Minister of Defense Hisham ...": an office named after a post is the post's.)
  for (let k = from; k < tokens.length - 2; k++) {
    if ((tokens[k] as Token).text !== 'Office' || (tokens[k - 1] as Token | undefined)?.text === 'Oval') continue;
    const remit = (tokens[k + 1] as Token).text === 'the' ? undefined : tokens[(tokens[k + 2] as Token).text === 'the' ? k + 3 : k + 2];
    if ((tokens[k + 1] as Token).text === 'for' || ((tokens[k + 1] as Token).text === 'of' && remit && !isTitle(remit))) at = k;
  }
  // "Amnesty International", "Human Rights Watch": these heads close a name, never open one.
  for (let k = from; k < tokens.length; k++) {
    // ("Agency for International Development": a remit after "for" belongs to the head before it.)
    if (at >= 0 && (tokens[k] as Token).text === 'for') break;
    if (isOrgHead(tokens[k] as Token) && !(k === from && /^(?:international|watch)$/i.test((tokens[k] as Token).text))) at = k;
  }
  return at;
}

/** Org names run on over further head words and "of ..." complements. */
function extendOrg(tokens: Token[], headAt: number): number {
  let end = headAt;
  // "Radio Tamazuj", "Radio Free Europe": a broadcaster's word opens its name.
  if (headAt === 0 && /^(?:Radio|Television)$/.test((tokens[0] as Token).text)) {
    while (end + 1 < tokens.length && isCapitalised(tokens[end + 1] as Token) && !isTitle(tokens[end + 1] as Token)) end++;
  }
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
      // A title word ends the name ("... of State Marco"), except "Affairs" ("Ministry of Foreign Affairs").
      // ("Department of Trade, Industry and Competition": an "and" the run kept is the name's own.)
      while (
        j < tokens.length &&
        ((isCapitalised(tokens[j] as Token) && !(isTitle(tokens[j] as Token) && j > k && low(tokens[j] as Token) !== 'affairs')) ||
          ((tokens[j] as Token).text === 'and' && j > k && !!tokens[j + 1] && isCapitalised(tokens[j + 1] as Token)))
      ) j++;
      // "Group of 20": a number closes the name.
      if (j === k && (tokens[end + 1] as Token).text === 'of' && /^\d{1,3}$/.test((tokens[k] as Token | undefined)?.text ?? '')) j = k + 1;
      if (j > k) {
        end = j - 1;
        continue;
      }
    }
    break;
  }
  return end;
}

/** Whether the text names the country itself or its people ("Belgium", "Belgian"). */
function namesCountry(text: string, info: CountryInfo): boolean {
  const words = [...info.names, ...info.demonyms].filter((w) => /^[\p{L} .'’-]+$/u.test(w)).map(escapeRegExp);
  return words.length > 0 && new RegExp(`\\b(?:${words.join('|')})`, 'u').test(text);
}

/**
 * "Hezbollah Secretary-General Naim Qassem", "Taliban chief spokesman Zabihullah Mujahid": a word
 * naming whom a person serves is read as a body unless the article says otherwise (a name, a
 * country, a common word or one capitalised only to open sentences says nothing).
 */
function servedBody(ctx: Ctx, start: number, word: string) {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || countryOf(word) || countryByDemonym(word) || isCommonWord(word, lowerWordsOf(ctx)) || isDictionaryWord(word)) return;
  // ("Democratic Sen. Tim Kaine", "Illinois Governor": a word the tagger reads as an adjective or place.)
  const tags = nlp(word.toLowerCase()).json()[0]?.terms?.[0]?.tags ?? [];
  if (tags.some((t: string) => ['Adjective', 'Place', 'Region', 'City', 'Country'].includes(t))) return;
  if (!ctx.midSentenceCaps.has(word)) return;
  // ("External Affairs Minister", "Democratic leader": the word must stand alone elsewhere too,
  // before a word that is no role: "disarm Hezbollah by", "under Taliban control".)
  const alone = new RegExp(`(?<![\\p{L}-])${word}(?:['’]s)?(?:\\s+(\\p{Ll}[\\p{L}-]*)|[,.;:])`, 'gu');
  if (![...ctx.text.matchAll(alone)].some((m) => !m[1] || !(TITLE_WORDS.has(m[1]) || new RegExp(`^(?:${ROLE_HEADS})$`).test(m[1])))) return;
  const existing = ctx.drafts.find((d) => d.start === start);
  if (existing) {
    if (existing.kind === 'unknown') existing.orgLike = true;
    return;
  }
  ctx.drafts.push({ kind: 'unknown', start, end: start + word.length, text: word, name: word, roles: [], orgLike: true });
}

function emitCountry(ctx: Ctx, part: Token[], info: CountryInfo, via: string, modifier: boolean) {
  const s = span(ctx, part);
  const before = ctx.text.slice(Math.max(0, s.start - 40), s.start);
  // "Saudi envoys", "Saudi and Emirati envoys": a spelling that is also the adjective, used as one.
  const adjectiveSpelling = countryByDemonym(s.text) === info || (/^\p{Lu}\p{Ll}+$/u.test(s.text) && info.name.startsWith(`${s.text} `));
  const nextWord = ctx.text.slice(s.end, s.end + 30).match(/^\s+([\p{L}-]+)/u)?.[1] ?? '';
  const adjectiveUse = /^\s+(?:\p{Ll}|(?:and|or)\s+\p{Lu}[\p{L}-]*\s+\p{Ll})/u.test(ctx.text.slice(s.end, s.end + 40)) || TITLE_WORDS.has(nextWord.toLowerCase());
  if (via === 'name' && adjectiveSpelling && adjectiveUse) return;
  // "a 'voting machine' for Brussels": the union's seat, unless the article speaks of its country.
  if (via === 'capital' && UNION_CAPITALS.has(foldName(s.text)) && !namesCountry(ctx.text, info)) {
    ctx.drafts.push({ kind: 'place', start: s.start, end: s.end, text: s.text, name: s.text, roles: [], code: info.cca3 });
    return;
  }
  if (via === 'capital' && !modifier) {
    const after = ctx.text.slice(s.end, s.end + 3);
    // A capital named as a place ("a news conference in Paris") does not name the country.
    if ((PLACE_BEFORE.test(before) && !GOVERNMENT_IN.test(before)) || /^,\s*\p{Lu}/u.test(after)) {
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

/**
 * "In a joint presser with the Turkish president, Sudani stated ...": the comma closes a phrase
 * put before the sentence's subject, and the name that follows it starts the main clause; the
 * role in that phrase is someone else's. ("With the Turkish president, Erdogan, ..." keeps its
 * apposition: the name is set off by a second comma.)
 */
function frontedPhraseEnds(before: string, after: string): boolean {
  return /(?:^|[.!?]["”]?\s+|\n)(?:In|At|During|After|Before|On|From|With|Following|Speaking|Meeting|Talking|Asked)\s[^.!?\n,]*,\s+$/u.test(before) && /^\s+\p{Ll}/u.test(after);
}

/** ", a mostly Sunni group", " and Y, two Iran-backed militias": a group set off after a name, or after a pair of names. */
const GROUP_APPOSITION = /^(?:\s+and\s+(?:(?:\p{Lu}[\p{L}’'-]*|al|el|[a-z]{1,3}-\p{Lu}[\p{L}’'-]*)\s*){1,4})?,\s+(?:the|a|an|two|three|four|both)\s+(?:[\p{L}-]+\s+){0,4}?(?:groups?|movements?|organi[sz]ations?|militias?|factions?|rebel\s+groups?|insurgent\s+groups?|affiliates?|offshoots?)\b/u;

function classifyName(ctx: Ctx, tokens: Token[], info: NameInfo) {
  const s = span(ctx, tokens);
  const last = tokens[tokens.length - 1] as Token;
  const before = ctx.text.slice(Math.max(0, s.start - 60), s.start);
  const after = ctx.text.slice(s.end, s.end + 80);
  const cleanName = tokens.map((t) => t.text).join(' ');
  const rankWord = /\bthe\s+(younger|elder|older)\s+$/i.exec(before)?.[1]?.toLowerCase();
  const base = { start: s.start, end: s.end, text: s.text, name: cleanName, roles: info.roles, ...(rankWord ? { rank: rankWord === 'younger' ? ('younger' as const) : ('elder' as const) } : {}) };
  // A trailing possessive mark is not part of the name.
  // Plural abbreviations ("MPs", "CEOs") are common nouns.
  if (tokens.length === 1 && /^[A-Z]{2,}s$/.test(last.text)) return;
  // ("Kataib Hezbollah and Harakat al-Nujaba, two US-designated Iran-backed Iraqi militias",
  // "Hayat Tahrir Al Sham, a mostly Sunni group", "al Shabaab, an affiliate of al Qaeda": a name
  // set off as a group is a body, whatever its words look like.)
  if (!info.titled && !info.roles.length && GROUP_APPOSITION.test(after)) {
    ctx.drafts.push({ ...base, kind: 'org' });
    return;
  }
  // "( Photo: GPO )": a picture's label names no one.
  if (tokens.length === 1 && /^(?:Photo|Picture|Image|Photograph|Video|Credit|Source)s?$/.test(last.text) && /^\s*:/.test(after)) return;
  // "he said on his official Facebook page", "in a Facebook post": a platform named before its page is no one.
  if (tokens.length === 1 && /^\s+(?:page|account|channel|feed|handle|profile|post|posts|video|livestream)\b/.test(after)) return;
  // "DUBAI, February 27. /TASS/.", "BEIRUT — US envoy ...": a dateline's city in capitals.
  // ("GOMA, DRC | Xinhua |": the city, its country and the agency; "ERBIL, Kurdistan Region of
  // Iraq - US Special Envoy": its region.)
  if (tokens.every((t) => /^\p{Lu}{3,}$/u.test(t.text)) && /(?:^|\n)\s*$/.test(before) && /^\s*(?:,\s*(?:\p{Lu}\p{Ll}+\.?\s+\d|\d|(?:(?:\p{Lu}[\p{L}.]*|of|the)\s+){0,4}\p{Lu}[\p{L}.]*\s*(?:\||[—–]|-\s|\())|(?:\((?:\p{Lu}[\p{L}]*\s*){1,3}\)\s*)?[—–-]\s+\p{Lu})/u.test(after) && tokens.map((t) => t.text).join('').length >= 4) {
    ctx.drafts.push({ ...base, kind: 'place' });
    return;
  }
  // "Maxime Prévot (Les Engagés)", "Conner Rousseau (Vooruit)": in brackets right after a
  // person's name, untitled, the party they belong to.
  // ("Narc Kenya party boss Martha Karua": a name before "party" is the party's.)
  const party = /(\p{Lu}[\p{L}’'-]+)\s+\(((?:Les|La|Le|Die|De|El|Los|Las|The)\s+)?$/u.exec(before);
  // (Right after a person's name: "Pakistan-occupied Kashmir (PoK)" is no party.)
  const nameEnd = party ? s.start - before.length + party.index + party[1]!.length : -1;
  const afterPerson = !!party && ctx.drafts.some((d) => d.kind === 'person' && d.end === nameEnd);
  if (!info.titled && !info.roles.length && ((party && afterPerson && ctx.text[s.end] === ')' && /^\p{Lu}\p{Ll}+(?:\s|$)/u.test(cleanName)) || (tokens.length >= 2 && /^\s+party\s+(?:boss|leader|chief|chair(?:man|woman|person)?|secretary|official|member|candidate|president)\b/i.test(after)))) {
    // (With its article: "Les Engagés".)
    const article = party?.[2] ?? '';
    ctx.drafts.push({ ...base, kind: 'org', start: s.start - article.length, text: article + s.text, name: article + cleanName });
    return;
  }
  // ("the opposition’s shadow National Unity Government, told": a government of a name is a body.)
  if (tokens.length >= 2 && last.text === 'Government' && !info.titled) {
    ctx.drafts.push({ ...base, kind: 'org' });
    return;
  }
  // "(Photo: Gallo Images / Luba Lesolle)": a picture's credit names no one in the story.
  if (/\((?:Photo|Picture|Image|Pic|Photograph)s?\s*:[^()]*$/i.test(before) && /^[^()]*\)/.test(after)) return;
  // "..., Anadolu reports.": a news agency known by one word, crediting the story.
  // ("Reuters interviewed four people", "Reuters noted that ...": at work as a body.)
  if (tokens.length === 1 && NEWS_AGENCIES.has(last.text) && !/^[A-Z]+$/.test(last.text) && (/^\s+reports\s*[.,]/.test(after) || /^\s+(?:has\s+|had\s+|was\s+)?\p{Ll}+(?:ed|s)\b/u.test(after) || ORG_BEFORE_MEDIA.test(before))) {
    ctx.drafts.push({ ...base, kind: 'org' });
    return;
  }
  // "(US$463 million)", "A$2 billion": a currency's sign names nobody.
  if (tokens.length === 1 && /^[A-Z]{1,3}$/.test(last.text) && ctx.text[s.end] === '$') return;
  // "the Vice Presidency headquarters": an office after a title word is no one's name.
  if (tokens.length === 1 && /^(?:presidency|vice-presidency|premiership|chancellery|chancellorship|ministry|secretariat|embassy|consulate|governorship|mayoralty)$/i.test(last.text)) return;
  // "Guayaquil, Ecuador.- The president of ...": a dateline's city, with its country after it.
  const datelineCountry = /(?:^|\n)\s*$/.test(before) ? /^,\s*((?:\p{Lu}[\p{L}]*\s+){0,2}\p{Lu}[\p{L}]*)\s*(?:\.?\s*[—–-]|\(|\|)/u.exec(after) : null;
  if (datelineCountry && (countryByName(datelineCountry[1]!) || codeCountry(datelineCountry[1]!)) && !countryByName(cleanName)) {
    ctx.drafts.push({ ...base, kind: 'place' });
    return;
  }
  if (tokens.length === 1 && isAcronymWord(last.text)) {
    // "DGMO-level talks": an acronym used only as a modifier names nothing.
    if (/^-\p{Ll}/u.test(ctx.text.slice(s.end, s.end + 2))) return;
    // "10:27 JST": a time zone after a clock time.
    if (/\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?$/i.test(before)) return;
    ctx.drafts.push({ ...base, kind: 'org', acronym: true, name: last.text.replace(/\./g, '') });
    return;
  }
  // "G7", "G20": the groups of countries are bodies.
  if (tokens.length === 1 && GROUP_CODE.test(last.text)) {
    ctx.drafts.push({ ...base, kind: 'org', name: last.text });
    return;
  }
  // "COP30", "5G": codes of meetings and things, no one's name.
  if (tokens.length === 1 && /\d/.test(last.text)) {
    ctx.drafts.push({ ...base, kind: 'unknown' });
    return;
  }
  // "the G7 Leaders Summit": an event named after its kind is nobody, whatever title came before.
  if (/^(?:Summit|Summits|Conference|Forum|Talks|Dialogue|Session|Games|Cup|Festival|Expo|Congress)$/.test(last.text) && !hasNameTag(last)) {
    ctx.drafts.push({ ...base, kind: 'unknown' });
    return;
  }
  // ("the president’s special envoy to the Middle East, Steve Witkoff": a region, whatever follows.)
  if (isRegionName(tokens.map((t) => t.text))) {
    ctx.drafts.push({ ...base, kind: 'place' });
    return;
  }
  // "the global Catholic Church", "the Russian Orthodox Church": a denomination's church is a body.
  if (low(last) === 'church' && tokens.length >= 2 && /^(?:Catholic|Orthodox|Anglican|Protestant|Evangelical|Lutheran|Methodist|Baptist|Coptic|Apostolic|Presbyterian|Episcopal|Reformed|Pentecostal)$/.test((tokens[tokens.length - 2] as Token).text)) {
    ctx.drafts.push({ ...base, kind: 'org' });
    return;
  }
  if ((PLACE_HEADS.has(low(last)) || (tokens.length === 1 && REGIONS.has(low(last))) || HOLIDAYS.has(low(tokens[0] as Token))) && !info.titled) {
    ctx.drafts.push({ ...base, kind: 'place' });
    return;
  }
  // "the criminal group Tren de Aragua", "the rebel movement M23": a body named after its kind.
  if (/\b(?:group|gang|cartel|movement|militia|faction|organi[sz]ation|party|network|coalition|alliance)\s+$/i.test(before) && !info.titled) {
    ctx.drafts.push({ ...base, kind: 'org' });
    return;
  }
  // "Netanyahu’s Likud party", "Orbán's Fidesz party": a name no dictionary has, before "party".
  if (tokens.length <= 2 && /^\s+party\b/.test(after) && !info.titled && tokens.every((t) => !isDictionaryWord(t.text) && !plainAdjective(t.text) && !countryByDemonym(t.text) && !countryOf(t.text) && !hasNameTag(t))) {
    ctx.drafts.push({ ...base, kind: 'org' });
    return;
  }
  const mediaBefore = MEDIA_WORDS.test(before) || ORG_BEFORE_MEDIA.test(before);
  // ("..., Reuters writes, citing an unnamed official": an outlet's present-tense "writes".)
  const mediaAfter = /^\s+(?:news agency|reported|report\b|writes\b|website|show\b)/i.test(after);
  if ((mediaBefore || mediaAfter) && !info.titled && !tokens.some(hasNameTag)) {
    // One word ("according to Peskov") may still be a person named in full elsewhere.
    if (tokens.length === 1 && !info.theFlag && !MEDIA_WORDS.test(before)) ctx.drafts.push({ ...base, kind: 'unknown', orgLike: true });
    else ctx.drafts.push({ ...base, kind: 'org', name: info.theFlag ? `The ${cleanName}` : cleanName });
    return;
  }
  let roles = [...info.roles];
  let gender = info.gender;
  let country = info.country;
  // "President of Honduras Xiomara Castro": the title and its country stood before the name.
  const titleOf = /((?:\p{Lu}[\p{L}-]*\s+){1,3})of\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,3})$/u.exec(before);
  const titleWords = titleOf ? titleOf[1]!.trim().split(/\s+/) : [];
  while (titleWords.length && !TITLE_WORDS.has(titleWords[0]!.toLowerCase())) titleWords.shift();
  if (titleOf && titleWords.length && titleWords.every((w) => TITLE_WORDS.has(w.toLowerCase())) && countryOf(titleOf[2]!.trim())) {
    roles.push(`${titleWords.join(' ')} of ${titleOf[2]!.trim()}`);
    country = country ?? countryOf(titleOf[2]!.trim())!.info.cca3;
  }
  const plainRole = info.titled || frontedPhraseEnds(before, after) ? null : (before.match(ROLE_BEFORE) ?? before.match(ROLE_AFTER_WORD) ?? (tokens.length >= 2 ? before.match(OFFICE_BEFORE) : null));
  const ofBody = plainRole || info.titled || tokens.length < 2 ? null : before.match(ROLE_OF_BODY_BEFORE);
  const roleBefore = plainRole ?? ofBody;
  if (roleBefore) {
    // ("Taliban chief spokesman Zabihullah Mujahid": the word before a lower-case role.)
    const served = /^(\p{Lu}[\p{L}-]*)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/u.exec((roleBefore[1] as string).trim());
    if (served) servedBody(ctx, s.start - before.length + roleBefore.index! + roleBefore[0].indexOf(roleBefore[1] as string), served[1]!);
    // The role is the words after the last preposition ("by phone with US counterpart").
    const words = (roleBefore[1] as string)
      .trim()
      .replace(/^.*\b(?:with|by|to|from|for|and|at|in|on)\s+/i, '')
      .replace(/^(?:the|a|an|his|her|its|their)\s+/i, '')
      // ("Kim Yo Jong, sister of North Korea’s leader Kim Jong Un": the kin is the one before; the
      // leader is this one.)
      .replace(/^(?:(?:younger|elder|older|late)\s+)?(?:sister|brother|son|daughter|wife|husband|father|mother|widow|niece|nephew|cousin)\s+of\s+/i, '');
    // (Of "President of the Trade Union Congress (TUC)" the office is the role; the body is whose.)
    const phrase = ofBody ? words.replace(/\s+of\s+[\s\S]*$/, '') : words;
    roles = [...roles, phrase];
    const w = phrase.split(/\s+/);
    const head = (w[w.length - 1] as string).toLowerCase();
    if (FEMALE_WORDS.has(head)) gender = 'f';
    if (MALE_WORDS.has(head)) gender = 'm';
    for (let k = 0; k < w.length && !country; k++) {
      const pair = k + 1 < w.length ? countryByDemonym(`${w[k]} ${w[k + 1]}`) : undefined;
      const c = pair ?? countryByDemonym(w[k] as string) ?? countryOf((w[k] as string).replace(/['’]s$/, ''))?.info;
      if (c) country = c.cca3;
    }
  }
  // ", senior official Khalil al-Hayya said": a title before the next name, not an apposition.
  // "Mark Savaya, US President Donald Trump’s Special Envoy to Iraq": someone's titled post.
  const apposMatch = after.match(APPOSITION_AFTER) ?? after.match(POST_OF_AFTER);
  const nextName = apposMatch ? after.slice(apposMatch[0].length).match(/^\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}\p{Ll}[\p{L}-]*(['’]s)?/u) : null;
  // ("talks” in Geneva, an RSF media official told": a place the sentence is in, then who spoke.)
  const placeBefore = /\b(?:in|at|near|into|across|throughout|outside)\s+(?:the\s+)?$/i.test(before);
  const appos = apposMatch && !(nextName && !nextName[1]) && !placeBefore ? apposMatch : null;
  if (appos) {
    const head = (appos[1] as string).toLowerCase();
    if (FEMALE_WORDS.has(head)) gender = 'f';
    if (MALE_WORDS.has(head)) gender = 'm';
  }
  // ("Kim Yo Jong, sister of North Korea’s leader Kim Jong Un": kin set off after the name.)
  const kinAfter = /^,\s+(?:the\s+|his\s+|her\s+)?(?:(?:younger|elder|older)\s+)?(sister|daughter|wife|mother|widow|niece|brother|son|husband|father|nephew)\b/i.exec(after);
  if (kinAfter) gender = /^(?:sister|daughter|wife|mother|widow|niece)$/i.test(kinAfter[1]!) ? 'f' : 'm';
  const personTag = tokens.some((t) => t.tags.has('Person') || hasNameTag(t));
  const placeLike = tokens.some((t) => t.tags.has('Place') || t.tags.has('City') || t.tags.has('Country'));
  // ("Paris, France"; not "Rafael Grossi, Director General of the IAEA": a title after the comma.)
  // ("Felix Banaszak, Green co-leader": a role after the comma, capitalised words before it.)
  // ("an adviser to Donald Trump, Massad Boulos, refrained": a first name opens no place.)
  const firstNamed = tokens.length >= 2 && hasNameTag(tokens[0] as Token) && !placeLike;
  const atPlace =
    /\b(?:in|at|near|into|across|throughout|outside|of)\s*,?\s+(?:the\s+)?$/i.test(before) ||
    (/^,\s+\p{Lu}/u.test(after) && !firstNamed && !TITLE_WORDS.has((/^,\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '').toLowerCase()) && !ROLE_AFTER_NAMES.test(after) &&
      // ("Following his meeting with Witkoff and Jared Kushner, Putin said": the next clause's speaker.)
      !(/\b(?:and|with)\s+$/.test(before) && /^,\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+(?:said|says|told|added|stated|noted|declared|announced|wrote)\b/u.test(after)));
  if (tokens.length === 1 && !info.titled && !roleBefore && !appos) {
    // One word alone: decided with every other occurrence of the word (see entities).
    // ("The Socialists, a key voting bloc in a fractured parliament, had said": a party's members
    // capitalised inside a sentence are a body, though the word is in the dictionary.)
    if (COLLECTIVE.test(last.text) && !/ians$/.test(last.text) && !last.sentenceInitial) {
      ctx.drafts.push({ ...base, kind: 'org' });
      return;
    }
    if (isDictionaryWord(last.text)) return;
    // "Sources told the channel": a plural of a common word, capitalised only to open a sentence.
    if (last.sentenceInitial && /\p{Ll}s$/u.test(last.text) && last.tags.has('Plural') && !last.tags.has('ProperNoun')) return;
    // "South America's Mercosur trade bloc", "All four founding members of Mercosur": a bloc.
    if (/^\s+(?:(?:trade|economic|military|regional|political|customs)\s+)?(?:bloc|alliance|grouping)\b/i.test(after) || /\bmembers\s+of\s+$/i.test(before)) {
      ctx.drafts.push({ ...base, kind: 'org' });
      return;
    }
    // "Democrats", "Socialists", "Republicans": members of a party or creed, no one person.
    if (COLLECTIVE.test(last.text)) {
      ctx.drafts.push({ ...base, kind: 'org' });
      return;
    }
    // "Since Trump returned to the White House, his administration ...": the subject of a
    // verb, referred to as "his"/"her" in the same sentence.
    // ("what Trump was referring to, but he said": the next clause's "he".)
    const referredAsPerson = (/^\s+(?:(?:would|will|could|should|had|has|was|is|also|then)\s+)*\p{Ll}+(?:ed|s)?\b[^.;!?]{0,80}?\b(?:his|her|him)\b/u.test(after) || /^\s+(?:(?:would|will|could|should|had|has|was|is|also|then)\s+)*\p{Ll}+(?:ed|ing|s)?\b[^.;!?,]{0,60},\s+(?:but|and|while|as)\s+(?:he|she)\s+\p{Ll}/u.test(after)) && !placeLike;
    // `"...," said Trump.`: the speaker of a quotation, after its verb.
    const saidBefore = /["”’],?\s*(?:said|says|added|adds|asked|wrote|continued|insisted|warned|replied)\s+$/.test(before);
    // ("as Israel's war on Gaza continues": a place the tagger knows goes on; it says nothing.)
    const cue = (SPEECH_AFTER.test(after) && !placeLike) || saidBefore || COPULA_ROLE.test(after) || /^\s+administration\b/.test(after) || last.tags.has('LastName') || (last.tags.has('Person') && !placeLike) || referredAsPerson;
    // A name after "the" is no person's ("the Baltic states", "the Nordic countries").
    const afterThe = /\bthe\s+$/i.test(before);
    // ("Nato's intentions", "Opec", "Chevron": a body the tagger's lexicon knows by name; not a
    // medium or a programme written before its noun: "on Facebook", "the Medicaid changes".)
    const knownBody = !cue && lexiconTags(last.text).includes('Organization') && !/\b(?:on|via|through|formerly)\s+$/i.test(before) && !/^\s+\p{Ll}/u.test(after);
    ctx.drafts.push({ ...base, kind: 'unknown', ...(cue && !atPlace && !afterThe ? { personCue: true } : {}), ...(knownBody ? { orgLike: true } : {}) });
    return;
  }
  // "State Visit": a titled common word is no name, when the article also uses it in lower case.
  if (tokens.length === 1 && isDictionaryWord(last.text) && !hasNameTag(last) && new RegExp(`\\b${last.text.toLowerCase()}\\b`).test(ctx.text)) return;
  if (COLLECTIVE.test(last.text) && !info.titled) {
    ctx.drafts.push({ ...base, kind: 'org' });
    return;
  }
  // "a trade deal with China's Xi Jinping": two or three name words, none of them a word of
  // the language, after a country's possessive are the country's person ("Iron Dome" is not).
  const possessor = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})['’]s?\s+$/u.exec(before)?.[1];
  // "Trump meets with Sakie Yokota": the same words right after a meeting verb.
  // ("Lee Jae Myung hosted Xi Jinping for their first meeting": a host's guest.)
  const nameCue = (!!possessor && !!countryOf(possessor)) || /\b(?:met|meets|meet|meeting|hosted|hosts|hosting|welcomed|welcomes|welcoming)\s+(?:with\s+)?$/.test(before);
  const countrysOwn = nameCue && tokens.length >= 2 && tokens.length <= 3 && !placeLike && !atPlace &&
    tokens.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(t.text) && !isOrgHead(t) && !isTitle(t) && !isCommonWord(t.text, lowerWordsOf(ctx)));
  // "A senior adviser to Donald Trump for Africa, Massad Boulos, refrained": a name set off by
  // commas after the role that opens its sentence, whatever qualifies the role.
  const roleOpensSentence =
    tokens.length >= 2 && tokens.length <= 4 && /^,\s/.test(after) &&
    ROLE_OPENS_SENTENCE.test(ctx.text.slice(Math.max(0, s.start - 140), s.start));
  // "party leaders Conner Rousseau (Vooruit), Georges-Louis Bouchez (MR)": a name of two or three
  // words that are no words of the language, then the party in brackets.
  const partyAfter = tokens.length >= 2 && tokens.length <= 3 && !placeLike && !atPlace &&
    /^\s+\((?:[\p{Lu}&-]{2,8}|(?:(?:Les|La|Le|Die|De|El|Los|Las|The)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\)/u.test(after) &&
    tokens.every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !isOrgHead(t) && !isTitle(t) && !isCommonWord(t.text, lowerWordsOf(ctx)));
  // ("Marine Le Pen's far-right", "Charles de Gaulle"): a first word, a family name's particle, a
  // capitalised family name.
  const particleName = tokens.length === 3 && !placeLike && !atPlace && /^(?:Le|le|De|de|Du|du|Van|van|Von|von|Di|di|Da|da)$/.test((tokens[1] as Token).text) &&
    [tokens[0]!, tokens[2]!].every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isOrgHead(t) && !isTitle(t));
  // ("said H.A. Hellyer, a senior fellow": dotted initials, then a capitalised surname.)
  const initialled = tokens.length === 2 && /^(?:\p{Lu}\.){2,3}$/u.test((tokens[0] as Token).text) && /^\p{Lu}\p{Ll}+$/u.test(last.text) && !isOrgHead(last) && !isTitle(last) && !countryOf((tokens[0] as Token).text);
  // ("since the fall of Bashar al-Assad in December", "the release of Boualem Sansal": what
  // befalls a person, before a name of two to four words.)
  const fateOf = tokens.length >= 2 && tokens.length <= 4 && !placeLike && /\b(?:fall|ouster|overthrow|toppling|death|killing|assassination|arrest|detention|release|resignation|impeachment|funeral)\s+of\s+$/i.test(before) &&
    tokens.every((t) => !isOrgHead(t) && !isTitle(t) && !countryOf(t.text));
  const evidence =
    info.titled ||
    countrysOwn ||
    fateOf ||
    initialled ||
    partyAfter ||
    particleName ||
    !!roleBefore ||
    roleOpensSentence ||
    !!appos ||
    /^\s+administration\b/.test(after) ||
    // ("Al Shabaab": "Al" is a particle here, not the first name Al.)
    (tokens.length >= 2 && !atPlace && !/^(?:al|el)$/i.test((tokens[0] as Token).text) && (hasNameTag(tokens[0] as Token) || (personTag && !placeLike))) ||
    // ("the General Assembly meeting in New York, stressed the need": a place before the verb is
    // no speaker; nor are "Member States" or a byline's "Professorial Fellow".)
    (tokens.length >= 2 && !(placeLike && atPlace) && !/^(?:States|Nations|Members|Fellow|Fellows)$/.test(last.text) && (SPEECH_AFTER.test(after) || SPEECH_AFTER.test(after.replace(/^,/, '')) || (MEETS_AFTER.test(after) && !placeLike)));
  if (evidence && tokens.length <= 7) {
    ctx.drafts.push({
      ...base,
      kind: 'person',
      roles,
      ...(country ? { country } : {}),
      ...(gender ? { gender } : {}),
      ...(kinAfter ? { kin: true } : {}),
      ...(info.regnal ? { regnal: info.regnal } : {}),
    });
    return;
  }
  if (info.theFlag && !last.tags.has('Place')) {
    ctx.drafts.push({ ...base, kind: 'org', name: `The ${cleanName}` });
    return;
  }
  // "the Indian Lok Sabha": a national institution named after its country's adjective.
  if (info.country && info.roles.length && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, s.start - 40), s.start).replace(/\S+\s+$/, '')) && !placeLike) {
    ctx.drafts.push({ ...base, kind: 'org' });
    return;
  }
  ctx.drafts.push({ ...base, kind: placeLike ? 'place' : 'unknown' });
}

/** "Asia-Pacific Economic Cooperation (APEC)", "(National Intelligence Services) NIS". */
function linkAcronyms(text: string, drafts: Draft[]) {
  // ("National Security Advisor (NSA) Ajit Doval", later "the NSA": a title's acronym names no body.)
  for (const t of text.matchAll(/((?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}[\p{L}-]*))\s+\((\p{Lu}{2,6})\)(?=\s+\p{Lu}\p{Ll})/gu)) {
    if (!TITLE_WORDS.has(t[2]!.toLowerCase())) continue;
    for (const d of drafts) if (d.name === t[3] && (d.acronym || d.kind === 'org')) Object.assign(d, { acronym: true, linkedLongForm: t[1]!, linkedLongFormIsOrg: false });
  }
  // ("The March 23 Movement (M23) rebel group", "the Confederation of Indigenous Nationalities of
  // Ecuador (Conaie)": a code or short form in brackets right after a body's name, read as a body of its own.)
  for (const d of drafts) {
    if (d.acronym || (d.kind !== 'org' && d.kind !== 'unknown') || !/^\p{Lu}[\p{L}\d]{1,7}$/u.test(d.name) || text[d.start - 1] !== '(' || text[d.end] !== ')') continue;
    const coded = d.kind === 'org' && /\d/.test(d.name);
    const short = drafts.some((x) => x.kind === 'org' && x !== d && x.end === d.start - 2 && x.name.split(/\s+/).length >= 3);
    if (coded || short) {
      d.kind = 'org';
      d.acronym = true;
    }
  }
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

/** "Diplomatic sources": in lower case, an adjective and the noun it qualifies (not "Zelensky said"). */
function adjectiveBeforeNoun(word: string, after: string): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  if (!next) return false;
  const terms: { tags: string[] }[] = nlp(`${word.toLowerCase()} ${next}`).json()[0]?.terms ?? [];
  return !!terms[0]?.tags.includes('Adjective') && !!terms[1]?.tags.includes('Noun') && !terms[1]?.tags.includes('Verb');
}

/** "Conservative", "Democratic": a word the tagger reads as an adjective once written in lower case. */
function plainAdjective(word: string): boolean {
  const tags: string[] = nlp(word.toLowerCase()).json()[0]?.terms?.[0]?.tags ?? [];
  return tags.includes('Adjective');
}

/** "Israel and Hamas had agreed", "... have signed": a verb of agreeing after the pair. */
const AGREES_AFTER = /^\s+(?:(?:have|had|has|also|finally)\s+)*(?:agreed|signed|reached|accepted|exchanged|concluded)\b/;

/** "Hamas and the Palestinian Authority", "neither Hamas nor the PA": a word with "and"/"or"/"nor" before a body's name. */
function besideBody(text: string, d: Draft, orgStarts: Set<number>): boolean {
  const next = /^,?\s+(?:and|or|nor)\s+/i.exec(text.slice(d.end, d.end + 20));
  if (!next) return false;
  const at = d.end + next[0].length;
  const the = /^the\s+/i.exec(text.slice(at, at + 8));
  return orgStarts.has(at) || (!!the && orgStarts.has(at + the[0].length));
}

/** A lone unknown word that the next words call "it" or "its" ("Hamas has confirmed that five of its officials"). */
function markOrgLike(text: string, drafts: Draft[]) {
  const orgStarts = new Set(drafts.filter((o) => o.kind === 'org').map((o) => o.start));
  const orgEnds = new Set(drafts.filter((o) => o.kind === 'org').map((o) => o.end));
  // ("the ceasefire between Israel and Hamas": a party to it beside a state; a place beside one
  // is told apart by "in Gaza" elsewhere.)
  const countryStarts = new Set(drafts.filter((o) => o.kind === 'country').map((o) => o.start));
  // ("between Japan and Korea": a word that ends a country's name is that country, said short.)
  const countryEnds = new Set(drafts.filter((o) => o.kind === 'country').map((o) => o.end));
  for (const d of drafts.filter((x) => x.kind === 'unknown')) {
    // The rest of the clause, quotations left out: "it" inside someone's words is theirs.
    const sentenceRest = (text.slice(d.end, d.end + 90).split(/[.!?]\s|["“”]/)[0] ?? '');
    const before = text.slice(Math.max(0, d.start - 30), d.start);
    // ("an alternative to Hamas and the Palestinian Authority": beside a body, after "to" too.)
    if (PLACE_BEFORE.test(before) && !besideBody(text, d, orgStarts)) continue;
    // "a plan to disarm Hezbollah", "dismantling Hamas": what is disarmed is an armed group.
    if (/\b(?:disarm|disarms|disarmed|disarming|dismantle|dismantles|dismantled|dismantling|disarmament of|dismantling of)\s+$/i.test(before)) {
      d.orgLike = true;
      continue;
    }
    // "Israel and Hamas had agreed to a ceasefire": a party to an agreement beside a state.
    if (!COUNTRY_NAME_ENDS.has(d.name) && AGREES_AFTER.test(text.slice(d.end, d.end + 40)) && countryEnds.has(d.start - (/\s+and\s+$/.exec(text.slice(Math.max(0, d.start - 8), d.start))?.[0].length ?? 1e9))) {
      d.orgLike = true;
      continue;
    }
    // "a top Catholic official", "the Islamist movement": an adjective of a faith or creed is no body.
    const creed = /(?:ist|ic)$/.test(d.name) && !/^['’]/.test(text.slice(d.end, d.end + 1));
    // ("the Mercosur countries", "the Mercosur summit", "Mercosur member states": a bloc's members
    // and meetings.)
    const possessiveMember = !creed && /^(?:['’]s?)?\s+(?:political|military|armed|senior|top)?\s*(?:bureau|wing|leader|(?<=(?:political|military|senior|top)\s*)leaders|leadership|officials?|members?|fighters|militants|delegation|negotiators|spokesman|spokesperson|shares|stock|shareholders|executives|employees|group|movement|militia|countries|member\s+(?:states|countries)|summit|secretariat)\b/.test(text.slice(d.end, d.end + 40));
    // "the militant group Hamas", "the Lebanese movement Hezbollah".
    // ("the trade bloc Mercosur", "Mercosur, a South American trade bloc": a bloc is a body too.)
    const groupBefore = /\b(?:group|movement|organi[sz]ation|militia|faction|outfit|bloc)\s+$/i.test(before);
    const groupApposition = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:group|movement|organi[sz]ation|party|militia|faction|network|company|firm|agency|broadcaster|newspaper|bloc|alliance|grouping)\b/u.test(text.slice(d.end, d.end + 60));
    // "its" before any other name ("Putin said Russia would continue its offensive": Russia's).
    const itsAt = sentenceRest.search(/\bits\b/);
    // ("Ramaphosa said it was time to ...": an "it" that stands for nothing calls nobody "it".)
    const calledIt = (itsAt >= 0 && !/\b\p{Lu}[\p{Ll}\p{Lu}]/u.test(sentenceRest.slice(0, itsAt))) || /^\s+(?:\p{Ll}+\s+){0,2}?(?:said|says|confirmed|announced|added|stated|claimed|insisted|warned)(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s+(?:that\s+)?it\b(?!\s+(?:is|was|would be|will be|has been|had been)\s+(?:\p{Ll}+\s+)?(?:time|important|necessary|clear|possible|impossible|essential|vital|crucial|likely|unlikely|difficult|hard|easy|unacceptable|wrong|right|premature|early|up to|a mistake|an honour|an honor)\b)/u.test(sentenceRest);
    // "the Taliban said", "The Houthis claimed": a word that takes "the" and speaks is a body.
    const theSpeaks =
      /\bthe\s+$/i.test(before) &&
      /^\s+(?:(?:has|have|had|also|later|earlier)\s+)*(?:said|says|announced|claimed|stated|warned|denied|rejected|confirmed|accused|vowed|threatened)\b/.test(text.slice(d.end, d.end + 80));
    // "neither Hamas nor the Palestinian Authority": coordinated with an organisation.
    const next = /^,?\s+(?:and|or|nor)\s+/i.exec(text.slice(d.end, d.end + 20));
    const nextAt = next ? d.end + next[0].length : -1;
    const prev = /,?\s+(?:and|or|nor)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, d.start - 24), d.start));
    const betweenCountry = /\bbetween\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.start - 60), prev ? d.start - prev[0].length : d.start).replace(/(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*$/u, ''));
    const coordinated =
      besideBody(text, d, orgStarts) ||
      (!!prev && orgEnds.has(d.start - prev[0].length)) ||
      (!!prev && betweenCountry && countryEnds.has(d.start - prev[0].length)) ||
      (nextAt >= 0 && /\bbetween\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.start - 14), d.start)) && countryStarts.has(nextAt));
    if (calledIt || possessiveMember || groupApposition || theSpeaks || groupBefore || (coordinated && !COUNTRY_NAME_ENDS.has(d.name))) d.orgLike = true;
  }
  // One occurrence read as "it"/"its" makes every occurrence of the word an organisation, unless
  // the word is also where something happens ("in Gaza") as often as it acts as a body.
  const count = (list: Draft[]) => list.reduce((m, d) => m.set(d.name, (m.get(d.name) ?? 0) + 1), new Map<string, number>());
  const orgUses = count(drafts.filter((d) => d.orgLike));
  const placeUses = count(
    drafts.filter((d) => {
      const before = text.slice(Math.max(0, d.start - 30), d.start);
      // ("in Taliban hands", "under Hamas control": a word before a noun only qualifies it; so
      // does a possessor: "in Hamas’s October 7 attack".)
      const modifies = (/^\s+\p{Ll}{3,}\b/u.test(text.slice(d.end, d.end + 20)) && !/^\s+(?:and|or|but|nor|for|from|with|into|over|after|before|since|until|during|where|which|who|that|this|last|next|on|in|at|to|by|as|is|was|are|were|has|had|have|will|would|said|says)\b/.test(text.slice(d.end, d.end + 20))) || /^['’]s?\s/.test(text.slice(d.end, d.end + 3));
      return d.kind === 'unknown' && PLACE_BEFORE.test(before) && !ORG_BEFORE_MEDIA.test(before) && !modifies && !besideBody(text, d, orgStarts);
    }),
  );
  const placeWords = new Set([...placeUses].filter(([name, n]) => (orgUses.get(name) ?? 0) <= n).map(([name]) => name));
  for (const d of drafts) if (d.kind === 'unknown' && orgUses.has(d.name) && !placeWords.has(d.name)) d.orgLike = true;
  for (const d of drafts) if (d.kind === 'unknown' && placeWords.has(d.name)) d.orgLike = false;
  // "Hamas and the Red Cross plan to", "Hamas and Palestinian Islamic Jihad are": coordinated
  // with a word the article has already shown to be a body.
  const likeStarts = new Set(drafts.filter((d) => d.orgLike).map((d) => d.start));
  const likeEnds = new Set(drafts.filter((d) => d.orgLike).map((d) => d.end));
  for (const d of drafts) {
    if (d.kind !== 'unknown' || d.orgLike || placeWords.has(d.name)) continue;
    const prev = /\s+(?:and|or|nor)\s+(?:the\s+|\p{Lu}\p{Ll}+\s+)?$/u.exec(text.slice(Math.max(0, d.start - 40), d.start));
    const next = /^\s+(?:and|or|nor)\s+/.exec(text.slice(d.end, d.end + 8));
    const before = prev ? d.start - prev[0].length : -1;
    if ((prev && [...likeEnds].some((e) => e === before || e === before - 2)) || (next && likeStarts.has(d.end + next[0].length))) {
      // A name of several words is judged here; single words over all their occurrences.
      if (/\s/.test(d.name)) d.kind = 'org';
      else d.orgLike = true;
    }
  }
  // "According to an official Hamas account": one word read once as a titled person, that the
  // article calls "it" twice or more, is the body.
  const orgLikeCount = new Map<string, number>();
  for (const d of drafts) if (d.orgLike) orgLikeCount.set(d.name, (orgLikeCount.get(d.name) ?? 0) + 1);
  for (const name of orgLikeCount.keys()) {
    const people = drafts.filter((d) => d.kind === 'person' && d.name === name && !/\s/.test(d.name));
    if (people.length === 1 && (orgLikeCount.get(name) ?? 0) >= 2) {
      const d = people[0] as Draft;
      d.kind = 'unknown';
      d.orgLike = true;
      d.roles = [];
    }
  }
}

/** "the Iranian foreign ministry": a ministry named by its country's adjective. */
function findLowercaseMinistries(text: string, drafts: Draft[]) {
  const re = /\b((\p{Lu}[\p{L}]+(?:['’]s)?)\s+(?:foreign|defen[cs]e|interior|commerce|finance|trade|justice|health|information)\s+ministry)\b/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const word = m[2] as string;
    // "the Iranian foreign ministry", "China's foreign ministry".
    if (!countryByDemonym(word) && !(/['’]s$/.test(word) && countryOf(word.replace(/['’]s$/, '')))) continue;
    drafts.push({ kind: 'org', start: m.index, end: m.index + (m[1] as string).length, text: m[1] as string, name: m[1] as string, roles: [] });
  }
}

/** "a meeting between Donald Trump and Xi Jinping": a name coordinated with a person is one. */
function promoteCoordinated(text: string, drafts: Draft[]) {
  const sorted = [...drafts].sort((a, b) => a.start - b.start);
  for (let k = 0; k < sorted.length; k++) {
    const d = sorted[k] as Draft;
    if (d.kind !== 'unknown' && d.kind !== 'place') continue;
    if (d.name.split(' ').length < 2 || d.name.split(' ').length > 3) continue;
    // ("outside Adiala Jail, Gohar Ali Khan said": a place named by its kind stays one.)
    if (d.kind === 'place' && PLACE_HEADS.has((d.name.split(' ').pop() ?? '').toLowerCase())) continue;
    // ("envoy to the Middle East, Steve Witkoff": nor does a region.)
    if (isRegionName(d.name.split(' '))) continue;
    const prev = sorted[k - 1];
    const next = sorted[k + 1];
    const linked = (o: Draft | undefined, gap: string) => o?.kind === 'person' && /^\s*(?:and|or|,)\s*$/.test(gap);
    if (linked(prev, prev ? text.slice(prev.end, d.start) : '') || linked(next, next ? text.slice(d.end, next.start) : '')) d.kind = 'person';
  }
}
