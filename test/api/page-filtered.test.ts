import { pageFiltered } from '../../src/api/connection';
import { decodeCursor, encodeCursor, type Page, type PageArgs } from '../../src/graph/store';

/** A store-like reader over a list, recording how much it was asked for. */
function reader(list: number[]) {
  const reads: number[] = [];
  const read = async (page: PageArgs): Promise<Page<number>> => {
    const offset = decodeCursor(page.after);
    const items = list.slice(offset, offset + page.first);
    reads.push(items.length);
    return { items, totalCount: offset + items.length, cursors: items.map((_, i) => encodeCursor(offset + i)), hasNextPage: offset + items.length < list.length, hasPreviousPage: offset > 0 };
  };
  return { read, reads };
}
const keepIf = (test: (n: number) => boolean) => async (items: readonly number[]) => items.map(test);
const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('pageFiltered: a page of what a filter keeps, read from a store in chunks', () => {
  test('matches far down the list are found and counted: nothing caps the walk', async () => {
    const { read, reads } = reader(numbers(30_000));
    const page = await pageFiltered(read, keepIf((n) => n >= 29_990), { first: 5 });
    expect(page.edges.map((e) => e.node)).toEqual([29_990, 29_991, 29_992, 29_993, 29_994]);
    expect(page.totalCount).toBe(10);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(reads.reduce((a, b) => a + b, 0)).toBe(30_000);
  });

  test('without a count it reads only as far as the page and one more', async () => {
    const { read, reads } = reader(numbers(30_000));
    const page = await pageFiltered(read, keepIf((n) => n % 10 === 0), { first: 20, count: false });
    expect(page.edges.map((e) => e.node)).toEqual(numbers(20).map((n) => n * 10));
    expect(page.pageInfo.hasNextPage).toBe(true);
    // 21 matches lie within the first 210 items: chunks of 100 and 200.
    expect(reads).toEqual([100, 200]);
  });

  test('later pages follow on from the cursor; the last one says so', async () => {
    const { read } = reader(numbers(1_000));
    const first = await pageFiltered(read, keepIf((n) => n % 100 === 7), { first: 6, count: false });
    expect(first.edges.map((e) => e.node)).toEqual([7, 107, 207, 307, 407, 507]);
    const rest = await pageFiltered(read, keepIf((n) => n % 100 === 7), { first: 6, after: first.pageInfo.endCursor, count: false });
    expect(rest.edges.map((e) => e.node)).toEqual([607, 707, 807, 907]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  test('nothing kept, or nothing to read: an empty page', async () => {
    expect((await pageFiltered(reader(numbers(500)).read, keepIf(() => false), { first: 5 })).totalCount).toBe(0);
    expect((await pageFiltered(reader([]).read, keepIf(() => true), { first: 5 })).edges.map((e) => e.node)).toEqual([]);
  });
});
