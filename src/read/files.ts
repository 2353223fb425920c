import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { ArticleRecord } from '../extract/types';
import { readHtml } from './html';
import { parseRawText } from './txt';

/** One article read from the inputs, or what went wrong reading it. */
export interface InputItem {
  /** Where it came from: "path", "path:line" or "stdin:line". */
  origin: string;
  record?: ArticleRecord;
  error?: string;
}

const optionalText = z
  .string()
  .nullish()
  .transform((v) => (v == null || v.trim() === '' ? undefined : v));

/** The article record of ../shared/eval/FORMAT.md; extra fields are allowed and dropped. */
const RecordSchema = z.object({
  id: optionalText,
  url: optionalText,
  source: optionalText,
  published: optionalText,
  title: optionalText,
  text: z.string({ error: 'missing "text": give the article body in a "text" field' }),
});

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes file bytes as UTF-8 text, or says why it cannot. */
function decode(bytes: Uint8Array): { text?: string; error?: string } {
  if (bytes.includes(0)) return { error: 'binary content (NUL bytes): expected a UTF-8 text, JSON or JSONL article file' };
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'invalid UTF-8: re-save the file as UTF-8 text' };
  }
}

/** Checks one parsed JSON value against the record format; `fallbackId` names it when it has no id. */
export function toRecord(value: unknown, fallbackId: string): { record?: ArticleRecord; error?: string } {
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}": ` : '';
    const msg = typeof value !== 'object' || value === null || Array.isArray(value)
      ? 'expected a JSON object with at least a "text" field'
      : `${where}${issue?.message ?? 'invalid article record'}`;
    return { error: `invalid article record: ${msg}` };
  }
  const r = parsed.data;
  if (!r.text.trim()) return { error: 'empty "text": the article body is missing' };
  if (r.text.includes('\u0000')) return { error: 'binary content (NUL bytes) in "text": expected plain text' };
  const record: ArticleRecord = { id: r.id ?? fallbackId, text: r.text };
  if (r.url) record.url = r.url;
  if (r.source) record.source = r.source;
  if (r.published) record.published = r.published;
  if (r.title) record.title = r.title;
  return { record };
}

const baseId = (file: string) => path.basename(file).replace(/\.(txt|json|jsonl|html?)$/i, '');

/**
 * JSONL one line at a time from a byte stream, so a file of any size is never held whole.
 * Each line is decoded on its own: a line of invalid UTF-8 or binary bytes is an error item,
 * and the other lines still come.
 */
async function* jsonLines(stream: AsyncIterable<Uint8Array | string>, origin: string, idPrefix: string): AsyncGenerator<InputItem> {
  let pending: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  let binary = false;
  function* emit(bytes: Uint8Array): Generator<InputItem> {
    lineNo++;
    const at = `${origin}:${lineNo}`;
    if (bytes.includes(0)) {
      // Binary bytes mean this is no JSONL file at all: one error, not one per stray newline.
      binary = true;
      yield { origin: at, error: `line ${lineNo}: binary content (NUL bytes): expected one JSON article record a line; the rest of the input is skipped` };
      return;
    }
    const { text, error } = decode(bytes);
    if (error || text === undefined) {
      yield { origin: at, error: `line ${lineNo}: ${error ?? 'unreadable line'}` };
      return;
    }
    const line = text.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { origin: at, error: `malformed JSON on line ${lineNo}: ${(err as Error).message}; each line must hold one article record` };
      return;
    }
    yield { origin: at, ...toRecord(value, `${idPrefix}-${lineNo}`) };
  }
  for await (const chunk of stream) {
    pending = pending.length ? Buffer.concat([pending, Buffer.from(chunk)]) : Buffer.from(chunk);
    let nl: number;
    while ((nl = pending.indexOf(0x0a)) >= 0) {
      yield* emit(pending.subarray(0, nl));
      if (binary) return;
      pending = pending.subarray(nl + 1);
    }
  }
  if (pending.length) yield* emit(pending);
}

async function* readFile(file: string): AsyncGenerator<InputItem> {
  if (file.toLowerCase().endsWith('.jsonl')) {
    try {
      yield* jsonLines(createReadStream(file), file, baseId(file));
    } catch (err) {
      yield { origin: file, error: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    }
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    yield { origin: file, error: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    return;
  }
  const { text, error } = decode(bytes);
  if (error || text === undefined) {
    yield { origin: file, error: error ?? 'unreadable file' };
    return;
  }
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      yield { origin: file, error: `malformed JSON: ${(err as Error).message}` };
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) yield { origin: `${file}:${i + 1}`, ...toRecord(value[i], `${baseId(file)}-${i + 1}`) };
      return;
    }
    yield { origin: file, ...toRecord(value, baseId(file)) };
    return;
  }
  if (!text.trim()) {
    yield { origin: file, error: 'empty file: the article text is missing' };
    return;
  }
  if (/\.html?$/.test(lower)) {
    // A web page: main text and metadata by Readability; scripts and styles never reach the text.
    const { byline: _byline, lang: _lang, ...page } = readHtml(text);
    if (!page.text.trim()) yield { origin: file, error: 'no article text in the page: nothing left after removing scripts, styles and page furniture' };
    else yield { origin: file, record: { id: baseId(file), ...page } };
    return;
  }
  yield { origin: file, record: parseRawText(text, baseId(file)) };
}

const ARTICLE_FILE = /\.(txt|json|jsonl|html?)$/i;
const isGold = (file: string) => /\.gold\.json$/i.test(file);

async function listDirectory(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listDirectory(full)));
    else if (ARTICLE_FILE.test(e.name) && !isGold(e.name)) out.push(full);
  }
  return out;
}

/**
 * Reads article records from files (.txt raw text, .json one record, .jsonl one record a
 * line, .html a web page), directories (recursively, in name order, gold files skipped) and `-` (JSONL on
 * stdin). Problems come back as items with an `error`; nothing throws.
 */
export async function* readInputs(paths: string[], opts: { stdin?: NodeJS.ReadableStream } = {}): AsyncGenerator<InputItem> {
  for (const p of paths) {
    if (p === '-') {
      const stdin = opts.stdin ?? process.stdin;
      yield* jsonLines(stdin as AsyncIterable<Uint8Array | string>, 'stdin', 'stdin');
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      yield { origin: p, error: 'no such file or directory' };
      continue;
    }
    if (stat.isDirectory()) {
      const files = await listDirectory(p);
      if (!files.length) yield { origin: p, error: 'no article files (.txt, .json, .jsonl, .html) in this directory' };
      for (const f of files) yield* readFile(f);
      continue;
    }
    if (isGold(p)) continue;
    if (!ARTICLE_FILE.test(p)) {
      yield { origin: p, error: 'unsupported file type: use .txt (raw text), .json (one record), .jsonl (one record a line) or .html (a web page)' };
      continue;
    }
    yield* readFile(p);
  }
}
