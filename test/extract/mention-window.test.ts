import { isPossessor, mentionsWithin, partitionPoint } from '../../src/extract/mention-window';

describe('mentionsWithin', () => {
  const spans = (pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));

  it('returns the mentions lying inside the window, in order', () => {
    const sorted = spans([[0, 5], [3, 9], [10, 14], [12, 20], [21, 25]]);
    expect(mentionsWithin(sorted, 3, 20)).toEqual(spans([[3, 9], [10, 14], [12, 20]]));
    expect(mentionsWithin(sorted, 4, 19)).toEqual(spans([[10, 14]]));
    expect(mentionsWithin(sorted, 26, 40)).toEqual([]);
    expect(mentionsWithin([], 0, 10)).toEqual([]);
  });

  it('agrees with a scan of every mention on random spans and windows', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const sorted = Array.from({ length: rand(40) }, () => {
        const start = rand(300);
        return { start, end: start + 1 + rand(30) };
      }).sort((a, b) => a.start - b.start);
      const start = rand(320);
      const end = start + rand(120);
      expect(mentionsWithin(sorted, start, end)).toEqual(sorted.filter((m) => m.start >= start && m.end <= end));
    }
  });
});

describe('partitionPoint', () => {
  it('is the index of the first item the predicate rejects', () => {
    const starts = [0, 4, 4, 9, 15];
    expect(partitionPoint(starts, (s) => s <= 4)).toBe(3);
    expect(partitionPoint(starts, (s) => s < 4)).toBe(1);
    expect(partitionPoint(starts, (s) => s < 0)).toBe(0);
    expect(partitionPoint(starts, (s) => s < 100)).toBe(5);
    expect(partitionPoint([], () => true)).toBe(0);
  });

  it('agrees with a linear scan on random sorted lists', () => {
    let seed = 11;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const sorted = Array.from({ length: rand(30) }, () => rand(50)).sort((a, b) => a - b);
      const at = rand(60);
      const scan = sorted.findIndex((s) => s > at);
      expect(partitionPoint(sorted, (s) => s <= at)).toBe(scan < 0 ? sorted.length : scan);
    }
  });
});

describe('isPossessor', () => {
  const at = (text: string, name: string) => ({ end: text.indexOf(name) + name.length });

  it('holds for a name followed by a possessive, either apostrophe', () => {
    const text = "Milei’s success at the polls pleased the Kurds' allies, and Milei said so.";
    expect(isPossessor(text, at(text, 'Milei'))).toBe(true);
    expect(isPossessor(text, at(text, 'Kurds'))).toBe(true);
    expect(isPossessor(text, { end: text.lastIndexOf('Milei') + 5 })).toBe(false);
  });
});
