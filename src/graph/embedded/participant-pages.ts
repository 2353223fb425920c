import type { ArticleGraph } from '../model';
import { participantPage } from '../dated-page';
import type { NodeQuery } from '../store';

/**
 * A participant's events in date order, a page at a time, at the cost of the page.
 *
 * A busy person takes part in tens of thousands of events (28,500 for the busiest at 100k
 * articles), and ordering them by their date read every event. Each PARTICIPANT link instead
 * carries the event's `date` (`edges.date`) and `published` (`edges.published`, its article's
 * date) since schema version 14, with the index `edges_participant_date` on (participant, date,
 * published, event id). An event is told of by one article, which writes its links too, so
 * those are the event's own as long as the article stands. Dates are ISO strings; a value of
 * another type is carried as missing. The three orders the API asks for are then ranges of that
 * index, read in page order:
 *
 * - `events(participant:)`: by date, undated first (where SQLite and the store contract put
 *   missing values ascending), then by publication and id: the undated range, then the dated.
 * - `Person.events`: by date, undated last, then by publication and id: the dated range, then
 *   the undated.
 * - a timeline's events: by their date or else their article's, undated last, then by
 *   publication and id: the dated range and the range with only an article's date, each in
 *   that order, merged, then the links with neither.
 */

/** The dates a PARTICIPANT link carries, as SQL on the event's row `v` (the migration). */
export const EVENT_DATES_SQL = (v: string) => {
  const text = (path: string) => `(CASE WHEN json_type(${v}.props, '${path}') = 'text' THEN json_extract(${v}.props, '${path}') END)`;
  return { date: text('$.date'), published: text('$.published') };
};

export interface EventDates {
  date: string | null;
  published: string | null;
}

/** The dates of each event an article tells of (its own, and its `published`), for its PARTICIPANT links. */
export function participantEventDates(g: ArticleGraph): Map<string, EventDates> {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const dates = new Map<string, EventDates>();
  for (const n of g.nodes) if (n.label === 'Event') dates.set(n.id, { date: text(n.props.date), published: text(n.props.published) });
  return dates;
}

/** One range of a participant's links: its condition and order (over `e`, the link). */
export interface ParticipantRange {
  where: string;
  params: unknown[];
  order: string;
  /** The column a row of this range sorts by before its `published` and id, if any. */
  key?: 'date' | 'published';
}

export interface ParticipantPlan {
  /** Each participant's first events are read on their own, then merged (an event two of them attend, once). */
  participants: string[];
  /** Read one after another: each range's rows all sort before the next range's. */
  ranges: ParticipantRange[];
  /** Ranges whose rows interleave, merged by (key, published, id) before `ranges` are read. */
  merged?: [ParticipantRange, ParticipantRange];
}

const BY_DATE = 'e.date, e.published, e.dst';
const BY_PUBLISHED = 'e.published, e.dst';

/** The ranges that give `q`'s page (participantPage), or null. */
export function participantEventRanges(q: NodeQuery): ParticipantPlan | null {
  const page = participantPage(q);
  if (!page) return null;
  const { participants, from, to } = page;
  const dated: ParticipantRange = { where: ' AND e.date IS NOT NULL', params: [], order: BY_DATE, key: 'date' };
  if (from) {
    dated.where += ' AND e.date >= ?';
    dated.params.push(from);
  }
  if (to) {
    // `to` on its own precision, as findNodes compares dates: "2025-06" takes all of June.
    dated.where += ' AND substr(e.date, 1, ?) <= ?';
    dated.params.push(to.length, to);
  }
  const undated: ParticipantRange = { where: ' AND e.date IS NULL', params: [], order: BY_PUBLISHED };
  if (!page.orPublished) {
    if (from || to) return { participants, ranges: [dated] };
    return { participants, ranges: page.undatedLast ? [dated, undated] : [undated, dated] };
  }
  const byArticle: ParticipantRange = { where: ' AND e.date IS NULL AND e.published IS NOT NULL', params: [], order: BY_PUBLISHED, key: 'published' };
  const neither: ParticipantRange = { where: ' AND e.date IS NULL AND e.published IS NULL', params: [], order: 'e.dst' };
  return { participants, merged: [dated, byArticle], ranges: [neither] };
}
