import type { NodeLabel } from './model';
import { createHash } from 'node:crypto';

/** Stable short hash for deterministic ids. */
export function hashOf(...parts: (string | number | null | undefined)[]): string {
  return createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\u241f')).digest('hex').slice(0, 24);
}

/**
 * The tag that starts the ids of what an article owns: the hour it was published (6 hex digits,
 * hours since 1970) and 2 hex digits of its id hash, or 8 hex digits of that hash when it has no
 * usable date. Everything an article owns sorts together in every index keyed by id, so writing
 * an article touches a few index pages instead of one page per row. And since the tag starts
 * with the date, a feed's new links to an often-named entity sort after the older ones in that
 * entity's index range: they are appended to its last pages, not spread over all of them.
 */
export function articleTag(articleId: string, published?: string | null): string {
  const hash = /^article:([0-9a-f]{8})/.exec(articleId)?.[1] ?? hashOf(articleId).slice(0, 8);
  // The hour as written, whatever the offset after it: the same text gives the same tag anywhere.
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}))?/.exec(published ?? '');
  const hour = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0)) / 3_600_000 : NaN;
  return Number.isInteger(hour) && hour >= 0 && hour < 0x1000000 ? hour.toString(16).padStart(6, '0') + hash.slice(0, 2) : hash;
}

/**
 * Id of a node or edge that one article owns (statement, condition, event, edge): the article's
 * tag (`articleTag`), then 16 hex digits of its own. Same length and alphabet as `hashOf`.
 */
export function ownedId(kind: string, tag: string, articleId: string, ...parts: (string | number | null | undefined)[]): string {
  return `${kind}:${tag}${hashOf(articleId, ...parts).slice(0, 16)}`;
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

/** The outlet's name as statements carry it (`sourceKey`), so "hindustan times" finds "Hindustan Times". */
export function sourceKeyOf(source: string | null | undefined): string | null {
  return source ? foldName(source) || null : null;
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
