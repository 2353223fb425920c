import { EVENT_DATE_ORDER, EVENTS_ORDER } from '../../src/api/types/event';
import { TIMELINE_EVENT_ORDER } from '../../src/api/types/timeline';
import { participantEventRanges } from '../../src/graph/embedded/participant-pages';
import type { NodeQuery } from '../../src/graph/store';

/** Which queries the embedded store answers from a participant's links in date order, and which it leaves to the plan that reads the events. */
describe('participantEventRanges', () => {
  const ofOne = (orderBy: NodeQuery['orderBy'], more: Partial<NodeQuery> = {}): NodeQuery => ({
    label: 'Event',
    linkedFrom: { ids: ['person:kim', 'person:kim'], edgeType: 'PARTICIPANT' },
    where: {},
    dateProp: 'date',
    orderBy,
    ...more,
  });

  it('takes the three orders the API pages a participant\u2019s events in', () => {
    expect(participantEventRanges(ofOne(EVENTS_ORDER))).toMatchObject({ participants: ['person:kim'], ranges: [{ where: ' AND e.date IS NULL' }, { where: ' AND e.date IS NOT NULL' }] });
    expect(participantEventRanges(ofOne(EVENT_DATE_ORDER))).toMatchObject({ ranges: [{ where: ' AND e.date IS NOT NULL' }, { where: ' AND e.date IS NULL' }] });
    expect(participantEventRanges(ofOne(TIMELINE_EVENT_ORDER))).toMatchObject({ merged: [{ key: 'date' }, { key: 'published' }], ranges: [{ where: ' AND e.date IS NULL AND e.published IS NULL' }] });
  });

  it('reads only the dated range within dates, the end on its own precision', () => {
    expect(participantEventRanges(ofOne(EVENTS_ORDER, { from: '2025-06-01', to: '2025-07' }))).toEqual({
      participants: ['person:kim'],
      ranges: [{ where: ' AND e.date IS NOT NULL AND e.date >= ? AND substr(e.date, 1, ?) <= ?', params: ['2025-06-01', 7, '2025-07'], order: 'e.date, e.published, e.dst', key: 'date' }],
    });
  });

  it.each<[string, NodeQuery]>([
    ['many participants', ofOne(EVENTS_ORDER, { linkedFrom: { ids: Array.from({ length: 33 }, (_, i) => `person:p${i}`), edgeType: 'PARTICIPANT' } })],
    ['a status', ofOne(EVENTS_ORDER, { where: { status: 'planned' } })],
    ['another link', ofOne(EVENTS_ORDER, { linkedFrom: { ids: ['place:seoul'], edgeType: 'HELD_IN' } })],
    ['another label', ofOne(EVENTS_ORDER, { label: 'Statement' })],
    ['newest first', ofOne({ prop: 'date', direction: 'DESC', then: 'published' })],
    ['no second key', ofOne({ prop: 'date', direction: 'ASC' })],
    ['a range of publication dates', ofOne(EVENTS_ORDER, { dateProp: 'published', from: '2025-01-01' })],
    ['a range with the fallback order', ofOne(TIMELINE_EVENT_ORDER, { from: '2025-01-01' })],
    ['words', ofOne(EVENTS_ORDER, { words: 'summit' })],
  ])('leaves %s to the plan that reads the events', (_name, q) => {
    expect(participantEventRanges(q)).toBeNull();
  });
});
