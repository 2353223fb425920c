/**
 * When a mentioned meeting takes place: the dates of its own phrase, resolved against the
 * publication date in the direction of its tense; a past date makes a planned meeting past.
 */
import type { StageInput } from './context';
import type { EventStatus } from '../graph/model';
import { findDates, parsePublished, type ResolvedDate } from './dates';
import { meetingRelative, type CueMention } from './event-mention';
import { blankQuotations } from './event-participants';

const PAST_PLAN = /\b(?:was|were|had been)\s+(?:planned|scheduled|supposed|due|expected|set)\b|\b(?:was|were)\s+to\s+(?:meet|visit|hold|have)\b/i;
const FELL_THROUGH = /\b(?:not possible|did not (?:happen|take place|materiali[sz]e)|didn[’']t (?:happen|take place)|never (?:happened|took place)|fell through|called off|cancell?ed|postponed)\b/i;

const OWNS_OTHER = /^[’']s\s+(?!(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|summit|visit|session|trip|round)\b)/u;
const AHEAD_OF = /\b(?:ahead of|before|prior to|in the run-up to)\s+(?:(?:the|a|an|their|his|her|this|next)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const DAYS_AHEAD = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+(?:ahead of|before|prior to)\b/i;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** An ISO day `n` days later. */
function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

export interface When {
  date?: ResolvedDate;
  /** Further dates of the same phrase, each another meeting ("once in 2018 and again in 2019"); `index` from the clause start. */
  more: ResolvedDate[];
  status: EventStatus;
}

export function datesAt(input: StageInput, mention: CueMention, current: EventStatus): When {
  const { text } = input.article;
  const pub = input.article.published;
  const pubDay = parsePublished(pub);
  const { at, clause, sent } = mention;
  let status = current;
  // Dates: those in the cue's clause; a past date makes a meeting past. A plan told in the past
  // ("It was planned that they would meet on October 23") looks back for its date too.
  const pastPlan = PAST_PLAN.test(text.slice(sent.start, at));
  const guess = status === 'occurred' || pastPlan ? 'past' : 'future';
  // Dates that belong to this mention: after the cue up to a new sub-clause, else before it.
  const tailEnd = (() => {
    const t = text.slice(mention.cueEnd, clause.end);
    // ("to meet with Wang Yi ahead of Saturday’s talks": the date of the talks ahead.)
    // ("has still not met Milei, a right-wing libertarian who took office in December": a
    // relative clause's date is its own.)
    // (The cue may end with its space: "meeting since the elections of October 2024".)
    // ("a potential meeting with Putin, which may take place in Istanbul on May 15": the
    // meeting's own relative clause dates it.)
    const stops = t.matchAll(/(?:^|\s)(?:while|whereas|when|as|after|before|since|and then|ahead of|prior to)\s|,\s+(?:an?\s+[^,]{0,60}?\s)?(?:who|which)\s/giu);
    const stop = [...stops].find((m) => !/which\s$/i.test(m[0]) || !meetingRelative(t.slice(0, m.index), t.slice(m.index + m[0].length)));
    return stop ? mention.cueEnd + stop.index : clause.end;
  })();
  // ("met with Greer to fine-tune issues tied to last month's tariff agreement": a date that owns
  // another noun dates that, not the meeting.)
  const tailText = text.slice(at, tailEnd);
  const afterDates = findDates(tailText, pub, guess)
    .filter((d) => !OWNS_OTHER.test(tailText.slice(d.index + d.text.length)))
    .map((d) => ({ ...d, index: d.index + (at - clause.start) }));
  // A date before the cue dates a past meeting ("On Monday, X met Y"); before a plan or an
  // offer it usually dates the speaking ("Speaking on Wednesday, Putin said he would meet").
  // ("“She’s coming in tomorrow ...,” Trump told reporters as he met with Rutte": a date in
  // someone's words before the cue dates what they speak of, not this meeting.)
  // ("Carney, who took office Friday, was greeted ... by Macron": a relative clause's date is its own.)
  const blank = (m: string) => ' '.repeat(m.length);
  let beforeText = blankQuotations(text.slice(clause.start, at)).replace(/,\s+(?:who|which)\s[^,]*,/g, blank);
  if (/,\s+(?:who|which)\s+$/.test(text.slice(sent.start, clause.start))) beforeText = beforeText.replace(/^[^,]*,/, blank);
  const reportedBetween = (i: number) => /\b(?:said|says|told|announced|added|stated|speaking|spoke|wrote|posted)\b/i.test(beforeText.slice(i));
  // ("Trump said late Sunday that Sharaa may visit Washington soon": the day of the saying.)
  const ofSaying = (i: number) => /\b(?:said|says|told(?:\s+\p{Ll}+){0,2}|announced|added|stated|wrote|posted)\s+(?:on\s+|late\s+|early\s+|earlier\s+|later\s+)?$/iu.test(beforeText.slice(0, i));
  // ("told reporters at the Manama conference on Saturday that Sharaa is expected to ... visit":
  // a date right before the "that" of a verb of saying is the saying's.)
  const sayingThat = (d: ResolvedDate) => /^\s*,?\s*that\b/.test(beforeText.slice(d.index + d.text.length)) && /\b(?:said|says|told|tells|announced|added|stated|wrote|posted)\b/.test(beforeText.slice(0, d.index));
  const beforeDates = findDates(beforeText, pub, guess).filter((d) => (status === 'occurred' || !reportedBetween(d.index)) && !(status !== 'occurred' && (ofSaying(d.index) || sayingThat(d))));
  // ("Hochul spoke on Monday after Friday’s cordial Oval Office meeting": the day that owns the meeting.)
  const owning = beforeDates.find((d) => /^[’']s\s+(?:[\p{L}-]+\s+){0,4}$/u.test(beforeText.slice(d.index + d.text.length)));
  // ("met ... on Thursday, just four days ahead of the summit": the summit comes that much later;
  // with no count, the date is another event's.)
  const shifted = new Set<ResolvedDate>();
  const ahead = (d: ResolvedDate): ResolvedDate | null => {
    const between = beforeText.slice(d.index + d.text.length);
    if (!AHEAD_OF.test(between)) return d;
    const days = DAYS_AHEAD.exec(between);
    const n = days ? (NUMBER_WORDS[days[1]!.toLowerCase()] ?? Number(days[1])) : NaN;
    if (!(n > 0 && /^\d{4}-\d{2}-\d{2}$/.test(d.date))) return null;
    const later = { ...d, date: addDays(d.date, n) };
    shifted.add(later);
    return later;
  };
  const beforeOwn = beforeDates.map(ahead).filter((d): d is ResolvedDate => !!d);
  const dates = afterDates.length ? afterDates : owning ? [owning] : beforeOwn;
  let date = dates[0];
  if (date && shifted.has(date) && date.date > (pub ?? '').slice(0, 10)) status = 'planned';
  // "in April next year, and ... later that year": "that year" is the year last named.
  if (date && /\bthat year\b/i.test(date.text)) {
    const earlier = findDates(text.slice(sent.start, at), pub, guess).pop();
    if (earlier) date = { ...date, date: earlier.date.slice(0, 4) };
  }
  // "once in July 2018 and again during a formal state visit in June 2019": one meeting per date.
  const more = dates.length > 1 && /\btwice\b|\bonce\b/i.test(text.slice(clause.start, clause.end)) ? dates.slice(1) : [];
  // "Prime Minister Christopher Luxon has held talks with ... Xi Jinping" in the lede: news of
  // the day, dated by the publication (not "has met him several times"); so is "the two leaders
  // hugged when they met in Moscow" in the article's first sentence.
  const upToCue = text.slice(sent.start, mention.cueEnd);
  const ledeHasMet = sent.index <= 1 && /\b(?:has|have)\s+(?:\w+ly\s+)?(?:held|met)\b/i.test(upToCue);
  const firstWhenMet = sent.index === 0 && /\b(?:when|as)\s+(?:they|the\s+two(?:\s+\w+)?)\s+met\b/i.test(upToCue);
  if (!date && pubDay && status === 'occurred' && (ledeHasMet || firstWhenMet) &&
    !/\b(?:times|before|previously|already|ever|never|often|repeatedly|since)\b/i.test(text.slice(sent.start, sent.end))) {
    date = { date: (pub ?? '').slice(0, 10), text: (pub ?? '').slice(0, 10), index: 0 };
  }
  if (date && pubDay && status !== 'occurred' && date.date < (pub ?? '').slice(0, date.date.length) && !/\bnext\b/i.test(date.text)) {
    status = 'occurred';
    // "..., but it was not possible because ...": the plan that fell through.
    if (pastPlan && FELL_THROUGH.test(text.slice(mention.cueEnd, sent.end))) status = 'cancelled';
  }
  return { ...(date ? { date } : {}), more, status };
}
