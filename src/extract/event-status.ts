/**
 * The state of a mentioned meeting from tense and modality: cancelled ("called off"),
 * proposed ("may", "willing to", "open to"), planned ("will", "is set to", "scheduled") or
 * occurred (past tense, "following a meeting").
 */
import type { EventStatus } from '../graph/model';
import type { Span } from './types';
import { meetingRelative, type CueMention } from './event-mention';

// ("the U.S. leader called it off in October": the pronoun inside the verb too.)
const CANCELLED = /\b(?:cancel(?:l?ed|s)?|called off|call(?:ed|s)? (?:it|them) off|scrapped|postponed|planned\b[^.;]{0,60}?\b(?:collapsed|fell through|fell apart)|too busy|not take place|won[’']t take place|will not take place)\b/i;
const PROPOSED =
  /\b(?:might|could|likely|possible|possibly|potential|willing|ready|open to|offered|offers|proposed|proposes|proposal|suggested|suggests|desire|intention|intend(?:s|ed)?|interest in|would like|[’']d like|like to|hopes?|hoped|if|wants?|wanted|seek|seeks|sought|called for|calls for|urged|demanded (?:today |yesterday )?that|pursuing|not rule out|no reason .* not|idea|next step|would be (?:a|an) (?:[a-z-]+ )?(?:meeting|summit|talks|visit)|consider|considers|considering|weighing|mulling|whether)\b/i;
const PLANNED =
  /\b(?:will|shall|is set to|are set to|set to|scheduled|expected to|expects? to|expecting to|next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|(?:should|would) (?:take place|be held)|plans? to|plans? for|planning|planned|expected(?=\s+(?:state\s+|official\s+)?(?:visit|trip|meeting|summit|talks)\b)|prepar(?:es|ing) to|getting ready to|(?:is|are) to (?:meet|host|visit|hold|travel|receive)|upcoming|forthcoming|agreed to|would visit|would meet|would (?!have\b|not\b|be\b)[a-z]+ (?:[a-z]+ ){0,4}at (?:a|the|his|her|their) (?:[a-z-]+ )?(?:meeting|talks|summit)|to be held|due to|arrangements|accepted|invited to)\b/i;
const PAST = /\b(?:met|held|hosted|visited|had|was|were|sat|spoke|last|following|after|earlier|previous|first)\b/i;
/** Everything before the last word that opens a sub-clause ("while", "and", "after" ...). */
const SUB_CLAUSE = /.*\s(?=(?:while|whereas|when|as|and|after|since|because)\s)/is;

function statusOf(clause: string, verbWord: string): EventStatus {
  if (CANCELLED.test(clause)) return 'cancelled';
  // "sat next to", "Seated beside": a scene already seen, whatever else the clause proposes.
  if (/^(?:sat|seated)$/i.test(verbWord)) return 'occurred';
  // "may" the verb, not "May" the month.
  if (PROPOSED.test(clause) || /\bmay\b(?!\s+\d)/.test(clause)) return 'proposed';
  if (PLANNED.test(clause)) return 'planned';
  if (/^(?:met|held|hosted|visited|sat|spoke)$/i.test(verbWord) || PAST.test(clause)) return 'occurred';
  return 'occurred';
}

/** Status of one mention; `negated` marks "will not meet ... until": a proposal at most. */
export function statusAt(text: string, sent: Span, mention: CueMention, negated: boolean): EventStatus {
  const { at, clause, word, verbForm: isVerbForm } = mention;
  // Tense and modality of this mention: from its sub-clause ("while hosting ...") on.
  const lead = text.slice(clause.start, at);
  // ("This proposal comes after Rubio met with Bukele": the meeting's own clause.)
  let sub = SUB_CLAUSE.exec(lead);
  // "she hopes to visit China in the first half of next year and meet Xi": a bare verb after
  // "and" shares the modality of the verb it is joined to.
  if (sub && isVerbForm && /^and\s+$/i.test(lead.slice(sub[0].length)) && /^(?:meet|visit|hold|host|see|receive|talk)$/i.test(word)) {
    sub = SUB_CLAUSE.exec(lead.slice(0, sub[0].length).trimEnd());
  }
  const statusFrom = sub ? clause.start + sub[0].length : clause.start;
  // The verb may follow the partners' names and titles ("a summit between <two titled names>
  // is planned"): names do not use up the window.
  const names = (text.slice(mention.cueEnd, mention.cueEnd + 60).match(/\p{Lu}[\p{L}.’'-]*/gu) ?? []).join('').length;
  let statusTo = Math.min(clause.end, mention.cueEnd + 60 + names);
  // "told X at a meeting in Panama that Trump did not want ...": what was said there is no
  // modality of the meeting.
  // ("a potential meeting with Putin, which may take place in Istanbul": the meeting's own
  // relative clause tells its modality.)
  const tail = text.slice(mention.cueEnd, statusTo);
  const reported = [...tail.matchAll(/\s(that|which)\s/g)].find((m) => m[1] === 'that' || !meetingRelative(tail.slice(0, m.index).replace(/,$/, ''), tail.slice(m.index + m[0].length)));
  if (reported) statusTo = mention.cueEnd + reported.index;
  let status = statusOf(text.slice(statusFrom, statusTo), word);
  if (negated) status = 'proposed';
  // "He will attempt to soothe tensions when he meets X on Friday": a present tense under a
  // future main clause is still to come.
  if (status === 'occurred' && /^(?:meets|visits|hosts|receives)$/i.test(word) && /\b(?:will|shall|(?:is|are) (?:set |due |expected )?to)\b/i.test(text.slice(sent.start, at))) status = 'planned';
  // Headline future: "Trump to meet Xi in South Korea".
  if (isVerbForm && status === 'occurred' && /^\s*(?:[\p{Lu}][\p{L}’'.-]*\s+){1,4}to\s+$/u.test(text.slice(sent.start, at))) status = 'planned';
  // ("have prepared a framework for trade talks between Xi and Trump in South Korea on Thursday":
  // what something is prepared for is still to come, when nothing in the clause says it is past.)
  const forWhat = text.slice(Math.max(sent.start, at - 30), at);
  if (!isVerbForm && status === 'occurred' && /\b(?:framework|preparations?|groundwork|agenda|stage|way)\s+for\s+(?:(?:the|a|an|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}$/i.test(forWhat) && !PAST.test(text.slice(statusFrom, statusTo).replace(/\bhave\s+\p{Ll}+ed\b/gu, ''))) status = 'planned';
  // "following a meeting between ...", "after his meeting with ...": past, whatever the main verb.
  const near = text.slice(Math.max(sent.start, at - 40), at);
  const pastPhrase = /\b(?:following|after|since|during)\s+(?:(?:a|an|the|their|his|her|this|that)\s+)?(?:[\w’'-]+\s+){0,2}$/i;
  if (!isVerbForm && pastPhrase.test(near) && status !== 'cancelled' && !/\b(?:will|would|planned|upcoming|next|expected|scheduled|forthcoming|anticipated)\b/i.test(near)) {
    status = 'occurred';
  }
  return status;
}
