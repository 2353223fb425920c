import path from 'node:path';
import type { ArticleRecord } from '../extract/types';
import { SaysoError } from '../graph/store';
import { readHtml } from '../read/html';
import { parseRawText } from '../read/txt';
import { checkRecord, decodeArticleBytes, DEFAULT_LIMITS, type ArticleLimits } from './worker-checks';

/** What the inbox (and `sayso enqueue`) accept. */
export const ARTICLE_EXTENSIONS = ['.txt', '.json', '.jsonl', '.html', '.htm'] as const;

export function isArticleFile(name: string): boolean {
  // Dot files and partial downloads are still being written by someone.
  if (name.startsWith('.') || /\.(tmp|part|partial|crdownload)$/i.test(name)) return false;
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

/** One article of a file, or the reason it could not be read. */
export interface FileItem {
  /** `name`, or `name:n` for the n-th line of JSONL or the n-th record of a JSON array. */
  origin: string;
  record?: ArticleRecord;
  error?: { code: string; message: string };
}

const bad = (origin: string, message: string): FileItem => ({ origin, error: { code: 'BAD_INPUT', message } });

function toRecord(value: unknown, fallbackId: string): ArticleRecord {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an article object');
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new Error('no "text" field: an article record needs its text');
  const r: ArticleRecord = { text: o.text };
  for (const k of ['id', 'url', 'source', 'published', 'title'] as const) {
    const v = o[k];
    if (typeof v === 'string' && v.trim()) r[k] = v;
  }
  if (!r.id) r.id = fallbackId;
  return r;
}

/**
 * Reads one dropped file into articles. Never throws: every problem becomes an item with a
 * reason, and in a JSONL file a bad line costs only that line. Each record is checked here, so
 * that a bad article is refused before it is queued (and a 20 MB text is never copied into the
 * queue).
 */
export function readArticleFile(name: string, bytes: Uint8Array, limits: ArticleLimits = DEFAULT_LIMITS): FileItem[] {
  const ext = path.extname(name).toLowerCase();
  const base = path.basename(name, path.extname(name));
  let text: string;
  try {
    text = decodeArticleBytes(bytes);
  } catch (err) {
    return [bad(name, (err as Error).message)];
  }
  const items: FileItem[] = [];
  const add = (origin: string, make: () => ArticleRecord) => {
    try {
      const record = make();
      checkRecord(record, limits);
      items.push({ origin, record });
    } catch (err) {
      items.push(bad(origin, (err as Error).message));
    }
  };

  // Ids and fields as `sayso ingest` reads the same file, so both modes agree on content hashes.
  if (ext === '.txt') add(name, () => parseRawText(text, base));
  else if (ext === '.html' || ext === '.htm') {
    add(name, () => {
      const r = readHtml(text);
      const record: ArticleRecord = { id: base, text: r.text };
      for (const k of ['url', 'source', 'published', 'title'] as const) if (r[k]) record[k] = r[k];
      if (!record.text.trim()) throw new SaysoError('BAD_INPUT', 'no article text in the page: nothing left after removing scripts, styles and page furniture');
      return record;
    });
  } else if (ext === '.json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      return [bad(name, `malformed JSON: ${(err as Error).message}`)];
    }
    if (Array.isArray(parsed)) parsed.forEach((v, i) => add(`${name}:${i + 1}`, () => toRecord(v, `${base}-${i + 1}`)));
    else add(name, () => toRecord(parsed, base));
  } else if (ext === '.jsonl') {
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      const origin = `${name}:${i + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (err) {
        items.push(bad(origin, `line ${i + 1}: malformed JSON: ${(err as Error).message}`));
        return;
      }
      add(origin, () => toRecord(parsed, `${base}-${i + 1}`));
    });
  } else return [bad(name, `unsupported file type "${ext}": use .txt, .json, .jsonl or .html`)];

  if (!items.length) return [bad(name, 'no articles: the file holds no records')];
  return items;
}
