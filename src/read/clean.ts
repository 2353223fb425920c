import type { ArticleRecord, CleanArticle, Span } from '../extract/types';
import { isCaption, isFurniture, isRelatedHeadline } from './boilerplate';
import { splitSentences } from './sentences';

/** "date 2025-07-29 " as some scrapers prefix the first line. */
const DATE_PREFIX = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*/i;
/** "ISLAMABAD: ", "Washington, DC [US], February 28 (ANI): ", "BEIJING, Oct 30 (Reuters) - ", "ERBIL (Kurdistan24) – " */
const DATELINE_PREFIX = /^(?:[A-Z][A-Z .'/-]{2,}:\s+|[^:()]{0,60}\((?:[A-Z]{2,6}|[A-Z][a-z]{2,12}\d{0,3})\)\s*[:\u2013\u2014-]\s+)/;
/** An outlet's tag opening a paragraph: "[Financial News] ", "[Seoul=Yonhap] ". */
const OUTLET_TAG = /^\[(?:[^\]=\n]{1,30}=[^\]\n]{1,30}|[^\]\n]{0,30}\b(?:News|Times|Herald|Daily|Post|Press|Agency|Ilbo|Shimbun|Wire|Journal|Tribune|TV|Radio))\]\s*/u;
/** Broadcast transcript speaker labels. */
const TRANSCRIPT_LABEL = /^(?:Anchor|Reporter|Host|Correspondent)\s*:\s*/;

/** Site suffixes on page titles: "... | World News", "... - Reuters". */
export function stripSiteSuffix(title: string): string {
  return title.replace(/\s+[|\u2013\u2014]\s+[^|]{1,40}$/, '').trim();
}

const foldLine = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Two or more names of two or three words, joined by commas and "and", alone on a line. */
const AUTHORS_LINE = /^(?:By\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:(?:,\s+|,?\s+and\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})+$/u;

/** Removes page boilerplate and segments the body into paragraphs and sentences. */
export function readArticle(record: ArticleRecord): CleanArticle {
  const title = record.title ? stripSiteSuffix(record.title) : undefined;
  const titleKey = title ? foldLine(title) : '';
  const captions: string[] = [];
  const kept: string[] = [];
  for (const raw of record.text.replace(/\r\n?/g, '\n').split('\n')) {
    // ("‘’The time to act is now,’’ Thune said.": a page's doubled single marks stand for double ones.)
    // ("''Figuring out the path to a deal is not rocket science,'' Araghchi wrote": straight ones too.)
    let line = raw.replace(/\u00a0/g, ' ').replace(/\u2018\u2019|\u2018\u2018/g, '\u201c').replace(/\u2019\u2019/g, '\u201d').replace(/''/g, '"').trim().replace(DATE_PREFIX, '').trim();
    if (!line) continue;
    if (titleKey) {
      const key = foldLine(stripSiteSuffix(line));
      if (key === titleKey) continue;
      // The headline run into the first paragraph on one line.
      if (key.startsWith(titleKey + ' ') && line.length > (title as string).length) {
        const cut = cutAfterTitle(line, title as string);
        if (cut !== null) line = cut;
      }
    }
    if (isFurniture(line)) continue;
    // ("Eric Garcia and Andrew Feinberg" above the first paragraph: the authors, not the story.)
    if (!kept.length && AUTHORS_LINE.test(line)) continue;
    // ("... to come on a state visit. Friedrich Merz said that ... state visit.(Bloomberg/ Reuters)":
    // a photo's caption run onto the end of the lede; the lede stays.)
    const tail = isCaption(line) ? /^(.*[.!?]["”’]?)\s+(\p{Lu}[^.!?]*[.!?]["”’]?\s*\([^()]{1,60}\)\s*\.?)$/u.exec(line) : null;
    if (tail && isCaption(tail[2]!) && !isCaption(tail[1]!)) {
      if (!captions.includes(tail[2]!)) captions.push(tail[2]!);
      line = tail[1]!;
    } else if (isCaption(line)) {
      if (!captions.includes(line)) captions.push(line);
      continue;
    }
    line = line.replace(OUTLET_TAG, '').replace(DATELINE_PREFIX, '').replace(TRANSCRIPT_LABEL, '').trim();
    if (!line || isFurniture(line)) continue;
    if (kept[kept.length - 1] === line) continue;
    kept.push(line);
  }
  while (kept.length > 1 && isRelatedHeadline(kept[kept.length - 1] as string)) kept.pop();

  const paragraphs: Span[] = [];
  let text = '';
  for (const p of kept) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return {
    id: record.id ?? '',
    url: record.url,
    source: record.source,
    published: record.published,
    title,
    text,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    captions,
  };
}

/** The rest of `line` after a leading copy of the title, or null when it does not start so. */
function cutAfterTitle(line: string, title: string): string | null {
  const words = title.split(/\s+/).filter(Boolean);
  let i = 0;
  for (const w of words) {
    const at = line.indexOf(w, i);
    if (at < 0 || at - i > 3) return null;
    i = at + w.length;
  }
  const rest = line.slice(i).replace(/^[\s:.\-\u2013\u2014]+/, '');
  // "Vladimir Putin has agreed to a partial ceasefire – but made one key demand in return for
  // making it permanent.": a headline cut from the lede goes on in lower case; the lede stays whole.
  if (/^\p{Ll}/u.test(rest) && !/[.!?:]\s*$/.test(line.slice(0, i))) return null;
  return rest || null;
}
