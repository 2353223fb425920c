import { dateWalkLimits } from '../../src/graph/embedded/date-walk';
import { manyConditions, manyHolders } from '../contract/fixtures';

describe('date walk limits', () => {
  it('asks for more links as the page goes deeper or the label grows, and walks at most twice that', () => {
    // 21 rows (a page of 20 and one to tell whether there is another) among 167,410 conditions:
    // a holder with 2,652 links or more is paged by the walk.
    expect(dateWalkLimits(21, 167410)).toEqual({ enough: 2652, budget: 5304 });
    expect(dateWalkLimits(221, 167410).enough).toBeGreaterThan(dateWalkLimits(21, 167410).enough);
    expect(dateWalkLimits(21, 16741).enough).toBeLessThan(dateWalkLimits(21, 167410).enough);
    expect(dateWalkLimits(1, 0)).toEqual({ enough: 1, budget: 2 });
  });

  it("puts the contract suite's holders on both plans, and one walk out of budget", () => {
    const graphs = manyConditions();
    const linksOf = (holder: string) => graphs.filter((g) => g.edges.some((e) => e.type === 'SET' && e.from === holder)).length;
    // Newest first: the index position of a holder's newest condition.
    const newestAt = (holder: string) => graphs.length - 1 - Math.max(...graphs.map((g, i) => (g.edges.some((e) => e.type === 'SET' && e.from === holder) ? i : -1)));
    // First pages of 5 read 6 rows when not counted.
    const first = dateWalkLimits(6, graphs.length);
    expect(linksOf(manyHolders.big)).toBeGreaterThanOrEqual(first.enough); // walked
    expect(linksOf(manyHolders.old)).toBeGreaterThanOrEqual(first.enough); // walked...
    expect(newestAt(manyHolders.old)).toBeGreaterThanOrEqual(first.budget); // ...out of budget, then listed
    expect(linksOf(manyHolders.small)).toBeLessThan(first.enough); // listed
    expect(linksOf(manyHolders.big)).toBeLessThan(dateWalkLimits(31, graphs.length).enough); // big's deeper pages: listed
  });
});
