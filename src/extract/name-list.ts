import type { StageInput } from './context';
import type { Entity, Mention } from './types';

/** How the names of a list "A, B and C" are joined, and which names it may hold. */
export interface ListShape {
  /** What may stand before the first name ("with the"); the joiner when absent. */
  lead?: RegExp;
  /** What joins a name to the one before (", ", " and "). */
  joiner: RegExp;
  /** What else may stand between joiner and name: titles ("Kazakh President"), or nothing. */
  between: RegExp;
  /** Whether the entity named at the mention may be in the list; the list ends at the first that may not. */
  accepts: (entity: Entity | undefined, mention: Mention) => boolean;
}

/**
 * The names listed one after another from `from` ("Lee Jae Myung and Xi Jinping", ", Kazakh
 * President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev"), up to `limit`.
 * Invitations and meetings read their lists of guests and partners with it; the shapes differ
 * in the joiners, the titles allowed between names and the kinds of entity they take.
 */
export function listedNames(input: StageInput, from: number, limit: number, shape: ListShape): { mentions: Mention[]; end: number } {
  const { text } = input.article;
  const mentions: Mention[] = [];
  let pos = from;
  for (const m of input.entities.mentionsIn(from, limit)) {
    const gap = text.slice(pos, m.start);
    const lead = (mentions.length || !shape.lead ? shape.joiner : shape.lead).exec(gap);
    if (!lead || !shape.between.test(gap.slice(lead[0].length)) || !shape.accepts(input.entities.byKey.get(m.entityKey), m)) break;
    mentions.push(m);
    pos = m.end;
  }
  return { mentions, end: pos };
}
