import { eventKeyOf, orderKey, orderKeyBounds, participantKey, participantKeyRanges, readsOrderKey } from '../../src/graph/neo4j/order-keys';
import { MAX_DATED_HOLDERS } from '../../src/graph/dated-page';
import type { NodeQuery } from '../../src/graph/store';

/** Events as findNodes orders them by date, undated first, ties by published (unpublished first), then id. */
const EVENTS = [
  { id: 'event:b', date: '2025-05-01', published: '2025-04-20' },
  { id: 'event:a', date: '2025-05-01', published: '2025-04-20' },
  { id: 'event:c', date: '2025-05', published: '2025-04-30' },
  { id: 'event:d', date: '2025-05-01', published: null },
  { id: 'event:e', date: null, published: '2025-01-01' },
  { id: 'event:f', date: null, published: null },
  { id: 'event:g', date: '2025-05-01T10:00', published: '2025-01-01' },
  { id: 'event:h', date: '2024-12-31', published: '2025-06-01' },
];

const missingFirst = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
const byDate = (a: (typeof EVENTS)[number], b: (typeof EVENTS)[number]) =>
  missingFirst(a.date, b.date) || missingFirst(a.published, b.published) || (a.id < b.id ? -1 : 1);

describe('event order keys', () => {
  test('keys sort as findNodes orders events by date: undated first, a month before its days, then published, then id', () => {
    const keyed = EVENTS.map((e) => ({ id: e.id, key: orderKey('Event', e.id, { date: e.date, published: e.published })! }));
    const byKey = [...keyed].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((e) => e.id);
    expect(byKey).toEqual([...EVENTS].sort(byDate).map((e) => e.id));
    expect(byKey).toEqual(['event:f', 'event:e', 'event:h', 'event:c', 'event:d', 'event:a', 'event:b', 'event:g']);
  });

  test('only labels with an order key get one', () => {
    expect(orderKey('Statement', 'statement:x', { published: '2025-01-01' })).toBeNull();
    expect(orderKey('Event', 'event:x', { date: 7 })).toBe('\u0001\u0001event:x');
  });

  test('date bounds keep what findNodes keeps: from the first day on, up to every date `to` is a prefix of', () => {
    const { lower, upper } = orderKeyBounds('2025-05-01', '2025-05');
    const key = (date: string | null) => orderKey('Event', 'event:x', { date, published: '2025-01-01' })!;
    const inside = (date: string | null) => key(date) >= lower! && key(date) < upper!;
    expect(['2025-05-01', '2025-05-31', '2025-05-31T23:00'].filter(inside)).toHaveLength(3);
    expect(['2025-04-30', '2025-06-01', null].filter(inside)).toEqual([]);
    expect(orderKeyBounds(null, null)).toEqual({ lower: null, upper: null });
  });

  const events = (more: Partial<NodeQuery>): NodeQuery => ({ label: 'Event', dateProp: 'date', orderBy: { prop: 'date', direction: 'ASC', then: 'published' }, ...more });
  const cases: [string, NodeQuery, boolean][] = [
    ['all events', events({}), true],
    ['by status', events({ where: { status: 'planned' } }), true],
    ['by status and kind in a range', events({ where: { status: 'planned', type: 'summit' }, from: '2025-01-01', to: '2025-02' }), true],
    ['by another prop', events({ where: { text: 'x' } }), false],
    ["a participant's", events({ linkedFrom: { ids: ['person:x'], edgeType: 'PARTICIPANT' } }), false],
    ['undated last', events({ orderBy: { prop: 'date', direction: 'ASC', nulls: 'last', then: 'published' } }), false],
    ['newest first', events({ orderBy: { prop: 'date', direction: 'DESC', then: 'published' } }), false],
    ['with a fallback', events({ orderBy: { prop: 'date', direction: 'ASC', fallback: 'published', then: 'published' } }), false],
    ['by words', events({ words: 'summit' }), false],
    ['a range of another date', events({ dateProp: 'published', from: '2025-01-01' }), false],
    ['statements', { label: 'Statement', orderBy: { prop: 'date', direction: 'ASC', then: 'published' } }, false],
  ];
  test.each(cases.map(([name, q, reads]) => [`${name}: ${reads ? '' : 'not '}read from the order key`, q, reads] as const))('%s', (_name, q, expected) => {
    expect(readsOrderKey(q)).toBe(expected);
  });

  describe("a participant's keys", () => {
    const participant = 'person:p';
    const keyed = EVENTS.map((e) => ({ ...e, key: participantKey(participant, orderKey('Event', e.id, { date: e.date, published: e.published })!) }));
    // Another participant's keys, either side of this one's ids, stay out of its ranges.
    const others = ['person:o', 'person:p2', 'person:q'].map((p) => participantKey(p, orderKey('Event', 'event:x', { date: '2025-05-01', published: null })!));
    const read = (q: NodeQuery) => {
      const plan = participantKeyRanges(q)!;
      return plan.ranges(participant).flatMap((r) => {
        expect(others.filter((k) => k >= r.lo && k < r.hi)).toEqual([]);
        return keyed.filter((e) => e.key >= r.lo && e.key < r.hi).sort((a, b) => (a.key < b.key ? -1 : 1)).map((e) => e.id);
      });
    };
    const byParticipant = (more: Partial<NodeQuery>): NodeQuery => events({ linkedFrom: { ids: [participant], edgeType: 'PARTICIPANT' }, ...more });

    test('undated first: every event in the order findNodes gives', () => {
      expect(read(byParticipant({}))).toEqual([...EVENTS].sort(byDate).map((e) => e.id));
    });

    test('undated last: the dated ones in that order, then the undated', () => {
      const dated = [...EVENTS].filter((e) => e.date !== null).sort(byDate).map((e) => e.id);
      const undated = [...EVENTS].filter((e) => e.date === null).sort(byDate).map((e) => e.id);
      expect(read(byParticipant({ orderBy: { prop: 'date', direction: 'ASC', nulls: 'last', then: 'published' } }))).toEqual([...dated, ...undated]);
    });

    test('within dates: the dated ones `to` is a prefix of, from `from` on', () => {
      expect(read(byParticipant({ from: '2025-05-01', to: '2025-05' }))).toEqual(['event:d', 'event:a', 'event:b', 'event:g']);
      expect(read(byParticipant({ to: '2025-05' }))).toEqual(['event:h', 'event:c', 'event:d', 'event:a', 'event:b', 'event:g']);
    });

    test('by date or else publication, undated last (a timeline): dated and published-only merged, then those with neither', () => {
      const plan = participantKeyRanges(byParticipant({ orderBy: { prop: 'date', direction: 'ASC', fallback: 'published', nulls: 'last', then: 'published' } }))!;
      const inRange = (r: { lo: string; hi: string }) => keyed.filter((e) => e.key >= r.lo && e.key < r.hi).map((e) => e.id).sort();
      const [dated, publishedOnly] = plan.merged!(participant);
      expect(inRange(dated)).toEqual(EVENTS.filter((e) => e.date !== null).map((e) => e.id).sort());
      expect(inRange(publishedOnly)).toEqual(['event:e']);
      expect(plan.ranges(participant).map(inRange)).toEqual([['event:f']]);
    });

    test('the event key is the key after the participant', () => {
      expect(eventKeyOf(keyed[0]!.key)).toBe(orderKey('Event', 'event:b', { date: '2025-05-01', published: '2025-04-20' }));
    });

    test.each([
      ['a status as well', { where: { status: 'planned' } }],
      ['newest first', { orderBy: { prop: 'date', direction: 'DESC', then: 'published' } }],
      ['a timeline within dates', { orderBy: { prop: 'date', direction: 'ASC', fallback: 'published', nulls: 'last', then: 'published' }, dateProp: 'date', from: '2025-01-01' }],
      ['a range of another date', { dateProp: 'published', from: '2025-01-01' }],
    ] as [string, Partial<NodeQuery>][])('%s: not read from the keys', (_name, more) => {
      expect(participantKeyRanges(byParticipant(more))).toBeNull();
    });
    test('more participants than the limit: not read from the keys', () => {
      const many = Array.from({ length: MAX_DATED_HOLDERS + 1 }, (_, i) => `person:${i}`);
      expect(participantKeyRanges(events({ linkedFrom: { ids: many, edgeType: 'PARTICIPANT' } }))).toBeNull();
      expect(participantKeyRanges(events({ linkedFrom: { ids: many.slice(1), edgeType: 'PARTICIPANT' } }))).not.toBeNull();
    });
  });
});
