/**
 * The plan for a page of nodes linked from a few holders, newest first ("Kim's conditions").
 *
 * Two ways to find it:
 * - list: read every link of the holders into a set, then walk the date index until the page
 *   is full, keeping the nodes in the set. It reads one index entry per link, so it grows with
 *   what the holders have said: a page for someone quoted in 4,000 articles reads 4,000 entries.
 * - walk: walk the date index and probe each node's incoming links (`edges_dst` carries `src`).
 *   It reads about `wanted × total / links` entries, if the holders' links are spread over the
 *   dates like the rest, which stays the same as the store grows; each entry costs about two
 *   listed ones.
 *
 * The walk wins when `links > sqrt(2 × wanted × total)`, so a holder's links are counted only up
 * to that bound. The walk stops after `budget` entries (four times its expected length): when
 * the links cluster in older dates, the list plan answers instead, having cost at most that much
 * more.
 */
export interface DateWalkLimits {
  /** Links the holders need for the walk to be the cheaper plan. */
  enough: number;
  /** Most index entries the walk reads before the list plan answers instead. */
  budget: number;
}

/** Limits for a page of `wanted` rows (offset + page size) among `total` nodes of the label. */
export function dateWalkLimits(wanted: number, total: number): DateWalkLimits {
  const enough = Math.max(1, Math.ceil(Math.sqrt(2 * wanted * total)));
  // With `enough` links the walk expects wanted × total / enough = enough / 2 entries.
  return { enough, budget: 2 * enough };
}
