/**
 * Delayed identification: a newswire lede often holds back a speaker's name ("A senior
 * Iranian diplomat said Thursday his country remains open to diplomacy provided ...") and
 * names the speaker paragraphs later ("Iran's deputy foreign minister, Majid Takht-Ravanchi
 * told NBC News"); headlines drop the article as well ("Iran diplomat says open to talks if
 * ..."). The entity resolver rightly reads "a senior official" as nobody in particular, so
 * such a lede's position would have no holder. Here an indefinite description in the
 * headline or the lede stands for the first person the article quotes afterwards whose
 * country is the description's, and only when nothing marks the source as anonymous.
 */
import { countryByDemonym, countryByName, TITLE_WORDS } from './gazetteer';
import { codeCountry } from './mention-drafts';
import type { EntityContext, StageInput } from './context';
import type { Entity, ExtractedStatement } from './types';

/** Words that say a source stays unnamed: then no later speaker is the lede's speaker. */
const ANONYMOUS = /\b(?:anonymity|anonymous|unnamed|unidentified|not (?:be )?(?:named|identified)|not authori[sz]ed)\b/i;

/** The country of a word or two ("Iranian", "Iran", "Iran's", "US", "North Korean"), if any. */
function countryOf(words: string): string | undefined {
  const bare = words.replace(/[’']s$/, '');
  return (countryByDemonym(bare) ?? countryByName(bare) ?? codeCountry(bare))?.cca3;
}

/**
 * The country of an indefinite description of one person: "a senior Iranian diplomat", "an
 * Israeli official", or without the article in a headline ("Iran diplomat"). The head is an
 * office or role word; any words between the article and the country are lower-case modifiers
 * ("senior", "top", "high-ranking"). Plurals ("officials") and definite descriptions ("the
 * Iranian diplomat", which point back at someone named) do not qualify.
 */
export function describedCountry(description: string, articleOptional: boolean): string | undefined {
  const words = description.trim().split(/\s+/);
  if (/^(?:a|an)$/i.test(words[0] ?? '')) words.shift();
  else if (!articleOptional) return undefined;
  const head = words.pop();
  if (!head || !TITLE_WORDS.has(head.toLowerCase())) return undefined;
  // The country word(s) sit right before the head: "Iranian", "North Korean", "US".
  for (const n of [2, 1]) {
    if (words.length < n) continue;
    const country = countryOf(words.slice(words.length - n).join(' '));
    if (!country) continue;
    const modifiers = words.slice(0, words.length - n);
    return modifiers.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) ? country : undefined;
  }
  return undefined;
}

/** Where the lede ends: the end of the body's first paragraph. */
function ledeEnd(input: StageInput): number {
  return input.article.paragraphs[0]?.end ?? 0;
}

/**
 * The person an indefinite description in the lede or headline stands for: the speaker of the
 * first statement after the lede who is a person of that country and is not named in the lede.
 */
export function ledeSpeakerFinder(input: StageInput, statements: ExtractedStatement[]): (country: string) => Entity | null {
  const end = ledeEnd(input);
  const lede = input.article.text.slice(0, end);
  const title = input.article.title ?? '';
  if (ANONYMOUS.test(lede) || ANONYMOUS.test(title)) return () => null;
  const namedInLede = new Set(input.entities.mentionsIn(0, end).map((m) => m.entityKey));
  const speakers = [...statements]
    .filter((s) => s.start >= end && s.speaker && !namedInLede.has(s.speaker))
    .sort((a, b) => a.start - b.start)
    .map((s) => input.entities.byKey.get(s.speaker!))
    .filter((e): e is Entity => e?.type === 'Person' && !!e.country);
  return (country) => speakers.find((e) => e.country === country) ?? null;
}

/**
 * `stage` with a resolver that also reads an indefinite description as the lede's speaker,
 * where `inLede(at)` says the description sits in the headline or lede. The headline drops
 * articles, so there `articleOptional` lets "Iran diplomat" count.
 */
export function withLedeSpeaker(
  stage: StageInput,
  speakerOf: (country: string) => Entity | null,
  inLede: (at: number) => boolean,
  articleOptional: boolean,
): StageInput {
  const base = stage.entities;
  const entities: EntityContext = {
    ...base,
    resolve: (span, at) => {
      const found = base.resolve(span, at);
      if (found || !inLede(at)) return found;
      const country = describedCountry(span, articleOptional);
      return country ? speakerOf(country) : null;
    },
  };
  return { ...stage, entities };
}

/** The body and headline stage inputs with lede descriptions resolved (see `withLedeSpeaker`). */
export function ledeSpeakerInputs(
  body: StageInput,
  title: StageInput | null,
  statements: ExtractedStatement[],
): { body: StageInput; title: StageInput | null } {
  const speakerOf = ledeSpeakerFinder(body, statements);
  const end = ledeEnd(body);
  // In the body, only before anyone is named: after a name, "an official" may be anyone.
  const firstPerson = body.entities.mentions
    .filter((m) => body.entities.byKey.get(m.entityKey)?.type === 'Person')
    .reduce((min, m) => Math.min(min, m.start), Infinity);
  return {
    body: withLedeSpeaker(body, speakerOf, (at) => at < end && at < firstPerson, false),
    title: title ? withLedeSpeaker(title, speakerOf, () => true, true) : null,
  };
}
