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

/** "to hold peace talks", "to negotiate": what guests invited together do with one another. */
const TALKS_AMONG = /^(?:to\s+)?(?:hold|holding|have|join)\s+(?:direct\s+|peace\s+|face-to-face\s+)*(?:talks|negotiations)\b|^(?:to\s+)?negotiate\b/i;

const MEETING_INVITE = /\b(?:visit|visits|visiting|meet|meeting|talks|negotiations|come to|sit down|trip|tour|travel(?:s|l?ing)?\s+to)\b/i;

export function invitedMeetings(input: StageInput, statements: ExtractedStatement[]): ExtractedEvent[] {
  const { text } = input.article;
  const out: ExtractedEvent[] = [];
  const invitations = readInvitations(input, statements);
  // ("Lukashenko has extended an invitation to Trump, Zelensky and Putin to hold peace talks in
  // Minsk": guests invited together to talk to one another meet each other, not their host.)
  const together = new Set<number>();
  for (const inv of invitations) {
    const guests = invitations.filter((o) => o.start === inv.start && o.invitee?.type === 'Person');
    if (guests.length < 2 || together.has(inv.start) || !TALKS_AMONG.test(inv.event)) continue;
    together.add(inv.start);
    const place = /\bin\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)/.exec(inv.event)?.[1];
    out.push({
      type: 'Talks',
      participants: [...new Set(guests.map((o) => o.invitee!.key))],
      ...(place ? { place } : {}),
      status: inv.declined ? 'cancelled' : inv.accepted ? 'planned' : 'proposed',
      start: inv.start,
      end: inv.end,
      sentenceIndex: inv.sentenceIndex,
    });
  }
  for (const inv of invitations) {
    const a = inv.inviter, b = inv.invitee;
    if (!a || !b || a.type !== 'Person' || b.type !== 'Person' || inv.toldAfter || together.has(inv.start)) continue;
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
