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
