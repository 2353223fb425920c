/**
 * Clause boundaries for conditions: where a conditional clause ends, and the words of the
 * main clause that depends on it. Punctuation and a few conjunctions are enough for news
 * prose; a parser would be heavier and no more reliable on quotes and headlines.
 */

/** After a comma these words start a new clause, even inside a list. */
const NEW_CLAUSE = /^\s*(?:but|which|who|while|whilst|since|as|saying|adding|according|he|she|they|it|we|i|then|there|so|though|although|because|a condition|the group)\b/i;
/** Always end a condition. */
const HARD_STOP = /^(?:\s*;|:\s|\s+[–—]\s|—|\s+but\s|\s+and that\s|\s+then\s|\s+so that\s|\s+because\s|\s+as well as\s)/i;

/**
 * End offset of a condition clause starting at `start`, at most `limit`. In `list` mode a
 * comma continues the clause ("A, B, and C") unless a new clause starts after it.
 */
export function conditionClauseEnd(text: string, start: number, limit: number, list = false): number {
  let quoteOpen = 0;
  for (let i = start; i < limit; i++) {
    const c = text[i]!;
    const rest = text.slice(i, Math.min(limit, i + 40));
    if (c === '“') quoteOpen++;
    else if (c === '”') {
      if (quoteOpen === 0) return i;
      quoteOpen--;
    } else if (c === '"') {
      // A straight quote right after a word closes an outer quotation.
      if (quoteOpen > 0) quoteOpen--;
      else if (/\w[,.!?]?$/.test(text.slice(Math.max(start, i - 2), i))) return i;
      else quoteOpen++;
    }
    if (HARD_STOP.test(rest)) return i;
    if (c === '.' || c === '?' || c === '!') {
      if (/^\.\d/.test(rest) || /\b(?:Mr|Ms|Mrs|Dr|U\.S|U\.K|U|S|St|No)$/.test(text.slice(Math.max(start, i - 4), i))) continue;
      return i;
    }
    if (c === ',') {
      const after = text.slice(i + 1, Math.min(limit, i + 60));
      if (/^["”’]/.test(after)) return i;
      if (NEW_CLAUSE.test(after)) return i;
      if (/^\s*(?:and|or)\b/i.test(after)) continue;
      // Vocative or appositive: "if you, Mr. President, become ..."
      const appos = /^\s*([A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3}),/.exec(after);
      if (appos) {
        i += appos[0].length;
        continue;
      }
      if (list) continue;
      return i;
    }
  }
  return limit;
}

const LEAD = /^(?:(?:and|but|that|then|so|ultimately|however)\s+)*/i;
const SUBJECT_MODAL =
  /^(?:(?:he|she|they|we|i|it|you|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+)?(?:(?:would|will|could|can|may|might|should|must|shall|is|are|was|were|be|been|remains|remain|still|also|only|not|never|certainly|currently|prepared|ready|willing|open|able|determined|happy|going|trying|to|acquiesce)\s+)+/;

/** Cleans a clause into a short "what depends on it": drops leading subjects, modals and stance. */
export function trimClause(clause: string): string {
  let c = clause.replace(/^["“”‘’\s,:;—–-]+|["“”‘’\s,.;:—–-]+$/g, '');
  c = c.replace(LEAD, '');
  c = c.replace(SUBJECT_MODAL, '');
  const words = c.split(/\s+/).filter(Boolean);
  return words.slice(0, 14).join(' ');
}

/** The main clause before a trailing condition ("he would be willing to meet with Zelenskyy"). */
export function mainClauseBefore(before: string): string {
  let b = before.replace(/\s+$/, '');
  // Start after the last reporting "that", quotation mark, colon or semicolon.
  const cut = Math.max(
    b.lastIndexOf('“'),
    b.lastIndexOf('"'),
    b.lastIndexOf(':'),
    b.lastIndexOf(';'),
    (() => {
      const m = /.*\b(?:said|says|told \w+|added|stated|announced|indicated|reaffirmed|warned|insisted|stressed)(?:\s+\w+){0,3}?\s+(?:that\s+)?/i.exec(b);
      return m ? m[0].length - 1 : -1;
    })(),
  );
  if (cut >= 0) b = b.slice(cut + 1);
  // Past a leading subordinate clause: "Though he reaffirmed that ..." keeps its tail.
  const comma = b.lastIndexOf(',');
  if (comma >= 0 && b.length - comma > 12) b = b.slice(comma + 1);
  return trimClause(b);
}

/** The main clause after a leading condition ("..., there is no reason for us not to sit down ..."). */
export function mainClauseAfter(after: string): string {
  const a = after.replace(/^[\s,”"’]+/, '').replace(/^then\s+/i, '');
  const end = a.search(/[.;!?”"]|,\s*(?:he|she|they|it)\s+(?:said|added|stated)/);
  return trimClause(end >= 0 ? a.slice(0, end) : a);
}
