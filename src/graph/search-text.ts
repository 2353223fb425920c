import { foldName } from './ids';
import type { ArticleGraph, GraphNode, NodeLabel, Props, PropValue } from './model';
import type { NodeQuery } from './store';

/**
 * The words a node is found by in full-text search, the same for every store: names and
 * aliases of entities, the words of statements and conditions. Other labels are reached
 * through these and are not searched themselves.
 */
export function searchText(label: NodeLabel, p: Props, onWords?: string): string | null {
  const s = (v: PropValue | undefined) => (Array.isArray(v) ? v.join(' ; ') : v == null ? '' : String(v));
  switch (label) {
    case 'Statement':
      return s(p.text);
    case 'Condition':
      return onWords === undefined ? s(p.text) : [s(p.text), onKeys(onWords).join(' ')].join(' ; ');
    case 'Person':
    case 'Country':
    case 'Organization':
    case 'Place':
      return [s(p.name), s(p.aliases)].join(' ; ');
    default:
      return null;
  }
}

/** Words past this many in a search are ignored: each costs the full-text index a read. */
export const MAX_SEARCH_WORDS = 32;
/** A last word this long or longer also matches as a prefix ("Pyong"); a shorter one would match a good part of the index. */
export const MIN_PREFIX = 3;

/**
 * The words a search asks for, the same for every store: each once, at most MAX_SEARCH_WORDS,
 * and whether the last one also counts as a prefix (search as you type).
 */
export function searchTerms(words: readonly string[]): { terms: string[]; prefix: boolean } {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const w of words) {
    const key = w.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(w);
    if (terms.length === MAX_SEARCH_WORDS) break;
  }
  return { terms, prefix: (terms[terms.length - 1]?.length ?? 0) >= MIN_PREFIX };
}

const TERM = /^[\p{L}\p{N}]+$/u;

/**
 * A node query's full-text filter, `words` and each group of `terms` ANDed, in a store's query
 * language: `words` turns the user's words into its query (null: none left), `anyOf` one group
 * of whole terms. Undefined when the query has no such filter, null when nothing can match.
 */
export function fullTextFilter(q: Pick<NodeQuery, 'words' | 'terms'>, words: (text: string) => string | null, anyOf: (terms: string[]) => string): string | null | undefined {
  const parts: string[] = [];
  if (q.words !== undefined) {
    const query = words(q.words);
    if (!query) return null;
    parts.push(`(${query})`);
  }
  for (const group of q.terms ?? []) {
    const terms = group.filter((t) => TERM.test(t));
    if (!terms.length) return null;
    parts.push(`(${anyOf(terms)})`);
  }
  return parts.length ? parts.join(' AND ') : undefined;
}

/** Folds text for a full-text index and its queries alike: case, accents, and every
 * run of characters other than letters and digits becomes one space. */
export function foldWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * True when `body`, tokenised as the full-text index tokenises it (foldWords), holds a term of
 * every group: what the index's match of `terms` says of one row, for a store that checks rows
 * one at a time.
 */
export function holdsTerms(body: string, groups: readonly (readonly string[])[]): boolean {
  const words = new Set(foldWords(body));
  return groups.every((g) => g.some((t) => words.has(t.toLowerCase())));
}

/**
 * What a condition is "on" is found by its own full-text words, each an on-key: a mark and the
 * word's stem ("on0talk" for "talks", "talking"), which is no word of news text.
 * A condition's on-words are its `on`, the type and words of the events it is for, and the names
 * the article gave the entities it is for ("United States" for "talks with the US"); they are
 * fixed when the article is written, so `conditions(on:)` is filtered, counted and paged by the
 * store's full-text index (onKeyGroups in src/api/words.ts asks for them).
 */
export const ON_KEY_MARK = 'on0';

/** Words as on-keys take them: folded like names, split at anything but a-z and 0-9, one letter dropped. */
export const onTokens = (text: string): string[] => foldName(text).split(/[^a-z0-9]+/).filter((w) => w.length > 1);
/** "talks", "talked", "talking" and "talk" share a stem. */
export const stemWord = (word: string): string => word.replace(/(ing|ed|es|s)$/, '');
export const onKey = (word: string): string => ON_KEY_MARK + stemWord(word);

/** The distinct on-keys of `text`. */
export function onKeys(text: string): string[] {
  return [...new Set(onTokens(text).map(onKey))];
}

/**
 * A condition's on-words: its `on`, then for each node it is FOR, an event's type and words or an
 * entity's names.
 */
export function onWordsOf(condition: Props, targets: readonly { label: NodeLabel; props: Props }[]): string {
  const words = (v: PropValue | undefined) => (Array.isArray(v) ? v.join(' ') : v == null ? '' : String(v));
  const parts = [words(condition.on)];
  for (const t of targets) parts.push(...(t.label === 'Event' ? [words(t.props.type), words(t.props.text)] : [words(t.props.name), words(t.props.aliases)]));
  return parts.join(' ');
}

/** Each condition's on-words in an article graph (see ON_KEY_MARK), by condition id. */
export function conditionOnWords(g: ArticleGraph): Map<string, string> {
  const out = new Map<string, string>();
  const conditions = g.nodes.filter((n) => n.label === 'Condition');
  if (!conditions.length) return out;
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const targets = new Map(conditions.map((c) => [c.id, [] as GraphNode[]]));
  for (const e of g.edges) {
    const to = e.type === 'FOR' ? byId.get(e.to) : undefined;
    if (to) targets.get(e.from)?.push(to);
  }
  for (const c of conditions) out.set(c.id, onWordsOf(c.props, targets.get(c.id)!));
  return out;
}
