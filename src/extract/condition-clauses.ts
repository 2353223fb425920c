/**
 * Clause boundaries for conditions: where a conditional clause ends, and the words of the
 * main clause that depends on it. Punctuation and a few conjunctions are enough for news
 * prose; a parser would be heavier and no more reliable on quotes and headlines.
 */

/**
 * After a comma these start a new clause, even inside a list: a conjunction or pronoun, an
 * appositive that comments on what came before ("a demand ..., a step the group rejected")
 * or a reporting clause ("..., the ministry said").
 */
const NEW_CLAUSE = /^\s*(?:but|which|who|while|whilst|since|as|saying|adding|according|following|amid|despite|he|she|they|it|we|i|then|there|so|though|although|because)\b|^\s*(?:an?\s+\w+\s+(?:that|which|the|his|her|their|its|he|she|they|it|we|[A-Z]\w*)\b|(?:the\s+)?\w+(?:\s+\w+)?\s+(?:said|says|added|stated|told|noted|insisted|warned|claimed)\b|(?:[\w.’'-]+\s+){2,5}(?:said|says|added|stated|told|noted|insisted|warned|claimed)\s*(?:[.;]|$|(?:on|in|at|to|during|after)\b))/i;
/** ", U.S. Secretary of State Marco Rubio said": a named speaker's attribution, however long the title. */
const NAMED_ATTRIBUTION = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+(?:of\s+)?){1,7}(?:said|says|added|stated|told|noted|insisted|warned|claimed)\b/u;
/** Always end a condition. */
const HARD_STOP = /^(?:\s*;|\s*\u2026|:\s|\s+[–—-]\s|\s+--\s|—|\s+and\s+(?:rejecting|insisting|saying|adding|calling|warning|urging|demanding|accusing|vowing)\b|\s+and\s+(?:again|also|later|then)\s+[a-z]+ed\b|\s+but\s|\s+and that\s|\s+then\s|\s+so that\s|\s+because\s|\s+as well as\s)/i;

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
    // ("no hostile actions — including activation of the so-called snapback mechanism — are
    // taken": an aside set off by two dashes is inside the clause.)
    if (c === '—' || c === '–' || ((c === ' ') && /^\s[–—]/.test(rest))) {
      const aside = /^\s*[–—]\s*(?:including|notably|such as|especially|namely|particularly)\b[^–—.;“”"]{2,120}[–—]\s*/.exec(text.slice(i, Math.min(limit, i + 160)));
      if (aside) {
        i += aside[0].length - 1;
        continue;
      }
    }
    if (HARD_STOP.test(rest)) return i;
    if (c === '.' || c === '?' || c === '!') {
      if (/^\.\d/.test(rest) || /\b(?:Mr|Ms|Mrs|Dr|Lt|Col|Maj|Sgt|Capt|Gen|Oct|Nov|Dec|Jan|Feb|Aug|Sept?|U\.S|U\.K|U|S|St|No)$/.test(text.slice(Math.max(start, i - 4), i))) continue;
      return i;
    }
    if (c === ',') {
      // "2,000 troops": a thousands separator.
      if (/\d/.test(text[i - 1] ?? '') && /^\d{3}\b/.test(text.slice(i + 1, i + 5))) continue;
      const after = text.slice(i + 1, Math.min(limit, i + 60));
      // (A comma before the close of a quotation opened inside the condition is the quotation's.)
      if (/^["”’]/.test(after) && quoteOpen === 0) return i;
      if (NEW_CLAUSE.test(after) || NAMED_ATTRIBUTION.test(after)) return i;
      // ("if it went to war with Russia, and he dismissed European counter-proposals": a clause of its own.)
      if (/^\s*(?:and|but)\s+(?:he|she|they|we|I)\s+(?:also\s+)?\p{Ll}+(?:ed|s)\b/u.test(after)) return i;
      if (/^\s*(?:and|or)\b/i.test(after)) continue;
      // "if Israel opens the crossings, lets fuel and equipment in, and allows humanitarian staff
      // to operate": a series of verbs of one subject, the last joined by "and".
      if (/^\s*\p{Ll}+s\s[^,.;:]{1,60},?\s+and\s+\p{Ll}+s\s/u.test(text.slice(i + 1, Math.min(limit, i + 120))) && /\b\p{Ll}+s\s/u.test(text.slice(start, i))) continue;
      // "without Bulgaria fulfilling its commitments, including respecting ...": what the demand includes.
      if (/^\s*(?:including|notably|particularly|especially)\s/i.test(after)) continue;
      // "If and when the UN, the Security Council, and this General Assembly decide": a list of
      // subjects, while no verb has come yet.
      if (/^\s*(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+,?\s+(?:and|or)\s/u.test(after) && !/\b(?:is|are|was|were|will|would|can|could|has|have|had|do|does|did|\p{Ll}{2,}(?:s|ed))\b/u.test(text.slice(start, i))) continue;
      // Vocative or appositive: "if you, Mr. President, become ...", "if his preferred
      // candidate, Nasry “Tito” Asfura, loses" (a nickname in quotation marks inside the name).
      const appos = /^\s*([A-Z][\w.’']*(?:\s+(?:[“"‘][A-Z][\w.’']*[”"’]|[A-Z][\w.’']*)){0,3}),/.exec(after);
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

const LEAD = /^(?:(?:and|but|that|then|so|ultimately|however|though|although)\s+)*/i;
const SUBJECT_MODAL =
  /^(?:(?:he|she|they|we|i|it|you|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+|(?:it|he|she|we|they|i|you)[’'](?:s|re|m|ll|d)\s+)?(?:(?:would|will|could|can|may|might|should|must|shall|is|are|was|were|be|been|remains|remain|still|also|only|not|never|certainly|currently|prepared|ready|willing|open|able|determined|happy|going|trying|to|agree|consent|acquiesce|commit|in a position|position)\s+)+/;
/** "there is no reason for us not to sit down with the US" -> "sit down with the US". */
const NO_REASON = /^there (?:is|was|would be) no reason for (?:[\w’'-]+\s+){1,3}(?:not to|to avoid|to refuse)\s+/i;
const REPORTING_CUT =
  /.*\b(?:said|says|say|told(?:\s+\w+){1,3}?(?=\s+that\b)|told \w+|tells \w+|added|adds|stated|states|announced|announces|indicated|reaffirmed|warned|warns|insisted|insists|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|believes|believe|believed|noted|notes|argued|argues|confirmed|confirms|suggested|signalled|signaled|proposed|declared|cautioned|asserted|emphasi[sz]ing|stressing|insisting|saying|adding|warning|noting|stating|declaring|announcing|explaining|threatening)\b(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|repeatedly|publicly|again|also))*(?:\s+that)?\s+/i;

/** Cleans a clause into a short "what depends on it": drops leading subjects, modals and stance. */
export function trimClause(clause: string): string {
  let c = clause.replace(/^["“”‘’\s,:;—–-]+|["“”‘’\s,.;:—–-]+$/g, '');
  c = c.replace(LEAD, '');
  c = c.replace(NO_REASON, '');
  c = c.replace(SUBJECT_MODAL, '');
  const words = c.split(/\s+/).filter(Boolean);
  return words.slice(0, 14).join(' ');
}

/** The main clause before a trailing condition ("he would be willing to meet with Zelenskyy"). */
export function mainClauseBefore(before: string): string {
  let b = before.replace(/\s+$/, '');
  // An opening quotation mark starts the clause; a closed quotation inside it does not.
  const lastQuote = Math.max(b.lastIndexOf('“'), b.lastIndexOf('"'));
  const opening = lastQuote >= 0 && (b[lastQuote] === '“' || /(?:^|[\s:(])$/.test(b.slice(0, lastQuote))) && !/["”]/.test(b.slice(lastQuote + 1));
  // Start after the last reporting clause ("said on Thursday that"), colon or semicolon.
  const rep = REPORTING_CUT.exec(b);
  let sentEnd = -1;
  for (const m of b.matchAll(/[.!?]["”’]?\s+(?=[A-Z“"])/g)) sentEnd = m.index! + m[0].length - 1;
  const cut = Math.max(opening ? lastQuote : -1, b.lastIndexOf(':'), b.lastIndexOf(';'), rep ? rep[0].length - 1 : -1, sentEnd);
  if (cut >= 0) b = b.slice(cut + 1);
  // Past a leading phrase that ends in a comma: "Ultimately, ..." or "In an interview, ...".
  const lead = /^[^,]{1,40},\s+(?=\S)/.exec(b);
  if (lead && /^(?:ultimately|however|instead|still|yet|meanwhile|earlier|later|last\b|this\b|next\b|in\b|on\b|at\b|after\b|before\b|during\b)/i.test(b)) b = b.slice(lead[0].length);
  return trimClause(b);
}

/** The main clause after a leading condition ("..., there is no reason for us not to sit down ..."). */
export function mainClauseAfter(after: string): string {
  const a = after.replace(/^[\s,”"’]+/, '').replace(/^then\s+/i, '');
  const end = a.search(/[.;!?”"]|\s[–—]\s|,\s*(?:he|she|they|it|since|because|as|which|while|but)\b|,\s*(?:[\w’'-]+\s+){0,3}(?:said|added|stated|told)\b/);
  return trimClause(end >= 0 ? a.slice(0, end) : a);
}
