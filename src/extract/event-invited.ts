/**
 * An invitation to visit, meet or negotiate is itself a meeting: planned once accepted,
 * cancelled once declined, proposed otherwise.
 */
import type { StageInput } from './context';
import type { EventStatus } from '../graph/model';
import type { ExtractedEvent, ExtractedStatement } from './types';
import { findDates } from './dates';
import { readInvitations } from './invitations';

const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const MEETING_INVITE = /\b(?:visit|visits|visiting|meet|meeting|talks|negotiations|come to|sit down|trip|tour|travel(?:s|l?ing)?\s+to)\b/i;

export function invitedMeetings(input: StageInput, statements: ExtractedStatement[]): ExtractedEvent[] {
  const { text } = input.article;
  const out: ExtractedEvent[] = [];
  for (const inv of readInvitations(input, statements)) {
    const a = inv.inviter, b = inv.invitee;
    if (!a || !b || a.type !== 'Person' || b.type !== 'Person' || inv.toldAfter) continue;
    const words = text.slice(inv.end, Math.min(text.length, inv.end + 200));
    const evText = inv.event || words;
    // ("Wang will travel to Riyadh at the invitation of ...": the visit is told before.)
    const sentence = input.article.sentences.find((x) => x.index === inv.sentenceIndex);
    const told = sentence && /\b(?:at|on)\s+the\s+(?:\w+\s+)?$/i.test(text.slice(sentence.start, inv.start)) ? text.slice(sentence.start, inv.start) : '';
    if (!MEETING_INVITE.test(evText) && !MEETING_INVITE.test(words.slice(0, 60)) && !MEETING_INVITE.test(told)) continue;
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
