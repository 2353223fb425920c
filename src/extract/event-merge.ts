/**
 * Merges mentions of the same meeting within an article: same people (and both calls or
 * both in person), dates that agree ("2019-06" and "2019-06-30"), both past or both ahead. An undated mention joins
 * a dated meeting of the same people and state, or else the people's only meeting.
 */
import type { ExtractedEvent } from './types';

/** Places agree when one is missing or one names the other ("White House", "White House, Washington"). */
function samePlace(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  const x = a.toLowerCase(), y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}
const agree = (a?: string, b?: string) => !a || !b || a.startsWith(b) || b.startsWith(a);
const TYPE_RANK: Record<string, number> = { Summit: 4, Visit: 3, Meeting: 2, Talks: 1, Call: 0, Speech: 0 };

function absorb(into: ExtractedEvent, e: ExtractedEvent): void {
  if (e.date && (!into.date || e.date.length > into.date.length)) {
    into.date = e.date;
    if (e.dateText) into.dateText = e.dateText;
  }
  if (!into.place && e.place) into.place = e.place;
  if ((TYPE_RANK[e.type] ?? 0) > (TYPE_RANK[into.type] ?? 0) && e.type !== 'Call') into.type = e.type;
  // A stated fact beats talk about it: occurred > planned > proposed; cancellation is kept.
  const rank = { cancelled: 4, occurred: 3, planned: 2, proposed: 1 } as const;
  if (rank[e.status] > rank[into.status]) into.status = e.status;
}

export function mergeEvents(events: ExtractedEvent[]): ExtractedEvent[] {
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const groups = new Map<string, ExtractedEvent[]>();
  for (const e of sorted) {
    const key = `${e.type === 'Call' ? 'call' : 'meet'}|${[...e.participants].sort().join('+')}`;
    const g = groups.get(key) ?? [];
    g.push(e);
    groups.set(key, g);
  }
  const out: ExtractedEvent[] = [];
  for (const g of groups.values()) {
    const merged: ExtractedEvent[] = [];
    // A past meeting and a plan are different meetings even when their dates agree
    // ("Oct. 30" and "later that year").
    const tense = (x: ExtractedEvent) => (x.status === 'occurred' ? 'past' : 'future');
    for (const e of g.filter((x) => x.date)) {
      // The same day is the same meeting wherever it is placed ("in Washington", "in the Oval
      // Office"); dates that only overlap ("2026", "2026-04") must not name two places.
      const m = merged.find(
        (x) => agree(x.date, e.date) && tense(x) === tense(e) && (x.date === e.date || samePlace(x.place, e.place)),
      );
      if (m) absorb(m, e);
      else merged.push({ ...e, participants: [...e.participants] });
    }
    for (const e of g.filter((x) => !x.date)) {
      // Talk of a meeting joins a planned or proposed one; a past meeting only a past one.
      const future = (x: ExtractedEvent) => x.status === 'planned' || x.status === 'proposed';
      const m = merged.find((x) => x.status === e.status) ?? merged.find((x) => future(x) && future(e));
      if (m) absorb(m, e);
      else merged.push({ ...e, participants: [...e.participants] });
    }
    out.push(...merged);
  }
  return out.sort((a, b) => a.start - b.start);
}
