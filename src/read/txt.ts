import type { ArticleRecord } from '../extract/types';
import { stripSiteSuffix } from './clean';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PUBLISHED_LABEL = '(?:Published|Posted|First published|Updated)(?:\\s+on)?\\s*:?\\s*';

const pad = (n: number) => String(n).padStart(2, '0');
const monthIndex = (m: string) => MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1;

/**
 * The publication date a page states ("Published on: Oct 18, 2025 05:35 PM IST",
 * "Published 9 Sep 2025", "date 2025-07-29"), as ISO `YYYY-MM-DD`.
 */
export function findPublishedDate(raw: string): string | undefined {
  const mdy = raw.match(new RegExp(`${PUBLISHED_LABEL}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i'));
  if (mdy) return `${mdy[3]}-${pad(monthIndex(mdy[1] as string))}-${pad(Number(mdy[2]))}`;
  const dmy = raw.match(new RegExp(`${PUBLISHED_LABEL}(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})`, 'i'));
  if (dmy) return `${dmy[3]}-${pad(monthIndex(dmy[2] as string))}-${pad(Number(dmy[1]))}`;
  const iso = raw.match(new RegExp(`(?:${PUBLISHED_LABEL}|^\\s*date\\s+)(\\d{4})-(\\d{2})-(\\d{2})`, 'im'));
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return undefined;
}

/**
 * A raw article page as text: the title is its first line (site suffix such as
 * " | World News" removed), the publication date is read from the page furniture, and the
 * whole text is kept for reading (boilerplate is removed there).
 */
export function parseRawText(raw: string, id?: string): ArticleRecord {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = text.split('\n').find((l) => l.trim())?.trim();
  const published = findPublishedDate(text);
  return {
    ...(id ? { id } : {}),
    ...(firstLine ? { title: stripSiteSuffix(firstLine) } : {}),
    ...(published ? { published } : {}),
    text,
  };
}
