import type { Sentence, Span } from '../extract/types';
import { findQuotations } from './quote-marks';

/** Words whose trailing dot does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen lt col sgt capt cmdr adm gov sen rep prof jr sr st mt ft rev hon inc corp co ltd no vs etc approx ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m d.c'
  ).split(' '),
);

const CLOSERS = /["'\u201d\u2019\u00bb)\]]/;
/** `“Why am I voting on it?” Roy asked.`: a question or exclamation quoted, then its attribution. */
const ATTRIBUTION_NEXT =
  /^(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|continued|insisted|stated|tweeted|posted|shouted|exclaimed|wondered|demanded|remarked|quipped)|(?:said|asked|added|wrote|replied)\s+\p{Lu})\b/u;
const STARTERS = /[\p{Lu}\p{N}"'\u201c\u2018\u00ab([]/u;

function isAbbreviationBefore(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // ("Petro pushed back ... on X. Trump later went after Petro": the platform X after "on" ends
  // the sentence; an initial follows a name, not a preposition.)
  if (word === 'x' && /\b(?:on|via)\s+$/.test(text.slice(Math.max(0, s - 5), s))) return false;
  // An initial ("Donald J. Trump") or a dotted acronym ("U.S.").
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/** Splits one paragraph [start, end) of `text` into sentences; quotations are never cut. */
export function splitParagraph(text: string, para: Span): Span[] {
  const quotes = findQuotations(text, para.start, para.end);
  const inside = (pos: number) => quotes.some((q) => pos > q.open && pos <= (q.close < 0 ? q.end : q.close));
  const opensAt = new Set(quotes.map((q) => q.open));
  const out: Span[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i] as string;
    if (!/[.!?\u2026]/.test(c)) continue;
    if (c === '.' && isAbbreviationBefore(text, i)) continue;
    let end = i + 1;
    while (end < para.end && /[.!?\u2026]/.test(text[end] ?? '')) end++;
    while (end < para.end && CLOSERS.test(text[end] ?? '') && !opensAt.has(end)) end++;
    if (inside(end - 1) && !(end - 1 >= 0 && quotes.some((q) => q.close === end - 1))) continue;
    if (inside(end)) continue;
    let next = end;
    while (next < para.end && /\s/.test(text[next] ?? '')) next++;
    if (next >= para.end) break;
    const gap = next > end;
    const nextChar = text[next] as string;
    if (!STARTERS.test(nextChar)) continue;
    if (/[?!]/.test(c) && end > i + 1 && CLOSERS.test(text[end - 1] ?? '') && ATTRIBUTION_NEXT.test(text.slice(next, Math.min(para.end, next + 80)))) continue;
    // Without a space, only "word.Word" or 'word."Word' count ("talks.Trump made ...").
    if (!gap && !(/\p{Ll}/u.test(text[i - 1] ?? '') && (/\p{Lu}/u.test(nextChar) || opensAt.has(next)))) continue;
    out.push(trimSpan(text, start, end));
    start = next;
    i = next - 1;
  }
  if (start < para.end) out.push(trimSpan(text, start, para.end));
  return out.filter((s) => s.end > s.start);
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

export function splitSentences(text: string, paragraphs: Span[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of splitParagraph(text, p)) {
      out.push({ index: out.length, paragraph, start: s.start, end: s.end, text: text.slice(s.start, s.end) });
    }
  });
  return out;
}
