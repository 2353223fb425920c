import type { EntityContext } from './context';
import type { Entity } from './types';

/**
 * People described by their tie to someone named: "the powerful sister of North Korean leader
 * Kim Jong Un warned", "an aide to Putin said". The name is the object of "of"/"to", not who
 * speaks; who does is the person the article ties to it in its own words ("Kim Yo Jong, the
 * sister of Pyongyang's leader"), or nobody the article names.
 */
const RELATION =
  'sister|brother|wife|husband|widow|widower|son|daughter|father|mother|cousin|nephew|niece|uncle|aunt|son-in-law|daughter-in-law|brother-in-law|sister-in-law|aide|adviser|advisor|confidant|lawyer|attorney|successor|predecessor';

const RELATION_BEFORE = new RegExp(
  `\\b(?:the|a|an|his|her|their|one)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${RELATION})\\s+(?:of|to)\\s+(?:[\\p{L}.’'-]+\\s+){0,4}$`,
  'iu',
);

/** The tie ("sister") when the mention starting at `mentionStart` is the object of one: "the sister of [X]". */
export function relationBefore(text: string, from: number, mentionStart: number): string | null {
  const lead = text.slice(Math.max(from, mentionStart - 100), mentionStart);
  if (/[,;:.!?“”"]/.test(lead.slice(lead.search(/\S+\s+(?:of|to)\s+(?:[\p{L}.’'-]+\s+){0,4}$/u)))) return null;
  return RELATION_BEFORE.exec(lead)?.[1]?.toLowerCase() ?? null;
}

/**
 * The one person the article itself gives that tie: "Kim Yo Jong, the sister of ...", "his
 * sister Kim Yo Jong", "Trump's adviser Steve Witkoff". Failing that, a lede that describes
 * before it names: "The sister of North Korean leader Kim Jong Un said ... Kim Yo Jong's
 * remarks came after ...", the person opening a later sentence when nobody else was named
 * before the description. Null when none or several fit.
 */
export function personWithRelation(text: string, ctx: EntityContext, relation: string, other: string, at: { start: number; end: number }): Entity | null {
  const noun = relation.replace(/-/g, '\\-');
  const after = new RegExp(`^,\\s*(?:(?:the|a|an|his|her|their|[\\p{Lu}][\\p{L}’'.-]*[’']s)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}${noun}\\b`, 'iu');
  const before = new RegExp(`\\b(?:his|her|their|[\\p{Lu}][\\p{L}’'.-]*[’']s)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}\\s*,?\\s*$`, 'iu');
  const people = ctx.mentions.filter((m) => m.entityKey !== other && ctx.byKey.get(m.entityKey)?.type === 'Person');
  const found = new Map<string, Entity>();
  for (const m of people) {
    if (after.test(text.slice(m.end, m.end + 80)) || before.test(text.slice(Math.max(0, m.start - 60), m.start))) found.set(m.entityKey, ctx.byKey.get(m.entityKey)!);
  }
  if (found.size) return found.size === 1 ? [...found.values()][0]! : null;
  if (people.some((m) => m.start < at.start)) return null;
  const next = people.find((m) => m.start >= at.end && m.start < at.end + 400 && /(?:[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.start - 6), m.start)));
  return next ? ctx.byKey.get(next.entityKey)! : null;
}
