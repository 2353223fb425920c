import type { NodeLabel, Props, PropValue } from './model';

/**
 * The words a node is found by in full-text search, the same for every store: names and
 * aliases of entities, the words of statements and conditions. Other labels are reached
 * through these and are not searched themselves.
 */
export function searchText(label: NodeLabel, p: Props): string | null {
  const s = (v: PropValue | undefined) => (Array.isArray(v) ? v.join(' ; ') : v == null ? '' : String(v));
  switch (label) {
    case 'Statement':
    case 'Condition':
      return s(p.text);
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
