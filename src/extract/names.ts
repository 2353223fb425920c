/**
 * Person-name comparison: transliteration variants ("Zelensky" / "Zelenskyy",
 * "Kim Jong-un" / "Kim Jong Un", "al-Hayya" / "Al Hayya") fold together.
 */
import { foldName } from '../graph/ids';

/** Name particles and generational suffixes ("Jr.") that never identify a person on their own. */
export const PARTICLES = new Set(['jr', 'sr', 'al', 'el', 'bin', 'bint', 'ibn', 'abu', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'y', 'of', 'the']);

/** A name written into a pattern as itself ("Dar (PML-N)", "U.S."). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folded tokens of a name, particles dropped and doubled letters collapsed. */
export function nameTokens(name: string): string[] {
  return foldName(name)
    .split(' ')
    .filter((t) => t && !PARTICLES.has(t))
    .map(skeleton);
}

/** "zelenskyy" -> "zelensky", "hayyah" -> "haya": spelling noise folded away. */
export function skeleton(token: string): string {
  return token.replace(/(.)\1+/g, '$1').replace(/h$/, '').replace(/iy$/, 'y');
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Two name tokens that are the same word in another spelling. */
export function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  // ("Hamas" is not "Hamad": another closing consonant makes another word, not another spelling.)
  const lastConsonants = a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && /[^aeiouy]$/.test(a) && /[^aeiouy]$/.test(b);
  return a.length >= 4 && b.length >= 4 && a[0] === b[0] && !lastConsonants && editDistanceAtMostOne(a, b);
}

/** Two full names (two or more tokens) that name the same person. */
export function sameFullName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Every token of the shorter name, in order, inside the longer one ("Tayyip Erdogan" in
  // "Recep Tayyip Erdogan", "Mohammed bin Abdulrahman Al Thani" in the longer chain).
  let j = 0;
  for (const t of short) {
    while (j < long.length && !sameToken(long[j] as string, t)) j++;
    if (j >= long.length) return false;
    j++;
  }
  // The shorter name must keep the longer one's last token or its first (family names).
  const lastOk = sameToken(short[short.length - 1] as string, long[long.length - 1] as string);
  const firstOk = sameToken(short[0] as string, long[0] as string);
  return lastOk || (firstOk && short.length >= 2 && sameToken(short[1] as string, long[1] as string));
}

/** A one-word reference ("Kim", "Zelenskyy", "Mohammed") matching a full name. */
export function singleMatches(token: string, full: string[]): boolean {
  if (!full.length) return false;
  // "Marcos" for "Ferdinand Marcos Jr.": the family name comes before a generational suffix.
  const last = full.length > 2 && GENERATION.test(full[full.length - 1] as string) ? full[full.length - 2] : full[full.length - 1];
  return sameToken(last as string, token) || sameToken(full[0] as string, token);
}

const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;
