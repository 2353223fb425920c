/**
 * A faster view of the entity context for the event, invitation and condition stages: they
 * ask for mentions in small windows and resolve the same spans many times, so mentions are
 * indexed by offset (binary search) and resolutions are memoised. Same answers, less work.
 */
import type { EntityContext, StageInput } from './context';
import type { Entity, Mention } from './types';

const cache = new WeakMap<EntityContext, EntityContext>();
const wrapped = new WeakSet<EntityContext>();

function firstAtOrAfter(sorted: Mention[], start: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function fastContext(input: StageInput): StageInput {
  const raw = input.entities;
  if (wrapped.has(raw)) return input;
  const known = cache.get(raw);
  if (known) return { ...input, entities: known };
  const sorted = [...raw.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const memo = new Map<string, Entity | null>();
  const fast: EntityContext = {
    entities: raw.entities,
    mentions: sorted,
    byKey: raw.byKey,
    resolve: (text, at) => {
      const key = `${at}\u241f${text}`;
      if (memo.has(key)) return memo.get(key) ?? null;
      const e = raw.resolve(text, at);
      memo.set(key, e);
      return e;
    },
    mentionsIn: (start, end) => {
      const out: Mention[] = [];
      for (let i = firstAtOrAfter(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) {
        if (sorted[i]!.end <= end) out.push(sorted[i]!);
      }
      return out;
    },
  };
  cache.set(raw, fast);
  wrapped.add(fast);
  return { ...input, entities: fast };
}
