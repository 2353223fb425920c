/**
 * Finds the people, countries and organisations an article names, links every mention of
 * one of them to a single entity (transliterations, surnames, acronyms, government seats),
 * and exposes a resolver for later stages.
 */
import { countryId, foldName, orgId, personId, placeId } from '../graph/ids';
import { captionDescription } from '../read/boilerplate';
import type { EntityContext } from './context';
import { createResolver } from './coref';
import { mentionsWithin } from './mention-window';
import { COUNTRY_BY_CODE, expandOrgName, ORG_HEADS } from './gazetteer';
import { findDrafts, isCommonWord, lowerCaseWords, type Draft } from './mention-drafts';
import { escapeRegExp, nameTokens, sameFullName, sameToken, singleMatches, skeleton } from './names';
import type { CleanArticle, Entity, Mention } from './types';

export function findEntities(article: CleanArticle): EntityContext {
  const body = findDrafts(article.text, article.paragraphs, article.sentences.map((s) => s.start));
  // Captions name people and places too; their photo credits name nothing.
  const captionDrafts = article.captions.map(captionDescription).map((c) => findDrafts(c, [{ start: 0, end: c.length }], [0]));
  // The headline too ("Pakistan PM Shehbaz Sharif Proposes Saudi Arabia As Neutral Venue"): its
  // full names tell who the body's "Sharif" and "Shehbaz" are; like a caption, it adds no mention.
  const title = article.title?.trim();
  // (Its last word, the surname, is written in the body too: a headline in title case runs
  // words together, "Putin Accepts Invitation".)
  let lower: Set<string> | undefined;
  const lowerWords = () => (lower ??= lowerCaseWords(article.text));
  const inBody = (w: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(article.text);
  const titleDrafts = title
    ? findDrafts(title, [{ start: 0, end: title.length }], [0]).map(headlineName).filter((d) => {
          const words = d.name.split(/\s+/);
          return d.kind === 'person' && words.length >= 2 && words.length <= 3 && inBody(words[words.length - 1]!) && words.slice(0, -1).every((w) => !isCommonWord(w, lowerWords()));
        })
    : [];
  const built = buildEntities(body, [...captionDrafts.flat(), ...titleDrafts], lowerWords);
  addSurnameMentions(article.text, built);
  addPronounFamilyNames(article.text, built);
  keepSheikhOfSingleNames(article.text, built.entities);
  const sentenceOf = (pos: number) => {
    const s = article.sentences.find((x) => pos >= x.start && pos < x.end);
    return s ? s.index : Math.max(0, article.sentences.filter((x) => x.start <= pos).length - 1);
  };
  const mentions: Mention[] = built.bodyMentions
    .map((m) => ({ ...m, sentenceIndex: sentenceOf(m.start) }))
    .sort((a, b) => a.start - b.start);
  const byKey = new Map(built.entities.map((e) => [e.key, e]));
  const resolver = createResolver(article, built.entities, mentions, built.genders);
  addRoleMentions(article, mentions, resolver, (k) => byKey.get(k));
  return {
    entities: built.entities,
    mentions,
    byKey,
    resolve: resolver,
    mentionsIn: (start, end) => mentionsWithin(mentions, start, end),
  };
}

/**
 * "Shehbaz Sharif Proposes Saudi Arabia As Neutral Venue For Talks": a headline in title case runs
 * a name into its verb; the two or three words before a verb in "-s" are the name.
 */
function headlineName(d: Draft): Draft {
  if (d.kind !== 'unknown' && d.kind !== 'person') return d;
  const words = d.name.split(/\s+/);
  for (const n of [2, 3]) {
    const verb = words[n];
    if (words.length > n && verb && /^\p{Lu}\p{Ll}+s$/u.test(verb) && !/(?:ss|us|is)$/.test(verb) && words.slice(0, n).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) {
      const name = words.slice(0, n).join(' ');
      return { ...d, kind: 'person', name, text: name, end: d.start + name.length };
    }
  }
  return d;
}

/**
 * Role descriptions that stand for a person named earlier ("the North Korean leader",
 * "the foreign minister", "PM"), added as mentions of that person so later stages and
 * pronouns can use them.
 */
const ROLE_REFERENCE = new RegExp(
  // (Within one line: "New meeting with the King\n\nThe formateur is scheduled to meet ..." is two references.)
  '\\b(?:(?:[Tt]he|[Hh]is|[Hh]er)[ \\t]+((?:\\p{Lu}[\\p{L}\'’-]*[ \\t]+){0,2}(?:(?:deputy|vice|prime|foreign|defen[cs]e|chief|supreme|special|senior)[ \\t]+)*' +
    // ("the Pakistan Prime Minister, however, warned": an office may be capitalised.)
    '(?:[Pp]resident|[Ll]eader|[Mm]inister|[Pp]remier|[Cc]hief|spokesperson|spokesman|spokeswoman|[Ss]peaker|[Ee]nvoy|diplomat|monarch|[Kk]ing|[Qq]ueen|[Pp]ontiff|[Cc]hancellor|formateur|informateur|FM|PM|DPM))|(PM|FM|DPM)(?=\\s+\\p{Ll}))\\b',
  'gu',
);

function addRoleMentions(article: CleanArticle, mentions: Mention[], resolve: (text: string, at: number) => Entity | null, byKeyOf: (key: string) => Entity | undefined) {
  const found: Mention[] = [];
  for (const m of article.text.matchAll(ROLE_REFERENCE)) {
    const phrase = (m[1] ?? m[2]) as string;
    let start = (m.index ?? 0) + m[0].length - phrase.length;
    const end = start + phrase.length;
    // ("The US envoy affirmed ...": the country inside the description is a mention of its own;
    // the reference is the words after it.)
    const inside = mentions.filter((x) => x.start < end && x.end > start);
    if (inside.length && inside.every((x) => x.start >= start && x.end < end && byKeyOf(x.entityKey)?.type === 'Country')) {
      start = Math.max(...inside.map((x) => x.end));
      while (/\s/.test(article.text[start] ?? '')) start++;
    } else if (inside.length) continue;
    // A title directly before a name is part of that mention, not a reference.
    if (/^\s+\p{Lu}\p{Ll}/u.test(article.text.slice(end, end + 3)) && !/^(?:PM|FM|DPM)$/.test(phrase)) continue;
    const e = resolve(phrase, start);
    if (!e || e.type !== 'Person') continue;
    const sentence = article.sentences.find((s) => start >= s.start && start < s.end);
    found.push({ entityKey: e.key, start, end, text: article.text.slice(start, end), sentenceIndex: sentence?.index ?? 0 });
    mentions.push(found[found.length - 1] as Mention);
    mentions.sort((a, b) => a.start - b.start);
  }
}

/**
 * "Sheikh" is a title before a Gulf ruler's full name ("Sheikh Tamim bin Hamad Al Thani") but
 * part of the name of someone known by one name with it ("Sheikh Hasina"): a person the article
 * names by one word, written after "Sheikh", keeps it.
 */
function keepSheikhOfSingleNames(text: string, entities: Entity[]) {
  for (const e of entities) {
    if (e.type !== 'Person' || /\s/.test(e.name) || !new RegExp(`\\bSheikh\\s+${e.name}\\b`, 'u').test(text)) continue;
    e.aliases = [...new Set([...e.aliases, e.name])];
    e.name = `Sheikh ${e.name}`;
  }
}

/**
 * A surname that is also an ordinary word ("Kiss", "Rice", "Brown") is not read as a name on
 * its own; once the article has named the person in full, or by the surname after a title, its
 * capitalised uses are that person.
 * So is a family name written first ("Wang" of "Wang Yi") when the article uses it alone in
 * mid-sentence and never the other word.
 */
function addSurnameMentions(text: string, built: Built) {
  const people = built.entities.filter((e) => e.type === 'Person');
  const alone = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`, 'gu');
  // Capitalised on its own, not beside another capitalised word ("Anna Kiss", "Kiss Foundation").
  const standalone = (start: number, end: number) =>
    !/\p{Lu}[\p{L}’'-]*\s$/u.test(text.slice(Math.max(0, start - 30), start)) && !/^\s\p{Lu}/u.test(text.slice(end, end + 2));
  // (Each word's uses found once: an article naming thousands of people reads the text once per word.)
  const uses = new Map<string, RegExpMatchArray[]>();
  const usedAlone = (word: string) => {
    let found = uses.get(word);
    if (!found) {
      found = [...text.matchAll(alone(word))].filter((m) => standalone(m.index ?? 0, (m.index ?? 0) + word.length));
      uses.set(word, found);
    }
    return found;
  };
  for (const e of people) {
    const words = e.name.split(/\s+/);
    // ("President Trump" named with a title only: "Trump later went after Petro" is him too.)
    if (words.length < 2 && !e.roles.length) continue;
    const last = words[words.length - 1]!;
    const first = words[0]!;
    const candidates = [last];
    if (words.length === 2 && usedAlone(last).length === 0 &&
      usedAlone(first).some((m) => /\p{Ll}[,;:]?\s+$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 20), m.index)))) candidates.push(first);
    for (const word of candidates) {
      if (word.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
      if (people.some((o) => o !== e && o.name.split(/\s+/).includes(word))) continue;
      for (const m of usedAlone(word)) {
        const start = m.index ?? 0;
        const end = start + word.length;
        if (built.bodyMentions.some((x) => x.start < end && x.end > start)) continue;
        built.bodyMentions.push({ entityKey: e.key, start, end, text: word });
      }
    }
  }
}

/**
 * "he expects to meet next week with He in Malaysia": a family name written first that is
 * also a pronoun ("He Lifeng") is the person when it is capitalised in mid-sentence, right
 * after a lower-case word.
 */
function addPronounFamilyNames(text: string, built: Built) {
  for (const e of built.entities) {
    if (e.type !== 'Person') continue;
    const words = e.name.split(/\s+/);
    const first = words[0] ?? '';
    if (words.length < 2 || !/^(?:He|She|We|It|Us)$/.test(first)) continue;
    for (const m of text.matchAll(new RegExp(`(?<=\\p{Ll}[,]?\\s)${first}(?![\\p{L}\\p{N}'’-])(?!\\s\\p{Lu})`, 'gu'))) {
      const start = m.index ?? 0;
      const end = start + first.length;
      if (built.bodyMentions.some((x) => x.start < end && x.end > start)) continue;
      built.bodyMentions.push({ entityKey: e.key, start, end, text: first });
    }
  }
}

interface Built {
  entities: Entity[];
  bodyMentions: Omit<Mention, 'sentenceIndex'>[];
  genders: Map<string, 'f' | 'm'>;
}

interface PersonCluster {
  names: { text: string; tokens: string[]; regnal?: string }[];
  roles: string[];
  country?: string;
  female: boolean;
  male: boolean;
  drafts: Draft[];
  /** Offsets of mentions, for choosing the nearest cluster of a surname. */
  positions: number[];
  /** Called someone's sister, brother, son or daughter. */
  kin?: boolean;
}

function buildEntities(body: Draft[], captions: Draft[], lowerWords: () => Set<string>): Built {
  const all = [...body.map((d) => ({ d, caption: false })), ...captions.map((d) => ({ d, caption: true }))];
  const clusters: PersonCluster[] = [];
  const persons = all.filter(({ d }) => d.kind === 'person');
  // Full names first: they define who is who; single words attach to them afterwards.
  for (const { d, caption } of persons) {
    const tokens = nameTokens(d.name);
    if (tokens.length < 2) continue;
    let c = clusters.find((x) => x.names.some((n) => sameFullName(n.tokens, tokens)));
    if (!c) {
      c = { names: [], roles: [], female: false, male: false, drafts: [], positions: [] };
      clusters.push(c);
    }
    addToCluster(c, d, tokens, caption);
  }
  const unresolved: { d: Draft; caption: boolean }[] = [];
  for (const { d, caption } of all) {
    if (d.kind !== 'person' && d.kind !== 'unknown') continue;
    const tokens = nameTokens(d.name);
    if (tokens.length !== 1) continue;
    const c = nearestCluster(clusters, tokens[0] as string, d.start, caption, d.roles, d.rank);
    if (c) addToCluster(c, d, tokens, caption);
    else unresolved.push({ d, caption });
  }
  // Single words never tied to a full name, judged over all their occurrences: an
  // organisation when called "it" ("Hamas ... its officials"), else a person when titled or
  // speaking ("Trump" throughout).
  const verdict = new Map<string, 'person' | 'org'>();
  // A title, role or apposition anywhere makes the word a person's name.
  for (const { d } of unresolved) if (d.kind === 'person') verdict.set(skeleton(foldName(d.name)), 'person');
  for (const { d } of unresolved) {
    const w = skeleton(foldName(d.name));
    if (d.orgLike && !verdict.has(w)) verdict.set(w, 'org');
  }
  // "Bloomberg said" beside "Bloomberg News reported": the first word of a body the article
  // names is nobody's name, whatever verb follows it.
  const orgFirstWords = new Set(all.filter(({ d }) => d.kind === 'org' && /\s/.test(d.name)).map(({ d }) => skeleton(foldName(d.name.replace(/^the\s+/i, '').split(/\s+/)[0]!))));
  for (const { d } of unresolved) {
    const w = skeleton(foldName(d.name));
    if (!verdict.has(w) && (d.kind === 'person' || (d.personCue && !orgFirstWords.has(w)))) verdict.set(w, 'person');
  }
  for (const { d } of unresolved) {
    const v = verdict.get(skeleton(foldName(d.name)));
    if (v === 'org' && d.kind === 'unknown') d.kind = 'org';
    if (v === 'person') d.kind = 'person';
  }
  // "Donald Trump will host Zahran Mamdani" beside "Mamdani has also proven divisive": a
  // name of two or three words the finder could not place ends in a word the article uses
  // for a person, so it is that person's full name.
  for (const { d, caption } of all) {
    if (d.kind !== 'unknown') continue;
    const tokens = nameTokens(d.name);
    if (tokens.length < 2 || tokens.length > 3 || !/^\p{Lu}[\p{Ll}’']+(?:\s\p{Lu}[\p{Ll}’'-]+){1,2}$/u.test(d.name)) continue;
    // ("Hezbollah ally Nabih Berri" beside "Speaker Nabih Berri": a full name the article titles elsewhere.)
    let c = clusters.find((x) => x.names.some((n) => sameFullName(n.tokens, tokens)));
    // ("Xi Jinping" beside "Xi said": a family name written first, the rest no common word.)
    const familyFirst = verdict.get(skeleton(tokens[0] as string)) === 'person' && d.name.split(/\s+/).slice(1).every((w) => !isCommonWord(w, lowerWords()));
    if (!c && verdict.get(skeleton(tokens[tokens.length - 1] as string)) !== 'person' && !familyFirst) continue;
    if (!c) {
      c = { names: [], roles: [], female: false, male: false, drafts: [], positions: [] };
      clusters.push(c);
    }
    addToCluster(c, d, tokens, caption);
  }
  for (const { d, caption } of unresolved) {
    if (d.kind !== 'person') continue;
    const tokens = nameTokens(d.name);
    const full = nearestCluster(clusters, tokens[0] as string, d.start, caption);
    if (full) {
      addToCluster(full, d, tokens, caption);
      continue;
    }
    let c = clusters.find((x) => x.names.some((n) => n.tokens.length === 1 && n.tokens[0] === tokens[0]));
    if (!c) {
      c = { names: [], roles: [], female: false, male: false, drafts: [], positions: [] };
      clusters.push(c);
    }
    addToCluster(c, d, tokens, caption);
  }
  // A cluster made only of single words left unknown by the finder.
  const entities: Entity[] = [];
  const bodyMentions: Omit<Mention, 'sentenceIndex'>[] = [];
  const genders = new Map<string, 'f' | 'm'>();
  for (const c of clusters) {
    // The fullest name, not counting middle initials ("Donald J. Trump" is "Donald Trump"),
    // so the same person gets the same key across articles.
    const initials = (n: { text: string }) => n.text.split(/\s+/).filter((w) => /^\p{Lu}\.?$/u.test(w)).length;
    // A surname with only an initial before it ("S Jaishankar") is still fuller than the surname alone.
    const real = (n: { text: string; tokens: string[] }) => n.tokens.length - initials(n);
    const best = [...c.names].sort((a, b) => real(b) - real(a) || (real(a) === 1 ? initials(b) - initials(a) : initials(a) - initials(b)))[0];
    if (!best) continue;
    let name = best.text;
    if (best.tokens.length === 1 && best.regnal) name = `${best.regnal} ${name}`;
    const key = personId(name);
    const existing = entities.find((e) => e.key === key);
    const entity: Entity = existing ?? { key, type: 'Person', name, aliases: [], roles: [], ...(c.country ? { country: c.country } : {}) };
    for (const n of c.names) addAlias(entity, n.text);
    for (const r of c.roles) if (!entity.roles.includes(r)) entity.roles.push(r);
    if (!existing) entities.push(entity);
    if (c.female && !c.male) genders.set(key, 'f');
    else if (c.male && !c.female) genders.set(key, 'm');
    for (const d of c.drafts) if (!d.caption) bodyMentions.push({ entityKey: key, start: d.start, end: d.end, text: d.text });
  }

  addCountries(all, entities, bodyMentions);
  addOrganisations(all, entities, bodyMentions);
  addPlaces(all, entities, bodyMentions);
  return { entities, bodyMentions, genders };
}

function addToCluster(c: PersonCluster, d: Draft, tokens: string[], caption: boolean) {
  d.kind = 'person';
  d.caption = caption;
  c.drafts.push(d);
  if (!caption) c.positions.push(d.start);
  if (!c.names.some((n) => n.text === d.name)) c.names.push({ text: d.name, tokens, ...(d.regnal ? { regnal: d.regnal } : {}) });
  for (const r of d.roles) if (r && !c.roles.includes(r)) c.roles.push(r);
  if (d.country && !c.country) c.country = d.country;
  if (d.kin) c.kin = true;
  if (d.gender === 'f') c.female = true;
  if (d.gender === 'm') c.male = true;
}

/** Words inside names that are no name of their own ("bin", "al", "van", "Sheikh"). */
const NAME_PARTICLES = /^(?:bin|ibn|binti|bint|al|el|ad|as|ash|at|az|ar|an|de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|le|la|abu|abd|abdul|abdel|ould|sheikh|jong|mac|mc)$/i;

/** A family name led by a particle ("da Silva"), checked before folding every name in the article. */
const PARTICLE_FAMILY = /\s(?:da|de|do|dos|das|del|della|di)\s/i;

function nearestCluster(clusters: PersonCluster[], token: string, at: number, caption: boolean, roles: string[] = [], rank?: 'younger' | 'elder'): PersonCluster | undefined {
  const t = skeleton(token);
  // "Lula" for "Luiz Inacio Lula da Silva": the word before a "da/de/del ..." family name.
  const beforeParticle = (text: string) =>
    PARTICLE_FAMILY.test(text) &&
    foldName(text).split(' ').some((w, k, ws) => skeleton(w) === t && k > 0 && /^(?:da|de|do|dos|das|del|della|di)$/.test(ws[k + 1] ?? '') && k + 2 < ws.length);
  let cands = clusters.filter((c) => c.names.some((n) => n.tokens.length >= 2 && (singleMatches(t, n.tokens) || beforeParticle(n.text))));
  // "Ayub" for "Omar Ayub Khan": a middle name alone, when it is no one's first or last name and
  // only one person has it.
  if (!cands.length) {
    const middle = clusters.filter((c) => c.names.some((n) => n.tokens.length >= 3 && n.tokens.slice(1, -1).some((w) => !NAME_PARTICLES.test(w) && sameToken(w, t))));
    if (middle.length === 1) return middle[0];
  }
  // "Mohamud" is Hassan Sheikh Mohamud, not Mohamed Souef: a name spelt exactly beats another spelling.
  const exact = cands.filter((c) => c.names.some((n) => n.tokens.length >= 2 && (n.tokens[n.tokens.length - 1] === t || n.tokens[0] === t)));
  if (exact.length && exact.length < cands.length) cands = exact;
  // "Deuba" after "his wife, Arzu Rana Deuba": a family name alone is the principal's, not the spouse's.
  const spouse = (c: PersonCluster) => c.roles.length > 0 && c.roles.every((r) => /^(?:his|her)?\s*(?:wife|husband|spouse|widow|widower)$/i.test(r.trim()));
  if (cands.length > 1 && cands.some(spouse) && !cands.every(spouse)) cands = cands.filter((c) => !spouse(c));
  // "Zardari" beside Asif Zardari and Bilawal Bhutto Zardari, whom the article calls "Bilawal": of
  // two who share a family name, the one called by a first name is not the one called by the family name.
  const byFirstName = (c: PersonCluster) => c.names.some((n) => n.tokens.length === 1 && n.tokens[0] !== t && c.names.some((m) => m.tokens.length >= 2 && m.tokens[0] === n.tokens[0]));
  if (cands.length > 1 && cands.some(byFirstName) && !cands.every(byFirstName)) cands = cands.filter((c) => !byFirstName(c));
  // "President Marcos" beside Ferdinand Marcos Jr. and Imelda Marcos: the one who holds that title.
  const heads = roles.map((r) => r.toLowerCase().split(/\s+/).pop() ?? '').filter(Boolean);
  const titled = heads.length ? cands.filter((c) => c.roles.some((r) => heads.some((h) => r.toLowerCase().split(/\s+/).includes(h)))) : [];
  if (titled.length && titled.length < cands.length) cands = titled;
  // "the younger Kim" beside "Kim Yo Jong, sister of ... Kim Jong Un": the kin is the younger.
  if (rank && cands.length > 1 && cands.some((c) => c.kin) && !cands.every((c) => c.kin)) cands = cands.filter((c) => (rank === 'younger') === !!c.kin);
  if (cands.length <= 1 || caption) return cands[0];
  // The most recent one mentioned before, else the first mentioned after.
  const before = cands
    .map((c) => ({ c, p: Math.max(-1, ...c.positions.filter((p) => p < at)) }))
    .filter((x) => x.p >= 0)
    .sort((a, b) => b.p - a.p)[0];
  if (before) return before.c;
  // ("Sharif said" opening the body, Shehbaz Sharif in the headline, Nawaz Sharif further down:
  // the one the headline or a caption names.)
  const shown = cands.filter((c) => !c.positions.length);
  if (shown.length === 1) return shown[0];
  return cands
    .map((c) => ({ c, p: Math.min(Infinity, ...c.positions.filter((p) => p > at)) }))
    .sort((a, b) => a.p - b.p)[0]?.c;
}

function addAlias(e: Entity, alias: string) {
  if (foldName(alias) === foldName(e.name)) return;
  if (!e.aliases.some((a) => foldName(a) === foldName(alias))) e.aliases.push(alias);
}

/**
 * "Congo" and "Congolese" in an article that names the Democratic Republic of the Congo mean it,
 * though the gazetteer gives the bare name to the Republic of the Congo: a short name or demonym
 * two countries share goes to the one the article names in full, unless it names both.
 */
function sharedNameOwners(all: { d: Draft }[]): Map<string, string> {
  const drafts = all.map(({ d }) => d).filter((d) => d.kind === 'country' && d.code);
  const bare = (d: Draft) => foldName(d.text.replace(/^the\s+/i, ''));
  const namedInFull = new Set(drafts.filter((d) => bare(d) === foldName(COUNTRY_BY_CODE.get(d.code as string)?.name ?? '')).map((d) => d.code as string));
  const owners = new Map<string, string>();
  for (const d of drafts) {
    const t = bare(d);
    const own = COUNTRY_BY_CODE.get(d.code as string);
    if (!own || namedInFull.has(own.cca3) || owners.has(t)) continue;
    const other = drafts.find((o) => {
      if (o.code === d.code) return false;
      const info = COUNTRY_BY_CODE.get(o.code as string);
      if (!info) return false;
      const longer = bare(o) !== t && bare(o).endsWith(` ${t}`) && own.names.some((n) => foldName(n) === t);
      return longer || (own.demonyms.some((x) => foldName(x) === t) && info.demonyms.some((x) => foldName(x) === t) && bare(o) !== t);
    });
    if (other) owners.set(t, other.code as string);
  }
  return owners;
}

function addCountries(all: { d: Draft; caption: boolean }[], entities: Entity[], mentions: Omit<Mention, 'sentenceIndex'>[]) {
  const owners = sharedNameOwners(all);
  for (const { d, caption } of all) {
    if (d.kind !== 'country' || !d.code) continue;
    d.code = owners.get(foldName(d.text.replace(/^the\s+/i, ''))) ?? d.code;
    const info = COUNTRY_BY_CODE.get(d.code);
    if (!info) continue;
    const key = countryId(info.cca3);
    let e = entities.find((x) => x.key === key);
    if (!e) {
      e = { key, type: 'Country', name: info.name, aliases: [], roles: [], country: info.cca3 };
      for (const n of [...info.names, ...info.codes]) addAlias(e, n);
      entities.push(e);
    }
    addAlias(e, d.text.replace(/^the\s+/i, ''));
    if (!caption) mentions.push({ entityKey: key, start: d.start, end: d.end, text: d.text });
  }
}

function initials(name: string): string {
  return name
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function addOrganisations(all: { d: Draft; caption: boolean }[], entities: Entity[], mentions: Omit<Mention, 'sentenceIndex'>[]) {
  const orgs = all.filter(({ d }) => d.kind === 'org');
  // Long forms first, so acronyms can attach to them.
  const longForms = orgs.filter(({ d }) => !d.acronym);
  // An acronym spelled out once as something else ("Indus Waters Treaty (IWT)") is no organisation anywhere.
  const notOrgs = new Set(orgs.filter(({ d }) => d.acronym && d.linkedLongForm && !d.linkedLongFormIsOrg).map(({ d }) => d.name));
  // A short form with an accented capital ("FPÖ", "ÖVP") is kept only where the article spells it
  // out in brackets after its long form: alone it may stand beside a translated name ("Freedom Party").
  const spelledOut = new Set(orgs.filter(({ d }) => d.acronym && d.linkedLongForm).map(({ d }) => d.name));
  const acronyms = orgs.filter(({ d }) => d.acronym && !notOrgs.has(d.name) && (/^[A-Z.]+$/.test(d.name) || spelledOut.has(d.name)));
  const byFold = new Map<string, Entity>();
  // Every organisation's folded names, kept as organisations and aliases are added: an
  // article naming thousands of bodies must not fold every name again for each of them.
  const orgByFold = new Map<string, Entity>();
  const orgFolds: { f: string; e: Entity }[] = [];
  // How many of each organisation's names are folded already: only new aliases are folded again.
  const folded = new Map<Entity, number>();
  const note = (e: Entity) => {
    const done = folded.get(e);
    if (done === undefined) orgFolds.push({ f: foldName(e.name), e });
    const names = [e.name, ...e.aliases];
    for (const a of names.slice(done ?? 0)) if (!orgByFold.has(foldName(a))) orgByFold.set(foldName(a), e);
    folded.set(e, names.length);
  };
  for (const x of entities) if (x.type === 'Organization') note(x);
  const add = (d: Draft, caption: boolean, e: Entity) => {
    if (!caption) mentions.push({ entityKey: e.key, start: d.start, end: d.end, text: d.text });
  };
  // Longest names first: a short form ("the Commission") then finds its full name.
  const byLength = [...longForms].sort((a, b) => b.d.name.split(/\s+/).length - a.d.name.split(/\s+/).length);
  for (const { d, caption } of byLength) {
    // "U.N. Security Council" is the United Nations Security Council.
    const expanded = expandOrgName(d.name);
    if (expanded) {
      d.linkedAcronym = d.linkedAcronym ?? d.name;
      d.name = expanded;
    }
    const f = foldName(d.name);
    let e = byFold.get(f) ?? orgByFold.get(f);
    if (!e) {
      // "Commission" after "European Commission": the one organisation whose name ends so;
      // a head word alone ("the Ministry") also the one whose name holds it ("Ministry of Commerce").
      const head = !/\s/.test(f) && ORG_HEADS.has(f);
      const longer = orgFolds.filter((o) => o.f.endsWith(` ${f}`) || (head && o.f !== f && o.f.split(' ').includes(f)));
      if (longer.length === 1) e = longer[0]?.e;
      // ("The Fund stressed" after "the International Monetary Fund (IMF)" and its "Extended Fund
      // Facility": the body the article names most.)
      else if (longer.length > 1) {
        // (Counted over every draft naming it, its acronym included: "IMF" five times.)
        const count = (x: Entity) => {
          const names = new Set([x.name, ...x.aliases].map(foldName));
          const acr = initials(x.name);
          return orgs.filter(({ d }) => names.has(foldName(d.name)) || (d.acronym && d.name === acr)).length;
        };
        const ranked = longer.map((o) => ({ e: o.e, n: count(o.e) })).sort((a, b) => b.n - a.n);
        if (ranked[0]!.n > ranked[1]!.n) e = ranked[0]!.e;
      }
    }
    if (!e) {
      e = { key: orgId(d.name), type: 'Organization', name: d.name, aliases: [], roles: [] };
      entities.push(e);
    }
    byFold.set(f, e);
    if (d.linkedAcronym) addAlias(e, d.linkedAcronym);
    note(e);
    add(d, caption, e);
  }
  for (const { d, caption } of acronyms) {
    const acr = d.name;
    let e = entities.find((x) => x.type === 'Organization' && [x.name, ...x.aliases].some((a) => a === acr));
    if (!e) e = entities.find((x) => x.type === 'Organization' && initials(x.name) === acr);
    if (d.linkedLongForm && !d.linkedLongFormIsOrg) continue; // "Indus Waters Treaty (IWT)"
    const full = expandOrgName(acr);
    if (!e && full) e = entities.find((x) => x.type === 'Organization' && x.name === full);
    if (!e && full) {
      e = { key: orgId(full), type: 'Organization', name: full, aliases: [acr], roles: [] };
      entities.push(e);
    }
    if (!e) {
      e = { key: orgId(acr), type: 'Organization', name: acr, aliases: [], roles: [] };
      entities.push(e);
    } else addAlias(e, acr);
    add(d, caption, e);
  }
}

function addPlaces(all: { d: Draft; caption: boolean }[], entities: Entity[], mentions: Omit<Mention, 'sentenceIndex'>[]) {
  for (const { d, caption } of all) {
    if (d.kind !== 'place') continue;
    const key = placeId(d.name);
    let e = entities.find((x) => x.key === key);
    if (!e) {
      e = { key, type: 'Place', name: d.name, aliases: [], roles: [], ...(d.code ? { country: d.code } : {}) };
      entities.push(e);
    }
    if (!caption) mentions.push({ entityKey: key, start: d.start, end: d.end, text: d.text });
  }
}
