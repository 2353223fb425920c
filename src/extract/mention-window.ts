import type { Mention } from './types';

/**
 * How many leading items of a sorted list satisfy `before` (which must hold for a prefix of
 * the list and fail for the rest): the index of the first item that does not. A binary search,
 * as stages ask this for every sentence, clause and pronoun of an article.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Mentions whose span lies inside [start, end), from a list sorted by start: a scan of every
 * mention for each clause made long articles quadratic.
 */
export function mentionsWithin<M extends Pick<Mention, 'start' | 'end'>>(sorted: readonly M[], start: number, end: number): M[] {
  const out: M[] = [];
  for (let k = partitionPoint(sorted, (m) => m.start < start); k < sorted.length && (sorted[k] as M).start <= end; k++) {
    if ((sorted[k] as M).end <= end) out.push(sorted[k] as M);
  }
  return out;
}

/** "Milei’s success", "the Kurds' demands": a mention followed by a possessive owns what follows and is no subject. */
export function isPossessor(text: string, mention: Pick<Mention, 'end'>): boolean {
  // ("Yoon‘s Japanese counterpart": a page may write the apostrophe as an opening mark.)
  return /^(?:[’']s?|‘s)\s/.test(text.slice(mention.end, mention.end + 3));
}
