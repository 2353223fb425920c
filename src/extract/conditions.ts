/**
 * Conditions someone attached to an action: "X would meet Y if Z", "no ceasefire unless Z",
 * "provided Z", "in exchange for Z", "tied X to Z", "conditions including Z", "impossible
 * without Z". The holder is whoever speaks (statement speaker, quotation attribution or the
 * subject of the reporting clause); the condition is the clause in the article's words.
 */
import type { StageInput } from './context';
import { fastContext } from './event-context';
import type { Entity, ExtractedCondition, ExtractedEvent, ExtractedStatement, Span } from './types';
import { REPORTING, quoteAround, sentenceAround, speakerAt, subjectOf } from './condition-speaker';
import { titleInput } from './condition-title';
import { conditionClauseEnd, mainClauseAfter, mainClauseBefore, trimClause } from './condition-clauses';
import { ledeSpeakerInputs } from './lede-speaker';
import { isBarePointer, isPointer, requirementBefore } from './condition-antecedent';
import { labelledConditions } from './condition-labelled';
import { clauseSubject } from './event-participants';
import { countryByCapital } from './gazetteer';

interface Found {
  /** Condition span. */
  start: number;
  end: number;
  /** Where the cue sits (used to find the speaker). */
  at: number;
  on: string;
  confidence: number;
  /** Only keep with a holder from a quotation or a reporting clause, not a bare sentence subject. */
  strict?: boolean;
  /** Entity key of the holder when the rule itself found it. */
  holder?: string;
  /** Entity key of the holder when no one is found speaking. */
  fallbackHolder?: string;
}

type Rule = (input: StageInput, sent: Span, text: string) => Found[];

/** Words before "if" that make it "whether" or a concession, not a condition. */
const NOT_CONDITIONAL_BEFORE =
  /\b(?:as|even|asked|asking|asks|ask|see|seeing|wonder|wondered|wondering|know|knows|knew|check|decide|decides|decided|deciding|unclear|doubt|doubtful|question|determine|whether|sure|certain|clear|matter)\s+(?:\w+\s+)?$/i;
/** Conditions that are only a manner of speaking ("if necessary", "if any", "if it must", "if I may"). */
const VACUOUS =
  /^(?:(?:any|not|so|necessary|needed|need be|possible|anything|at all|ever|only|it must|they must|it takes|it may take|need(?:ed)? be|we must|you look|you think|you ask|you consider|you compare|(?:I may|I might|I may say so|you will|you like|you wish|you please)\s*(?:[,.;!?]|$)|(?:something|anything) (?:happens|happened|goes wrong|went wrong))(?![\p{L}])|(?:it|this|that|one|they) (?:happens|happen|occurs|goes ahead|go ahead|takes place|take place|comes|come)\b[^,]{0,20},)/iu;
/** A main clause that judges rather than depends: "If this can be achieved ... that's great". */
const EVALUATIVE = /^[\s,—–-]*(?:that[’']s|that is|it[’']s|it is|this is)\s+(?:great|good|fine|wonderful|excellent|ok|okay|welcome)\b/i;

/** A person who is the subject of a later coordinated clause ("..., and US President Donald Trump threatened"). */
function lastClauseSubject(input: StageInput, from: number, to: number): Entity | null {
  const { text } = input.article;
  const people = input.entities.mentionsIn(from, to).filter((m) => input.entities.byKey.get(m.entityKey)?.type === 'Person');
  if (people.length < 2) return null;
  const last = people[people.length - 1]!;
  const verbAfter = /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|told|threw|took|made|gave|wrote|sent|set|put)\b/u.test(text.slice(last.end, last.end + 30));
  // ("he may travel to Egypt ... after President Abdel Fattah El-Sisi publicly invited him to come
  // to Cairo ... if negotiations succeed": the subordinate clause the condition trails is El-Sisi's.)
  const coordinated = /\b(?:and|after|when|because|since)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(Math.max(from, last.start - 60), last.start));
  return verbAfter && coordinated ? (input.entities.byKey.get(last.entityKey) ?? null) : null;
}

const ifRule: Rule = (_input, sent, text) => {
  const out: Found[] = [];
  const body = text.slice(sent.start, sent.end);
  // ("would be prepared to put a peacekeeping force into Ukraine in the event of a deal").
  // ("penalties should they fail to allay her concerns": "should" put first says "if".)
  // ("will support an Israeli attack on Iran, should Iran continue their ... programs": so it does before a name.)
  // ("to end any form of dialogue ... until such time as the Indonesian government provides the
  // IOC with adequate guarantees": what must happen first, in so many words.)
  const re = /\b(only if|if and only if|if and when|only when|if|unless|provided that|provided|providing that|as long as|so long as|until such (?:a )?time as|(?:on|under|with) (?:the )?condition that|in the event (?:that|of)|in case of|should(?=\s+(?:they|he|she|it|we|you)\s+(?:fail|refuse|decline|reject|agree|accept|choose|decide|want|try|attempt|continue|insist|not)\b)|should(?=\s+(?:the|its|their|his|her)\s+[a-z-]+\s+(?:forge|form|join|fail|refuse|reject|agree|accept|choose|decide|endorse|back|support|attack|invade|strike|launch|resume|continue|withdraw|pull)\b)|should(?=\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+(?:fail|refuse|decline|reject|agree|accept|choose|decide|want|try|attempt|continue|insist|attack|invade|strike|launch|resume|withdraw|pull|proceed|not)\b))\s+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const cue = m[1]!.toLowerCase();
    // (Put first inside a sentence only, never as a question: "Should they ...?")
    if (cue === 'should' && (!/[\p{L},;—–-]\s*$/u.test(body.slice(0, m.index)) || /\?/.test(body))) continue;
    const cueAt = sent.start + m.index;
    const start = cueAt + m[0].length;
    const before = text.slice(sent.start, cueAt);
    if (cue === 'if' && NOT_CONDITIONAL_BEFORE.test(before)) continue;
    // ("When asked whether he would agree to talk if the US president called, Anutin replied":
    // the reporter's question, put before the answer, sets no condition.)
    if (/^\W*(?:when\s+)?(?:asked|pressed|questioned|quizzed)\b[^,;:“”"]*$/i.test(before)) continue;
    // "provided" as a plain verb: "provided support", "provided by".
    if (cue === 'provided' && (/\b(?:has|have|had|was|were|is|are|be|been)\s+$/i.test(before) || !/^(?:the|that|it|they|he|she|we|you|i|[A-Z]\w*)\b/.test(text.slice(start)))) continue;
    if (VACUOUS.test(text.slice(start, start + 20))) continue;
    // "could last as long as two weeks": a length, not a condition.
    if (/long as$/.test(cue) && /^(?:(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|a few|a couple of)\s+(?:\S+\s+)?(?:second|minute|hour|day|week|month|year|decade|mile|kilomet)|a\s+(?:decade|generation|century)\b)/i.test(text.slice(start, start + 40))) continue;
    let end = conditionClauseEnd(text, start, sent.end);
    // "in the event of a deal to end Russia’s war after Washington warned ...": a noun phrase
    // ends where a new clause is joined on.
    // ("called on Trump to visit Egypt “in case of reaching an agreement,”": the same.)
    if (cue === 'in the event of' || cue === 'in case of') {
      const joined = /\s(?:after|before|when|while|as|since|following|because)\s/i.exec(text.slice(start, end));
      if (joined) end = start + joined.index;
    }
    // ("if he wins we are staying with him, and if he doesn’t win we are gone": without a comma,
    // the condition ends where the speaker's own "we", "I" or "you" opens the main clause.)
    if (cue === 'if' || cue === 'unless') {
      const main = /\s(?=(?:we|I|you)(?:\s+(?:are|am|will|would|won[’']t|can(?:not)?|could|must|shall|have|had|need|do|don[’']t)|[’'](?:re|ll|m|ve|d))\b)/.exec(text.slice(start, end));
      if (main && main.index > 0 && !/\b(?:say|says|said|think|thinks|thought|believe|believes|agree|agrees|insist|insists|promise|promises|decide|decides|know|knows|hope|hopes|feel|feels)\b/i.test(text.slice(start, start + main.index))) end = start + main.index;
    }
    if (end - start < 3) continue;
    // Not conditions (FORMAT.md: hypotheticals nobody's action depends on): the counterfactual
    // past ("if Biden had not been president, Putin would not have attacked"), a question
    // ("If chaos erupts there, who will protect it?") and a judgement ("It would be good if").
    if (/\bhad\s+(?:not\s+|never\s+)?(?:been|\p{Ll}+(?:ed|en|wn))\b/u.test(text.slice(start, end)) && /\bwould(?:n[’']t|\s+not|\s+never)?\s+have\b/.test(body)) continue;
    if (/^\s*,\s*(?:who|what|how|why|where|when|which)\b[^.!]*\?/i.test(text.slice(end, sent.end))) continue;
    if (/\b(?:it|that|this)\s+(?:would|will|could|might)\s+be\s+(?:very\s+|so\s+|really\s+)?(?:good|great|nice|better|best|wise|helpful|useful|ideal|wonderful|excellent|fantastic|an honou?r|a pleasure)\s+$/i.test(before)) continue;
    // "If A, B": the dependent action follows; "B if A": it precedes.
    // After a comma, "if" opens a clause only when another clause follows it ("..., but if
    // it is not achieved, it will be ..."); "X, provided Y." trails.
    const afterCond = text.slice(end, sent.end);
    const followed = /^\s*,\s*(?![”"’])\S/.test(afterCond) && !/^\s*,\s*(?:[\w’'-]+\s+){0,3}(?:said|says|added|told|stated)\b/i.test(afterCond);
    // ("on November 20—provided Trump attends.": after a dash with nothing following, it trails.)
    const opensClause =
      (/(?:^|[;:.“"—–-]|\bthen|\bbut|\band|\bthat|\bultimately|\b(?:said|says|added|warned|stated|insisted|stressed))\s*$/i.test(before.trimEnd() + ' ') &&
        !(/[—–-]\s*$/.test(before) && !/\S/.test(text.slice(end, sent.end).replace(/^[\s.”"’)]+/, '')))) ||
      (/,\s*$/.test(before) && followed);
    let on = '';
    let trailedBy: Entity | null = null;
    if (opensClause && !before.trim().match(/\b(?:would|will|could|can|is|are|ready|willing|open)\b[^,]*$/i)) {
      const after = text.slice(end, sent.end);
      if (EVALUATIVE.test(after)) continue;
      // "if the US side wants to talk, it should show its sincerity ...": the wish is what
      // depends, the demand in the main clause is the condition.
      // ("If we are sending an additional team, the mandate must be clear": a plan of one's own
      // told in the progressive is what depends too.)
      // ("If you want peace, gather these mercenaries in one place": the order is the condition;
      // not "if you want the meeting to not happen, you should invite me to Moscow", a taunt.)
      const youWish = /^you\s+(?:really\s+)?(?:want|wish)\s+(?:to\s+)?(.+)$/i.exec(text.slice(start, end));
      const order = youWish
        ? /^\s*,\s*(?:then\s+)?(?=(?!(?:you|we|they|he|she|it|i|there|this|that|these|those|the|a|an|then|let|so|and|but|or|what|who|how|why|when|where|which)\b)\p{Ll}{2,}\s+(?:the|a|an|these|those|this|that|your|their|its|his|her|our|all|every|some|them|it|us|him|up|down|out|off)\b)/u.exec(after)
        : null;
      const wish = /^(?:[\w\s.’'-]{1,40}?)\s+(?:wants|wishes|hopes|is serious about|is interested in|(?:is|are|am)\s+(?:going\s+)?to|(?:is|are|am)(?=\s+\p{Ll}+ing\b))\s+(?:to\s+)?(.+)$/iu.exec(text.slice(start, end)) ??
        (order ? youWish : null);
      const demand = order ?? /^[\s,]*(?:then\s+)?(?:it|they|he|she|you|[\w.’'-]+(?:\s+[\w.’'-]+){0,2})\s+(?:should|must|has to|have to|needs to|need to|will have to)\s+/i.exec(after);
      if (wish && demand) {
        // ("the mandate must be clear": a demand on something other than the one wishing keeps its subject.)
        const subject = /^[\s,]*(?:then\s+)?/.exec(demand[0])![0].length;
        const pronoun = /^(?:it|they|he|she|you|we|i)\s/i.test(demand[0].slice(subject));
        const ds = end + demand.index + (pronoun ? demand[0].length : subject);
        const de = conditionClauseEnd(text, ds, sent.end, true);
        out.push({ start: ds, end: de, at: cueAt, on: trimClause(wish[1]!), confidence: 0.6 });
        continue;
      }
      on = mainClauseAfter(after);
      // "if the US drops denuclearisation, he could sit face to face with Trump": the named
      // subject of the main clause holds it, not whoever reports it.
      const subj = /^[\s,”"]*(?:then\s+)?(he|she|(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:would|could|will|can|might|may)\b/.exec(after);
      if (subj) {
        const e = _input.entities.resolve(subj[1]!, end + subj.index + subj[0].indexOf(subj[1]!));
        if (e && e.type === 'Person') {
          out.push({ start, end, at: cueAt, on, confidence: 0.6, holder: e.key });
          continue;
        }
      }
    } else {
      // "The Japanese side should retract its wrongful remarks if it wants to develop a
      // strategic ... relationship with China": the demand before is the condition, the wish what
      // depends on it.
      // ("if Pakistan Muslim League-Nawaz (PML-N) wants its support": a short name in brackets.)
      const wish = /^(?:[\w\s.’'()-]{1,48}?)\s+(?:wants|want|wishes|wish|hopes|hope|is serious about|are serious about|is interested in)\s+(?:to\s+)?(.+)$/i.exec(text.slice(start, end));
      // ("demands Wednesday he said the government must fulfil by the end of October if it wants
      // to avoid the risk of an early election": the demand reported after "said".)
      const demand = wish ? /(?:^|[,:;“"]\s*|--\s*|[—–]\s*|\bthat\s+|\b(?:said|says|added|warned|insisted)\s+)((?:[\w.’'-]+\s+){1,4}?(?:should|must|has to|have to|needs to|need to|will have to)\s+[^,;:]+?)\s*$/i.exec(before) : null;
      if (wish && demand) {
        const ds = sent.start + demand.index + demand[0].lastIndexOf(demand[1]!);
        out.push({ start: ds, end: ds + demand[1]!.length, at: cueAt, on: trimClause(wish[1]!), confidence: 0.6 });
        continue;
      }
      // "former President Asif Zardari is demanding a PM spot for ... Bilawal Bhutto Zardari, if
      // PML-N wants its support": what is demanded is the price of what the other side wants.
      const demanding = wish ? [...before.matchAll(/\b(?:is|are|was|were|has been|have been)\s+demanding\s+|\bdemand(?:s|ed)\s+(?!that\b)/gi)].pop() : undefined;
      if (wish && demanding && /,\s*$/.test(before) && !/[.;:]/.test(before.slice(demanding.index!))) {
        const ds = sent.start + demanding.index! + demanding[0].length;
        const de = sent.start + before.replace(/[\s,]+$/, '').length;
        const subject = subjectOf(_input, sent.start, sent.start + demanding.index!);
        out.push({ start: ds, end: de, at: cueAt, on: trimClause(wish[1]!), confidence: 0.6, ...(subject ? { holder: subject.key } : {}) });
        continue;
      }
      on = mainClauseBefore(before);
      // "A proposed a ceasefire and B threatened to scuttle talks if ...": the subject of the
      // clause the condition trails, outside quotations.
      trailedBy = quoteAround(text, cueAt, sent) ? null : lastClauseSubject(_input, sent.start, cueAt);
    }
    out.push({ start, end, at: cueAt, on, confidence: cue === 'if' ? 0.7 : 0.8, ...(trailedBy ? { holder: trailedBy.key } : {}) });
  }
  return out;
};

/**
 * "Should Japan dare to intervene militarily ..., China will strike back": an inverted
 * conditional at the start of a clause, followed by the clause that depends on it. Questions
 * ("Should Japan intervene?") have no such clause.
 */
const invertedRule: Rule = (_input, sent, text) => {
  const out: Found[] = [];
  const body = text.slice(sent.start, sent.end);
  const re = /(?:^|[“"‘(;:—–]\s*|\b(?:but|and)\s+|\bthat,\s+)(Should|should|Were|were)\s+(?=(?:the|a|an|they|he|she|it|we|you|I|\p{Lu}[\p{L}’'.-]*|\p{Ll}+\s+\p{Ll}+\s+of)\s)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const cue = m[1]!.toLowerCase();
    // Lower case only after "but"/"and" or "warned that, should ...": a sentence opens with a capital.
    const lead = m[0].slice(0, m[0].lastIndexOf(m[1]!));
    if (m[1] === cue && !/\b(?:but|and)\s+$|\bthat,\s+$/.test(lead)) continue;
    const cueAt = sent.start + m.index + lead.length;
    const start = sent.start + m.index + m[0].length;
    const end = conditionClauseEnd(text, start, sent.end);
    const clause = text.slice(start, end);
    // "Were Iran to resume enrichment": "were" inverts only with an infinitive.
    if (cue === 'were' && !/\bto\s+\p{Ll}/u.test(clause)) continue;
    const after = text.slice(end, sent.end);
    if (end - start < 3 || !/^\s*,\s*\S/.test(after)) continue;
    // "Rubio also made clear to Mulino that, should Panama fail ..., the US reserves ...,
    // according to the statement": the one who made it clear set the condition.
    const verb = /\bthat,\s+$/.test(lead) ? [...body.slice(0, m.index).matchAll(new RegExp(`["“”]?\\b(?:${REPORTING})\\b`, 'gi'))].pop() : undefined;
    const subject = verb ? subjectOf(_input, sent.start, sent.start + verb.index!) : null;
    out.push({ start, end, at: cueAt, on: mainClauseAfter(after), confidence: 0.7, ...(subject ? { holder: subject.key } : {}) });
  }
  return out;
};

/**
 * "demanded Takaichi retract her remarks, warning that otherwise Japan must bear all
 * consequences": a demand whose refusal carries a threat; what is demanded is the condition.
 */
const otherwiseRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  const m = /\b(?:demand(?:ed|s)?|urg(?:ed|es)|call(?:ed|s)? on|insist(?:ed|s)?|ask(?:ed|s)|told)\s+(.{3,200}?),?\s+(?:(?:\p{Ll}+ing|and)\s+(?:that\s+)?)?(?:or\s+else|otherwise)\b,?\s*(.+)$/u.exec(body);
  // ("Lutnick pressed Seoul to accept terms similar to those agreed by Japan, or face a 25%
  // tariff": what is pressed for is the condition; the threat is what depends on it.)
  const pressed = m ? null : /\b(?:pressed|pressured|pushed|urged|told|warned)\s+(?:[\p{Lu}][\p{L}’'-]*\s+){1,3}to\s+([^,;]{3,160}?),?\s+or\s+(?:else\s+)?(?:face|risk|suffer|pay)\s+([^.;]+)/u.exec(body);
  if (pressed) {
    const start = sent.start + pressed.index + pressed[0].indexOf(pressed[1]!);
    const subject = subjectOf(_input, sent.start, sent.start + pressed.index);
    return [{ start, end: start + pressed[1]!.length, at: sent.start + pressed.index, on: trimClause(pressed[2]!), strict: true, confidence: 0.5, ...(subject ? { holder: subject.key } : {}) }];
  }
  if (!m) {
    // "Hamas must disarm within a “very short period of time” or there would be “hell to pay
    // for them,” he said": the demand is the condition; the threat is what avoiding it depends on.
    // ('India "must come around" at some point on trade negotiations with the US or else it "won't
    // end well" for Delhi': words quoted inside, and a threat told in the negative.)
    const must = /(?:^|[,:;“"]\s*|\bthat\s+|\bsaid\s+)((?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}|they|he|she|it)\s+[“"]?(?:must|has to|have to|needs? to)\s+[^;:,]{3,160}?),?\s+or\s+(?:else\s+)?((?:there\s+(?:would|will)\s+be|(?:(?:they|he|she|it|we)\s+)?[“"]?(?:would|will|won[’']t|wouldn[’']t)\s+\p{Ll}+|face|risk|pay|suffer)\b.+)$/u.exec(body);
    if (!must) return [];
    const start = sent.start + must.index + must[0].indexOf(must[1]!);
    const threat = must[2]!.replace(/[,”"\s]*(?:he|she|they|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+(?:said|says|added|warned)\b.*$/u, '');
    return [{ start, end: start + must[1]!.length, at: start, on: trimClause(threat), strict: true, confidence: 0.5 }];
  }
  const start = sent.start + m.index + m[0].indexOf(m[1]!);
  const lead = /^that\s+/i.exec(m[1]!);
  const subject = subjectOf(_input, sent.start, sent.start + m.index);
  return [
    {
      start: start + (lead ? lead[0].length : 0),
      end: start + m[1]!.length,
      at: sent.start + m.index,
      on: mainClauseAfter(' ' + m[2]!),
      strict: true,
      confidence: 0.6,
      ...(subject ? { holder: subject.key } : {}),
    },
  ];
};

/**
 * "demanded a halt to strikes as a condition for talks", "X is a precondition for Y", "X is
 * an essential element for Y".
 */
const asConditionRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  const out: Found[] = [];
  // ("used a meeting with Netanyahu to press for rapid Hamas disarmament as the condition for
  // advancing the next phase": pressing for it is demanding it.)
  const m = /\b(?:demand(?:ed|s)?|set|sets|named|listed|sought|seeks?|wants?|wanted|insist(?:ed|s)? on|call(?:ed|s)? for|(?:press|push)(?:ed|es|ing)? for|requir(?:ed|es)|put forward|laid out|cited|made|making)\s+(.{3,160}?)\s+(?:as|a)\s+(?:a|an|the)?\s*(?:\w+\s+)?(?:pre)?(?:condition|prerequisite)\s+(?:for|to|of|before)\s+/i.exec(body);
  if (m) {
    const start = sent.start + m.index + m[0].indexOf(m[1]!);
    const on = text.slice(sent.start + m.index + m[0].length, sent.end);
    // "X set Z as a precondition for talks": the subject of the demand holds it.
    const subject = subjectOf(_input, sent.start, sent.start + m.index);
    out.push({ start, end: start + m[1]!.length, at: start, on: mainClauseAfter(on), strict: true, confidence: 0.6, ...(subject ? { holder: subject.key } : {}) });
    return out;
  }
  // "an essential element for": a necessity stated without the word "condition" (not "part
  // of", which describes what a thing is made of).
  // (`is a "nonnegotiable condition" for joining a coalition`: the label may be quoted.)
  const IS_NEEDED = String.raw`\s+(?:is|was|remains|would be|will be|must be|should be)\s+(?:a|an|the)\s+(?:[“"‘]?(?:[\w-]+\s+)?(?:(?:pre)?condition|prerequisite|requirement)[”"’]?\s+(?:for|to|of|before)|(?:essential|necessary|indispensable|vital)\s+(?:element|step|ingredient)\s+(?:for|to|before))\s+`;
  const is = new RegExp(`^(.{3,240}?)${IS_NEEDED}`, 'i').exec(body);
  // "despite the kingdom’s long-standing position that progress toward Palestinian statehood
  // remains a prerequisite for normalization": a position of someone's, told in a that-clause.
  const position = new RegExp(`(?<![\\p{L}])((?:[Tt]he\\s+)?[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2})[’']s?\\s+(?:[\\p{L}-]+\\s+){0,3}(?:position|stance|view|insistence|demand|line)\\s+that\\s+(.{3,160}?)${IS_NEEDED}`, 'u').exec(body);
  if (position) {
    const start = sent.start + position.index + position[0].indexOf(position[2]!, position[1]!.length);
    const ownerWords = position[1]!.replace(/^the\s+/i, '');
    // ("the kingdom’s position": the country named last before it.)
    const lastCountry = () => {
      const m = _input.entities.mentionsIn(Math.max(0, sent.start - 600), sent.start + position.index).filter((x) => _input.entities.byKey.get(x.entityKey)?.type === 'Country').pop();
      return m ? _input.entities.byKey.get(m.entityKey) ?? null : null;
    };
    const owner = /^(?:kingdom|country|nation|republic|emirate|government)$/i.test(ownerWords) ? lastCountry() : _input.entities.resolve(ownerWords, sent.start + position.index);
    out.push({ start, end: start + position[2]!.length, at: start, on: mainClauseAfter(text.slice(sent.start + position.index + position[0].length, sent.end)), strict: true, confidence: 0.6, ...(owner && owner.type !== 'Place' ? { holder: owner.key } : {}) });
    return out;
  }
  if (is) {
    const start = sent.start + is.index + is[0].indexOf(is[1]!);
    const lead = /^(?:[^,]{0,60}\b(?:said|says|stated|added|insisted|stressed|emphasi[sz]ed|made clear|warned|argued|noted)\s+(?:that\s+)?)/i.exec(is[1]!);
    const s0 = start + (lead ? lead[0].length : 0);
    // "President Zelensky has said a ceasefire must be a precondition": whoever said so holds it.
    let sayer = lead ? _input.entities.mentionsIn(start, s0).map((m) => _input.entities.byKey.get(m.entityKey)).find((e) => e?.type === 'Person') : undefined;
    // ("The March 23 Movement (M23) rebel group announced on Friday that the release of ... is a
    // prerequisite for": whoever announced it, after a dateline.)
    // ("X, who also serves as Osaka governor, said on a TV program that ...": where it was said may come between.)
    const announced = lead ? null : [...is[1]!.matchAll(/\b(?:said|says|stated|announced|announces|declared|declares|insisted|insists|stressed|made clear|reiterated)\s+(?:(?:on|in|at|during)\s+[^,.;“”"]{1,40}?\s+|\p{Lu}\p{Ll}+day\s+)?that\s+/gu)].pop();
    if (announced) {
      const subject = subjectOf(_input, start, start + announced.index!);
      if (subject && subject.type !== 'Place') sayer = subject;
    }
    const s1 = announced ? start + announced.index! + announced[0].length : s0;
    out.push({ start: s1, end: start + is[1]!.length, at: s1, on: mainClauseAfter(text.slice(sent.start + is[0].length, sent.end)), strict: true, confidence: 0.6, ...(sayer ? { holder: sayer.key } : {}) });
  }
  return out;
};

/** A strike, protest or blockade kept up, then "until" and a clause (not a time). */
const KEPT_UP_UNTIL =
  /\b(?:press(?:es|ed|ing)?\s+on|continue[sd]?|continuing|keep(?:s|ing)?\s+up|kept\s+up|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+(?:with\s+|on\s+)?(?:(?:a|an|the|his|her|its|their|our)\s+)?(?:[\p{L}-]+\s+)?(?:hunger\s+strike|strikes?|protests?|blockades?|boycotts?|sit-ins?|walkouts?|demonstrations?|occupation)\b[^.;,]{0,40}?\s+(?:until|till)\s+(?=(?:the|it|they|he|she|we|its|their|his|her|\p{Lu}[\p{L}’'-]*)\s+(?!(?:end|start|beginning|middle|first|next|weekend)\b)[^.;]{0,80}?\b(?:\p{Ll}+ed|is|are|agrees?|meets?|accepts?|releases?|withdraws?|\p{Ll}+s)\b)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/u;

/** "will not meet Scholz until the dispute is settled": a refusal that lifts on a condition. */
const untilRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  // "Our fighters will not surrender their arms while Israeli forces occupy southern Lebanon":
  // a refusal for as long as a state lasts (no comma: ", while" contrasts).
  const during = /\b(?:will not|won[’']t|would not|cannot|can[’']t|refuses? to|refused to)\b[^.;,]{2,80}?\s(?:while|as long as)\s+(?=(?:the|a|an|it|they|he|she|we|[A-Z][\w’'-]*)\b[^.;]{0,80}?\b(?:is|are|remains?|continues?|\w+s)\b)/i.exec(body);
  if (during) {
    const start = sent.start + during.index + during[0].length;
    const on = mainClauseBefore(body.slice(0, during.index + during[0].length).replace(/\s(?:while|as long as)\s+$/i, ''));
    return [{ start, end: conditionClauseEnd(text, start, sent.end, true), at: start - 1, on, confidence: 0.5 }];
  }
  // "Talks cannot begin until the weapons fall silent", "will not disarm before the creation of
  // a Palestinian state": a clause or a noun of an act ("the creation of", "its withdrawal from").
  // ("cannot stand before Macedonian citizens": in front of them, no time.)
  const m =
    // ("He says he doesn’t want to come until he overthrows the ‘regime’": a contracted "not" too.)
    /(?:\b(?:not|cannot|never|no|nothing|refuse[sd]?|refusing|ruled out|rules out|rejected|rejects)\b|\Bn[’']t\b)(?:[^.;]|(?<=\b\p{Lu})\.){2,80}?\s(?<!\b(?:stand|stands|stood|standing|appear|appears|appeared|appearing|testify|testified)\s)(?:until|till|before)\s+(?=(?:the|a|an|it|they|he|she|we|[A-Z][\w’'-]*)\b[^;]{0,100}?\b(?:is|are|has|have|was|were|agrees?|stops?|ends?|drops?|accepts?|withdraws?|releases?|lifts?|fall|speak|talk|meet|sign|\w+s)\b|(?:it|they|he|she|we|the\s+\p{Ll}+|\p{Lu}[\p{L}’'-]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\b|(?:the|a|an|its|their|his|her)\s+(?:\p{L}+\s+)?\p{Ll}+(?:tion|ment|al|ure)\s+(?:of|from|by)\b)/iu.exec(body) ??
    // "it would remain in abeyance until Pakistan abjured ...", "called for the signing to be
    // delayed until conditions ... are met": a suspension that lasts until its condition.
    // ("could be delayed until the first quarter": until a time is no condition.)
    /\b(?:(?:will|would|shall|to|must|[’']ll)\s+(?:remain|stay|be kept)\s+(?:in abeyance|suspended|frozen|immobili[sz]ed|blocked|on hold|closed|in place|in force)|(?:be|been|being)\s+(?:delayed|postponed|suspended|put on hold|frozen)(?!\s+(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?(?:(?:first|second|third|fourth|last|next)\s+)?(?:quarter|half|week|month|year|summer|autumn|fall|winter|spring|January|February|March|April|May|June|July|August|September|October|November|December|\d))|(?:maintain|maintaining|keep|keeping)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:tariffs|sanctions|restrictions|troops|forces|pressure|the blockade|a blockade)\b[^.;,]{0,40}?)\s+(?:until|till)\s+(?=\S)/i.exec(body);
  // (After a contracted "not", "before" is mostly a time: "why didn’t you negotiate with me before all this".)
  // ("he would press on with a hunger strike until the government ... agreed to a political
  // dialogue": a strike or protest kept up until its demand is met.)
  const keptUp = m ? null : KEPT_UP_UNTIL.exec(body);
  if (keptUp) {
    const start = sent.start + keptUp.index + keptUp[0].length;
    const on = mainClauseBefore(body.slice(0, keptUp.index + keptUp[0].length).replace(/\s(?:until|till)\s+$/i, ''));
    return [{ start, end: conditionClauseEnd(text, start, sent.end), at: start - 1, on, confidence: 0.5 }];
  }
  if (!m || (/^n[’']t/i.test(m[0]) && /\sbefore\s+$/i.test(m[0]))) return [];
  // ("India never bought oil from Moscow before Russia invaded Ukraine": a past told, no terms.)
  if (/\sbefore\s+$/i.test(m[0]) && /^(?:never|not|no)\b/i.test(m[0]) && !/\b(?:will|would|shall|can|could|must|wo|refuses?|[’']ll)\b/i.test(m[0]) && /^[^.;]{0,60}?\b\p{Ll}{3,}ed\b/u.test(text.slice(sent.start + m.index + m[0].length, sent.end))) return [];
  const start = sent.start + m.index + m[0].length;
  const on = mainClauseBefore(body.slice(0, m.index + m[0].length).replace(/\s(?:until|till|before)\s+$/i, ''));
  return [{ start, end: conditionClauseEnd(text, start, sent.end), at: start - 1, on, confidence: 0.5 }];
};

/** "in exchange for Z", "in return for Z": what the holder wants back is the condition. */
const exchangeRule: Rule = (_input, sent, text) => {
  const out: Found[] = [];
  const body = text.slice(sent.start, sent.end);
  const re = /\b(?:in exchange for|in return for)\s+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const cueAt = sent.start + m.index;
    const before = text.slice(sent.start, cueAt);
    // "achieve the release of X in exchange for Y": the holder obtains X and gives Y.
    // ("Saudi Arabia has reportedly sought formal U.S. security guarantees ... in exchange for
    // moving closer to Israel": what is sought is the condition, its seeker holds it.)
    // (Not "wanted to provide Ukraine with weapons and aid in exchange for ...": wanting to give
    // is an offer, and what is asked in return the condition.)
    const obtain = /\b(?:achieve|achieving|secure|securing|obtain|obtaining|get|getting|win|winning|receive|receiving|demand|demanded|demanding|seek|seeks|sought|seeking|want|wants|wanted|request|requested|requesting)\s+(?!to\s)(.+?)[,\s]*$/i.exec(before);
    if (obtain) {
      const start = sent.start + obtain.index + obtain[0].indexOf(obtain[1]!);
      const on = trimClause(text.slice(cueAt + m[0].length, conditionClauseEnd(text, cueAt + m[0].length, sent.end)));
      const seeker = /^(?:sought|seeks|demanded|wants|wanted|requested)$/i.test(obtain[0].split(/\s+/)[0]!) ? subjectOf(_input, sent.start, sent.start + obtain.index) : null;
      out.push({ start, end: trimEnd(text, start, cueAt), at: cueAt, on, strict: true, confidence: 0.6, ...(seeker ? { holder: seeker.key } : {}) });
      continue;
    }
    const start = cueAt + m[0].length;
    const end = conditionClauseEnd(text, start, sent.end, true);
    // ("Chuck Schumer ... offered to extend government funding for one year in exchange for a
    // renewal of ... subsidies": who makes the offer sets its price.)
    const offer = /\b(?:offered|offers|offering|proposed|proposes|agreed|agrees|pledged|pledges|promised|promises|wanted|wants|(?:is|was|are|were)\s+(?:willing|ready|prepared))\s+to\s+[^,;]*$/i.exec(before);
    const offerer = offer ? subjectOf(_input, sent.start, sent.start + offer.index) : null;
    out.push({ start, end, at: cueAt, on: mainClauseBefore(before), strict: true, confidence: 0.7, ...(offerer ? { fallbackHolder: offerer.key } : {}) });
  }
  return out;
};

/** Verbs by which someone states a tie ("has often said its signing would be conditioned on"). */
// ("held a brief press conference, emphasizing that resolving tensions ... is closely linked to".)
const SAID_TIE = 'said|says|stated|insisted|made clear|announced|saying|stating|insisting|emphasi[sz]ing|stressing|noting|adding';

/** "he tied that meeting to Washington dropping the idea of ...". */
const tiedRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  // "demanding that any release of hostages be tied to a full withdrawal": the passive.
  const passive = /(?:^|\bthat\s+|[,;:]\s*)([^,;:]{3,80}?)\s+(?:be|is|are|was|were|been|being|remains?|remained)\s+(?:(?:\w+ly|first|foremost|and|also|still|now)\s+){0,4}(?:tied|linked|conditioned|conditional|contingent)\s+(?:to|on|upon)\s+/i.exec(body);
  if (passive) {
    const start = sent.start + passive.index + passive[0].length;
    // "The government has often said its signing would be conditioned on ...": who said so holds it.
    const said = new RegExp(`^.*\\b(?:${SAID_TIE})\\s+(?:that\\s+)?`, 'i').exec(passive[1]!);
    const on = passive[1]!.replace(/^.*\bthat\s+/i, '').replace(new RegExp(`^.*\\b(?:${SAID_TIE})\\s+`, 'i'), '');
    // Without a verb of saying, the holder is whoever the tie is stated of: look from "tied".
    // ("are linked to our cooperation" mostly describes; only a tie or a condition looks further.)
    const tied = passive[0].search(/\b(?:tied|conditioned|conditional|contingent)\b/i);
    const at = sent.start + passive.index + (said ? passive[0].indexOf(passive[1]!) + said[0].length : tied >= 0 ? tied : passive[0].indexOf(passive[1]!));
    // ("Baku has repeatedly made clear that the signing ... is conditional on": the one who made it clear.)
    const clearAt = [...text.slice(sent.start, start).matchAll(/\bmade\s+clear\s+that\s/gi)].pop();
    let clearBy = clearAt ? subjectOf(_input, sent.start, sent.start + clearAt.index!) : null;
    // ("He then held a brief press conference, emphasizing that ...": the participle's subject is the sentence's.)
    const participle = said && /ing\s+(?:that\s+)?$/i.test(said[0]) ? text.slice(sent.start, start).search(/,\s*\p{Ll}+ing\s+that\s/u) : -1;
    if (!clearBy && participle > 0) clearBy = clauseSubject(_input, sent.start, sent.start + participle);
    // ("The PP’s support is contingent on Anutin signing ...": whose support it is holds it.)
    const subjectAt = sent.start + passive.index + passive[0].indexOf(passive[1]!);
    const owner = !said && !clearBy && /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s?\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/u.test(passive[1]!.trim()) ? _input.entities.mentionsIn(subjectAt, subjectAt + passive[1]!.length)[0] : undefined;
    if (owner) clearBy = _input.entities.byKey.get(owner.entityKey) ?? null;
    return [{ start, end: conditionClauseEnd(text, start, sent.end), at, on, confidence: 0.7, ...(clearBy ? { holder: clearBy.key } : {}) }];
  }
  // "he made it conditional on Ukraine agreeing to ...": whoever made it so holds it.
  // ("has made Trump’s participation at the ASEAN meeting, scheduled for October 26-28, contingent upon").
  // ("made his attendance at the ASEAN meeting (set for 26 to 28 October) conditional on").
  const made = /\b(?:made|makes|make|making)\s+((?:it|this|that|them|(?:the|his|her|its|their|[\p{L}’'-]+[’']s)\s+[^.;“”"]{2,90}?))\s+(?:conditional|contingent)\s+(?:on|upon)\s+/iu.exec(body);
  if (made) {
    const start = sent.start + made.index + made[0].length;
    const subject = subjectOf(_input, sent.start, sent.start + made.index);
    return [{ start, end: conditionClauseEnd(text, start, sent.end), at: sent.start + made.index, on: made[1]!, confidence: 0.7, ...(subject ? { holder: subject.key } : {}) }];
  }
  const m = /\b(?:tied|ties|linked|links|conditioned|made)\s+(.{3,80}?)\s+(?:to|on|upon|conditional on|contingent on)\s+/i.exec(body);
  if (!m || (/^made/i.test(m[0]) && !/conditional|contingent/i.test(m[0]))) return [];
  // ("strengthened trade and military ties with Russia ... sanctions on": the noun, no tie made.)
  if (/^(?:ties|links)\s+(?:with|between|among)\b/i.test(m[0])) return [];
  const start = sent.start + m.index + m[0].length;
  return [{ start, end: conditionClauseEnd(text, start, sent.end), at: sent.start + m.index, on: m[1]!, confidence: 0.7 }];
};

/** "X hinges on Z", "X would depend on Z", "X is contingent on Z" (a bare "depends on" is often no condition). */
const hingesRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  const m = /\b(?:hinges?|hinged|contingent|conditional|(?:would|will|could|must|should|to)\s+(?:depend|hinge)|(?:is|are|was|were|be|remains?)\s+dependent)\s+(?:up)?on\s+/i.exec(body);
  // "Everything depends on whether the United States is ready to ...": whether it is, is the condition.
  const whether = m ? null : /\b(?:depends?|depended|depending)\s+(?:up)?on\s+whether\s+/i.exec(body);
  // "Hasina has declared that her return to the country depends on the restoration of ...": a
  // plain "depends on" counts as someone's declared terms.
  // ("said Wednesday that a ceasefire depends on Israel’s response": a day may come between.)
  // ("Araghchi warned the deal’s validity depends on no hostile actions": no "that" before a
  // determiner's subject.)
  let declared = m || whether ? null : /\b(?:said|says|declared|declares|insisted|insists|stated|states|warned|warns|stressed|stresses|made it clear|told\s+\p{Ll}+)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?\s+(?:that\s+|(?=(?:the|its|their|his|her|any)\s))[^.;“”"]{3,80}?\s(?:depends?|depended)\s+(?:up)?on\s+(?=\S)/iu.exec(body);
  // (What it depends on is a determiner's phrase or a name: "Israel’s response", not "many factors".)
  if (declared && !/^(?:(?:the|a|an|his|her|their|its|whether|no)\b|\p{Lu})/u.test(body.slice(declared.index + declared[0].length))) declared = null;
  if (declared) {
    const dep = /\s(?:depends?|depended)\s+(?:up)?on\s+$/i.exec(declared[0])!;
    const start = sent.start + declared.index + declared[0].length;
    const head = declared[0].slice(0, dep.index);
    const subject = /\bthat\s/i.test(head) ? head.replace(/^.*?\bthat\s+/is, '') : head.replace(/^.*?\b(?:said|says|declared|declares|insisted|insists|stated|states|warned|warns|stressed|stresses)\s+/is, '');
    return [{ start, end: conditionClauseEnd(text, start, sent.end, true), at: sent.start + declared.index + dep.index + 1, on: trimClause(subject), strict: true, confidence: 0.5 }];
  }
  if (whether) {
    const start = sent.start + whether.index + whether[0].length;
    const on = mainClauseBefore(body.slice(0, whether.index));
    return [{ start, end: conditionClauseEnd(text, start, sent.end, true), at: sent.start + whether.index, on, strict: true, confidence: 0.5 }];
  }
  if (!m) return [];
  const start = sent.start + m.index + m[0].length;
  const on = mainClauseBefore(body.slice(0, m.index).replace(/\b(?:is|are|was|were|will be|would be|remains)\s*$/i, ''));
  // "will hinge on economic reforms, fiscal discipline, and ...": the whole list.
  return [{ start, end: conditionClauseEnd(text, start, sent.end, true), at: sent.start + m.index, on, strict: true, confidence: 0.6 }];
};

/** "only under strict conditions, including Z", "the conditions that we have set: Z". */
const listRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  // "Evo Morales yesterday presented three conditions to President Luis Arce to end the protests
  // ...: the dismissal of several ministers, ...": conditions put forward, listed after a colon.
  const put = /\b(?:presented|set out|laid out|listed|outlined|put forward|issued|named|set)\s+(?:(?:two|three|four|five|six|several|a\s+series\s+of|his|her|its|their|the\s+following)\s+)?(?:conditions|preconditions|requirements)\b([^:;.“”"–—]{0,140}?)(?::|\s[–—])\s*/i.exec(body);
  if (put) {
    const start = sent.start + put.index + put[0].length;
    const subject = subjectOf(_input, sent.start, sent.start + put.index);
    const on = /^\s*(?:to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4})?(?:to|for)\s+(.+)$/u.exec(put[1]!)?.[1] ?? '';
    // ("three conditions ... – A; B; and C": a list set off by a dash runs to the sentence's end.)
    const end = /[–—]\s*$/.test(put[0]) ? start + text.slice(start, sent.end).replace(/[\s.!?”"’]+$/, '').length : conditionClauseEnd(text, start, sent.end, true);
    return [{ start, end, at: sent.start + put.index, on: trimClause(on), strict: true, confidence: 0.6, ...(subject ? { holder: subject.key } : {}) }];
  }
  // "Macron outlined three key demands from France. These include a safeguard clause ...": the
  // list in the next sentence, held by whoever put the demands forward.
  const these = /^(?:These|They)\s+(?:include|included|are|were)\s*:?\s+(?=\S)/.exec(body);
  if (these) {
    const prev = text.slice(Math.max(0, sent.start - 300), sent.start);
    const named = /(?:^|[.!?]["”’)]?\s+)([^.!?]*?)\b((?:presented|set out|laid out|listed|outlined|put forward|issued|named|set|made)\s+(?:(?:two|three|four|five|six|several|a\s+series\s+of|his|her|its|their)\s+)?(?:key\s+|main\s+)?(?:conditions|preconditions|requirements|demands))\b[^.!?]*[.:]\s*$/i.exec(prev);
    if (named) {
      const verbAt = sent.start - prev.length + named.index + named[0].indexOf(named[2]!, named[0].indexOf(named[1]!) + named[1]!.length);
      const subject = subjectOf(_input, verbAt - named[1]!.length, verbAt);
      const start = sent.start + these[0].length;
      // (The whole sentence is the list.)
      return [{ start, end: start + text.slice(start, sent.end).replace(/[\s.!?”"’]+$/, '').length, at: start, on: '', strict: true, confidence: 0.6, ...(subject ? { holder: subject.key } : {}) }];
    }
  }
  const m =
    /\b(?:conditions?|requirements?|preconditions?)\b,?\s+(?:(?:that|which)\s+[^:,.]{0,40}?\s*|(?:for|on)\s+[^:,.]{1,50}?\s*)?(?:(?:include|includes|included|including|are|is|were)\b|:)\s*:?\s*/i.exec(body) ??
    // "ASEAN’s two preconditions for humanitarian assistance following the earthquake — an
    // immediate ceasefire and ...": the list set off by a dash.
    /\b(?:conditions|requirements|preconditions)\s+(?:for|on)\s+[^:,.;—–]{1,100}?\s+[—–]\s+/i.exec(body);
  if (!m) return [];
  const start = sent.start + m.index + m[0].length;
  // ("conditions ... are being formed", "are ripe": the state of conditions, not a list of them.)
  if (/^(?:not|met|the same|unclear|acceptable|being|ripe|right|in place)\b/i.test(text.slice(start))) return [];
  // "anything that disturbs the process by imposing conditions is, in a way, a delaying
  // tactic": conditions spoken of in general, as the object of a gerund, list none.
  if (/^,/.test(text.slice(start)) || /\b\p{Ll}+ing\s+$/u.test(body.slice(0, m.index))) return [];
  const end = conditionClauseEnd(text, start, sent.end, true);
  // "open to renewed dialogue ..., but only under strict conditions": the dialogue depends.
  const head = body.slice(0, m.index).replace(/,?\s*(?:but\s+)?(?:only\s+)?\b(?:under|with|on|given)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i, '');
  return [{ start, end, at: sent.start + m.index, on: mainClauseBefore(head), strict: true, confidence: 0.6, ...possessorHolder(_input, sent, text, sent.start + m.index) }];
};

/**
 * "ASEAN’s two preconditions", "Russia’s conditions for a ceasefire include": the conditions
 * are the possessor's, whoever reports them. A country's own official speaking of it ("Nduhungirehe
 * stressed that Rwanda's main security requirement is") holds them himself.
 */
function possessorHolder(input: StageInput, sent: Span, text: string, cueAt: number): { holder?: string } {
  const before = input.entities.mentionsIn(sent.start, cueAt).pop();
  if (!before || !/^[’']s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(text.slice(before.end, cueAt))) return {};
  const owner = input.entities.byKey.get(before.entityKey);
  if (!owner || owner.type === 'Place') return {};
  if (owner.type === 'Country' && REPORTED_THAT.test(text.slice(sent.start, before.start))) return {};
  return { holder: owner.key };
}

/** A verb of saying right before: what follows is reported, and a country's "its" is the reporter's. */
const REPORTED_THAT = new RegExp(`\\b(?:${REPORTING}|told\\s+[^,.]{1,40}?)\\s+(?:that\\s+)?$`, 'i');

/** "impossible without Z", "regard overtures without Z as insincere". */
const withoutRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  // "absent a change in course from the government, we will ...": "without" in formal English.
  const absent = /(?:^|[“"]\s*|\b(?:and|but)\s+)absent\s+(?=(?:a|an|the|any|such|further)\s)/i.exec(body);
  if (absent) {
    const start = sent.start + absent.index + absent[0].length;
    const end = conditionClauseEnd(text, start, sent.end);
    return [{ start, end, at: start - 1, on: mainClauseAfter(text.slice(end, sent.end)), strict: true, confidence: 0.5 }];
  }
  // (An act is a condition too, "without resolving the Palestinian issue"; not a manner of speaking.)
  const re = /\bwithout\s+(?!any\b|naming\b|delay\b|doubt\b|hesitation\b|fail\b|exception\b|question\b|(?:saying|mentioning|specifying|elaborating|giving|citing|offering|providing|explaining|identifying|disclosing|revealing|taking questions|being|having)\b)/gi;
  let m: RegExpExecArray | null;
  const out: Found[] = [];
  while ((m = re.exec(body))) {
    // ("Without a credible offer ..., we have no choice but to call strikes": the forced step.)
    // ("meeting Washington’s demands ... without a currency swap arrangement could push South
    // Korea into a financial crisis": a warning of what follows without it.)
    // ("peace talks could not continue without a ceasefire", "there can be no normalization ...
    // without resolving the Palestinian issue".)
    const neg = /\b(?:impossible|not possible|cannot|can't|can’t|won't|won’t|will not|would not|could not|couldn't|couldn’t|(?:can|could|will|would) be no|don't|don’t|do not|does not|doesn't|doesn’t|no deal|no point|pointless|meaningless|unacceptable|never|no (?:other )?(?:choice|option|alternative)\b|(?:could|would|will|might)\s+(?:push|plunge|drive|trigger|spark|lead\s+to|result\s+in)\b)/i;
    // "regard X without Z as <judgement>": a judgement on anything short of Z.
    const judging = /\b(?:regard|regards|regarded|see|sees|saw|view|views|viewed|consider|considers|considered|treat|treats|treated)\b[^.;]*$/i.test(body.slice(0, m.index));
    if (!neg.test(body) && !judging) continue;
    const start = sent.start + m.index + m[0].length;
    let end = conditionClauseEnd(text, start, sent.end);
    // ("Without stronger sanctions, without stronger pressure on Russia, there will be no real
    // diplomacy": one condition said twice over; what depends on it follows the last.)
    for (let more = /^,\s*without\s+/i.exec(text.slice(end, sent.end)); more; more = /^,\s*without\s+/i.exec(text.slice(end, sent.end))) {
      end = conditionClauseEnd(text, end + more[0].length, sent.end);
      re.lastIndex = end - sent.start;
    }
    const asJudged = judging ? /\s+as\s+(?:an?\s+)?[\w-]+[.,;]?\s*$/i.exec(text.slice(start, end)) : null;
    if (asJudged) end = start + asJudged.index;
    // ("without a currency swap arrangement could push ...": the warning's verb ends the condition.)
    const warned = /\s+(?:could|would|will|might|may)\s+\p{Ll}/u.exec(text.slice(start, end));
    if (warned) end = start + warned.index;
    // ("Without a credible offer ..., we have no choice but to call strikes": what follows depends.)
    // ("reiterated that, without ..., the European Union will not recognise": the clause after a
    // reporting frame is what depends on it.)
    const framed = /\b(?:that|said|says)\s*,?\s*$/i.test(body.slice(0, m.index));
    const on = (framed ? '' : mainClauseBefore(body.slice(0, m.index))) || mainClauseAfter(text.slice(end, sent.end));
    // ("the ministers reiterated that, without verification of the results, the European Union
    // will not recognise ...": with no one named speaking, the main clause's subject refuses.)
    const main = /^[\s,]*((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}?)(?:will|would|cannot|can't|can’t|won't|won’t|does|do|did|is|are)\s+(?:not\s+)?\p{Ll}/u.exec(text.slice(end, sent.end));
    const refuser = main && main[1]!.trim() ? _input.entities.resolve(main[1]!.trim(), end + main[0].indexOf(main[1]!)) : null;
    out.push({ start, end, at: sent.start + m.index, on, strict: true, confidence: 0.5, ...(refuser && refuser.type !== 'Place' ? { fallbackHolder: refuser.key } : {}) });
  }
  return out;
};

/** "requires Z before returning to the table", "must first receive Z", "has to first withdraw". */
const requiresRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  const out: Found[] = [];
  // ("Hungary demanded today that Swedish Prime Minister Ulf Kristersson first visit Budapest
  // before its parliament acts on Stockholm's bid": the demanded act, past "today that".)
  // ("demanded that Ukraine completely withdraw from ... before Russia considers any sort of
  // “peace negotiations”": what waits may have a subject of its own.)
  const req = /\b(?:requires|required|demands|demanded|needs|insists on|insisted on|wants|wanted|calls for|called for)\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:that\s+)?(.{3,120}?)\s+before\s+(\w+ing\b.*|(?:any|the|a|new|further|talks|negotiations|dialogue|its|their|his|her)\b.*|(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:(?:can|could|will|would|may|might)\s+)?\p{Ll}{3,}\b.*)$/diu.exec(body);
  if (req) {
    const start = sent.start + req.indices![1]![0];
    out.push({ start, end: start + req[1]!.length, at: start, on: trimClause(req[2]!), strict: true, confidence: 0.6 });
  }
  // What must happen first; verbs of receiving hand over their object ("receive guarantees").
  const first = /\b(?:must|has to|have to|need to|needs to|should)\s+first\s+(?:(?:receive|get|obtain|see|have|secure)\s+)?/i.exec(body);
  if (first) {
    let start = sent.start + first.index + first[0].length;
    let end = conditionClauseEnd(text, start, sent.end);
    // "Israel must first comply with the ceasefire before any discussions can proceed": who
    // must act is part of the condition, and what waits for it follows "before".
    const who = /(?:^|[,;:“"]\s*|\b(?:that|said|says|insisted|stressed|added|argued|warned)\s+)((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+$/u.exec(body.slice(0, first.index));
    const before = /\s+before\s+(.+)$/i.exec(text.slice(start, end));
    const on = before ? trimClause(before[1]!) : '';
    if (before) end = start + before.index;
    if (who) start = sent.start + who.index + who[0].indexOf(who[1]!);
    out.push({ start, end, at: sent.start + first.index, on, strict: true, confidence: 0.5 });
  }
  // "when conditions are met": the standing phrase, not any "when".
  const when = /\bwhen\s+((?:the\s+)?conditions are (?:met|right|ripe))/i.exec(body);
  if (when) {
    const start = sent.start + when.index + when[0].indexOf(when[1]!);
    out.push({ start, end: start + when[1]!.length, at: sent.start + when.index, on: mainClauseBefore(body.slice(0, when.index)), strict: true, confidence: 0.4 });
  }
  return out;
};

/** "does not rule out holding such a meeting after the necessary work is done": a precondition. */
const afterDoneRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  // "After appropriate changes are made to the constitution, the treaty can be signed": the
  // same, fronted.
  // "Once the presidents approve it, we will then seek to implement it": "once" with a clause
  // that will follow it is a condition in any voice.
  const fronted =
    /(?:^|[“"‘]\s*)(?:only\s+)?(?:after|once)\s+(.{3,120}?\b(?:is|are|has been|have been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|de|t)\b[^,;.]{0,80}),\s+(?=[^.;]{0,60}?\b(?:can|could|will|would|may)\b)/iu.exec(body) ??
    /(?:^|[“"‘]\s*|\bthat\s+)(?:only\s+)?[Oo]nce\s+((?:the|a|an|it|they|he|she|we|you|these|those|this|that|such|all|both|[A-Z][\w’'-]*)\b[^,;.]{3,120}),\s+(?=[^.;,]{0,40}?\b(?:can|could|will|would|may|should|must)\b)/u.exec(body);
  if (fronted) {
    const start = sent.start + fronted.index + fronted[0].indexOf(fronted[1]!);
    return [{ start, end: start + fronted[1]!.length, at: start - 1, on: mainClauseAfter(body.slice(fronted.index + fronted[0].length)), strict: true, confidence: 0.5 }];
  }
  // "any talks are only possible after the start of a 30-day ceasefire", "a deal can only be
  // struck when everything is agreed": a necessity.
  // ("could only take place once", "would only take effect after": a verb and its particle.)
  // ("would only accept the prime ministership after Parliament was dissolved": an object may come between.)
  // ("We consider it possible, but only as a result of the work and upon achieving certain results".)
  const only = /\b(?:(?:is|are|be|was|were)\s+only\s+possible|(?:is|are|be|was|were|it)\s+possible,?\s+(?:but\s+)?only(?=\s+(?:[“"‘]?(?:after|once|following|when|upon)|as\s+a\s+result\s+of)\s)|(?:can|could|will|would)\s+only\s+(?:be\s+)?\p{Ll}+(?:\s+(?:place|effect|off|forward|ahead|back)|\s+(?:the|a|an|his|her|its|their|any)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)?)\s+[“"‘]?(?:after|once|following|when|upon|as\s+a\s+result\s+of)\s+(?=\S)/iu.exec(body);
  // ("Talks on J&K will be held only on the vacating of PoK and when Pakistan hands over the
  // territory to us": the only terms on which it will happen.)
  const heldOnly = only ? null : /\b(?:will|would|can|could|shall)\s+be\s+\p{Ll}+\s+only\s+(?:on|upon|after|once|when)\s+(?=\S)/iu.exec(body);
  if (heldOnly) {
    const start = sent.start + heldOnly.index + heldOnly[0].length;
    return [{ start, end: conditionClauseEnd(text, start, sent.end, true), at: sent.start + heldOnly.index, on: mainClauseBefore(body.slice(0, heldOnly.index)), confidence: 0.5 }];
  }
  if (only) {
    const start = sent.start + only.index + only[0].length;
    return [{ start, end: conditionClauseEnd(text, start, sent.end, true), at: sent.start + only.index, on: mainClauseBefore(body.slice(0, only.index + only[0].length).replace(/,?\s+(?:but\s+)?(?:only\s+)?[“"‘]?(?:after|once|following|when|upon|as\s+a\s+result\s+of)\s+$/i, '')), confidence: 0.5 }];
  }
  // "we will only sign agreements that are in the national interest", "Uganda will only receive
  // deportees without criminal records": what alone will be accepted is the condition.
  const onlyWhat = /\b(?:will|would|can|could)\s+only\s+(?:sign|accept|receive|approve|support|back|agree to)\s+(?=\S)/i.exec(body);
  if (onlyWhat && !/\b(?:after|once|when|if|until)\b/i.test(body.slice(onlyWhat.index + onlyWhat[0].length))) {
    const start = sent.start + onlyWhat.index + onlyWhat[0].length;
    const verb = onlyWhat[0].replace(/^.*only\s+/i, '').trim();
    return [{ start, end: conditionClauseEnd(text, start, sent.end, true), at: sent.start + onlyWhat.index, on: verb, strict: true, confidence: 0.5 }];
  }
  // "said it would halt frontline combat once Russia agrees": "once" someone acts (not "once
  // the truce expires", which only says when).
  const once = /\b(?:would|will|could|can|ready|willing|open|prepared)\b[^.]{0,80}?\bonce\s+(?=(?:the|a|an|it|they|he|she|we|[A-Z][\w’'-]*)\b[^.;,]{0,60}?\b(?:agrees?|accepts?|signs?|withdraws?|stops?|ends?|complies|comply|commits?|drops?|lifts?|releases?|approves?|ratifies|ratify|halts?|ceases?|returns?|recogni[sz]es?|disarms?|pays?)\b)/u.exec(body);
  if (once) {
    const start = sent.start + once.index + once[0].length;
    const verb = /\b(?:would|will|could|can|ready to|willing to|open to|prepared to)\s+(.+?)\s+once\s+$/i.exec(once[0]);
    return [{ start, end: conditionClauseEnd(text, start, sent.end), at: start - 1, on: trimClause(verb?.[1] ?? ''), strict: true, confidence: 0.5 }];
  }
  const m = /\b(?:would|will|could|ready|willing|open|prepared|rule out)\b[^.]{0,80}?\b(?:after|once)\s+(?=.{3,120}?\b(?:is|are|has been|have been)\s+(?:done|completed|complete|met|fulfilled|covered|achieved|reached|agreed|settled|resolved|prepared|signed|concluded|ratified|implemented|finali[sz]ed)\b)/i.exec(body);
  if (!m) return [];
  const start = sent.start + m.index + m[0].length;
  const verb = /\b(?:would|will|could|ready to|willing to|open to|prepared to|rule out)\s+(.+?)\s+(?:after|once)\s+$/i.exec(m[0]);
  return [{ start, end: conditionClauseEnd(text, start, sent.end, true), at: start - 1, on: trimClause(verb?.[1] ?? ''), strict: true, confidence: 0.5 }];
};

/** "willing to talk, arguing that X must agree to a ceasefire", "ready to talk but X must ...": the demand. */
const arguingRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  // ("did not recognize Nicolás Maduro’s reelection, insisting that the electoral records must be
  // made public": a refusal and the demand that would lift it.)
  const m = /\b(?:willing|ready|open|prepared)\s+to\s+[^,]{2,60}(?:,\s*(?:arguing|insisting|saying|stressing|adding)\s+that|,?\s+but)\s+(?=(?:(?!\bif\b)[^,.]){2,60}?\b(?:must|has to|have to|needs to|need to|should first)\b)/i.exec(body) ??
    /\b(?:did not|does not|do not|will not|would not|refused to|refuses to|declined to|declines to)\s+(?:recogni[sz]e|accept|endorse|sign|approve|attend|join|resume)\s+[^,]{2,60},\s*(?:arguing|insisting|saying|stressing|adding)\s+that\s+(?=(?:(?!\bif\b)[^,.]){2,60}?\b(?:must|has to|have to|needs to|need to|should)\b)/i.exec(body);
  if (!m) return [];
  const start = sent.start + m.index + m[0].length;
  const stance = /^(?:willing|ready|open|prepared)\s+to\s+([^,]+)/i.exec(m[0]) ?? /^(?:did|does|do|will|would)\s+not\s+([^,]+)|^(?:refused|refuses|declined|declines)\s+to\s+([^,]+)/i.exec(m[0]);
  // (A refusal's demand is held by whoever insists on it, the participle's subject.)
  const refusal = !/^(?:willing|ready|open|prepared)\b/i.test(m[0]);
  return [{ start, end: conditionClauseEnd(text, start, sent.end), at: refusal ? start : sent.start + m.index, on: stance?.[1] ?? stance?.[2] ?? '', strict: true, confidence: 0.5 }];
};

/** What a process must be or hold; the noun it speaks of is group 1. */
const MUST_INCLUDE =
  /\b(?:the\s+|any\s+)?(?:(?:trade|peace|final|future|new)\s+)?(dialogues?|talks|negotiations|deal|agreement|ceasefire|truce|step|move|process|normali[sz]ation)\s+(?:(?:with|between)\s+[^,.;]{1,40}?\s+)?(?:would\s+)?(?:have to|has to|must|need to|needs to)\s+(?:be\s+|include\s+|involve\s+|cover\s+|address\s+)/i;

/** "the dialogues have to be comprehensive, on terrorism, trade ...": what talks must be. */
const talksMustRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  // "insisting the step must include “a path to the two-state solution”": the step it speaks of.
  const m = MUST_INCLUDE.exec(body);
  if (!m) return [];
  const start = sent.start + m.index;
  const noun = m[1]!;
  return [{ start, end: conditionClauseEnd(text, start, sent.end, true), at: start, on: noun, strict: true, confidence: 0.5 }];
};

/** An ultimatum: "an ultimatum: Join his letter ..., or the House will move ahead". */
const ultimatumRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  const m = /\bultimatum\s*:\s*(.+?),?\s+or\s+(.+)$/i.exec(body);
  if (!m) return [];
  const start = sent.start + m.index + m[0].indexOf(m[1]!);
  return [{ start, end: start + m[1]!.length, at: sent.start + m.index, on: trimClause(m[2]!), strict: true, confidence: 0.5 }];
};

/**
 * What must come first, said without "if": "X, pending effective monitoring", "would engage in
 * negotiations only after Cambodia complies", "they must comply with basic agreements first",
 * "we need to think through logistics before we could commit", "for such a meeting to happen,
 * progress ... is necessary", "reopening the government is the first step to discussing ...".
 */
const firstStepRule: Rule = (_input, sent, text) => {
  const body = text.slice(sent.start, sent.end);
  const out: Found[] = [];
  const at = (k: number) => sent.start + k;
  const pending = /,\s+pending\s+(?=\S)/i.exec(body);
  if (pending) {
    const start = at(pending.index + pending[0].length);
    out.push({ start, end: conditionClauseEnd(text, start, sent.end), at: start - 1, on: mainClauseBefore(body.slice(0, pending.index)), strict: true, confidence: 0.5 });
  }
  // ("the truce would enter into force only after sanctions on Rosselkhozbank ... are lifted".)
  // ("an openness to discuss extending subsidies ..., but only after Democrats agree to ...")
  const onlyAfter = /\b(?:engage|negotiate|talk|meet|sign|return|resume|agree|proceed|move|(?:will|would|can|could|should|must|may)\s+(?:\w+\s+){0,2}?\p{Ll}+(?:\s+into\s+force|\s+effect)?)\b[^.;“”"]{0,60}?\s+only\s+(?:after|once|when)\s+(?=(?:the|a|an|it|they|he|she|we|\p{Lu}\p{L}*|\p{Ll}+\s+(?:on|of|to|for))\b)/iu.exec(body) ??
    /,\s+but\s+only\s+(?:after|once|when)\s+(?=(?:the|a|an|it|they|he|she|we|\p{Lu}\p{L}*)\b)/u.exec(body);
  if (onlyAfter) {
    const start = at(onlyAfter.index + onlyAfter[0].length);
    const head = body.slice(0, onlyAfter.index + onlyAfter[0].length).replace(/\s+only\s+(?:after|once|when)\s+$/i, '').replace(/,\s+but$/i, '');
    out.push({ start, end: conditionClauseEnd(text, start, sent.end), at: start - 1, on: mainClauseBefore(head), strict: true, confidence: 0.5 });
  }
  // "Marco Rubio, wants to visit Havana, but first he wants to change the government": what
  // must come first is the condition of what is wanted.
  const butFirst = /\b(?:wants?|wanted|would like|hopes?|hoped|plans?|planned|is ready|was ready)\s+to\s+([^,;.]{3,80}?),?\s+but\s+(?=first\s+(?:he|she|they|it|we|\p{Lu}[\p{L}-]*)\s+(?:wants?|wanted|needs?|needed|has|had|have|must|will have)\s+to\s)/iu.exec(body);
  if (butFirst) {
    const start = at(butFirst.index + butFirst[0].length);
    const subject = subjectOf(_input, sent.start, at(butFirst.index));
    out.push({ start, end: conditionClauseEnd(text, start, sent.end), at: start - 1, on: trimClause(butFirst[1]!), strict: true, confidence: 0.5, ...(subject ? { holder: subject.key } : {}) });
  }
  // "he has still not met Milei, ..., because he wants an apology first": what is wanted first
  // is the condition of the meeting not yet held.
  const notYet = /\b(?:has|have|had)\s+(?:still\s+|yet\s+)?not\s+(?:yet\s+)?(met|visited|spoken\s+to|talked\s+to)\s+([^,;.]+?)(?:,[^;.]*?,)?\s+because\s+(?=(?:he|she|they|we|it)\s+(?:wants?|wanted|needs?|needed|demands?|demanded)\s+[^.;]*?\bfirst\b)/iu.exec(body);
  if (notYet) {
    const start = at(notYet.index + notYet[0].length);
    const end = at(notYet.index + notYet[0].length + body.slice(notYet.index + notYet[0].length).search(/\bfirst\b/i) + 'first'.length);
    out.push({ start, end, at: start - 1, on: `${/^met$/i.test(notYet[1]!) ? 'meeting' : notYet[1]!.toLowerCase()} ${notYet[2]!}`, strict: true, confidence: 0.5 });
  }
  // "normalization can only come after Turkey agrees to ...", "the leaders should only meet after
  // a peace deal was ready", "the war will only truly conclude after the completion of ...".
  // ("Washington will finalise a trade deal with India as soon as New Delhi stops buying Russian
  // oil", "we’re going to sort out India, once it stops buying Russian oil": what the other side
  // must do first, in a verb of giving way.)
  const assoonAs = onlyAfter ? null : /\b(?:will|would|[’']ll|(?:are|is|am|[’']re|[’']s)\s+going\s+to)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\b[^.;“”"]{2,80}?,?\s+(?:as\s+soon\s+as|once)\s+(?=(?:it|they|he|she|we|you|the\s+\p{Ll}+|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+(?:stops|halts|ends|agrees|accepts|complies|withdraws|releases|signs|pays|lifts|drops|meets|recognises|recognizes|returns|abandons|disarms|ceases)\b)/u.exec(body);
  if (assoonAs) {
    const start = at(assoonAs.index + assoonAs[0].length);
    const head = body.slice(0, assoonAs.index + assoonAs[0].length).replace(/,?\s+(?:as\s+soon\s+as|once)\s+$/i, '');
    out.push({ start, end: conditionClauseEnd(text, start, sent.end), at: start - 1, on: mainClauseBefore(head), strict: true, confidence: 0.5 });
  }
  const onlyVerbAfter = onlyAfter ? null : /\b(?:can|could|will|would|should|must|may|might|to)\s+only\s+(?:(?:truly|really|then|ever)\s+)?(?:be\s+)?\p{Ll}+\s+(?:after|once)\s+(?=(?:the|a|an|it|they|he|she|we|\p{Lu}\p{L}*)\b)/iu.exec(body);
  if (onlyVerbAfter) {
    const start = at(onlyVerbAfter.index + onlyVerbAfter[0].length);
    const head = body.slice(0, onlyVerbAfter.index + onlyVerbAfter[0].length).replace(/\s+(?:after|once)\s+$/i, '').replace(/\s+only\s+(?:(?:truly|really|then|ever)\s+)?/i, ' ');
    out.push({ start, end: conditionClauseEnd(text, start, sent.end), at: start - 1, on: mainClauseBefore(head), strict: true, confidence: 0.5 });
  }
  // "And once that is achieved, then obviously we can talk about normalization", "when we feel
  // that everything is moving in the right direction, then anything will be possible": a clause
  // that opens the sentence and a main clause of what then becomes possible.
  const onceThen = /(?:^|[“"]\s*|\b(?:[Aa]nd|[Bb]ut)\s+)(?:[Oo]nce\s+(?!again\b|more\b|upon\b|in\b)|[Ww]hen\s+(?=[^,]{3,120},\s+then\s))([^,;“”"]{3,120}?),\s+(?:then\s+)?((?:(?:obviously|certainly|of course)\s+)?(?:we|they|it|he|she|I|you|anything|everything|\p{Lu}[\p{L}’'-]*)\s+(?:\w+\s+)?(?:can|could|will|would|may|might)\b[^.;“”"]{3,100})/u.exec(body);
  if (onceThen) {
    const start = at(onceThen.index + onceThen[0].indexOf(onceThen[1]!));
    out.push({ start, end: start + onceThen[1]!.length, at: start, on: trimClause(onceThen[2]!), strict: true, confidence: 0.5 });
  }
  // ("if they want to hold talks, they must comply with basic agreements first": what the wish needs.)
  // ("He added that Palestine’s statehood must be secured first, and only then will Indonesia
  // recognise Israel": a possessor's noun as the subject too.)
  const mustFirst = /(?:^|[,;:“"]\s*|\b(?:that|and)\s+)((?:[Tt]hey|[Ii]t|[Hh]e|[Ss]he|[Ww]e|[Yy]ou|(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:[’']s\s+\p{Ll}+)?)\s+(?:must|has to|have to|needs? to)\s+[^.;:,“”"]{3,80}?\s+first)(?=\s*[.,;!?”"]|\s*$)/u.exec(body);
  if (mustFirst && !/\bfirst\s+(?:convince|ensure)\b/i.test(mustFirst[1]!)) {
    const start = at(mustFirst.index + mustFirst[0].length - mustFirst[1]!.length);
    const wish = /\bif\s+(?:they|he|she|we|you|it)\s+(?:want|wants|wish|wishes|hope)\s+to\s+([^,]{3,60}),\s*$/i.exec(body.slice(0, mustFirst.index + mustFirst[0].length - mustFirst[1]!.length));
    const then = /^,?\s+(?:and\s+)?only\s+then\s+(?:will|would|can|could)\s+([^.;“”"]{3,100})/i.exec(body.slice(mustFirst.index + mustFirst[0].length));
    out.push({ start, end: start + mustFirst[1]!.length, at: start, on: wish ? trimClause(wish[1]!) : then ? trimClause(then[1]!) : '', strict: true, confidence: 0.5 });
  }
  const needBefore = /(?:^|[,;:“"]\s*)((?:we|they|I|you|he|she|it)\s+(?:need|needs|must|have|has)\s+to\s+[^.;,“”"]{3,80}?)\s+before\s+(?:we|they|I|you|he|she|it)\s+(?:could|can|would|will|may|might)\s+([^.;,“”"]{3,80})/iu.exec(body) ??
    // ("said that the government must release all political prisoners, including PTI founder Imran
    // Khan, before any negotiations can take place": what must be done before talks can be held.)
    /\bthat\s+((?:the\s+\p{Ll}+|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s+(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:first\s+)?[^.;“”"]{3,120}?)\s+before\s+((?:any|the|a|an|further|formal|direct)\s+(?:\p{Ll}+\s+)?(?:talks|negotiations|dialogue|meeting|deal|agreement|discussions)\s+(?:can|could|will|would|may)\s+[^.;,“”"]{3,60})/u.exec(body) ??
    // ("highlighted that issues such as police brutality ... must be addressed before discussions
    // can proceed", "Justice must come first before any talks": what must be done, or come, first.)
    /(?:\bthat\s+|^[\s“"]*|[“"]\s*)([^.;“”"]{3,160}?\s+must\s+(?:first\s+)?(?:be\s+\p{Ll}+ed|come\s+first))\s+before\s+((?:(?:any|the|further|formal|direct)\s+)?(?:\p{Ll}+\s+)?(?:talks|negotiations|dialogue|meeting|deal|agreement|discussions)\b(?:\s+(?:can|could|will|would|may)\s+[^.;,“”"]{3,60})?)/u.exec(body);
  if (needBefore) {
    // (What was highlighted starts after its "that".)
    const that = [...needBefore[1]!.matchAll(/\bthat\s+/g)].pop();
    const skip = that ? that.index! + that[0].length : 0;
    const start = at(needBefore.index + needBefore[0].indexOf(needBefore[1]!) + skip);
    out.push({ start, end: start + needBefore[1]!.length - skip, at: start, on: trimClause(needBefore[2]!), strict: true, confidence: 0.5 });
  }
  const forTo = /\bfor\s+([^,;]{3,60}?)\s+to\s+(?:happen|take place|succeed|work|proceed|go ahead|be possible|be held),\s+([^.;“”"]{3,120}?)\s+(?:is|are|would be|will be)\s+(?:absolutely\s+)?(?:necessary|needed|required|essential|a must|a prerequisite|indispensable)\b/i.exec(body);
  // ("for negotiations with the Russian Federation to begin, President Zelenskyy should lift his
  // prohibition ...": what someone must do first.)
  // ("for the dialogue to continue, it is necessary, among other things, for Belgrade to sign ...",
  // "In order to move forward, it is necessary to sign an agreement ...": a necessity named.)
  const forToMust = forTo ? null : /\b(?:for\s+([^,;]{3,60}?)\s+to|[Ii]n\s+order\s+to)\s+((?:begin|start|resume|continue|happen|take place|succeed|work|proceed|go ahead|move forward|be possible|be held)\b[^,;.]{0,30}),\s+((?:[^.;,“”"]{2,60}?)\s+(?:should|must|has to|have to|needs? to|will have to)\s+[^.;“”"]{3,160}|it\s+is\s+(?:necessary|essential|required|imperative),?\s+(?:among other things,\s+)?(?:for\s+[^.;,“”"]{2,60}?\s+)?to\s+[^.;“”"]{3,160})/.exec(body);
  if (forToMust) {
    const needed = forToMust[3]!;
    const necessary = /^it\s+is\s+(?:necessary|essential|required|imperative),?\s+(?:among other things,\s+)?(?:for\s+)?/.exec(needed);
    const start = at(forToMust.index + forToMust[0].length - needed.length + (necessary?.[0].length ?? 0));
    out.push({ start, end: conditionClauseEnd(text, start, sent.end, true), at: start, on: trimClause(forToMust[1] ? forToMust[1] : forToMust[2]!), strict: true, confidence: 0.5 });
  }
  if (forTo) {
    const start = at(forTo.index + forTo[0].indexOf(forTo[2]!, forTo[1]!.length));
    out.push({ start, end: start + forTo[2]!.length, at: start, on: trimClause(forTo[1]!), strict: true, confidence: 0.5 });
  }
  const firstStep = /\bthat\s+([\p{Ll}][^.;,“”"]{3,80}?)\s+(?:is|was|would be|will be)\s+(?:the|a)\s+(?:necessary\s+|essential\s+)?first\s+step\s+(?:to|toward|towards|before|for)\s+([^.;“”"]{3,100})/u.exec(body);
  if (firstStep) {
    const start = at(firstStep.index + firstStep[0].indexOf(firstStep[1]!));
    out.push({ start, end: start + firstStep[1]!.length, at: start, on: trimClause(firstStep[2]!), strict: true, confidence: 0.5 });
  }
  return out;
};

// labelledConditions: "a demand for Z, a condition the group rejected" (condition-labelled.ts).
const RULES: Rule[] = [ifRule, invertedRule, otherwiseRule, asConditionRule, untilRule, arguingRule, talksMustRule, afterDoneRule, exchangeRule, tiedRule, hingesRule, listRule, withoutRule, requiresRule, ultimatumRule, firstStepRule, labelledConditions];

/** Words that make what depends on a condition a meeting ("meet Mr Trump", "talks with the US"). */
const MEETING_WORDS = /\b(?:meet|meets|meeting|talks?|summit|visit|sit down|sit face to face|negotiat\w*|dialogue|contact)\b/i;

/**
 * The extracted meeting a condition is for: one mentioned in the same sentence, or, when what
 * depends on it is a meeting, the holder's meeting with someone the sentence names.
 */
function linkedEvent(input: StageInput, events: ExtractedEvent[], sent: Span, on: string, holder: string): number {
  // (A headline's meeting has offsets in the title: it is never "here" in the body.)
  const here = events.findIndex((e) => !e.inTitle && e.start < sent.end && e.end > sent.start);
  if (here >= 0 || !MEETING_WORDS.test(on)) return here;
  const named = new Set(input.entities.mentionsIn(sent.start, sent.end).map((m) => m.entityKey));
  return events.findIndex(
    (e) => e.type !== 'Call' && e.participants.includes(holder) && e.participants.some((p) => p !== holder && named.has(p)),
  );
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:"“”—–-]/.test(text[e - 1] ?? '')) e--;
  return e;
}

export function findConditions(
  rawInput: StageInput,
  statements: ExtractedStatement[],
  events: ExtractedEvent[],
): ExtractedCondition[] {
  // "A senior Iranian diplomat said ... provided ...": the lede's unnamed speaker, named later.
  const fast = fastContext(rawInput);
  const { body: input, title } = ledeSpeakerInputs(fast, titleInput(fast), statements);
  const body = conditionsIn(input, statements, events);
  if (!title) return body;
  // Headline conditions: offsets point into the title (inTitle), not the body text.
  const head = conditionsIn(title, [], []).filter((c) => !isBarePointer(c.text, true)).map((c): ExtractedCondition => {
    const out: ExtractedCondition = { ...c, inTitle: true, sentenceIndex: -1 };
    delete out.statement;
    delete out.event;
    return out;
  });
  // A headline that only repeats a body condition in nearly the same words adds nothing.
  const fresh = head.filter((h) => !body.some((b) => wordOverlap(h.text, b.text) >= 0.6));
  return [...fresh, ...body];
}

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2);
}

/** Dice overlap of the words of two texts (0..1). */
function wordOverlap(a: string, b: string): number {
  const wa = words(a), wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const pool = [...wb];
  let common = 0;
  for (const w of wa) {
    const i = pool.indexOf(w);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/** "A senior official in Kabul said": someone speaking from a capital, for its country. */
function speaksFrom(sentence: string, place: string): boolean {
  const at = sentence.indexOf(place);
  return at > 0 && /\b(?:officials?|sources?|spokes(?:man|woman|person)|diplomats?|authorities)\s+in\s+$/i.test(sentence.slice(Math.max(0, at - 40), at));
}

/** Words that say nothing of what a condition is about, negation included. */
const EMPTY_WORDS = new Set(['there', 'here', 'it', 'is', 's', 'are', 'was', 'be', 'will', 'would', 'a', 'an', 'the', 'no', 'not', 'nothing', 'everything', 'anything', 'until', 'unless', 'if', 'n', 't']);
const contentWords = (s: string) => s.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w && !EMPTY_WORDS.has(w));

/**
 * "There’s no deal until there’s a deal", "Nothing is agreed until everything is agreed": a maxim
 * whose outcome is its own condition negated sets no terms.
 */
function restatesItself(condition: string, on: string): boolean {
  const c = contentWords(condition);
  const o = contentWords(on);
  return c.length > 0 && c.length <= 3 && c.length === o.length && c.every((w) => o.includes(w));
}

function conditionsIn(
  input: StageInput,
  statements: ExtractedStatement[],
  events: ExtractedEvent[],
): ExtractedCondition[] {
  const { text } = input.article;
  const out: ExtractedCondition[] = [];
  const seen = new Set<string>();
  const taken = (a: number, b: number) => seen.has(`${a}:${b}`) || out.some((c) => c.start < b && a < c.end);
  const sentences = input.article.sentences.length ? input.article.sentences : [{ start: 0, end: text.length, index: 0 }];
  for (const s of sentences) {
    // Narrow each reader sentence to real sentence ends (headlines, lines).
    let pos = s.start;
    while (pos < s.end) {
      const sent = sentenceAround(input, pos);
      const span = { start: Math.max(sent.start, s.start), end: Math.min(sent.end, s.end) };
      if (span.end <= span.start) break;
      for (const rule of RULES) {
        for (const f of rule(input, span, text)) {
          let end = trimEnd(text, f.start, f.end);
          let start = f.start;
          if (end <= start) continue;
          if (taken(start, end)) continue;
          const holder = speakerAt(input, statements, f.at, { strict: f.strict });
          if (f.holder) holder.entity = input.entities.byKey.get(f.holder) ?? holder.entity;
          if (!holder.entity && f.fallbackHolder) holder.entity = input.entities.byKey.get(f.fallbackHolder) ?? null;
          // ("delegations could travel to Montevideo if a deal is clinched": a place sets no terms;
          // a capital speaks for its country: "Kabul" holds Afghanistan's.)
          if (!holder.entity || (holder.entity.type === 'Place' && !(countryByCapital(holder.entity.name) && speaksFrom(text.slice(sent.start, sent.end), holder.entity.name)))) continue;
          // "impossible without such agreement": the requirement the holder stated just before.
          if (isPointer(text.slice(start, end))) {
            const req = requirementBefore(input, span.start);
            const said = req ? speakerAt(input, statements, req.start) : null;
            if (req && said?.entity?.key === holder.entity.key) {
              start = req.start;
              end = trimEnd(text, req.start, req.end);
              holder.statement = said.statement;
              if (taken(start, end)) continue;
            }
          }
          if (isBarePointer(text.slice(start, end))) continue;
          seen.add(`${start}:${end}`);
          const condText = text.slice(start, end).replace(/^["“”‘’\s]+|["“”‘’\s,]+$/g, '');
          const on = f.on.trim();
          if (restatesItself(condText, on)) continue;
          const ev = linkedEvent(input, events, span, on, holder.entity.key);
          out.push({
            start,
            end,
            text: condText,
            on,
            holder: holder.entity.key,
            ...(holder.statement !== undefined ? { statement: holder.statement } : {}),
            ...(ev >= 0 ? { event: ev } : {}),
            sentenceIndex: sent.index,
            confidence: f.confidence,
          });
        }
      }
      pos = span.end + 1;
      while (pos < s.end && /\s/.test(text[pos] ?? '')) pos++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
