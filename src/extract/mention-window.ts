import type { Mention } from './types';

/**
 * Mentions whose span lies inside [start, end), from a list sorted by start. A binary search
 * finds the first: stages ask this for every sentence and clause, so a scan of every mention
 * made long articles quadratic.
 */
export function mentionsWithin<M extends Pick<Mention, 'start' | 'end'>>(sorted: readonly M[], start: number, end: number): M[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as M).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: M[] = [];
  for (let k = lo; k < sorted.length && (sorted[k] as M).start <= end; k++) if ((sorted[k] as M).end <= end) out.push(sorted[k] as M);
  return out;
}
