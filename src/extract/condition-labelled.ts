/**
 * A demand the article itself calls a condition: "the proposal also included a demand for
 * Hamas to disarm, a condition the group categorically rejected", "Moscow demanded the
 * withdrawal of troops, a precondition Kyiv refuses". The label settles that the demand is a
 * condition; its holder is whoever made it: the subject of "demanded", or the author of the
 * proposal that carries it ("the proposal" after "The Israeli proposal", "Israel's offer").
 */
import { countryId } from '../graph/ids';
import type { StageInput } from './context';
import { subjectOf } from './condition-speaker';
import { countryByDemonym } from './gazetteer';
import type { Entity, Span } from './types';

export interface LabelledCondition extends Span {
  /** Where the demand's cue sits. */
  at: number;
  /** What depends on it, where the article says. */
  on: string;
  holder: string;
  strict: true;
  confidence: number;
}

/** "a demand for Z, a condition ...", "demanded Z, a precondition ...". */
const LABELLED =
  /\b(?:(an?|the|its|their|his|her)\s+(?:\w+\s+)?(?:demand|call|requirement|insistence)\s+(?:for|that|on)|(?:demand(?:ed|s)?|insist(?:ed|s)? on|call(?:ed|s)? for|requir(?:ed|es))(?:\s+that)?)\s+(.{3,120}?),\s+(?:a|the)\s+(?:\w+\s+)?(?:pre)?condition\b/i;
/** What a party puts forward, and so owns the demands in. */
const PROPOSAL = '(?:proposal|offer|plan|draft|framework|initiative)';
/** "the proposal also included": the subject of carrying a demand. */
const CARRIER = new RegExp(`\\b((?:the|this|that|its|their|[\\p{Lu}][\\p{L}’'-]*(?:[’']s)?)\\s+(?:[\\p{L}-]+\\s+){0,2}${PROPOSAL})\\s+(?:also\\s+)?(?:reportedly\\s+)?(?:included|includes|include|contained|contains|carried|carries|set out|sets out)\\s+$`, 'iu');

/** The country, person or body named in `[start, end)`: a mention, or a demonym ("The Israeli proposal"). */
function ownerIn(input: StageInput, start: number, end: number): Entity | null {
  const named = input.entities.mentionsIn(start, end).map((m) => input.entities.byKey.get(m.entityKey)).find((e) => e && e.type !== 'Place');
  if (named) return named;
  for (const w of input.article.text.slice(start, end).split(/\s+/)) {
    const c = countryByDemonym(w);
    const e = c ? input.entities.byKey.get(countryId(c.cca3)) : undefined;
    if (e) return e;
  }
  return null;
}

/** The author of "the proposal": the owner of the last proposal named with one before `at`. */
function proposalOwner(input: StageInput, phrase: Span): Entity | null {
  const own = ownerIn(input, phrase.start, phrase.end);
  if (own) return own;
  const { text } = input.article;
  // Within the few paragraphs before: "Israel's latest offer", "The Israeli proposal".
  const from = Math.max(0, phrase.start - 800);
  const re = new RegExp(`(?:^|[\\s(])((?:[\\p{Lu}][\\p{L}’'-]*\\s+){0,3}[\\p{Lu}][\\p{L}’'-]*(?:[’']s)?\\s+(?:[\\p{Ll}-]+\\s+){0,2})${PROPOSAL}\\b`, 'gu');
  let owner: Entity | null = null;
  for (const m of text.slice(from, phrase.start).matchAll(re)) {
    const s = from + m.index! + m[0].indexOf(m[1]!);
    owner = ownerIn(input, s, s + m[1]!.length) ?? owner;
  }
  return owner;
}

export function labelledConditions(input: StageInput, sent: Span): LabelledCondition[] {
  const { text } = input.article;
  const body = text.slice(sent.start, sent.end);
  const m = LABELLED.exec(body);
  if (!m) return [];
  const at = sent.start + m.index;
  const label = /,\s+(?:a|the)\s+(?:\w+\s+)?(?:pre)?condition$/i.exec(m[0])!;
  const end = at + label.index;
  const start = end - m[2]!.length;
  // A demand as a noun ("a demand for"): its owner is the proposal's author when a proposal
  // carries it, else the clause's subject, as for the verb ("demanded").
  const carrier = m[1] ? CARRIER.exec(text.slice(sent.start, at)) : null;
  let holder: Entity | null;
  let on = '';
  if (carrier) {
    const s = sent.start + carrier.index + carrier[0].indexOf(carrier[1]!);
    holder = proposalOwner(input, { start: s, end: s + carrier[1]!.length });
    on = carrier[1]!;
  } else {
    holder = subjectOf(input, sent.start, at);
  }
  if (!holder || holder.type === 'Place') return [];
  return [{ start, end, at, on, holder: holder.key, strict: true, confidence: 0.5 }];
}
