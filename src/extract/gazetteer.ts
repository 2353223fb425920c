/**
 * Country names, codes, demonyms and capitals (from the `world-countries` package), the
 * seats of government that stand for a country, and the generic vocabularies the entity
 * finder reads names with: honorifics, titles, organisation head words.
 */
import countries from 'world-countries';
import { foldName } from '../graph/ids';

export interface CountryInfo {
  /** UN member: preferred when several countries share a demonym or spelling ("French"). */
  member: boolean;
  cca3: string;
  name: string;
  /** Full names that name the country: common, official and alternative spellings. */
  names: string[];
  /** Short upper-case codes used in text ("US", "UK", "DPRK"). */
  codes: string[];
  demonyms: string[];
  capitals: string[];
}

/**
 * Seats of government used for the government itself ("the Kremlin said"). A short list of
 * buildings; capitals come from the country data.
 */
const GOVERNMENT_SEATS: Record<string, string> = {
  'white house': 'USA',
  kremlin: 'RUS',
  'blue house': 'KOR',
  'elysee': 'FRA',
  'elysee palace': 'FRA',
  'downing street': 'GBR',
  zhongnanhai: 'CHN',
};

/**
 * Capitals that also seat a union of states and mostly stand for it: "pressure from Brussels"
 * is the European Union's, not Belgium's.
 */
export const UNION_CAPITALS = new Set(['brussels']);

const latinOnly = (s: string) => /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u.test(s);

function buildCountries(): CountryInfo[] {
  const out: CountryInfo[] = [];
  const shortForms: [string, string][] = [];
  for (const c of countries) {
    const names = new Set<string>([c.name.common, c.name.official]);
    const codes = new Set<string>();
    const eng = c.demonyms?.eng;
    for (const alt of c.altSpellings ?? []) {
      if (!latinOnly(alt) || alt.includes(',')) continue;
      // An adjective listed as a spelling ("Thai") does not name the country; a demonym that
      // is the name's own first word does ("Vatican" for Vatican City).
      if (eng && (alt === eng.m || alt === eng.f) && c.name.common.split(/\s+/)[0] !== alt) continue;
      if (/^[A-Z]{2,5}$/.test(alt)) codes.add(alt);
      else names.add(alt);
    }
    // "PNG", "UAE": a member state's name of three words or more is also written by its initials.
    const caps = c.name.common.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (c.unMember && caps.length >= 3) codes.add(caps.map((w) => w[0]).join(''));
    // "Republic of Turkey" is also plain "Turkey"; "Great Britain" also "Britain".
    for (const n of [...names]) {
      const short = n.replace(/^(?:the\s+)?(?:(?:Republic|Kingdom|State|Commonwealth|Federation) of(?: the)?|Great)\s+/i, '');
      if (short !== n && /^\p{Lu}/u.test(short) && short.split(/\s+/).length <= 2) shortForms.push([c.cca3, short]);
    }
    // Three-letter codes are read as countries only when the package lists them as spellings.
    const demonyms = new Set<string>();
    if (eng) {
      demonyms.add(eng.m);
      demonyms.add(eng.f);
    }
    // "Philippine Ambassador", "Maldive islands": a name in the plural also qualifies in the singular.
    if (/^\p{Lu}\p{Ll}+[^s]es$/u.test(c.name.common)) demonyms.add(c.name.common.slice(0, -1));
    out.push({
      member: c.unMember === true,
      cca3: c.cca3,
      name: c.name.common,
      names: [...names],
      codes: [...codes],
      demonyms: [...demonyms].filter(Boolean),
      capitals: (c.capital ?? []).filter(latinOnly),
    });
  }
  // A short form stands for its country only when no other country's name contains it
  // ("Korea" is both Koreas; "Turkey" is one country).
  for (const [cca3, short] of shortForms) {
    const clash = out.some((o) => o.cca3 !== cca3 && o.names.some((n) => n.includes(short)));
    if (!clash) out.find((o) => o.cca3 === cca3)?.names.push(short);
  }
  return out;
}

export const COUNTRIES: CountryInfo[] = buildCountries();
export const COUNTRY_BY_CODE = new Map(COUNTRIES.map((c) => [c.cca3, c]));

const byName = new Map<string, CountryInfo>();
const byCode = new Map<string, CountryInfo>();
const byDemonym = new Map<string, CountryInfo>();
const byCapital = new Map<string, CountryInfo>();
// Members first, so a shared spelling goes to the sovereign country.
for (const c of [...COUNTRIES].sort((a, b) => Number(b.member) - Number(a.member))) {
  for (const n of c.names) if (!byName.has(foldName(n))) byName.set(foldName(n), c);
  for (const code of c.codes) if (!byCode.has(code)) byCode.set(code, c);
  for (const d of c.demonyms) if (!byDemonym.has(foldName(d))) byDemonym.set(foldName(d), c);
  for (const cap of c.capitals) {
    const key = foldName(cap.replace(/\s+D\.?C\.?$/, ''));
    if (!byCapital.has(key)) byCapital.set(key, c);
  }
}

export const countryByName = (s: string) => byName.get(foldName(s.replace(/^the\s+/i, '')));
/** "US", "U.S.", "UK": upper-case codes, dotted or not. */
export function countryByCode(s: string): CountryInfo | undefined {
  const bare = s.replace(/\./g, '');
  if (!/^[A-Z]{2,5}$/.test(bare)) return undefined;
  return byCode.get(bare);
}
export const countryByDemonym = (s: string) => byDemonym.get(foldName(s));
export const countryByCapital = (s: string) => byCapital.get(foldName(s));
export function countryBySeat(s: string): CountryInfo | undefined {
  const code = GOVERNMENT_SEATS[foldName(s.replace(/^the\s+/i, ''))];
  return code ? COUNTRY_BY_CODE.get(code) : undefined;
}

/**
 * Abbreviations of international bodies that stand in the text for their full names
 * ("the UN", "U.N. Security Council", "EU foreign ministers").
 */
const ORG_ABBREVIATIONS: Record<string, string> = { UN: 'United Nations', EU: 'European Union' };

/** The full name of an organisation written with a standard abbreviation, if any ("U.N. Security Council"). */
export function expandOrgName(name: string): string | undefined {
  const m = name.match(/^((?:[A-Z]\.){2,3}|[A-Z]{2,3})(?:\s+(.+))?$/);
  if (!m) return undefined;
  const full = ORG_ABBREVIATIONS[(m[1] as string).replace(/\./g, '')];
  if (!full) return undefined;
  return m[2] ? `${full} ${m[2]}` : full;
}

/** Courtesy titles dropped from a person's name. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'madam', 'mx', 'prof', 'professor', 'comrade', 'datuk', 'dato', 'datin', 'tun', 'shri', 'shree', 'smt']);
/**
 * Two-word courtesy titles (Malaysia's "Datuk Seri", "Tan Sri", "Toh Puan"): the second word
 * is an honorific only after the first ("Tan" alone is a surname, "Sri" opens "Sri Mulyani").
 */
export const HONORIFIC_PAIRS = new Map([
  ['datuk', new Set(['seri', 'sri'])],
  ['dato', new Set(['seri', 'sri'])],
  ['tan', new Set(['sri'])],
  ['toh', new Set(['puan'])],
]);
/** Forms of address that are not names ("Your Majesty", "His Holiness"). */
export const STYLES = new Set(['majesty', 'highness', 'holiness', 'excellency', 'honour', 'honor', 'lordship', 'ladyship', 'grace']);
export const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'dame', 'madam', 'queen', 'princess', 'empress']);

/**
 * Titles that stay part of the name when the name is a single word: "Pope Francis",
 * "King Charles III" (regnal names are not surnames).
 */
export const REGNAL_TITLES = new Set(['pope', 'king', 'queen', 'emperor', 'empress', 'prince', 'princess', 'sultan', 'emir', 'crown']);

/** Words that make up office titles before a name ("Deputy Prime Minister", "Secretary of State"). */
export const TITLE_WORDS = new Set(
  (
    'president vice prime minister premier deputy foreign defence defense interior finance treasury commerce trade ' +
    'secretary state general director chief executive supreme leader speaker senator senate majority minority diplomat ' +
    'house representative congressman congresswoman governor mayor chancellor ambassador envoy special adviser advisor ' +
    'national security spokesman spokeswoman spokesperson minister-president president-elect king queen pope pontiff prince coordinator legislator ' +
    'princess sheikh emir sultan ayatollah cardinal archbishop bishop lawmaker gen general admiral colonel lieutenant barrister ' +
    'commander sergeant captain judge justice attorney chairman chairwoman chair head ceo founder lord lady crown ' +
    'monarch chief-of-staff staff aide official officer analyst expert correspondent director-general secretary-general ' +
    'taoiseach tanaiste pm fm dpm mp sen rep gov amb mediator negotiator eam cm dg coas cds affairs presidents ministers leaders presidential mep meps commissioner cfo coo cto cio ' +
    'chairperson editor-in-chief marshal field-marshal maj brig col capt sgt adm lt cmdr formateur informateur'
  ).split(' '),
);

/** Head words that make a capitalised phrase an organisation. */
export const ORG_HEADS = new Set(
  (
    'agency ministry council party organisation organization command university congress senate assembly centre ' +
    'center forces army navy bank fund commission committee union association cooperation institute movement ' +
    'department service services authority court parliament corporation company news times post herald tribune ' +
    'journal network broadcasting television radio group federation confederation alliance front league coalition foundation ' +
    'bureau board cabinet administration secretariat embassy consulate guard police brigade brigades division regiment tribunal ' +
    'representatives trust academy college school press nations corps watch international community unions'
  ).split(' '),
);

/** Heads that make a capitalised phrase a place or a thing, not an organisation or person. */
export const PLACE_HEADS = new Set(
  (
    'castle palace basilica cathedral church mosque temple zone strip peninsula province region state county city ' +
    'village island islands sea ocean river lake mountain mountains valley base airport square street avenue road ' +
    'bridge border crossing camp treaty accord accords agreement act plan initiative programme program war summit ' +
    'day week month year mass office hall building tower stadium park desk conference forum games festival ' +
    'jail prison hospital guesthouse residence'
  ).split(' '),
);

/** Continents and world regions: places, never organisations ("Europe must take its security ..."). */
export const REGIONS = new Set(
  'europe asia africa americas antarctica oceania eurasia scandinavia balkans caucasus sahel levant maghreb arctic'.split(' '),
);

const REGION_MODIFIERS = new Set('middle near far north south east west central southeast southwest northeast northwest latin sub-saharan western eastern northern southern'.split(' '));
const REGION_HEADS = new Set([...REGIONS, 'east', 'west', 'america', 'pacific', 'indo-pacific']);
/** "Middle East", "Latin America", "Central Asia", "Southeast Asia": a region named with its compass word. */
export const isRegionName = (words: string[]): boolean =>
  words.length >= 2 && REGION_HEADS.has(words[words.length - 1]!.toLowerCase()) && words.slice(0, -1).every((w) => REGION_MODIFIERS.has(w.toLowerCase()));

/** Feasts and holidays: named days, not people ("after Eid al-Fitr", "before Christmas"). */
export const HOLIDAYS = new Set('eid ramadan christmas easter diwali nowruz hanukkah passover thanksgiving ashura'.split(' '));

/** Media descriptors: "news website Axios", "TV channel Al Mayadeen", "French publication Le Monde". */
export const MEDIA_WORDS = /\b(?:news\s+)?(?:website|site|publication|newspaper|paper|daily|weekly|broadcaster|channel|outlet|magazine|news agency|agency|network|radio|tv|wire service|tabloid)\s*$/i;

/** Speech and report verbs. */
/** Adverbs set off by commas between a subject and its verb ("Aisawa, meanwhile, said"). */
export const ASIDE_ADVERBS = 'meanwhile|however|though|too|also|in turn|for (?:his|her|its|their) part|in response|instead|separately';

export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|stressed|stresses|noted|notes|explained|explains|continued|continues|' +
  'wrote|writes|posted|replied|replies|responded|answered|answers|asked|insisted|insists|argued|argues|warned|warns|declared|declares|' +
  'announced|announces|claimed|claims|proposed|proposes|urged|urges|emphasised|emphasized|reiterated|recalled|' +
  'acknowledged|admitted|confirmed|remarked|observed|commented|tweeted|quipped|concluded|pointed out|went on|put it|puts it|' +
  'saying|adding|noting|stating|telling|writing|explaining|stressing|insisting|arguing|warning|claiming|describing|' +
  'described|calling|called|appealed|reaffirmed|affirmed|cautioned|vowed|promised|predicted|suggested|informed|conveyed|revealed|disclosed|discloses|assured|assures|reassured|' +
  'expressed|emphasising|emphasizing|reported|reports|announcing|declaring|reminded|clarified|cautioning|asserting|pledged|pledges|pledging|vowing|fired back|shot back|hit back|retorted|countered|conceded|lamented|boasted|labeled|labelled|branded|dubbed|termed|replying|responding|recalling|concluding';
