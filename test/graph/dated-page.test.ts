import { datedPageHolders, mergeDatedSlices, newerFirst, MAX_DATED_HOLDERS } from '../../src/graph/dated-page';
import { datedLinkKey, datedLinkRange } from '../../src/graph/neo4j/dated-links';

/** A small deterministic generator, so a failure names the case that broke. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const DATES = [null, '2025', '2025-06', '2025-06-01', '2025-06-01T08:00Z', '2025-06-10', '2025-07', '2024-12-31', '2025-06-01T08:00:30Z'];
const IDS = ['condition:a', 'condition:ab', 'condition:b', 'condition:0f3', 'condition:0f', 'statement:x-1', 'statement:x', 'condition:A', 'condition:~'];
const HOLDERS = ['person:kim', 'person:kim-jong-un', 'person:ki', 'country:PRK'];

function links(seed: number, n: number) {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: n }, () => ({ holder: pick(HOLDERS), published: pick(DATES), id: `${pick(IDS)}${rnd() < 0.5 ? '' : Math.floor(rnd() * 30)}` }));
}

/** The page order every store gives: newest first, undated last, ties by id. */
const pageOrder = (a: { published: string | null; id: string }, b: { published: string | null; id: string }) => newerFirst(a.published, b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("Neo4j's dated-link key", () => {
  test.each([1, 2, 3, 4, 5])('read descending within a holder, keys give the page order (seed %i)', (seed) => {
    const all = links(seed, 300);
    for (const holder of HOLDERS) {
      const mine = all.filter((l) => l.holder === holder);
      const { lo, hi } = datedLinkRange(holder, null, null);
      const byKey = all
        .map((l) => ({ ...l, key: datedLinkKey(l.holder, l.published, l.id) }))
        .filter((l) => l.key >= lo && l.key < hi)
        .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
      expect(byKey.map((l) => [l.published, l.id])).toEqual([...mine].sort(pageOrder).map((l) => [l.published, l.id]));
    }
  });

  test.each([
    ['2025-06', null],
    [null, '2025-06'],
    ['2025-06-01', '2025-06-10'],
    ['2025', '2025'],
    [null, '2025-06-01T08:00Z'],
    ['2025-06-01T08:00Z', null],
    ['2026', null],
  ] as const)('the range from %s to %s holds the links the date filter keeps', (from, to) => {
    const all = links(9, 400);
    // findNodes' filter: from as a string, to on its own precision, undated out when bounded.
    const kept = (p: string | null) => (from === null && to === null) || (p !== null && (from === null || p >= from) && (to === null || p.slice(0, to.length) <= to));
    for (const holder of HOLDERS) {
      const { lo, hi } = datedLinkRange(holder, from, to);
      const inRange = all.filter((l) => {
        const key = datedLinkKey(l.holder, l.published, l.id);
        return key >= lo && key < hi;
      });
      expect(inRange).toEqual(all.filter((l) => l.holder === holder && kept(l.published)));
    }
  });
});

describe('merging holders\u2019 slices into a page', () => {
  const row = (id: string, published: string | null) => ({ id, published });

  test('slices are merged newest first, ties by id, each node once, from the offset', () => {
    const kim = [row('c:5', '2025-06-03'), row('c:4', '2025-06-02'), row('c:2', '2025-06-01')];
    const prk = [row('c:4', '2025-06-02'), row('c:3', '2025-06-02'), row('c:1', null)];
    expect(mergeDatedSlices([kim, prk], 0, 10)).toEqual(['c:5', 'c:3', 'c:4', 'c:2', 'c:1']);
    expect(mergeDatedSlices([kim, prk], 2, 10)).toEqual(['c:4', 'c:2', 'c:1']);
  });

  test('a cut slice whose unread links could belong in the page leaves the page to the full plan', () => {
    // Each slice stopped at want = 3. The first one's third link is older than the page's third
    // entry, so its unread links sort after the page: whole.
    const a = [row('c:9', '2025-09'), row('c:8', '2025-08'), row('c:1', '2025-01')];
    const b = [row('c:7', '2025-07'), row('c:6', '2025-06'), row('c:5', '2025-05')];
    expect(mergeDatedSlices([a, b], 0, 3)).toEqual(['c:9', 'c:8', 'c:7']);
    // A node linked twice fills two places of a cut slice: the merge is short of the page.
    const twice = [row('c:9', '2025-09'), row('c:9', '2025-09'), row('c:8', '2025-08')];
    expect(mergeDatedSlices([twice], 0, 3)).toBeNull();
    // Two holders sharing nodes: unread links of `b` may be newer than the page's last entry.
    const shared = [row('c:9', '2025-09'), row('c:8', '2025-08'), row('c:7', '2025-07')];
    const cutEarly = [row('c:9', '2025-09'), row('c:9', '2025-09'), row('c:8', '2025-08')];
    expect(mergeDatedSlices([shared, cutEarly], 0, 3)).toBeNull();
  });

  test('slices shorter than the page were read whole', () => {
    expect(mergeDatedSlices([[row('c:1', '2025-01'), row('c:1', '2025-01')]], 0, 5)).toEqual(['c:1']);
    expect(mergeDatedSlices([[], []], 0, 5)).toEqual([]);
  });
});

describe('which queries a holder\u2019s dated index answers', () => {
  const newest = { label: 'Condition' as const, linkedFrom: { ids: ['person:kim', 'person:kim'], edgeType: 'SET' as const }, orderBy: { prop: 'published', direction: 'DESC' as const } };

  test('newest first of what a few holders set or said, in a range of published', () => {
    expect(datedPageHolders(newest)).toEqual(['person:kim']);
    expect(datedPageHolders({ ...newest, from: '2025-01', to: '2025-06' })).toEqual(['person:kim']);
  });

  test('not other orders, links, filters or date properties, nor many holders', () => {
    expect(datedPageHolders({ ...newest, orderBy: { prop: 'published', direction: 'ASC' } })).toBeNull();
    expect(datedPageHolders({ ...newest, orderBy: undefined })).toBeNull();
    expect(datedPageHolders({ ...newest, linkedFrom: { ids: ['person:kim'], edgeType: 'PARTICIPANT' } })).toBeNull();
    expect(datedPageHolders({ ...newest, linkedFrom: { ids: [], edgeType: 'SET' } })).toBeNull();
    expect(datedPageHolders({ ...newest, ids: ['condition:a'] })).toBeNull();
    expect(datedPageHolders({ ...newest, name: 'x' })).toBeNull();
    expect(datedPageHolders({ ...newest, where: { on: 'talks' } })).toBeNull();
    expect(datedPageHolders({ ...newest, dateProp: 'date', from: '2025' })).toBeNull();
    const many = Array.from({ length: MAX_DATED_HOLDERS + 1 }, (_, i) => `person:p${i}`);
    expect(datedPageHolders({ ...newest, linkedFrom: { ids: many, edgeType: 'SET' } })).toBeNull();
  });
});
