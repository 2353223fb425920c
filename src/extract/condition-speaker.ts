/**
 * Who is speaking at a point of the text: the speaker of an enclosing statement, the
 * attribution of an enclosing quotation ('"...," he said'), or the subject of a reporting
 * clause ("Mr Kim has previously said he would ..."). Conditions, invitations and events use
 * it to find who set a condition, who invited and who would meet.
 */
import type { StageInput } from './context';
import { afterPreposition } from './coref';
import { countryByCapital, countryByDemonym } from './gazetteer';
import { isPossessor } from './mention-window';
import { personWithRelation, relationBefore } from './relation-descriptions';
import type { Entity, ExtractedStatement, Span } from './types';

/** Verbs that introduce reported speech or a stated position. */
export const REPORTING =
  'said|says|say|told|tells|added|adds|stated|states|warned|warns|announced|announces|reaffirmed|reiterated|' +
  'emphasi[sz]ed|emphasi[sz]es|indicated|indicates|noted|notes|insisted|insists|stressed|stresses|argued|argues|' +
  'proposed|proposes|declared|declares|confirmed|confirms|suggested|suggests|wrote|writes|posted|replied|' +
  'explained|claimed|claims|believes|believed|made it clear|made clear|expressed|signalled|signaled|vowed|pledged|' +
  'threatened|demanded|demands|urged|urges|agreed|responded|cautioned|cautions|asserted|asserts|maintained|maintains|' +
  'acknowledged|admitted|contended|predicted|underlined|underscored|highlighted|recalled|conceded|pointed out|affirmed|remarked|observed|clarified|revealed|reveals|disclosed|discloses';

/** Participles that report for the subject of the clause before them ("Araghchi criticized ..., emphasizing that"). */
const REPORTING_PARTICIPLE = /,\s*(?:emphasi[sz]ing|stressing|insisting|saying|adding|warning|noting|arguing|making clear|reiterating|underlining|expressing|signal+ing|indicating|stating|declaring|announcing|vowing|threatening|pledging|explaining)\s+(?:that\s+)?/gi;

/** Stance predicates whose subject holds a condition ("Putin is ready to meet ... if"). */
export const STANCE =
  /\b(?:(?:is|was|are|were|remains|remained|be|been|appears|seemed)\s+(?:\w+ly\s+)?(?:ready|willing|prepared|open|determined|happy|keen|eager|not opposed)|(?:does|do|did|would|will)\s+not\s+rule\s+out|(?:doesn[’']t|don[’']t|didn[’']t|won[’']t)\s+rule\s+out)\b/;

const SENTENCE_REACH = 1500;
const MAX_QUOTE_LINKS = 4;

/** The sentence (or headline line) around `pos`: within the reader's sentence, cut at sentence ends. */
export function sentenceAround(input: StageInput, pos: number): Span & { index: number } {
  const { text, sentences } = input.article;
  const si = sentences.findIndex((x) => x.start <= pos && pos < x.end);
  const s = si >= 0 ? sentences[si] : undefined;
  let start = s?.start ?? 0;
  let end = s?.end ?? text.length;
  // A reader sentence cut after an abbreviation ("on Oct." + "30 before ...") continues.
  for (let k = si + 1; s && k < sentences.length; k++) {
    const next = sentences[k]!;
    if (!isAbbreviation(text, end - 1) || !/^[\d\p{Ll}]/u.test(next.text)) break;
    end = next.end;
  }
  // A reader may hand over long spans: narrow to line breaks and sentence ends near `pos`.
  const nl = text.lastIndexOf('\n', pos - 1);
  if (nl + 1 > start) start = nl + 1;
  const nlAfter = text.indexOf('\n', pos);
  if (nlAfter >= 0 && nlAfter < end) end = nlAfter;
  // A run-on "sentence" of thousands of words (a list, a page without stops) is no prose:
  // words more than SENTENCE_REACH away belong to no clause around `pos`, and reading them for
  // every cue would make long texts take quadratic time.
  if (pos - start > SENTENCE_REACH) {
    const space = text.indexOf(' ', pos - SENTENCE_REACH);
    start = space >= 0 && space < pos ? space + 1 : pos - SENTENCE_REACH;
  }
  if (end - pos > SENTENCE_REACH) {
    const space = text.lastIndexOf(' ', pos + SENTENCE_REACH);
    end = space > pos ? space : pos + SENTENCE_REACH;
  }
  const base = start;
  // A few characters past `pos`, so a sentence that starts right at `pos` is seen to start.
  const before = text.slice(base, Math.min(end, pos + 3));
  // A closing quotation mark may run into the next sentence: '...contact.”Kim Yo-jong said'.
  // Pages also glue sentences: "...the U.S. side.North Korea analysts".
  const re = /[.!?](?:["”’)]\s*|\s+)(?=["“‘(]?[A-Z])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before))) {
    if (m[0] === '') re.lastIndex++;
    const cut = base + m.index + m[0].length;
    if (cut > pos) break;
    if (!isAbbreviation(text, base + m.index - (m[0] === '' ? 1 : 0))) start = cut;
  }
  const after = text.slice(pos, end);
  re.lastIndex = 0;
  while ((m = re.exec(after))) {
    if (m[0] === '') re.lastIndex++;
    if (isAbbreviation(text, pos + m.index - (m[0] === '' ? 1 : 0))) continue;
    end = pos + m.index + (m[0] === '' ? 0 : 1);
    if (m[0] === '') break;
    // Keep a closing quotation mark with its sentence.
    if (/["”’)]/.test(text[end] ?? '')) end++;
    break;
  }
  return { start, end, index: s?.index ?? 0 };
}

function isAbbreviation(text: string, dot: number): boolean {
  const w = /(\S+)$/.exec(text.slice(Math.max(0, dot - 12), dot + 1))?.[1] ?? '';
  return /^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Sgt|Capt|Cpl|Adm|Brig|Sen|Rep|Gov|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|vs|U\.S|U\.K|U\.N|[A-Z])\.$/.test(w);
}

/** The quotation (text between quotation marks) that encloses `pos`, if any. */
export function quoteAround(text: string, pos: number, within: Span): Span | null {
  // Curly quotes pair by direction; straight quotes pair by count.
  const open = text.lastIndexOf('“', pos);
  if (open >= within.start) {
    const close = text.indexOf('”', open + 1);
    if (close >= pos) return { start: open + 1, end: close };
  }
  let inside = -1;
  for (let i = within.start; i < pos; i++) if (text[i] === '"') inside = inside < 0 ? i : -1;
  if (inside >= 0) {
    const close = text.indexOf('"', pos);
    if (close >= 0) return { start: inside + 1, end: close };
  }
  return null;
}

/** A phrase of time opening a sentence: "Earlier in the month of July, ", "Last week, ", "On Monday, ". */
const FRONTED_TIME = /^\s*(?:(?:earlier|later|late|early)\s+)?(?:(?:in|on|at|during|by|since|last|this|next|earlier|later)\s+)?(?:(?:the|this|that|last|next)\s+)?(?:(?:month|week|weekend|day|year|morning|afternoon|evening|night|summer|autumn|fall|winter|spring)\s+(?:of\s+)?)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|\d{4})?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,\s*$/i;

const AUX = new Set([
  'has', 'had', 'have', 'also', 'previously', 'then', 'later', 'again', 'repeatedly', 'publicly', 'privately',
  'recently', 'earlier', 'once', 'further', 'had', 'reportedly', 'has', 'was', 'is', 'however', 'already', 'quickly',
  'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'week',
  'month', 'year', 'does', 'do', 'did', 'not', 'often', 'frequently', 'long', 'consistently', 'always', 'himself', 'herself', 'itself', 'themselves', 'formally', 'flatly', 'firmly', 'clearly', 'openly', 'initially', 'first', 'now',
]);

/**
 * The entity that is the grammatical subject of a verb at `verbAt`, looking back to `from`:
 * a name, pronoun or description right before the verb (auxiliaries and adverbs skipped,
 * an appositive or relative clause between commas skipped), else the sentence's first
 * mention when it opens the sentence.
 */
export function subjectOf(input: StageInput, from: number, verbAt: number): Entity | null {
  const { text } = input.article;
  let end = verbAt;
  let gap = text.slice(from, end);
  // Drop a clause between commas right before the verb: "Trump, who also held calls ..., said".
  for (let guard = 0; guard < 3; guard++) {
    gap = text.slice(from, end).replace(/\s+$/, '');
    const words = gap.split(/\s+/);
    let k = words.length;
    // Auxiliaries and adverbs ("has effectively", "had repeatedly") stand between a subject and its verb.
    // (Never past a comma: "..., speaking from Indian soil on Sunday, warned" ends an aside there.)
    while (k > 0 && !/,$/.test(words[k - 1] ?? '') && (AUX.has((words[k - 1] ?? '').toLowerCase().replace(/[^a-z]/g, '')) || /^\p{Ll}{3,}ly$/u.test(words[k - 1] ?? ''))) k--;
    const trimmed = words.slice(0, k).join(' ');
    end = from + (gap.lastIndexOf(trimmed) >= 0 ? gap.lastIndexOf(trimmed) + trimmed.length : gap.length);
    const found = trailingEntity(input, from, end);
    if (found) return found;
    // "..., welcomed by Zelensky, who said": the relative pronoun's antecedent.
    const rel = /,\s*(?:who|which)\s*$/i.exec(text.slice(from, end));
    if (rel) {
      const e = trailingEntity(input, from, from + rel.index);
      if (e) return e;
    }
    const comma = text.lastIndexOf(',', end - 1);
    const comma2 = comma > from ? text.lastIndexOf(',', comma - 1) : -1;
    // ("Sheikh Hasina, in exile in India, has declared": a phrase of place set off by commas too.)
    // ("Amir Khan Muttaqi, speaking from Indian soil on Sunday, warned": a participle's phrase.)
    if (comma2 >= from && /^,\s*(?:who|which|whose|the|a|an|\w+'s|\w+’s|in|on|at|during|still|now|\p{Ll}{3,}ing)\b/iu.test(text.slice(comma2, comma))) {
      // ("A senior minister, speaking on condition of anonymity, said": a source kept unnamed.)
      if (/\banonymity\b/i.test(text.slice(comma2, comma))) return null;
      end = comma2;
      continue;
    }
    break;
  }
  // Sentence subject: the first mention, when it comes before any verb-like word.
  const first = input.entities.mentionsIn(from, verbAt)[0];
  // "Iran's Foreign Minister", "Iran diplomat": the name only qualifies the subject.
  // ("The U.S. special envoy leading the negotiations said": two words may qualify the noun.)
  const qualifies = first && /^(?:[’']s\s|\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:diplomat|diplomats|official|officials|minister|leader|president|secretary-general|secretary|chief|head|commander|chairman|director|spokesperson|spokesman|spokeswoman|envoy|negotiator|negotiators|side|government|administration|ministry|sources?|media|lawmakers?)\b)/iu.test(text.slice(first.end, first.end + 40));
  if (first && !qualifies && first.start - from < 60) {
    // ("And recent U.S. sanction relief": a conjunction opening the sentence blocks nothing.)
    // ("Earlier in the month of July, Trump in a letter threatened": a fronted phrase of time
    // set off by a comma names no one.)
    const lead = text.slice(from, first.start).replace(/^[\s"“]*(?:and|but|so|yet)\s+/i, '').replace(FRONTED_TIME, '');
    if (!/\b(?:said|says|told|that|after|before|when|while|if|with|to|between|of|for|from|by|on|in|at|and|about|against)\b/i.test(lead)) {
      return input.entities.byKey.get(first.entityKey) ?? null;
    }
  }
  // "In March, he repeated the invitation but made it ...": a pronoun opening the sentence.
  const pron = /^[\s"“]*(?:(?:In|On|At|After|Before|During|Later|Earlier|Then)\b[^,]{0,40},\s*)?(he|she)\s+(?!said\b)/i.exec(text.slice(from, verbAt));
  if (pron && from + pron[0].length <= verbAt) return input.entities.resolve(pron[1]!, from + pron.index + pron[0].length - pron[1]!.length - 1);
  return null;
}

const PRONOUN = /(?:^|\s)(he|she|him|his|her|it|they|we|i)$/i;

/** An entity named (or pronoun) ending right at `end`. */
function trailingEntity(input: StageInput, from: number, end: number): Entity | null {
  const { text } = input.article;
  const mentions = input.entities.mentionsIn(from, end);
  const last = mentions[mentions.length - 1];
  // "Hamas negotiators in Doha had made it clear": where they are is no subject; whose they are is.
  const placed = last && /^[\s’'s]*$/.test(text.slice(last.end, end)) ? /\s(?:in|at|from|near)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(from, last.start - 12), last.start)) : null;
  if (placed) {
    const cut = Math.max(from, last!.start - 12) + placed.index;
    const owner = mentions.filter((x) => x.end <= cut).pop();
    const group = owner && /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:negotiators|officials|leaders|delegation|delegates|representatives|diplomats|envoys|commanders|fighters|forces|troops|lawmakers|ministers|authorities)\s*$/u.test(text.slice(owner.end, cut));
    const e = group ? input.entities.byKey.get(owner!.entityKey) : undefined;
    if (e && e.type !== 'Place') return e;
    // ("an anonymously sourced report in Reuters indicated": the outlet the report ran in says nothing.)
    if (input.entities.byKey.get(last!.entityKey)?.type === 'Organization') return null;
  }
  // ('Yoon "will take action"': a quotation may open between the subject and its verb.)
  if (last && /^[\s’'s]*[“"]?$/.test(text.slice(last.end, end).replace(/[’']s\b/, ''))) {
    // "France and Italy have called for": a joint subject is named by its first part.
    const prev = mentions[mentions.length - 2];
    const e = input.entities.byKey.get(last.entityKey) ?? null;
    // "The powerful sister of North Korean leader Kim Jong Un warned": the sister holds it.
    const relation = e?.type === 'Person' ? relationBefore(text, from, last.start) : null;
    if (relation) return personWithRelation(text, input.entities, relation, last.entityKey, { start: from, end });
    // ("Jeffries and the Democratic Party have asserted": the person first named leads.)
    const joint = prev && e && /^\s+and\s+(?:the\s+)?$/.test(text.slice(prev.end, last.start)) ? input.entities.byKey.get(prev.entityKey) : undefined;
    if (joint && (joint.type === e!.type || joint.type === 'Person')) return joint;
    return e;
  }
  // "Trump's special representative for Ukraine, Keith Kellogg, emphasized": a name in apposition.
  if (last && /^\s*,\s*$/.test(text.slice(last.end, end)) && /,\s*(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(Math.max(from, last.start - 40), last.start))) {
    const e = input.entities.byKey.get(last.entityKey);
    if (e?.type === 'Person') return e;
  }
  const chunk = text.slice(from, end);
  const pron = PRONOUN.exec(chunk);
  if (pron && /^(he|she|it|they)$/i.test(pron[1]!)) {
    return input.entities.resolve(pron[1]!, end - pron[1]!.length);
  }
  // A description: "Iran's Foreign Minister", "the North Korean leader", "The Speaker".
  const words = chunk.split(/\s+/).filter(Boolean);
  for (let n = Math.min(6, words.length); n >= 1; n--) {
    const span = words.slice(words.length - n).join(' ');
    if (!/^(?:[Tt]he\s+|[A-Z])/.test(span) || /[,;:]/.test(span)) continue;
    if (n === 1 && !/^[A-Z]/.test(span)) continue;
    const e = input.entities.resolve(span, end - span.length);
    if (e) return e;
  }
  return null;
}

/** Attribution of a quotation: '"...," he said', '"...," said Peskov', 'Putin said: "..."'. */
export function quoteSpeaker(input: StageInput, q: Span, sentence: Span, depth = 0): Entity | null {
  const { text } = input.article;
  // (Searches reach SENTENCE_REACH at most: a paragraph may be a whole page without a break.)
  const paraEnd = (() => {
    const nl = text.slice(q.end, q.end + SENTENCE_REACH).indexOf('\n');
    return nl < 0 ? Math.min(text.length, q.end + SENTENCE_REACH) : q.end + nl;
  })();
  const after = text.slice(q.end + 1, Math.min(paraEnd, q.end + 160));
  const re = new RegExp(`^[\\s,.]*((?:[^\\s,.;:"“”]+\\s+){0,6}?)(?:has |had |was |also |then )?(${REPORTING}|quoted)\\b`, 'i');
  const m = re.exec(after);
  if (m) {
    const subjEnd = q.end + 1 + m.index + m[0].length - m[2]!.length;
    const subj = (m[1] ?? '').trim();
    if (subj) {
      // "he said" after a quotation refers to someone named before it.
      const pron = /^(he|she|it|they)$/i.test(subj) ? input.entities.resolve(subj, q.start - 1) : null;
      const e = pron ?? trailingEntity(input, q.end + 1, subjEnd) ?? input.entities.resolve(subj, subjEnd - subj.length);
      if (e) return e;
      // '"This can only happen if military action is completely stopped," the Azerbaijani source
      // said': a source the article does not name states its country's terms.
      const unnamed = /^(?:the|an?)\s+(\p{Lu}[\p{L}-]+)\s+(?:government\s+|diplomatic\s+|official\s+|senior\s+)?(?:source|sources|official|officials|diplomat|diplomats)$/u.exec(subj);
      const country = unnamed ? countryByDemonym(unnamed[1]!) : undefined;
      if (country) {
        const c = input.entities.resolve(country.name, subjEnd);
        if (c?.type === 'Country') return c;
      }
    } else {
      // '"...," said Dmitry Peskov'
      const tail = after.slice(m.index + m[0].length);
      const name = /^\s+((?:[A-Z][\w’'-]*\.?\s*){1,5})/.exec(tail);
      if (name) {
        const at = q.end + 1 + m.index + m[0].length;
        const ms = input.entities.mentionsIn(at, at + name[0].length + 1);
        if (ms[0]) return input.entities.byKey.get(ms[0].entityKey) ?? null;
        const e = input.entities.resolve(name[1]!.trim(), at);
        if (e) return e;
      }
    }
  }
  // 'Putin said: "...', 'Zelenskyy said on Thursday that "...'
  const open = q.start - 1;
  const near = Math.max(0, open - SENTENCE_REACH);
  const lastIn = (ch: string, before: number) => {
    const k = text.slice(near, Math.max(near, before + 1)).lastIndexOf(ch);
    return k < 0 ? -1 : near + k;
  };
  const lineStart = Math.max(sentence.start, lastIn('\n', open) + 1, near);
  const before = text.slice(lineStart, open);
  const rv = new RegExp(`\\b(${REPORTING}|quoted as saying)\\b[^"“”]*$`, 'i').exec(before);
  if (rv) {
    const e = subjectOf(input, lineStart, lineStart + rv.index);
    if (e) return e;
  }
  // A chain of quotations none of which names its speaker is looked back along a few links
  // only: a transcript of hundreds would otherwise walk back through all of them, for each one.
  if (depth >= MAX_QUOTE_LINKS) return null;
  // Continued quotation: the previous quotation in the paragraph names the speaker.
  const prevClose = Math.max(lastIn('”', open - 1), lastIn('"', open - 1));
  const paraStart = Math.max(lastIn('\n', open) + 1, near);
  if (prevClose > paraStart) {
    const prevOpen = Math.max(lastIn('“', prevClose - 1), lastIn('"', prevClose - 1));
    if (prevOpen >= paraStart) return quoteSpeaker(input, { start: prevOpen + 1, end: prevClose }, { start: paraStart, end: paraEnd }, depth + 1);
  }
  // A quotation opening a paragraph continues the previous paragraph's closing quotation.
  if (text.slice(paraStart, open).trim() === '') {
    const from = Math.max(0, paraStart - SENTENCE_REACH);
    const prevText = text.slice(from, paraStart).trimEnd();
    if (/["”]$/.test(prevText) || /["”][^"“”\n]{0,80}(?:said|says|added|stated|told)[^"“”\n]*[.]$/.test(prevText)) {
      const pPara = prevText.lastIndexOf('\n') + 1;
      const lastClose = Math.max(prevText.lastIndexOf('”'), prevText.lastIndexOf('"'));
      const lastOpen = Math.max(prevText.lastIndexOf('“', lastClose - 1), prevText.lastIndexOf('"', lastClose - 1));
      if (lastOpen >= pPara) return quoteSpeaker(input, { start: from + lastOpen + 1, end: from + lastClose }, { start: from + pPara, end: from + prevText.length }, depth + 1);
    }
  }
  return null;
}

export interface Holder {
  entity: Entity | null;
  /** Index of the enclosing statement, when there is one. */
  statement?: number;
  /** Whether `pos` sits inside quoted words. */
  quoted: boolean;
}

/** Who speaks at `pos`: statement speaker, quotation attribution or reporting-clause subject. */
export function speakerAt(
  input: StageInput,
  statements: ExtractedStatement[],
  pos: number,
  opts: { strict?: boolean } = {},
): Holder {
  const sent = sentenceAround(input, pos);
  const si = statements.findIndex((s) => s.start <= pos && pos < s.end);
  const st = si >= 0 ? statements[si] : undefined;
  const statement = si >= 0 ? si : undefined;
  const { text } = input.article;
  const paraStart = text.lastIndexOf('\n', pos) + 1;
  const nl = text.indexOf('\n', pos);
  const para = { start: paraStart, end: nl < 0 ? text.length : nl };
  const q = quoteAround(text, pos, para);
  const quoted = st ? st.kind === 'direct' : !!q;
  const regionStart = q?.start ?? st?.start;
  if (regionStart !== undefined) {
    // "NIS believes that Kim Jong Un is willing to ... when conditions are met": the speaker
    // reports someone else's position, held by the named subject of the stance.
    const from = Math.max(regionStart, sent.start);
    const stance = STANCE.exec(text.slice(from, pos));
    if (stance) {
      const e = subjectOf(input, from, from + stance.index);
      if (e && e.type === 'Person') return { entity: e, statement, quoted };
    }
    // '“Marco Rubio never tells the truth. He says he doesn’t want to come until he overthrows the
    // regime”': whom the speaker reports, in the third person, holds it.
    const reports = [...text.slice(from, pos).matchAll(/\b(?:he|she)\s+(?:says|said|insists|insisted|claims|claimed)[,:]?\s+(?:that\s+)?/gi)].pop();
    if (quoted && reports && !/[.!?]\s/.test(text.slice(from + reports.index! + reports[0].length, pos))) {
      // (The person the speaker's own words named last; the resolver reads pronouns outside quotations.)
      const named = input.entities
        .mentionsIn(regionStart, from + reports.index!)
        .filter((m) => input.entities.byKey.get(m.entityKey)?.type === 'Person' && m.entityKey !== st?.speaker)
        .pop();
      let e = named ? input.entities.byKey.get(named.entityKey) : undefined;
      // ('“He said, yes, I will definitely go….If I'm invited, I'll go,” the envoy added': the
      // speaker's pronoun stands for whom the article spoke of before the quotation.)
      if (!e && /^[\s"“‘]*(?:he|she)\b/i.test(text.slice(regionStart, from + reports.index! + reports[0].length))) {
        // (The first person other than its speaker named in the sentence before the quotation:
        // "Romualdez shared that Trump himself confirmed his interest ... with Marcos".)
        const speakerKey = st?.speaker ?? (q ? quoteSpeaker(input, q, sent)?.key : undefined);
        let back = regionStart - 1;
        while (back > 0 && /[\s"“‘]/.test(text[back] ?? '')) back--;
        const prev = sentenceAround(input, back);
        const other = input.entities
          .mentionsIn(prev.start, regionStart)
          .find((m) => input.entities.byKey.get(m.entityKey)?.type === 'Person' && m.entityKey !== speakerKey);
        e = other ? input.entities.byKey.get(other.entityKey) : undefined;
      }
      if (e) return { entity: e, statement, quoted };
    }
  }
  if (st && st.speaker) {
    const e = input.entities.byKey.get(st.speaker) ?? null;
    if (e) return { entity: instructedBy(input, Math.max(q?.start ?? st.start, sent.start), pos, e) ?? e, statement: si, quoted };
  }
  if (q) {
    const e = quoteSpeaker(input, q, sent);
    return { entity: (e ? instructedBy(input, Math.max(q.start, sent.start), pos, e) : null) ?? e, statement, quoted: true };
  }
  return { entity: reportedHolder(input, sent, pos, opts.strict), statement, quoted: false };
}

const SPEAKERS = new Set(['Person', 'Organization', 'Country']);

/** The holder of a position stated in reported speech within the sentence `sent`. */
export function reportedHolder(input: StageInput, span: Span, pos: number, strict = false): Entity | null {
  const { text } = input.article;
  let sent = span;
  // Headline forms: "Putin: Ceasefire impossible unless ..."
  const colon = /^([^:]{2,40}):\s/.exec(text.slice(sent.start, pos));
  // ("New Delhi: Afghanistan foreign minister Amir Khan Muttaqi ... warned": a dateline, not a
  // speaker; the sentence starts after it.)
  if (colon && countryByCapital(colon[1]!.trim())) sent = { ...sent, start: sent.start + colon[0].length };
  else if (colon) {
    const e = input.entities.resolve(colon[1]!.trim(), sent.start);
    if (e && e.type !== 'Place') return e;
  }
  const before = text.slice(sent.start, pos);
  const rv = new RegExp(`\\b(?:${REPORTING})\\b`, 'gi');
  let m: RegExpExecArray | null;
  while ((m = rv.exec(before))) {
    // "We told our friends that ..., he said": unmarked quotation, attributed after.
    if (/\b(?:we|i)\s+(?:\w+\s+)?$/i.test(before.slice(0, m.index))) continue;
    // "Yahya Saree issued a statement ... that threatened the United States if ...": what
    // "that" stands for was issued by the person who is the sentence's subject.
    if (/\b(?:that|which)\s+(?:\w+ly\s+)?$/i.test(before.slice(0, m.index))) {
      const person = input.entities
        .mentionsIn(sent.start, sent.start + m.index)
        .find((x) => input.entities.byKey.get(x.entityKey)?.type === 'Person' && !afterPreposition(text.slice(Math.max(sent.start, x.start - 60), x.start)));
      if (person) return input.entities.byKey.get(person.entityKey)!;
    }
    // ("well-placed sources in Amman and Jerusalem told MEE that Jordan was ready to declare war
    // ... in the event that ...": unnamed sources report a stance; whose stance it is holds it.)
    if (/\b(?:sources?|officials|insiders|people\s+familiar)\b/i.test(before.slice(0, m.index))) {
      const stance = STANCE.exec(before.slice(m.index));
      const that = stance ? /\bthat\s+/.exec(before.slice(m.index, m.index + stance.index)) : null;
      const held = that ? subjectOf(input, sent.start + m.index + that.index + that[0].length, sent.start + m.index + stance!.index) : null;
      if (held && held.type !== 'Place') return held;
    }
    const e = subjectOf(input, sent.start, sent.start + m.index);
    if (e) return instructedBy(input, sent.start + m.index + m[0].length, pos, e) ?? e;
  }
  // "In his opinion, a meeting is possible only if ...", "According to Lavrov, ...": whose view it is.
  const view = /^[\s"“]*(?:in\s+(his|her)\s+(?:opinion|view|words|assessment)|according\s+to\s+([\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}\s*|him|her)),/iu.exec(before);
  if (view) {
    const who = (view[1] ?? view[2] ?? '').trim();
    const e = input.entities.resolve(who, sent.start + view[0].indexOf(who));
    // ("According to Politico, the White House made his attendance ... conditional on ...": a
    // body that reports it tells whose terms they are; the clause's own subject set them.)
    const actor = e?.type === 'Organization' ? subjectOf(input, sent.start + view[0].length, pos) : null;
    if (actor && actor.key !== e!.key && actor.type !== 'Place') return actor;
    if (e && e.type !== 'Place') return e;
  }
  for (const p of before.matchAll(REPORTING_PARTICIPLE)) {
    const e = clauseActor(input, sent.start, sent.start + (p.index ?? 0));
    if (e) return e;
  }
  const stance = STANCE.exec(before);
  if (stance) {
    const e = subjectOf(input, sent.start, sent.start + stance.index);
    // ("China is ready to walk back tariffs ... if ..., according to Beijing’s Ambassador": a
    // country's stance told by its envoy is the envoy's to hold.)
    const source = e?.type === 'Country' ? accordingTo(input, sent, pos) : null;
    if (source?.type === 'Person') return source;
    // ("The U.S. will not renew a temporary license ... unless ..., a State Department
    // spokesperson said": the country's stance, told by the body that speaks for it.)
    const teller = e?.type === 'Country' ? reporterAfter(input, sent, pos) : null;
    if (teller && (teller.type === 'Person' || teller.type === 'Organization')) return teller;
    if (e) return e;
  }
  // Reporting clause after: "..., the Kremlin announced Monday." or ": Kim Jong Un" at a headline's end.
  const after = text.slice(pos, sent.end);
  const tailName = /:\s*([^:]{2,40})$/.exec(after.trim());
  if (tailName) {
    const e = input.entities.resolve(tailName[1]!.trim(), sent.end - tailName[1]!.length);
    if (e) return e;
  }
  // "A deal is only possible when everything is agreed, according to Japan's top negotiator X.": the source named last.
  // ('“...,” Kim Yo Jong said in a statement, according to the North’s official Korean Central
  // News Agency': the one who said it, not the agency that carried it.)
  const source = accordingTo(input, sent, pos);
  if (source?.type === 'Organization') {
    const sayer = reporterAfter(input, sent, pos);
    if (sayer?.type === 'Person') return sayer;
  }
  if (source) return source;
  // "We will arrange such a meeting, provided that ... . - he said.": speech set off by a dash after it.
  const dashed = new RegExp(`^[^"“”\\n]*?[.!?]["”]?\\s*[-–—]\\s*((?:he|she|they|(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,3}[\\p{Lu}][\\p{L}.’'-]*))\\s+(?:${REPORTING})\\b`, 'u').exec(text.slice(pos, Math.max(sent.end, pos) + 80));
  if (dashed) {
    const e = input.entities.resolve(dashed[1]!, pos + dashed[0].length - dashed[1]!.length);
    if (e) return e;
  }
  const reporter = reporterAfter(input, sent, pos);
  if (reporter) return reporter;
  // "He reiterated France’s call to delay the vote and signing. If the EU insists on proceeding
  // before Saturday, France will vote against it.": a conditional opening the next sentence of
  // the same paragraph goes on with the speech reported just before it.
  if (/^[\s"“]*(?:if|unless)\b/i.test(text.slice(sent.start, Math.max(pos, sent.start) + 8)) && sent.start > 1) {
    const prev = sentenceAround(input, sent.start - 2);
    const gap = text.slice(prev.start, sent.start);
    const said = REPORTING_WORD.exec(gap);
    if (!gap.includes('\n') && !/[“”"]/.test(gap) && said) {
      const e = subjectOf(input, prev.start, prev.start + said.index);
      if (e?.type === 'Person') return e;
    }
  }
  // No speaker: the sentence's subject holds the condition only when the sentence states its
  // position or intent ("Pakistan has shared its stance that if ...", "he tied that meeting to
  // ..."), not a bare hypothetical ("Trump could win if turnout is high").
  const position = POSITION.exec(text.slice(sent.start, Math.min(sent.end, pos + 12)));
  if (strict || !position) return null;
  // "Sudanese leader rules out any truce with the RSF unless ...": the subject of the stance
  // verb, not the name the condition follows.
  if (sent.start + position.index < pos) {
    const e = subjectOf(input, sent.start, sent.start + position.index);
    if (e) return e;
  }
  return subjectOf(input, sent.start, pos);
}

/** A verb of reporting anywhere ("He reiterated France’s call ..."). */
const REPORTING_WORD = new RegExp(`\\b(?:${REPORTING}|reiterates)\\b`, 'i');
/** ", a State Department spokesperson said": the reporting clause after the words. */
const REPORTED_AFTER = new RegExp(`,\\s*((?:[^\\s,]+\\s+){0,7}?)(?:${REPORTING})\\b`, 'i');

/** Who ", X said" after `pos` names as the one saying it, to the sentence's end. */
function reporterAfter(input: StageInput, sent: Span, pos: number): Entity | null {
  const after = input.article.text.slice(pos, sent.end);
  const ra = REPORTED_AFTER.exec(after);
  if (!ra) return null;
  const verbAt = pos + ra.index + ra[0].length - (/(\w+)$/.exec(ra[0])?.[1]?.length ?? 0);
  // ("a State Department spokesperson said": the body the spokesperson speaks for.)
  if (/^(?:an?|the|one)\s+\S.*\s(?:spokes(?:man|woman|person)|official)\s*$/i.test(ra[1]!)) {
    const at = pos + ra.index + ra[0].indexOf(ra[1]!);
    const inPhrase = input.entities.mentionsIn(at, at + ra[1]!.length).map((m) => input.entities.byKey.get(m.entityKey));
    const body = inPhrase.find((e) => e?.type === 'Organization') ?? inPhrase.find((e) => e?.type === 'Country');
    if (body) return body;
  }
  return subjectOf(input, pos + ra.index + 1, verbAt);
}

/** The source of ", according to X." after `pos`, to the sentence's end. */
function accordingTo(input: StageInput, sent: Span, pos: number): Entity | null {
  const { text } = input.article;
  const after = text.slice(pos, sent.end);
  const accordingAfter = /,\s*according\s+to\s+(.{2,80}?)[.!?]?$/i.exec(after.trim());
  if (!accordingAfter) return null;
  const phrase = accordingAfter[1]!;
  const at0 = pos + after.indexOf(phrase);
  const inPhrase = input.entities.mentionsIn(at0, at0 + phrase.length).filter((m) => SPEAKERS.has(input.entities.byKey.get(m.entityKey)?.type ?? ''));
  const named = inPhrase[inPhrase.length - 1];
  // ("according to Beijing’s Ambassador to Canada": the post-holder the description fits, not
  // the country that owns the post, nor the one it is posted to.)
  const owner = inPhrase.find((m) => isPossessor(text, m) && input.entities.byKey.get(m.entityKey)?.type === 'Country');
  const post = owner ? input.entities.resolve(text.slice(at0, at0 + phrase.length).replace(/\s+(?:to|in|for)\s+.*$/, ''), at0) : null;
  const e = post?.type === 'Person' ? post : named ? input.entities.byKey.get(named.entityKey)! : input.entities.resolve(phrase, at0);
  return e && e.type !== 'Place' ? e : null;
}

/**
 * "Gohar Khan has said that Imran Khan has asked his party's team to withdraw ... if ...": the
 * one reported as setting the terms holds them, not the one reporting it. Only someone other
 * than the reporter, named as the subject of a verb of directing or insisting.
 */
function instructedBy(input: StageInput, from: number, to: number, reporter: Entity): Entity | null {
  const text = input.article.text;
  const m = /^\s*(?:that\s+)?([^,;:“”"]{2,80}?)\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:asked|directed|ordered|instructed|made it clear|demanded|insisted|told|threatened|vowed)\b/u.exec(text.slice(from, to));
  if (!m) return null;
  // ("former Pakistan Prime Minister Imran Khan has asked": the person, past the country in the title.)
  const subject = input.entities
    .mentionsIn(from, from + m[0].length)
    .filter((x) => input.entities.byKey.get(x.entityKey)?.type === 'Person' && !afterPreposition(text.slice(Math.max(from, x.start - 60), x.start)) && !isPossessor(text, x))
    .pop();
  const e = subject ? input.entities.byKey.get(subject.entityKey) : undefined;
  return e && e.key !== reporter.key ? e : null;
}

/** The first person, body or country of a clause that is no preposition's object: its subject. */
function clauseActor(input: StageInput, from: number, to: number): Entity | null {
  const { text } = input.article;
  const ms = input.entities.mentionsIn(from, to);
  for (const [k, m] of ms.entries()) {
    const e = input.entities.byKey.get(m.entityKey);
    if (!e || e.type === 'Place') continue;
    if (afterPreposition(text.slice(Math.max(from, m.start - 60), m.start))) continue;
    if (isPossessor(text, m)) continue;
    // ("Hezbollah Secretary-General Naim Qassem has firmly rejected": the body qualifies the title.)
    const next = ms[k + 1];
    if (e.type !== 'Person' && next && input.entities.byKey.get(next.entityKey)?.type === 'Person' && /^\s+(?:[\p{L}.-]+\s+){1,4}$/u.test(text.slice(m.end, next.start))) continue;
    return e;
  }
  return null;
}

const POSITION =
  /\b(?:stance|position|view|intention|intends?|eyes|seeks|plan(?:s|ned)?|hopes|aims|call\w* for|tied|ties|linked|conditioned|ready|willing|unwilling|wary|reluctant|hesitant|open|prepared|threaten\w*|vow\w*|promis\w*|pledg\w*|warn\w*|offer\w*|agree\w*|refus\w*|reject\w*|demand\w*|insist\w*|rul\w* out|would|will|shall)\b/i;
