import type { NodeLabel, Props, PropValue } from './model';

/**
 * An entity's props are a fold over every article's contribution in article id order
 * (mergeContributions in neo4j/values.ts; the embedded store's mergeProps is the same rule).
 * Re-folding them all on every upsert costs O(articles that mention the entity), which grows
 * without bound for the people news keeps quoting. The summary keeps just enough of that fold
 * to add a contribution in O(its size) and to take one away in O(its size) too, unless that
 * contribution decided part of the result; only then are all contributions read again. The
 * result is the same as mergeContributions, value for value. Both stores keep one summary per
 * entity.
 */
export interface EntitySummary {
  /** How many articles contribute. */
  count: number;
  /** Label of the first contribution. */
  label: [string, NodeLabel] | null;
  /** Number of contributions that have each key. */
  keys: Record<string, number>;
  /** Per scalar key: the first non-null value and the article it came from. */
  scalars: Record<string, [string, Exclude<PropValue, string[]>]>;
  /** Per list key: each distinct value at its first occurrence (article, index). */
  lists: Record<string, [string, number, string][]>;
  /** Each distinct name at its first occurrence. */
  names: [string, string][];
  /** A key was a list in one contribution and a scalar in another: always re-fold. */
  mixed: boolean;
}

export function emptySummary(): EntitySummary {
  return { count: 0, label: null, keys: {}, scalars: {}, lists: {}, names: [], mixed: false };
}

/** Adds one article's contribution. Order of calls does not matter. */
export function addContribution(s: EntitySummary, articleId: string, label: NodeLabel, props: Props): void {
  s.count += 1;
  if (!s.label || articleId < s.label[0]) s.label = [articleId, label];
  for (const [key, value] of Object.entries(props)) {
    s.keys[key] = (s.keys[key] ?? 0) + 1;
    if (Array.isArray(value)) {
      if (s.scalars[key] !== undefined) s.mixed = true;
      const entries = (s.lists[key] ??= []);
      value.forEach((v, index) => {
        const at = entries.findIndex((e) => e[2] === v);
        if (at < 0) entries.push([articleId, index, v]);
        else if (articleId < entries[at]![0]) entries[at] = [articleId, index, v];
      });
    } else {
      if (s.lists[key] !== undefined) s.mixed = true;
      if (value === null || value === undefined) continue;
      const prev = s.scalars[key];
      if (!prev || articleId < prev[0]) s.scalars[key] = [articleId, value];
    }
  }
  const name = props.name;
  if (typeof name === 'string') {
    const at = s.names.findIndex((n) => n[1] === name);
    if (at < 0) s.names.push([articleId, name]);
    else if (articleId < s.names[at]![0]) s.names[at] = [articleId, name];
  }
}

/**
 * Takes one article's contribution away. Returns false when that contribution decided part
 * of the result (then the caller re-folds the remaining contributions).
 */
export function removeContribution(s: EntitySummary, articleId: string, props: Props): boolean {
  if (s.mixed || s.label?.[0] === articleId) return false;
  if (s.names.some((n) => n[0] === articleId)) return false;
  for (const key of Object.keys(props)) {
    if (s.scalars[key]?.[0] === articleId) return false;
    if (s.lists[key]?.some((e) => e[0] === articleId)) return false;
  }
  s.count -= 1;
  for (const key of Object.keys(props)) {
    const left = (s.keys[key] ?? 0) - 1;
    if (left > 0) {
      s.keys[key] = left;
      continue;
    }
    delete s.keys[key];
    delete s.scalars[key];
    delete s.lists[key];
  }
  return true;
}

const byFirstSeen = (a: [string, number, string], b: [string, number, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];

/** The merged props, as mergeContributions would compute them. */
export function summaryProps(s: EntitySummary): Props {
  const out: Props = {};
  for (const key of Object.keys(s.keys)) {
    const list = s.lists[key];
    if (list) out[key] = [...list].sort(byFirstSeen).map((e) => e[2]);
    else out[key] = s.scalars[key]?.[1] ?? null;
  }
  const name = out.name;
  if (typeof name === 'string' && Array.isArray(out.aliases)) {
    const others = [...s.names]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map((n) => n[1])
      .filter((n) => n !== name);
    out.aliases = [...new Set([...out.aliases, ...others])];
  }
  return out;
}

/** Folds every contribution from scratch. */
export function summarise(contributions: readonly { articleId: string; label: NodeLabel; props: Props }[]): EntitySummary {
  const s = emptySummary();
  for (const c of contributions) addContribution(s, c.articleId, c.label, c.props);
  return s;
}
