/**
 * Finds quotations in one paragraph: spans between quotation marks, the marks excluded.
 * Handles straight, curly and angle double quotes, backticks and single quotes (an
 * apostrophe inside a word is never a mark), and quotations left open at the end of a
 * paragraph (the convention for quotes running over several paragraphs).
 */
export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first. */
  close: number;
  /** The words between the marks: [start, end). */
  start: number;
  end: number;
  /** True for a quotation in single quotes (or backticks). */
  single: boolean;
}

export const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
export const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']);
const SINGLE_MARKS = new Set(["'", '\u2018', '\u2019', '`']);

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013-]/.test(c);

export function findQuotations(text: string, from = 0, to = text.length): Quotation[] {
  const out: Quotation[] = [];
  let openAt = -1;
  let openChar = '';
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    if (openAt < 0) {
      // ("”President Putin has received ...,” Ushakov said": a closing mark misused to open, at
      // the start of the paragraph or after a space, right before a word.)
      const misusedClose = DOUBLE_CLOSE.has(c) && isSpaceOrStart(i === from ? undefined : text[i - 1]) && isWordChar(text[i + 1]);
      if (DOUBLE_OPEN.has(c) || c === '"' || misusedClose) {
        openAt = i;
        openChar = c;
      }
      continue;
    }
    // A straight mark after a space and before a word opens: either a quotation introduced
    // inside another (`...visit: "We look forward`) or a new one after a missing closing mark.
    if (c === '"' && openChar === '"' && /\s/.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
      let end = trimEnd(text, openAt + 1, i);
      // Without a closing mark the words end at the last sentence end before the new mark.
      if (!/:\s$/.test(text.slice(i - 2, i))) {
        const tail = text.slice(openAt + 1, end).match(/[.!?]\s+[^.!?]*$/);
        if (tail && tail.index !== undefined) end = openAt + 1 + tail.index + 1;
      }
      out.push({ open: openAt, close: i - 1, start: openAt + 1, end, single: false });
      openAt = i;
      continue;
    }
    // Articles mix straight and curly marks, so any closing-capable mark closes; so does an
    // opening curly mark set right after the words and before a space (`into Gaza,“ the official said`).
    const misusedOpen = DOUBLE_OPEN.has(c) && /[\p{L}\p{N},.!?;]/u.test(text[i - 1] ?? '') && (i + 1 >= to || /\s/.test(text[i + 1] ?? ''));
    if (c === '"' || DOUBLE_CLOSE.has(c) || misusedOpen) {
      out.push({ open: openAt, close: i, start: openAt + 1, end: i, single: false });
      openAt = -1;
      continue;
    }
    // A fresh opening curly mark while one is open: the first was never closed.
    if (DOUBLE_OPEN.has(c) && openChar !== '"') {
      out.push({ open: openAt, close: -1, start: openAt + 1, end: trimEnd(text, openAt + 1, i), single: false });
      openAt = i;
      openChar = c;
    }
  }
  if (openAt >= 0) out.push({ open: openAt, close: -1, start: openAt + 1, end: to, single: false });
  return [...out, ...findSingleQuotations(text, from, to, out)].sort((a, b) => a.open - b.open);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Single-quoted spans outside double-quoted ones; both marks must be in the paragraph. */
function findSingleQuotations(text: string, from: number, to: number, doubles: Quotation[]): Quotation[] {
  const inside = (i: number) => doubles.some((q) => i >= q.open && i <= (q.close < 0 ? q.end : q.close));
  const out: Quotation[] = [];
  let openAt = -1;
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    if (!SINGLE_MARKS.has(c) || inside(i)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    if (isWordChar(before) && isWordChar(after)) continue; // apostrophe: don't, Kashmir`s
    if (openAt < 0) {
      if (c !== '\u2019' && isSpaceOrStart(before) && isWordChar(after)) openAt = i;
      continue;
    }
    if (c !== '\u2018' && !/\s/.test(before ?? ' ') && !isWordChar(after)) {
      out.push({ open: openAt, close: i, start: openAt + 1, end: i, single: true });
      openAt = -1;
    }
  }
  // A single-quoted passage left open to the paragraph end counts only when it opens a
  // sentence (some outlets use backticks for quotes and drop the closing mark).
  if (openAt >= 0 && /(^|[.:!?]\s+)$/.test(text.slice(from, openAt))) {
    out.push({ open: openAt, close: -1, start: openAt + 1, end: to, single: true });
  }
  return out;
}
