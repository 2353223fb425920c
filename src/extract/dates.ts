/**
 * Resolves the date expressions news articles use ("June 30, 2019", "Oct. 30", "in April next
 * year", "next month", "on Monday") to ISO dates against the article's publication date.
 *
 * Rule based on purpose: compromise-dates reads "June 30, 2019" as a date next year and has no
 * notion of tense, while an article's "on Monday" means the Monday before publication for a
 * past meeting and the Monday after it for a planned one.
 */

export type Direction = 'past' | 'future' | 'any';

export interface ResolvedDate {
  /** ISO date as precise as the text allows: "2019-06-30", "2026-04", "2025". */
  date: string;
  /** The words that gave the date. */
  text: string;
  /** Offset of `text` inside the searched string. */
  index: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_RE =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m?: number, d?: number) =>
  d !== undefined && m !== undefined ? `${y}-${pad(m)}-${pad(d)}` : m !== undefined ? `${y}-${pad(m)}` : `${y}`;

/** The publication date as UTC parts, or null when missing or unreadable. */
export function parsePublished(published: string | undefined): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function addDays(p: { y: number; m: number; d: number }, days: number): string {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Year for a month (and day) given without a year: the nearest one in the direction of the tense. */
function yearFor(pub: { y: number; m: number; d: number }, month: number, day: number | undefined, dir: Direction): number {
  const key = month * 100 + (day ?? 0);
  const pubKey = pub.m * 100 + (day === undefined ? 0 : pub.d);
  if (dir === 'future' && key < pubKey) return pub.y + 1;
  if (dir === 'past' && key > pubKey) return pub.y - 1;
  return pub.y;
}

interface Rule {
  re: RegExp;
  resolve(m: RegExpExecArray, pub: { y: number; m: number; d: number } | null, dir: Direction): string | null;
}

// Ordered: the most precise reading of a span wins, and a span once read is not read again.
const RULES: Rule[] = [
  // "on Tuesday of next week": that weekday in the week named.
  {
    re: /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+of\s+(last|next|this)\s+week\b/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const want = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const today = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
      return addDays(pub, want - today + 7 * shift(m[2]!));
    },
  },
  // "June 30, 2019", "Oct. 30, 2025"
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m) => iso(Number(m[3]), monthOf(m[1]!), Number(m[2])),
  },
  // "30 June 2019"
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m) => iso(Number(m[3]), monthOf(m[2]!), Number(m[1])),
  },
  // "2019-06-30"
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
  // "in April next year", "April next year"
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(next|last|this)\\s+year\\b`, 'gi'),
    resolve: (m, pub) => (pub ? iso(pub.y + shift(m[2]!), monthOf(m[1]!)) : null),
  },
  // "June 2019", "in March 2026"
  {
    re: new RegExp(`\\b${MONTH_RE},?\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m) => iso(Number(m[2]), monthOf(m[1]!)),
  },
  // "Oct. 30", "June 30" (year from the publication date and the tense)
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:,\\s*)?\\d{4})(?![:\\d])`, 'gi'),
    resolve: (m, pub, dir) => {
      const mo = monthOf(m[1]!), d = Number(m[2]);
      if (!pub || mo === undefined || d < 1 || d > 31) return null;
      return iso(yearFor(pub, mo, d, dir), mo, d);
    },
  },
  // "15 August", "on 15 August"
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}(?!\\s*\\d)`, 'gi'),
    resolve: (m, pub, dir) => {
      const mo = monthOf(m[2]!), d = Number(m[1]);
      if (!pub || mo === undefined || d < 1 || d > 31) return null;
      return iso(yearFor(pub, mo, d, dir), mo, d);
    },
  },
  // "the 23rd of last month": a day of a month counted from the publication date.
  {
    re: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(last|next|this)\s+month\b/gi,
    resolve: (m, pub) => {
      const d = Number(m[1]);
      if (!pub || d < 1 || d > 31) return null;
      const t = monthFrom(pub, shift(m[2]!));
      return iso(t.y, t.m, d);
    },
  },
  // "On the 30th in Busan": a day of the publication month, or of the month before (after, in
  // the future tense) when that day is yet to come (has passed).
  {
    re: /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|anniversary|century|day|floor|meeting|round|summit|session|birthday|time|straight|consecutive))/gi,
    resolve: (m, pub, dir) => {
      const d = Number(m[1]);
      if (!pub || d < 1 || d > 31) return null;
      const t = monthFrom(pub, dir !== 'future' && d > pub.d ? -1 : dir === 'future' && d < pub.d ? 1 : 0);
      return iso(t.y, t.m, d);
    },
  },
  // "in April", "in August" (a bare month needs "in"/"since"/"during": "may" is also a verb)
  {
    re: new RegExp(`\\b(?:in|since|during|by|until|for|early|late|mid-?)\\s+${MONTH_RE}(?![\\w])`, 'gi'),
    resolve: (m, pub, dir) => {
      const mo = monthOf(m[1]!);
      if (!pub || mo === undefined) return null;
      return iso(yearFor(pub, mo, undefined, dir), mo);
    },
  },
  // "next month", "last month", "this month"
  {
    re: /\b(next|last|this|past)\s+month\b/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const t = monthFrom(pub, shift(m[1]!));
      return iso(t.y, t.m);
    },
  },
  // "last week", "next week", "this week": the month when the whole week lies in one, else the year.
  {
    re: /\b(next|last|this|past)\s+week\b/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const base = new Date(Date.UTC(pub.y, pub.m - 1, pub.d + 7 * shift(m[1]!)));
      const dow = (base.getUTCDay() + 6) % 7;
      const mon = new Date(base.getTime() - dow * 86400000);
      const sun = new Date(mon.getTime() + 6 * 86400000);
      return mon.getUTCMonth() === sun.getUTCMonth()
        ? iso(mon.getUTCFullYear(), mon.getUTCMonth() + 1)
        : mon.getUTCFullYear() === sun.getUTCFullYear()
          ? iso(mon.getUTCFullYear())
          : null;
    },
  },
  // "next year", "last year", "this year", "later that year"
  {
    re: /\b(next|last|this|past|later (?:this|that|in the)|earlier (?:this|that|in the))\s+year\b/gi,
    resolve: (m, pub) => (pub ? iso(pub.y + shift(m[1]!)) : null),
  },
  // "in 2018", "since 2019"
  { re: /\b(?:in|since|during|by|of|until)\s+((?:19|20)\d{2})\b(?![-\d])/gi, resolve: (m) => m[1]! },
  // "today", "yesterday", "tomorrow", "tonight"
  {
    // ("earlier in the day", "later in the day", "this morning": the day of publication)
    re: /\b(today|tonight|yesterday|tomorrow|(?:earlier|later) in the day|this (?:morning|afternoon|evening))\b/gi,
    resolve: (m, pub) => {
      if (!pub) return null;
      const w = m[1]!.toLowerCase();
      return addDays(pub, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
    },
  },
  // "on Monday", "Monday's summit", "early Saturday", "last Friday", "next Tuesday"
  // "met this weekend", "over the weekend": the month of that weekend's Saturday (the day is unsaid).
  {
    re: /\b(last|next|this|over the|at the)\s+weekend\b/gi,
    resolve: (m, pub, dir) => {
      if (!pub) return null;
      const q = m[1]!.toLowerCase();
      const today = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
      const d = q === 'next' ? 'future' : q === 'last' ? 'past' : dir === 'any' ? 'past' : dir;
      let diff = 6 - today;
      if (d === 'future') {
        if (diff < 0 || (q === 'next' && diff === 0)) diff += 7;
      } else if (diff > 0 || (q === 'last' && diff === 0)) diff -= 7;
      return addDays(pub, diff).slice(0, 7);
    },
  },
  {
    re: /\b(?:(last|next|this)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    resolve: (m, pub, dir) => {
      if (!pub) return null;
      const want = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const today = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
      const q = (m[1] ?? '').toLowerCase();
      const d = q === 'next' ? 'future' : q === 'last' ? 'past' : dir;
      let diff = want - today;
      if (d === 'future') {
        if (diff < 0 || (q === 'next' && diff === 0)) diff += 7;
      } else if (diff > 0 || (q === 'last' && diff === 0)) diff -= 7;
      return addDays(pub, diff);
    },
  },
];

/** The month `by` months from the publication month ("last month": -1). */
function monthFrom(pub: { y: number; m: number }, by: number): { y: number; m: number } {
  const t = new Date(Date.UTC(pub.y, pub.m - 1 + by, 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1 };
}

function shift(word: string): number {
  const w = word.toLowerCase();
  if (w === 'next') return 1;
  if (w === 'last' || w === 'past') return -1;
  return 0;
}

/** Every date expression in `text`, in text order, resolved against `published`. */
export function findDates(text: string, published: string | undefined, dir: Direction = 'any'): ResolvedDate[] {
  const pub = parsePublished(published);
  const taken: [number, number][] = [];
  const out: ResolvedDate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      const s = m.index, e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const date = rule.resolve(m, pub, dir);
      if (!date) continue;
      taken.push([s, e]);
      out.push({ date, text: m[0], index: s });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The first date expression in `text`, or null. */
export function resolveDate(text: string, published: string | undefined, dir: Direction = 'any'): ResolvedDate | null {
  return findDates(text, published, dir)[0] ?? null;
}
