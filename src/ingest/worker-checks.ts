import type { ArticleRecord } from '../extract/types';
import { SaysoError } from '../graph/store';

/**
 * Checks that turn bad input into a clear reason before any work is spent on it. Every
 * rejection is a `BAD_INPUT` SaysoError: permanent, so the article goes straight to the dead
 * letters instead of being retried.
 */

export interface ArticleLimits {
  /** Largest article text accepted, in UTF-8 bytes. News articles are tens of kilobytes. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: ArticleLimits = { maxBytes: 2 * 1024 * 1024 };

export function badInput(reason: string, details?: Record<string, string | number>): SaysoError {
  return new SaysoError('BAD_INPUT', reason, details);
}

const MB = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** Raw file bytes: empty, binary, or not UTF-8. Returns the decoded text when it is fine. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw badInput('empty file: nothing to read');
  if (looksBinary(bytes)) throw badInput('binary file: not text (NUL bytes or control characters found)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw badInput(`invalid UTF-8 at byte ${at}: save the file as UTF-8`, { byte: at });
  }
}

/** The record as it arrives: text present, sane size, text-like, English. */
export function checkRecord(record: ArticleRecord, limits: ArticleLimits = DEFAULT_LIMITS): void {
  if (!record || typeof record.text !== 'string') throw badInput('no "text" field: an article record needs its text');
  const bytes = Buffer.byteLength(record.text, 'utf8');
  if (bytes > limits.maxBytes) {
    throw badInput(`too large: ${MB(bytes)} of text exceeds the ${MB(limits.maxBytes)} limit for one article`, { bytes, limit: limits.maxBytes });
  }
  if (record.text.trim() === '') throw badInput('empty article: the text is blank');
  if (/\u0000/.test(record.text) || controlRatio(record.text) > 0.01) throw badInput('binary content: the text holds NUL or control characters');
  const replacements = (record.text.match(/\uFFFD/g) ?? []).length;
  // One stray replacement character can be legitimate; many mean bytes were decoded wrongly.
  if (replacements > 3 && replacements / record.text.length > 0.001) {
    throw badInput(`invalid UTF-8: the text holds ${replacements} replacement characters (U+FFFD); re-read the source as UTF-8`, { replacements });
  }
  if (isBoilerplateOnly(record.text)) throw badInput('only page boilerplate: no article text left after removing navigation, cookie, sharing and subscription lines');
  const lang = languageProblem(record.text);
  if (lang) throw badInput(lang);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.01;
}

function controlRatio(text: string): number {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 127) control++;
  }
  return n ? control / n : 0;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (!len || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}

const BOILERPLATE = [
  /\bcookies?\b/i,
  /\b(subscribe|subscription|newsletter|sign (in|up)|log ?in|register|create an account)\b/i,
  /\bshare (on|this|via)\b|^(share|tweet|email|print|facebook|twitter|x|linkedin|whatsapp|reddit)$/i,
  /\b(all rights reserved|copyright|©)\b/i,
  /\b(privacy policy|terms of (use|service)|contact us|about us|advertis(e|ement|ing))\b/i,
  /\b(follow us|read more|related (articles|stories)|most (read|popular)|skip to (main )?content|back to top)\b/i,
  /^(accept|reject|allow|deny)( all)?( cookies)?\.?$|\b(manage (cookie )?preferences|cookie consent)\b/i,
];

/**
 * True when every line of the text is page furniture. Deliberately strict: a short article with
 * one real sentence passes; only a page with nothing but furniture is refused.
 */
export function isBoilerplateOnly(text: string): boolean {
  const lines = text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z])/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return false;
  // Long lines are prose whatever words they use ("Iran will not accept ...").
  const furniture = (l: string) => l.length < 120 && BOILERPLATE.some((re) => re.test(l));
  return lines.some(furniture) && lines.every((l) => l.length < 15 || furniture(l));
}

const EN_STOPWORDS = new Set(
  'the of and to a in is that for on with as was by he it at from his her said has have be are an not this but they were will its which their been who would had after also more than about over into when there we our up out new other some says'.split(
    ' ',
  ),
);

/**
 * Extraction reads English: its cues, names and date words are English. Text in another script,
 * or Latin-script text with almost no English function words, is refused with the reason.
 */
export function languageProblem(text: string): string | null {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu) ?? [];
  if (letters.length < 40) return null;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < 0.5) {
    const script = dominantScript(letters);
    return `not English: the text is mostly ${script} script; extraction reads English articles only`;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return null;
  const english = words.filter((w) => EN_STOPWORDS.has(w)).length;
  if (english / words.length < 0.08) {
    return `not English: only ${((100 * english) / words.length).toFixed(1)}% of words are common English words; extraction reads English articles only`;
  }
  return null;
}

const SCRIPTS = ['Hangul', 'Han', 'Hiragana', 'Katakana', 'Cyrillic', 'Arabic', 'Hebrew', 'Greek', 'Devanagari', 'Thai', 'Armenian', 'Georgian'] as const;

function dominantScript(letters: string[]): string {
  let best = 'non-Latin';
  let bestCount = 0;
  for (const s of SCRIPTS) {
    const re = new RegExp(`\\p{Script=${s}}`, 'u');
    const c = letters.filter((l) => re.test(l)).length;
    if (c > bestCount) {
      best = s;
      bestCount = c;
    }
  }
  return best;
}
