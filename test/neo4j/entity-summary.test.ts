import type { NodeLabel, Props } from '../../src/graph/model';
import { addContribution, emptySummary, removeContribution, summarise, summaryProps } from '../../src/graph/entity-summary';
import { mergeContributions } from '../../src/graph/neo4j/values';

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

function randomProps(r: () => number): Props {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const props: Props = {};
  if (r() < 0.9) props.name = pick(['Kim Jong Un', 'Kim Jong-un', 'Kim', null as unknown as string]);
  if (r() < 0.8) props.aliases = Array.from({ length: Math.floor(r() * 4) }, () => pick(['Kim', 'KJU', 'Kim Jong-un', 'Chairman Kim', 'Supreme Leader']));
  if (r() < 0.6) props.roles = Array.from({ length: Math.floor(r() * 3) }, () => pick(['Leader of North Korea', 'Chairman', 'General Secretary']));
  if (r() < 0.5) props.country = pick(['PRK', 'KOR', null as unknown as string]);
  if (r() < 0.3) props.born = pick([1984, 1983, null as unknown as number]);
  if (r() < 0.2) props.verified = pick([true, false]);
  return props;
}

describe('entity summary (Neo4j adapter): same props as folding every contribution', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('random adds, replaces and deletes, seed %i', (seed) => {
    const r = rng(seed * 7919);
    const live = new Map<string, { label: NodeLabel; props: Props }>();
    let summary = emptySummary();
    const folds = { incremental: 0, full: 0 };
    for (let step = 0; step < 400; step++) {
      const articleId = `article:${Math.floor(r() * 40).toString().padStart(2, '0')}`;
      const old = live.get(articleId);
      const op = r();
      if (old) {
        // Replace or delete: take the old contribution away first.
        if (removeContribution(summary, articleId, old.props)) folds.incremental++;
        else {
          folds.full++;
          live.delete(articleId);
          summary = summarise([...live.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, c]) => ({ articleId: id, ...c })));
        }
        live.delete(articleId);
      }
      if (!old || op < 0.7) {
        const c = { label: (r() < 0.95 ? 'Person' : 'Organization') as NodeLabel, props: randomProps(r) };
        live.set(articleId, c);
        addContribution(summary, articleId, c.label, c.props);
      }
      const ordered = [...live.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
      const expected = mergeContributions(ordered.map(([, c]) => c.props));
      expect([step, summaryProps(summary)]).toEqual([step, expected]);
      expect(summary.label?.[1] ?? null).toBe(ordered[0]?.[1].label ?? null);
      expect(summary.count).toBe(live.size);
      // Round trip through JSON, as the adapter stores it.
      summary = JSON.parse(JSON.stringify(summary));
    }
    expect(folds.incremental).toBeGreaterThan(0);
  });
});
