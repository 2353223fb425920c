import type { NodeLabel } from './model';
import { createHash } from 'node:crypto';

/** Stable short hash for deterministic ids. */
export function hashOf(...parts: (string | number | null | undefined)[]): string {
  return createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\u241f')).digest('hex').slice(0, 24);
}

/** Lower-case ASCII slug: "Kim Jong-un" -> "kim-jong-un". Accents folded. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Folds a name for comparison the way the evaluation does: case, accents, hyphens and dots.
 * "Kim Jong-un" and "Kim Jong Un" fold alike; "U.S." and "US" fold alike.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.\u2019']/g, '')
    .replace(/[-\u2010-\u2015_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function articleIdFor(url: string | undefined | null, text: string): string {
  const key = url && url.trim() ? url.trim() : text;
  return `article:${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * A person's key folds transliteration noise so that one person gets one node across
 * articles: doubled letters collapse ("Zelenskyy" / "Zelensky", "Mohammed" / "Mohamed").
 */
export const personId = (name: string) => `person:${slugify(name).replace(/([a-z])\1+/g, '$1')}`;
export const countryId = (alpha3: string) => `country:${alpha3.toUpperCase()}`;
export const orgId = (name: string) => `org:${slugify(name)}`;
export const placeId = (name: string) => `place:${slugify(name)}`;

const ID_PREFIX_LABELS: Record<string, NodeLabel> = {
  article: 'Article',
  person: 'Person',
  country: 'Country',
  org: 'Organization',
  place: 'Place',
  event: 'Event',
  statement: 'Statement',
  condition: 'Condition',
};

/**
 * The label a deterministic id names by its prefix ("org:cnn" -> Organization); null when
 * unknown. Lets edge writers and global-id decoding know a node's label without a look-up.
 */
export function labelOfId(id: string): NodeLabel | null {
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  return ID_PREFIX_LABELS[id.slice(0, colon)] ?? null;
}
