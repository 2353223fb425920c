/**
 * One mention of a meeting: the cue word ("met", "talks", "visit to") with the sentence and
 * clause it sits in. The participant, status and date readers all work from it.
 */
import type { EventType } from '../graph/model';
import type { Span } from './types';

export interface CueMention {
  /** Offset of the cue word and of the end of the matched cue. */
  at: number;
  cueEnd: number;
  /** The cue word, lower case ("met", "meeting", "talks"). */
  word: string;
  type: EventType;
  /** The cue is a verb form in its pattern ("met", "visit X"), not a noun ("talks"). */
  verbCue: boolean;
  /** Used as a verb here: "meeting Scholz" is one, "a meeting with" is not. */
  verbForm: boolean;
  /** The matched cue takes its partner with "with" ("met with", "sit down with"). */
  withPrep: boolean;
  sent: Span & { index: number };
  clause: Span;
}

const CLAUSE_BREAK = /;|\s[–—]\s|,\s+(?:and|but|while|which|who|as)\s|\bbut\s/g;
/** A caption's place in the photo set off by commas: ", at right,", ", centre,". */
export const PHOTO_POSITION = String.raw`,\s*(?:at\s+|far\s+)?(?:left|right|cent(?:er|re))\s*,`;
const PHOTO_POSITIONS = new RegExp(PHOTO_POSITION, 'g');

/**
 * What follows "which" in a relative clause that tells of the meeting itself: when and where it
 * takes place ("which may take place in Istanbul", "which will be held on Friday").
 */
const MEETING_RELATIVE = /^(?:[\p{L}’']+\s+){0,3}?(?:take\s+place|be\s+held)\b/u;
/** Only partners and their titles between the cue and the comma: the relative clause is the meeting's. */
const PARTNERS_ONLY = /^(?:\s*(?:with|between|and|of|the|a|an)\b|\s*\p{Lu}[\p{L}.’'-]*)*\s*$/u;

/**
 * Whether ", which <rest>" after a cue continues the meeting itself: "a meeting with Putin,
 * which may take place in Istanbul on May 15" tells its modality, place and date; "a meeting,
 * Lee urged Trump to attend the summit, which is set to take place" tells of the summit.
 * `between` is the text from the end of the cue to the comma.
 */
export function meetingRelative(between: string, rest: string): boolean {
  return PARTNERS_ONLY.test(between) && MEETING_RELATIVE.test(rest);
}

/** The clause around a cue: cut at semicolons, quotation marks and clause-joining commas. */
export function clauseAround(text: string, sStart: number, sEnd: number, at: number): { start: number; end: number } {
  let start = sStart;
  // ("X, at right, and Y meet in Tirana": a caption's place in the photo joins no clauses.)
  const before = text.slice(sStart, at).replace(PHOTO_POSITIONS, (m) => ' '.repeat(m.length));
  // The last clause break before the cue, found in one pass: a greedy ".*" before the
  // alternatives retried from every offset of a long run-on sentence, once per cue.
  let cutEnd = -1;
  for (const m of before.matchAll(CLAUSE_BREAK)) cutEnd = m.index + m[0].length;
  if (cutEnd >= 0) start = sStart + cutEnd;
  let end = sEnd;
  const after = text.slice(at, sEnd);
  const STOP = /;|\s[–—]\s|,\s+(?:and|but|while|which|who|as|before|after)\s|(?<!\b(?:[A-Z]|Mr|Ms|Mrs|Dr|St|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No))\.\s/g;
  let stop: RegExpExecArray | null;
  while ((stop = STOP.exec(after))) {
    // "with X, Senate leader Y, and House leader Z": the last item of a list, not a new clause.
    const listEnd = /^,\s+and\s+\p{Lu}/u.test(after.slice(stop.index)) && /,\s+\p{Lu}/u.test(after.slice(0, stop.index));
    // ("a meeting with Putin, which may take place in Istanbul on May 15": the meeting's own relative clause.)
    const ownRelative = /^,\s+which\s/.test(stop[0]) && meetingRelative(after.slice(0, stop.index).replace(/^\S+/, ''), after.slice(stop.index + stop[0].length));
    if (!listEnd && !ownRelative) break;
  }
  if (stop) end = at + stop.index;
  return { start, end };
}
