/**
 * Meetings, talks, summits, visits and calls between named people: who, when (resolved
 * against the publication date), where and in what state (occurred, planned, proposed,
 * cancelled). Mentions of the same meeting within an article are merged.
 */
import type { StageInput } from './context';
import { fastContext } from './event-context';
import type { EventStatus, EventType } from '../graph/model';
import type { Entity, ExtractedEvent, ExtractedStatement } from './types';
import { sentenceAround } from './condition-speaker';
import { findDates, parsePublished } from './dates';
import { clauseSubject, meetingObjects, meetingSubject, pairBefore } from './event-participants';
import { mergeEvents } from './event-merge';
import { readInvitations } from './invitations';

const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** An invitation to visit, meet or negotiate is itself a planned (accepted) or proposed meeting. */
const MEETING_INVITE = /\b(?:visit|visits|meet|meeting|talks|negotiations|come to|sit down)\b/i;

function invitedMeetings(input: StageInput, statements: ExtractedStatement[]): ExtractedEvent[] {
  const { text } = input.article;
  const out: ExtractedEvent[] = [];
  for (const inv of readInvitations(input, statements)) {
    const a = inv.inviter, b = inv.invitee;
    if (!a || !b || a.type !== 'Person' || b.type !== 'Person') continue;
    const words = text.slice(inv.end, Math.min(text.length, inv.end + 200));
    const evText = inv.event || words;
    if (!MEETING_INVITE.test(evText) && !MEETING_INVITE.test(words.slice(0, 60))) continue;
    const status: EventStatus = inv.declined ? 'cancelled' : inv.accepted ? 'planned' : 'proposed';
    const date = findDates(inv.event, input.article.published, 'future')[0];
    const place = [...` ${inv.event}`.matchAll(/(?:^\s|\b(?:to|in|visit)\s+)((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)/g)]
      .map((x) => x[1]!)
      .find((p) => !MONTH_OR_DAY.test(p));
    out.push({
      type: /visit/i.test(evText) ? 'Visit' : 'Meeting',
      participants: [a.key, b.key],
      ...(date ? { date: date.date, dateText: date.text } : {}),
      ...(place ? { place } : {}),
      status,
      start: inv.start,
      end: inv.end,
      sentenceIndex: inv.sentenceIndex,
    });
  }
  return out;
}

interface Cue {
  re: RegExp;
  type: EventType;
  /** A verb ("met") has a subject; a noun ("meeting") needs an owner, "with" or "between". */
  verb: boolean;
}

const CUES: Cue[] = [
  { re: /\b(?:spoke|talked|speaks|talks)\s+(?:with|to)\s+(?=[^.]{0,60}?\b(?:by phone|by telephone|over the phone|on the phone|by video|in a (?:phone|telephone|video) call))|\b(?:phone|telephone|video)\s+(?:call|calls|talks|conversation)\b|\bspoke\s+(?:by|over\s+the)\s+phone\b|\b(?:held|had|holds)\s+(?:a\s+)?(?:phone\s+)?call\b/gi, type: 'Call', verb: false },
  { re: /\b(?:meet|meets|met|meeting)\b(?:\s+with\b)?\s*|\bsit\s+(?:down\s+)?(?:face[- ]to[- ]face\s+)?with\s+|\bsat\s+down\s+with\s+/gi, type: 'Meeting', verb: true },
  { re: /\b(?:meeting|meetings|sit-down|encounter|face-to-face)\b/gi, type: 'Meeting', verb: false },
  { re: /\b(?:talks|negotiations|dialogue|engagement)\b/gi, type: 'Talks', verb: false },
  { re: /\b(?:press conference|presser|news conference)\s+(?=(?:in\s+[A-Z]\w+\s+)?with\b)/gi, type: 'Meeting', verb: false },
  { re: /\b(?:summit|summits)\b/gi, type: 'Summit', verb: false },
  { re: /\b(?:visit|visits|visited|visiting)\s+(?=[A-Z])/g, type: 'Visit', verb: true },
  { re: /\b(?:visit|trip)\s+to\s+(?=(?:the\s+)?[A-Z])/g, type: 'Visit', verb: false },
  { re: /\b(?:host|hosts|hosted|hosting)\s+(?=[A-Z]|the\s+[A-Z])/g, type: 'Meeting', verb: true },
  { re: /\bspoke\s+(?:to|with)\s+(?=[^.]{3,80}?\s+in\s+[A-Z])/g, type: 'Meeting', verb: true },
];

const CANCELLED = /\b(?:cancel(?:l?ed|s)?|called off|scrapped|postponed|too busy|not take place|won[’']t take place|will not take place)\b/i;
const PROPOSED =
  /\b(?:might|could|likely|possible|possibly|willing|ready|open to|offered|offers|proposed|proposes|proposal|suggested|suggests|desire|intention|intends?|interest in|would like|[’']d like|like to|hopes?|hoped|if|wants?|wanted|seek|seeks|sought|called for|calls for|urged|pursuing|not rule out|no reason .* not|idea)\b/i;
const PLANNED =
  /\b(?:will|shall|is set to|are set to|set to|scheduled|is expected to|are expected to|plans? to|planning|planned|upcoming|forthcoming|agreed to|would visit|would meet|to be held|due to|arrangements|accepted)\b/i;
const PAST = /\b(?:met|held|hosted|visited|had|was|were|sat|spoke|last|following|after|earlier|previous|first)\b/i;

function statusOf(clause: string, verbWord: string): EventStatus {
  if (CANCELLED.test(clause)) return 'cancelled';
  // "may" the verb, not "May" the month.
  if (PROPOSED.test(clause) || /\bmay\b(?!\s+\d)/.test(clause)) return 'proposed';
  if (PLANNED.test(clause)) return 'planned';
  if (/^(?:met|held|hosted|visited|sat|spoke)$/i.test(verbWord) || PAST.test(clause)) return 'occurred';
  return 'occurred';
}

/** The clause around a cue: cut at semicolons, quotation marks and clause-joining commas. */
function clauseAround(text: string, sStart: number, sEnd: number, at: number): { start: number; end: number } {
  let start = sStart;
  const before = text.slice(sStart, at);
  const cut = /.*(?:;|\s[–—]\s|,\s+(?:and|but|while|which|who|as)\s|\bbut\s)/s.exec(before);
  if (cut) start = sStart + cut[0].length;
  let end = sEnd;
  const after = text.slice(at, sEnd);
  const stop = /;|\s[–—]\s|,\s+(?:and|but|while|which|who|as|before|after)\s|(?<!\b(?:[A-Z]|Mr|Ms|Mrs|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No))\.\s/.exec(after);
  if (stop) end = at + stop.index;
  return { start, end };
}

const PLACE =
  /\b(?:in|at)\s+(?:the\s+)?(?:(?:border\s+)?(?:village|city|town|capital|resort)\s+of\s+)?((?:[A-Z][\w’'-]+|of|the)(?:\s+(?:[A-Z][\w’'-]+|of|the))*)/g;

function placeIn(text: string, from: number, to: number, names: Set<string>): string | undefined {
  PLACE.lastIndex = 0;
  const chunk = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = PLACE.exec(chunk))) {
    const p = m[1]!.replace(/\s+(?:of|the)$/i, '').replace(/\s+(?:on|in)$/i, '');
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|His|Her)\b/.test(p)) continue;
    if (names.has(p)) continue;
    return p;
  }
  return undefined;
}

export function findEvents(rawInput: StageInput, statements: ExtractedStatement[] = []): ExtractedEvent[] {
  const input = fastContext(rawInput);
  const { text } = input.article;
  const pub = input.article.published;
  const pubDay = parsePublished(pub);
  const found: ExtractedEvent[] = [];
  const seenAt = new Set<number>();
  const personNames = new Set<string>();
  for (const m of input.entities.mentions) if (input.entities.byKey.get(m.entityKey)?.type === 'Person') personNames.add(m.text);

  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(text))) {
      const at = m.index;
      if ([...seenAt].some((x) => Math.abs(x - at) < 3)) continue;
      const sent = sentenceAround(input, at);
      const clause = clauseAround(text, sent.start, sent.end, at);
      const word = (/^\S+/.exec(m[0]) ?? [''])[0].toLowerCase();
      // "meeting" is a verb when it takes a direct object ("after meeting Scholz").
      const isVerbForm = cue.verb && (!/^meeting$/i.test(word) || /^(?:[A-Z]|him\b|her\b|them\b)/.test(text.slice(at + m[0].length)));
      // "will not meet", "refused to meet": no meeting, unless it waits on a condition.
      // "conditions are met", "demands were met": the passive is no meeting.
      if (/^met\b/i.test(word) && /\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(sent.start, at - 25), at))) continue;
      const neg = /\b(?:not|never|n[’']t|refused to|refuses to|declined to|declines to|ruled out|rules out|no plans? to)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(sent.start, at - 30), at));
      if (isVerbForm && neg && !/\b(?:until|unless|if|before)\b/i.test(text.slice(at, sent.end))) continue;
      // A relative clause ("Scholz, who met Macron") takes its antecedent from before the cut.
      // So does an appositive closed before the cue ("He, as the Chinese lead person ..., will have").
      const cutBy = /,\s+(who|as|which)\s+$/i.exec(text.slice(sent.start, clause.start))?.[1]?.toLowerCase();
      const subjFrom = cutBy === 'who' || (cutBy && text.slice(clause.start, at).includes(',')) ? sent.start : clause.start;
      let subj = meetingSubject(input, statements, subjFrom, at);
      const objs = meetingObjects(input, statements, at + m[0].length, clause.end, isVerbForm || /with\s+$/i.test(m[0]));
      // "Speaking soon after his meeting with Trump, Zelensky said": "his" is the main subject.
      const opener = /^[^,]*$/.test(text.slice(sent.start, at)) && /\b(?:his|her)\s+(?:[\w-]+\s+)?$/i.test(text.slice(sent.start, at));
      if (opener) {
        const mainStart = /^[^,]*,\s*/.exec(text.slice(at, sent.end));
        const e = mainStart ? clauseSubject(input, at + mainStart[0].length, sent.end) : null;
        if (e) subj = [e];
      }
      // "During their meeting, Lee formally invited Trump ...": the main clause's subject, with
      // its direct object or else the last other person named.
      if (/^\W*(?:during|after|following|in|at|before|since|ahead of)\s+their\s+(?:[\w’'-]+\s+){0,3}$/i.test(text.slice(sent.start, at))) {
        const mainStart = /^[^,]*,\s*/.exec(text.slice(at, sent.end));
        const from = mainStart ? at + mainStart[0].length : -1;
        const people = from >= 0 ? input.entities.mentionsIn(from, sent.end).filter((x) => input.entities.byKey.get(x.entityKey)?.type === 'Person') : [];
        const a = people[0];
        const lead = a ? text.slice(from, a.start) : '';
        if (a && !/\b(?:with|to|for|by|from|of)\b/i.test(lead)) {
          const subject = input.entities.byKey.get(a.entityKey)!;
          const b = people.find((x) => x.entityKey !== a.entityKey);
          const direct = b && /^\s+(?:\w+ly\s+)?\w+\s+(?:[A-Z][\w.’'-]*\s+){0,3}$/.test(text.slice(a.end, b.start));
          const recent = input.entities.mentions
            .filter((x) => x.end <= sent.start && x.entityKey !== subject.key && input.entities.byKey.get(x.entityKey)?.type === 'Person')
            .sort((x, y) => x.start - y.start)
            .pop();
          const other = input.entities.byKey.get(direct ? b.entityKey : (recent?.entityKey ?? ''));
          if (other) subj = [subject, other];
        }
      }
      if (!subj.length) {
        const lead = text.slice(clause.start, at);
        if (/\b(?:their|they)\s+(?:[\w-]+\s+){0,3}$/i.test(lead) || /^\W*their\s+(?:[\w’'-]+\s+){0,4}$/i.test(text.slice(sent.start, at))) {
          subj = pairBefore(input, at);
        }
      }
      if (!subj.length) {
        const lead = text.slice(clause.start, at);
        if (!isVerbForm && /\b(?:during|after|following|at|in|before|ahead of|out of|from|since)\s+(?:(?:a|an|the|this|that)\s+)?(?:[\w-]+\s+){0,2}$/i.test(lead)) {
          // "During a meeting with Rubio ..., Dar was informed": the main clause's subject.
          const mainStart = /^[^,]*,\s*/.exec(text.slice(at, sent.end));
          const subjectFirst = clauseSubject(input, sent.start, at);
          const e = subjectFirst ?? (mainStart ? clauseSubject(input, at + mainStart[0].length, sent.end) : null);
          if (e) subj = [e];
          // "X and Y address a joint press conference after talks": both subjects.
          const pair = /^\s*(?:\S+\s+){0,4}?\S+\s+and\s+/.exec(text.slice(sent.start, at));
          if (e && pair && !objs.length) {
            const ms = input.entities.mentionsIn(sent.start, at).filter((x) => input.entities.byKey.get(x.entityKey)?.type === 'Person');
            const a = ms[0], b = ms[1];
            if (a && b && /^\s*and\s+(?:\S+\s+){0,3}$/.test(text.slice(a.end, b.start))) {
              subj = [input.entities.byKey.get(a.entityKey)!, input.entities.byKey.get(b.entityKey)!];
            }
          }
        } else if (isVerbForm) {
          // "he had agreed to halve tariffs ... and would visit Xi": the clause's subject.
          const e = clauseSubject(input, clause.start, at);
          if (e) subj = [e];
        }
      }
      // "Xi will pay a state visit to the United States": the host is the person of that
      // country named in the sentence.
      if (cue.type === 'Visit' && !cue.verb && subj.length === 1 && !objs.length) {
        const dest = input.entities.mentionsIn(at + m[0].length, Math.min(sent.end, at + m[0].length + 40))[0];
        const country = dest ? input.entities.byKey.get(dest.entityKey) : undefined;
        const code = country?.type === 'Country' ? country.key.replace(/^country:/, '') : country?.country;
        if (code) {
          const hosts = input.entities
            .mentionsIn(sent.start, sent.end)
            .map((x) => input.entities.byKey.get(x.entityKey))
            .filter((e): e is Entity => !!e && e.type === 'Person' && e.country === code && e.key !== subj[0]!.key);
          if (hosts[0]) subj = [...subj, hosts[0]];
        }
      }
      // "Coming out of the Putin meeting, Trump said": the named owner and the main subject.
      if (!isVerbForm && subj.length === 1 && !objs.length) {
        const lead = text.slice(clause.start, at);
        if (/\b(?:during|after|following|out of|from|since|ahead of|before)\s+(?:the|a|an|this|that|his|her)\s+(?:[\w’'-]+\s+){0,2}$/i.test(lead)) {
          const mainStart = /^[^,]*,\s*/.exec(text.slice(at, sent.end));
          const e = mainStart ? clauseSubject(input, at + mainStart[0].length, sent.end) : null;
          if (e && e.key !== subj[0]!.key) subj = [...subj, e];
        }
      }
      // A noun needs "with"/"between" or an owner; "the APEC summit" alone names no meeting.
      const people: Entity[] = [];
      for (const e of [...subj, ...objs]) if (!people.some((p) => p.key === e.key)) people.push(e);
      // "the Xi-Trump meeting": two names hyphenated right before the noun.
      if (!isVerbForm && people.length < 2) {
        // "the Putin meeting": a name used as a modifier is a participant.
        const modMention = input.entities.mentionsIn(Math.max(sent.start, at - 40), at).pop();
        if (modMention && /^\s*$/.test(text.slice(modMention.end, at)) && /\b(?:the|a|an|this|that)\s+$/i.test(text.slice(Math.max(sent.start, modMention.start - 5), modMention.start))) {
          const e = input.entities.byKey.get(modMention.entityKey);
          if (e && e.type === 'Person' && !people.some((p) => p.key === e.key)) people.push(e);
        }
        const pre = /([\p{L}’'.]+)[-–]([\p{L}’'.]+)\s+$/u.exec(text.slice(Math.max(sent.start, at - 40), at));
        if (pre) {
          const a = input.entities.resolve(pre[1]!, at - pre[0].length);
          const b = input.entities.resolve(pre[2]!, at - pre[0].length);
          for (const e of [a, b]) if (e && e.type === 'Person' && !people.some((p) => p.key === e.key)) people.push(e);
        }
      }
      if (people.length < 2) continue;
      seenAt.add(at);
      // "held talks by phone": a call, whatever the cue word.
      const type: EventType = /\b(?:by phone|by telephone|over the phone|on the phone|phone call|telephone call|video call|video link|videoconference)\b/i.test(text.slice(at, clause.end)) ? 'Call' : cue.type;
      const clauseText = text.slice(clause.start, clause.end);
      // Tense and modality of this mention: from its sub-clause ("while hosting ...") on.
      const lead = text.slice(clause.start, at);
      const sub = /.*\s(?=(?:while|whereas|when|as|and)\s)/is.exec(lead);
      const statusFrom = sub ? clause.start + sub[0].length : clause.start;
      let status = statusOf(text.slice(statusFrom, Math.min(clause.end, at + m[0].length + 60)), word);
      if (neg) status = 'proposed';
      // Headline future: "Trump to meet Xi in South Korea".
      if (isVerbForm && status === 'occurred' && subj.length && /^\s*(?:[\p{Lu}][\p{L}’'.-]*\s+){1,4}to\s+$/u.test(text.slice(sent.start, at))) status = 'planned';
      // "following a meeting between ...", "after his meeting with ...": past, whatever the main verb.
      if (!isVerbForm && /\b(?:following|after|since|during)\s+(?:(?:a|an|the|their|his|her|this|that)\s+)?(?:[\w’'-]+\s+){0,2}$/i.test(text.slice(Math.max(sent.start, at - 40), at)) && status !== 'cancelled' && !/\b(?:will|would|planned|upcoming|next)\b/i.test(text.slice(Math.max(sent.start, at - 40), at))) {
        status = 'occurred';
      }
      // Dates: those in the cue's clause; a past date makes a meeting past.
      const guess = status === 'occurred' ? 'past' : 'future';
      // Dates that belong to this mention: after the cue up to a new sub-clause, else before it.
      const tailEnd = (() => {
        const t = text.slice(at + m[0].length, clause.end);
        const stop = /\s(?:while|whereas|when|as|after|before|since|and then)\s/i.exec(t);
        return stop ? at + m[0].length + stop.index : clause.end;
      })();
      const afterDates = findDates(text.slice(at, tailEnd), pub, guess).map((d) => ({ ...d, index: d.index + (at - clause.start) }));
      // A date before the cue dates a past meeting ("On Monday, X met Y"); before a plan or an
      // offer it usually dates the speaking ("Speaking on Wednesday, Putin said he would meet").
      const beforeText = text.slice(clause.start, at);
      const reportedBetween = (i: number) => /\b(?:said|says|told|announced|added|stated|speaking|spoke|wrote|posted)\b/i.test(beforeText.slice(i));
      const dates = afterDates.length
        ? afterDates
        : findDates(beforeText, pub, guess).filter((d) => status === 'occurred' || !reportedBetween(d.index));
      let date = dates[0];
      // "in April next year, and ... later that year": "that year" is the year last named.
      if (date && /\bthat year\b/i.test(date.text)) {
        const earlier = findDates(text.slice(sent.start, at), pub, guess).pop();
        if (earlier) date = { ...date, date: earlier.date.slice(0, 4) };
      }
      // "once in July 2018 and again during a formal state visit in June 2019": one meeting per date.
      if (dates.length > 1 && /\btwice\b|\bonce\b/i.test(clauseText)) {
        for (const d of dates.slice(1)) {
          found.push(makeEvent(type, people, d.date, d.text, status, clause.start + d.index, clause.end, sent.index, text, clause));
        }
      }
      if (date && pubDay && status !== 'occurred' && date.date < (pub ?? '').slice(0, date.date.length) && !/\bnext\b/i.test(date.text)) {
        status = 'occurred';
      }
      const ev = makeEvent(type, people, date?.date, date?.text, status, at, clause.end, sent.index, text, clause, personNames);
      // A visit's place is where it goes: "a state visit to the United States".
      const dest = cue.type === 'Visit' && !cue.verb ? /^\s*(?:the\s+)?((?:[A-Z][\w’'.-]*\s*)+)/.exec(text.slice(at + m[0].length, clause.end))?.[1]?.trim() : undefined;
      if (dest) ev.place = dest.replace(/\s+(?:later|next|this|in|on)$/i, '');
      found.push(ev);
    }
  }
  found.push(...invitedMeetings(input, statements));
  return mergeEvents(found);
}

function makeEvent(
  type: EventType,
  people: Entity[],
  date: string | undefined,
  dateText: string | undefined,
  status: EventStatus,
  start: number,
  end: number,
  sentenceIndex: number,
  text: string,
  clause: { start: number; end: number },
  personNames: Set<string> = new Set(),
): ExtractedEvent {
  const place = placeIn(text, Math.max(clause.start, start - 80), clause.end, personNames);
  return {
    type,
    participants: people.map((p) => p.key),
    ...(date ? { date } : {}),
    ...(dateText ? { dateText } : {}),
    ...(place ? { place } : {}),
    status,
    start,
    end: Math.max(end, start + 1),
    sentenceIndex,
  };
}
