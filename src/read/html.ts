import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleRecord } from '../extract/types';

/** An article read from a web page: the record plus what the page says about its author. */
export interface HtmlArticle extends ArticleRecord {
  byline?: string;
  /** The page's declared language (`<html lang>`), when it has one. */
  lang?: string;
}

export interface ReadHtmlOptions {
  /** Where the page was fetched from; used when the page names no canonical URL. */
  url?: string;
}

// linkedom's types are its own DOM; Readability's are lib.dom's. Both are the same DOM at
// runtime, so the page is handled through a small structural view instead of either.
interface El {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<El> & { length: number };
  remove(): void;
  childNodes: Iterable<{ nodeType: number; textContent: string | null }> & ArrayLike<unknown>;
}
interface Doc extends El {
  documentElement: El;
  title: string;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';
// Never text: code, styling, embedded media and forms. Removed before Readability sees the
// page, so no script body can leak into the article even when the page is mostly script.
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea, link, meta[http-equiv]';

/**
 * Reads a news web page into an article record: the main text (paragraphs separated by blank
 * lines, page furniture left behind by Readability), title, byline, publication date and
 * canonical URL. Pure: no network; `opts.url` only fills in what the page does not say.
 */
export function readHtml(html: string, opts: ReadHtmlOptions = {}): HtmlArticle {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const doc = document as unknown as Doc;

  // Metadata first: Readability rewrites the document as it goes.
  const canonical = canonicalUrl(doc, opts.url);
  const published = publishedDate(doc);
  const metaTitle = meta(doc, ['og:title', 'twitter:title']) ?? (cleanSpace(doc.title) || undefined);
  const siteName = meta(doc, ['og:site_name', 'application-name']);
  const metaByline = meta(doc, ['author', 'article:author', 'byl', 'parsely-author', 'dc.creator']) ?? jsonLdAuthor(doc);
  const lang = doc.documentElement.getAttribute('lang')?.trim() || undefined;

  for (const el of Array.from(doc.querySelectorAll(NEVER_TEXT))) el.remove();

  let text = '';
  let title = metaTitle;
  let byline = metaByline;
  try {
    const parsed = new Readability(doc as never, { charThreshold: 100 }).parse();
    if (parsed?.content) text = blockText(parsed.content);
    if (!text && parsed?.textContent) text = normaliseParagraphs(parsed.textContent);
    if (parsed?.title) title = cleanSpace(parsed.title) || title;
    if (!byline && parsed?.byline) byline = cleanSpace(parsed.byline) || undefined;
  } catch {
    // A page Readability cannot score still has a body: fall back to its block text below.
  }
  if (!text) {
    const body = doc.querySelector('body');
    text = body ? blockText(body) : '';
  }

  const record: HtmlArticle = { text };
  if (canonical) record.url = canonical;
  if (title) record.title = title;
  if (published) record.published = published;
  const source = siteName ?? hostOf(canonical);
  if (source) record.source = source;
  if (byline) record.byline = byline.replace(/^by\s+/i, '');
  if (lang) record.lang = lang;
  return record;
}

function cleanSpace(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function meta(doc: Doc, names: string[]): string | undefined {
  for (const name of names) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${name}" i]`);
      const v = cleanSpace(el?.getAttribute('content'));
      if (v) return v;
    }
  }
  return undefined;
}

function canonicalUrl(doc: Doc, fallback: string | undefined): string | undefined {
  const href =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() ||
    meta(doc, ['og:url', 'twitter:url']);
  if (href) {
    try {
      // Relative canonicals are resolved against where the page came from.
      return new URL(href, fallback).toString();
    } catch {
      if (/^https?:\/\//i.test(href)) return href;
    }
  }
  return fallback?.trim() || undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** JSON-LD objects on the page, `@graph` members included. */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(el.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on real pages; the other sources of metadata still apply.
    }
  }
  return out;
}

function jsonLdAuthor(doc: Doc): string | undefined {
  for (const o of jsonLd(doc)) {
    const authors = ([] as unknown[]).concat(o.author ?? []);
    const names = authors
      .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as Record<string, unknown>).name : undefined))
      .filter((n): n is string => typeof n === 'string' && n.trim() !== '');
    if (names.length) return names.map(cleanSpace).join(', ');
  }
  return undefined;
}

/** ISO date (or date-time) the page was published, from the most explicit source it has. */
function publishedDate(doc: Doc): string | undefined {
  const candidates: (string | null | undefined)[] = [
    meta(doc, ['article:published_time', 'datePublished', 'og:published_time', 'pubdate', 'publishdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'date']),
  ];
  for (const o of jsonLd(doc)) if (typeof o.datePublished === 'string') candidates.push(o.datePublished);
  const times = [
    ...Array.from(doc.querySelectorAll('article time[datetime]')),
    ...Array.from(doc.querySelectorAll('time[pubdate][datetime], time[itemprop="datePublished"][datetime]')),
    ...Array.from(doc.querySelectorAll('time[datetime]')),
  ];
  for (const t of times) candidates.push(t.getAttribute('datetime'));
  for (const c of candidates) {
    const iso = toIsoDate(c);
    if (iso) return iso;
  }
  return undefined;
}

function toIsoDate(value: string | null | undefined): string | undefined {
  const v = cleanSpace(value);
  if (!v) return undefined;
  // Already ISO: keep the page's precision and time zone as written.
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    return Number.isNaN(Date.parse(v.replace(' ', 'T'))) ? undefined : v.replace(' ', 'T');
  }
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Block-level text of an element or HTML fragment, one paragraph per block, blank-line separated. */
function blockText(source: string | El): string {
  let root: El;
  if (typeof source === 'string') {
    const { document } = parseHTML(`<!doctype html><html><body>${source}</body></html>`);
    root = (document as unknown as Doc).querySelector('body') as El;
    for (const el of Array.from(root.querySelectorAll(NEVER_TEXT))) el.remove();
  } else root = source;
  const paragraphs: string[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    // Nested blocks (a <p> inside an <li>, a <blockquote> of <p>s) are read once, innermost.
    if (el.querySelector(BLOCKS)) continue;
    const t = cleanSpace(el.textContent);
    if (t) paragraphs.push(t);
  }
  if (paragraphs.length === 0) return normaliseParagraphs(root.textContent ?? '');
  return paragraphs.join('\n\n');
}

function normaliseParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(cleanSpace)
    .filter(Boolean)
    .join('\n\n');
}
