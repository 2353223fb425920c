/**
 * Finds who a quotation or a reported statement belongs to, from the words around it:
 * `"...," X said`, `"...," said X`, `X said: "..."`, `X told Y "..."`, `X was quoted as saying`,
 * `Y quoted X as saying`, `according to X`, and the subject of a participle (`..., saying "..."`).
 */
import { ASIDE_ADVERBS, SPEECH_VERBS, TITLE_WORDS } from './gazetteer';

/**
 * Verbs of judging that take the judged words in quotation marks ("Tokayev hailed the “beginning
 * of a new era”"): they tie a quotation to a speaker, though a person is no more likely after them.
 */
const JUDGING_VERBS =
  'hailed|hails|hailing|praised|praises|praising|lauded|lauds|lauding|welcomed|welcomes|welcoming|slammed|slams|slamming|' +
  'blasted|blasts|blasting|denounced|denounces|denouncing|condemned|condemns|condemning|decried|decries|decrying|' +
  'criticised|criticized|criticises|criticizes|criticising|criticizing|accused|accuses|accusing|' +
  // ("“Donald Trump wasn’t elected last week,” complained Felix Banaszak": ways of saying.)
  'complained|complains|complaining|objected|protested|scoffed|joked|jokes|mused|asserted|pleaded|' +
  // ("Farage challenged Starmer to “say to the French president ...”": the words asked for.)
  'challenged|challenges|challenging|urged|urges|urging|' +
  // ("Aliyev demanded that Moscow issue an “acknowledgement of guilt ...”": the words demanded.)
  'demanded|demands|demanding|' +
  // ("The Iraqi Prime Minister highlighted the “importance of mutual co-operation ...”": the words stressed.)
  'highlighted|highlights|highlighting|underscored|underscores|underscoring|underlined|underlines|underlining|' +
  // ('the IOC board decided “to end any form of dialogue ...”': the words of the decision.)
  'decided|decides|resolved|resolves|' +
  // ("Minister Lars Rasmussen spoke of “a very constructive and frank discussion”": the words spoken of.)
  'spoke of|speaks of|talked of|talks of|' +
  // ("Putin sees its exclusion as a “trick to divert everyone's attention”": the words it is seen as.)
  'sees|regards|regarded|considers|' +
  // ('De Wever plans to "inform the head of state of the progress"': the words of the intention.)
  'plans to|planned to|vowed to|vows to|pledged to|pledges to|promised to|promises to|intends to|intended to|aims to|hopes to';
const QUOTING_VERBS = `${SPEECH_VERBS}|${JUDGING_VERBS}`.split('|');
const FINITE = SPEECH_VERBS.split('|').filter((v) => !v.endsWith('ing'));
const QUOTING_FINITE = QUOTING_VERBS.filter((v) => !v.endsWith('ing'));
const PARTICIPLES = QUOTING_VERBS.filter((v) => v.endsWith('ing'));
/** A finite verb of speech: whose subject speaks in the sentence. */
export const FINITE_VERB = new RegExp(`\\b(?:(?:was|were) quoted as saying|${FINITE.join('|')})\\b`, 'g');
/** A finite verb that ties a quotation next to it to its subject (speech or judging). */
const QUOTING_VERB = new RegExp(`\\b(?:(?:was|were) quoted as saying|${QUOTING_FINITE.join('|')})\\b`, 'g');
export const ANY_VERB = new RegExp(`\\b(?:(?:was|were) quoted as saying|${QUOTING_FINITE.join('|')}|${PARTICIPLES.join('|')})\\b`, 'g');
const PARTICIPLE = new RegExp(`^(?:${PARTICIPLES.join('|')})$`);

/** Words between a subject and its verb that are not part of the subject. */
const FILLER =
  /\b(?:also|then|later|once|previously|earlier|publicly|privately|reportedly|firmly|further|originally|again|has|had|have|would|will|had\s+earlier|on\s+\w+day|last\s+\w+|this\s+\w+|in\s+a\s+statement|in\s+an?\s+\w+)\b/gi;
/** An adverb set off by commas before the verb: an aside, no subject. */
const ASIDE_ADVERB = new RegExp(`^\\s*(?:${ASIDE_ADVERBS})\\s*$`, 'i');
/** A phrase set off by commas that opens with a preposition: an aside, no subject. */
const ASIDE = /^(?:on|in|at|during|for|from|speaking|visiting|standing|flanked)\s/i;
/** A description set off by commas after a name: "the head of ...", "a former minister". */
const APPOSITIVE = /^\s*(?:the|a|an|his|her|its|their)\s+[^,;:“”"]{2,120}$/i;
/** A role set off by commas without an article: "Nigel Farage, leader of the Reform UK party, said". */
const ROLE_APPOSITIVE = (phrase: string) => {
  const m = /^\s*([\p{L}-]+)\s+of\s+[^,;:“”"]{2,120}$/u.exec(phrase);
  return !!m && TITLE_WORDS.has(m[1]!.toLowerCase());
};
/** Where a subject phrase begins at the latest. */
// A sentence end counts too: a reader's sentence may hold two ('... ," he said. The US president').
// (The words first: at the start, "But he warned" must lose its "But", not match the empty start.)
/** A verb in the past tense, regular or one of the irregular ones news reports use most. */
const PAST_VERB = /\b(?!(?:new|few|amid|bid|mid)\b)(\p{Ll}+(?:ed|ew|id|old|ote|ade)|began|held|met|spoke|gave|took|sent|led|left|sought|brought|won|lost|came|went|saw|kept|paid)\b/gu;
const BOUNDARY = /(?:\b(?:that|after|before|when|while|as|because|since|if|but|though|although|and|where|which)\b|[,;:(\u2014\u2013]|(?<=\p{Ll}{2})[.!?](?=\s+\p{Lu})|^)\s*/giu;

export interface Attribution {
  /** The phrase naming the speaker: [start, end) in the text. */
  start: number;
  end: number;
  cue: string;
  /** Phrase naming the outlet ("CNN quoted Trump as saying", "according to TASS"). */
  reporter?: { start: number; end: number };
  /** The speaker is the sentence's main subject (a participle: "..., saying"). */
  mainSubject?: boolean;
  /** How directly the words tie the speaker to the quote (0..1). */
  strength: number;
}

const trimPhrase = (text: string, start: number, end: number): { start: number; end: number } => {
  let s = start;
  let e = end;
  while (s < e && /[\s,.;:"“”'‘’]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,.;:"“”'‘’]/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
};

/** Attribution after a quotation: `"...," he said`, `"...," said Ms Lee`, `"...," CNN quoted Trump as saying`. */
export function attributionAfter(text: string, from: number, to: number): Attribution | null {
  // A new paragraph is no attribution of the quotation before it.
  const nl = text.indexOf('\n', from);
  const seg = text.slice(from, nl >= 0 && nl < to ? nl : to);
  const lead = seg.match(/^[\s,.;:!?\u2014\u2013-]*/)?.[0].length ?? 0;
  const body = seg.slice(lead);
  // ('Netanyahu answered ..., "He should pose ultimatums to Hamas," to which Gantz retorted by
  // saying': what follows "to which" is the reply, not these words' speaker.)
  if (/^to\s+which\b/i.test(body)) return null;
  // ("..., the MPs cited Ocalan as saying": citing is quoting.)
  const quoted = body.match(/^([\p{L}\p{N}'’.\- ]{1,60}?)\s+(?:quoted|cited)\s+([\p{L}\p{N}'’.\- ]{1,60}?)\s+as\s+saying\b/u);
  if (quoted) {
    const rep = trimPhrase(text, from + lead, from + lead + (quoted[1] as string).length);
    const spkStart = from + lead + body.indexOf(quoted[2] as string, (quoted[1] as string).length);
    return { ...trimPhrase(text, spkStart, spkStart + (quoted[2] as string).length), cue: 'quoted as saying', reporter: rep, strength: 0.9 };
  }
  // `"..." — Kremlin spokesman Dmitry Peskov` (a pull quote signed with a dash).
  const signed = seg.match(/^\s*[\u2014\u2013]\s*([\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,5})\s*$/u);
  if (signed) {
    const start = from + seg.indexOf(signed[1] as string);
    return { ...trimPhrase(text, start, start + (signed[1] as string).length), cue: 'dash', strength: 0.7 };
  }
  // `"...," according to Kremlin spokesman Dmitry Peskov.`
  const according = body.match(/^according to\s+((?:the\s+)?[^,.;]+)/i);
  if (according) {
    const start = from + lead + according[0].length - (according[1] as string).length;
    return { ...trimPhrase(text, start, start + (according[1] as string).length), cue: 'according to', strength: 0.7 };
  }
  QUOTING_VERB.lastIndex = 0;
  const m = QUOTING_VERB.exec(body);
  if (!m) {
    // '“They are on the side of war,” Putin' where a cut-off text ends: the name the verb was to follow.
    // ('"Won't call Trump to negotiate," Brazil President Lula Da Silva' as a headline: the line
    // ends with the speaker's title and name.)
    const cut = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u.exec(text.slice(from)) ?? /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,5})\s*$/u.exec(seg);
    if (!cut || !/,\s*["”]$/.test(text.slice(Math.max(0, from - 3), from))) return null;
    const start = from + text.slice(from).indexOf(cut[1] as string);
    return { ...trimPhrase(text, start, start + (cut[1] as string).length), cue: 'said', strength: 0.7 };
  }
  // `"...," X, who is expected to meet Y on Sunday, wrote`: the relative clause is not the subject.
  // ('"...," Richard Grenell, an outspoken Trump ally who serves ... as envoy for special
  // missions, posted on X': nor is a description that opens it.)
  const relative = body.slice(0, m.index).match(/^([^,]+),\s+(?:(?:an?|the)\s+[^,"“”]{0,60}?\s+)?(?:who|whose)\b[^"“”]*,\s*$/);
  if (relative && (relative[1] as string).trim().split(/\s+/).length <= 8) {
    return { ...trimPhrase(text, from + lead, from + lead + (relative[1] as string).length), cue: m[0], strength: 0.9, ...reporterAfter(text, from + lead + m.index, to) };
  }
  const pre = body.slice(0, m.index).trim();
  // `“safe and reliable access to the sea,” which he says will benefit the Horn of Africa, Prime
  // Minister Abiy Ahmed said`: the relative clause's "he" is the name that closes the sentence.
  if (/^(?:which|that|as)\s+(?:he|she|they)$/i.test(pre)) {
    const closing = /,\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,6})\s+(?:said|says|added|stated|told)\b/u.exec(body);
    if (closing) {
      const start = from + lead + closing.index + closing[0].indexOf(closing[1]!);
      return { ...trimPhrase(text, start, start + closing[1]!.length), cue: 'said', strength: 0.8 };
    }
  }
  // `He urged the EU to "...", after von der Leyen earlier called for ...`: a subordinate
  // clause after the quotation has its own subject; it attributes nothing.
  if (/^(?:after|before|when|while|as|because|since|although|though|if|until|whereas)\b/i.test(pre)) return null;
  // A sentence end between the quotation and the verb; dotted abbreviations ("U.S.", "Gen.") are none.
  const between = body.slice(0, m.index).replace(/(?<![\p{L}.])(?:\p{L}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Prof|Capt|Maj|Adm|Sgt)\./gu, 'X');
  if (pre.split(/\s+/).length > 12 || /[.!?]["”]?\s/.test(between)) return null;
  // `"... an affirmation" on coming to the planned talks, said Tom Perriello`: a phrase about the
  // quotation, then the verb and its speaker inverted.
  const aside = /^(?:on|about|over|regarding|concerning|of|in|for)\s[^"“”]*,$/i.test(pre) && /^\s+(?:the\s+)?\p{Lu}/u.test(body.slice(m.index + m[0].length));
  if (pre && !aside) {
    const p = trimPhrase(text, from + lead, from + lead + m.index);
    return { ...p, cue: m[0], strength: 0.9, ...reporterAfter(text, from + lead + m.index, to) };
  }
  // Inverted: `"...," said Ms Rachel Minyoung Lee, a North Korea expert`.
  const after = body.slice(m.index + m[0].length);
  // A dot after an initial or an abbreviation ("U.S. President", "Gen. Smith") does not end the name.
  const name = after.match(/^\s+((?:the\s+)?[\p{L}\p{N}'’.\- ]+?)(?=,|(?<!(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Prof|Capt|Maj|Adm|Sgt))\.|;|$|\s+(?:in|on|at|during|after|before|when|while|to|from|according|as|who)\b)/u);
  if (!name) return null;
  // ('"...," added her ally, the very conservative deputy Eric Ciotti.': a description, then the
  // person it describes set off by a comma.)
  const described = /^\s+(?:his|her|their|its|the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})(?=\s*(?:[.,;]|$))/u.exec(after);
  if (described) {
    const start = from + lead + m.index + m[0].length + described[0].length - described[1]!.length;
    return { ...trimPhrase(text, start, start + described[1]!.length), cue: m[0], strength: 0.9 };
  }
  const start = from + lead + m.index + m[0].length + (after.indexOf(name[1] as string));
  return { ...trimPhrase(text, start, start + (name[1] as string).length), cue: m[0], strength: 0.9 };
}

function reporterAfter(text: string, from: number, to: number): { reporter?: { start: number; end: number } } {
  const seg = text.slice(from, to);
  const m = seg.match(/\b(?:according to|as quoted by|quoted by|as reported by|cited by|per)\s+((?:the\s+)?[^,.;]+)/i);
  if (!m) return {};
  const start = from + (m.index ?? 0) + m[0].length - (m[1] as string).length;
  return { reporter: trimPhrase(text, start, start + (m[1] as string).length) };
}

/**
 * "the proposed ceasefire", "a reported deal", "a condition for continued support": a
 * participle after a determiner or a preposition is no verb.
 */
const adjectival = (seg: string, at: number) =>
  /\b(?:the|a|an|its|his|her|their|this|these|those|our|my|your)\s+$/i.test(seg.slice(Math.max(0, at - 8), at)) ||
  (/\b(?:for|of|with|by|in|on|to|from|about)\s+$/i.test(seg.slice(Math.max(0, at - 8), at)) && /^\p{L}+ed\b/u.test(seg.slice(at)));

/** Attribution before a quotation in the same sentence: `X said: "..."`, `..., saying that "..."`. */
export function attributionBefore(text: string, from: number, to: number): Attribution | null {
  const seg = text.slice(from, to);
  // `CCTV quoted Xi as saying the “...”`: the one quoted speaks, the outlet reports.
  const quotedAs = seg.match(/([\p{L}\p{N}'’.\- ]{1,60}?)\s+(?:quoted|cited)\s+([\p{L}\p{N}'’.\- ]{1,60}?)\s+as\s+saying\s+(?:that\s+)?(?:(?:the|a|an)\s+)?$/u);
  if (quotedAs) {
    const repStart = from + quotedAs.index!;
    const spkStart = repStart + quotedAs[0].indexOf(quotedAs[2]!, quotedAs[1]!.length);
    return {
      ...trimPhrase(text, spkStart, spkStart + quotedAs[2]!.length),
      cue: 'quoted as saying',
      reporter: trimPhrase(text, repStart, repStart + quotedAs[1]!.length),
      strength: 0.9,
    };
  }
  // `Putin: "Ceasefire impossible unless ..."`: a name and a colon, as in headlines.
  // ("E3: “We remain fully committed ...”": a group's code too.)
  const colon = seg.match(/^\s*(?:-\s+)?([\p{Lu}][\p{L}\p{N}.'’-]*(?:\s[\p{Lu}][\p{L}\p{N}.'’-]*){0,3})\s*:\s*$/u);
  if (colon) {
    const start = from + seg.indexOf(colon[1] as string);
    return { ...trimPhrase(text, start, start + (colon[1] as string).length), cue: 'colon', strength: 0.7 };
  }
  let last: RegExpExecArray | null = null;
  ANY_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  // ("if she continued to “spew ...”": going on doing something is no saying.)
  while ((m = ANY_VERB.exec(seg))) if (!adjectival(seg, m.index) && !/^continu\w*\s+to\b/i.test(seg.slice(m.index))) last = m;
  if (!last) {
    const acc = seg.match(/\baccording to\s+((?:the\s+)?[^,]+),/i);
    if (acc) {
      const start = from + (acc.index ?? 0) + acc[0].length - 1 - (acc[1] as string).length;
      return { ...trimPhrase(text, start, start + (acc[1] as string).length), cue: 'according to', strength: 0.7 };
    }
    return null;
  }
  const verbAt = from + last.index;
  const gap = text.slice(verbAt + last[0].length, to);
  // `X was told by Y: "..."`: the agent of the passive speaks.
  const agent = /\b(?:was|were|been|being)\s+$/i.test(text.slice(Math.max(from, verbAt - 12), verbAt)) ? gap.match(/^\s+by\s+([^,:;"“]+?)\s*[:,]?\s*$/) : null;
  if (agent) {
    const start = verbAt + last[0].length + gap.indexOf(agent[1] as string);
    return { ...trimPhrase(text, start, start + (agent[1] as string).length), cue: last[0], strength: 0.8 };
  }
  const adjacent = /^[\s,:]*(?:that\s*)?$/.test(gap) || /^\s+(?:\p{L}+\s+){0,3}(?:reporters|media|journalists)?\s*[:,]?\s*$/u.test(gap);
  const strength = adjacent ? 0.9 : 0.6;
  if (PARTICIPLE.test(last[0])) {
    // "..., with Albanese saying it would be "...": the name before the participle says it.
    const withSubject = /\bwith\s+((?:[\p{Lu}][\p{L}.'’-]*\s+){1,4})$/u.exec(text.slice(Math.max(from, verbAt - 60), verbAt));
    if (withSubject) {
      const start = verbAt - withSubject[1]!.length;
      return { ...trimPhrase(text, start, verbAt), cue: last[0], strength: strength - 0.1 };
    }
    // `X's office told reporters, adding: "..."`: the finite verb's subject before the participle.
    // ('The U.S. president praised Netanyahu, telling reporters "..."': a verb of judging too.)
    QUOTING_VERB.lastIndex = 0;
    let finite: RegExpExecArray | null = null;
    let f: RegExpExecArray | null;
    while ((f = QUOTING_VERB.exec(seg)) && f.index < last.index) if (!adjectival(seg, f.index)) finite = f;
    const subj = finite ? subjectBefore(text, from, from + finite.index) : null;
    if (subj) return { ...subj, cue: last[0], strength: strength - 0.1 };
    return { start: from, end: verbAt, cue: last[0], mainSubject: true, strength: strength - 0.1 };
  }
  const subject = subjectBefore(text, from, verbAt);
  if (!subject) return { start: from, end: verbAt, cue: last[0], mainSubject: true, strength: strength - 0.2 };
  return { ...subject, cue: last[0], strength };
}

/**
 * The subject phrase of a verb at `verbAt`: the words back to the nearest clause boundary,
 * fillers dropped. Coordinated verbs (`... expressed hope and said`) take the first verb's subject.
 */
export function subjectBefore(text: string, from: number, verbAt: number, depth = 0): { start: number; end: number } | null {
  const seg = text.slice(from, verbAt);
  // "Nigel Farage, leader of ... party — currently riding high in the polls — challenged": an
  // aside between dashes right before the verb.
  const dashed = /\s[\u2014\u2013]\s[^\u2014\u2013]{1,120}\s[\u2014\u2013]\s*$/.exec(seg);
  if (dashed && depth < 2) return subjectBefore(text, from, from + dashed.index, depth + 1);
  // ("When asked whether he would meet with Carney at the ... (APEC) summit he told reporters": a
  // personal pronoun right before the verb is its subject, whatever came before without a comma.)
  const pronoun = /(?:^|\s)(he|she|they|we|I)\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?$/u.exec(seg);
  if (pronoun) {
    const at = verbAt - seg.length + pronoun.index + pronoun[0].indexOf(pronoun[1]!);
    return { start: at, end: at + pronoun[1]!.length };
  }
  let boundary = 0;
  let boundaryAt = 0;
  let boundaryWord = '';
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(seg))) {
    boundary = m.index + m[0].length;
    boundaryAt = m.index;
    boundaryWord = m[0].trim().toLowerCase();
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  const phrase = seg.slice(boundary).replace(FILLER, ' ').trim();
  // "Xue Jian, who shared a news article ... and commented:": the name the clause is about.
  if (/^who$/i.test(phrase) && boundaryWord === ',' && depth < 2) return subjectBefore(text, from, from + boundaryAt, depth + 1);
  // "Thomas Barrack, on an official visit to Beirut, warned": a phrase set off by commas that
  // opens with a preposition is no subject; the name before it is.
  if (ASIDE.test(phrase) && boundaryWord === ',' && depth < 2) return subjectBefore(text, from, from + boundaryAt, depth + 1);
  // ("Nigel Farage, leader of the Reform UK party — ... — challenged": the name before the role.)
  if (ROLE_APPOSITIVE(phrase) && boundaryWord === ',' && depth < 2) return subjectBefore(text, from, from + boundaryAt, depth + 1);
  // ("..., on an official visit to Beirut, warned": the comma before the verb closes the aside.)
  if (!phrase && boundaryWord === ',' && depth < 2) {
    const open = seg.lastIndexOf(',', boundaryAt - 1);
    if (open >= 0 && ASIDE.test(seg.slice(open + 1, boundaryAt).trim())) return subjectBefore(text, from, from + open, depth + 1);
    // ("LDP heavyweight Ichiro Aisawa, meanwhile, said": an adverb set off by commas.)
    if (open >= 0 && ASIDE_ADVERB.test(seg.slice(open + 1, boundaryAt))) return subjectBefore(text, from, from + open, depth + 1);
    // "Mohamed El-Amine Souef, the head of the ... Mission (AUSSOM), said": the name before the
    // description set off by commas.
    if (open >= 0 && (APPOSITIVE.test(seg.slice(open + 1, boundaryAt)) || ROLE_APPOSITIVE(seg.slice(open + 1, boundaryAt)))) return subjectBefore(text, from, from + open, depth + 1);
  }
  if (phrase && !/^(?:and|but)$/i.test(phrase)) {
    // Fillers only decide whether a subject is there; the span keeps the words as written.
    const p = trimPhrase(text, from + boundary, verbAt);
    return p.end > p.start ? p : null;
  }
  if (boundaryWord === 'and' && depth < 2) {
    // `X expressed hope ... and said`: find the previous verb's subject.
    const before = text.slice(from, from + boundary - 3);
    FINITE_VERB.lastIndex = 0;
    const speech = [...before.matchAll(FINITE_VERB)].pop();
    // "Xue Jian, who shared an article ... and commented": the relative clause's name, not
    // whoever "called for" his expulsion earlier in the sentence.
    const who = [...before.matchAll(/,\s+who\s/g)].pop();
    if (who?.index !== undefined && who.index > (speech?.index ?? -1)) return subjectBefore(text, from, from + who.index, depth + 1);
    // (Lower case only: "Wang Yi in New Delhi on Monday and stressed" has no verb "New".)
    const verb = speech ?? [...before.matchAll(PAST_VERB)].pop();
    if (verb && verb.index !== undefined) return subjectBefore(text, from, from + verb.index, depth + 1);
  }
  return null;
}
