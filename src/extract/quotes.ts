/**
 * Direct quotations and reported speech, each with its speaker (the person or body whose
 * words they are, not the outlet that carried them) and the outlet where the article names one.
 */
import { hashOf } from '../graph/ids';
import { DOUBLE_CLOSE, DOUBLE_OPEN, findQuotations, type Quotation } from '../read/quote-marks';
import { attributionAfter, attributionBefore, FINITE_VERB, subjectBefore, type Attribution } from './attribution';
import type { EntityContext, StageInput } from './context';
import { OBJECT_WORDS } from './coref';
import { COUNTRY_BY_CODE, countryByCapital, countryByDemonym, countryByName, countryBySeat, TITLE_WORDS } from './gazetteer';
import { isPossessor } from './mention-window';
import { personWithRelation, relationBefore } from './relation-descriptions';
import type { CleanArticle, Entity, ExtractedStatement, Mention, Sentence } from './types';

/** A quotation holds at least this many words to count as someone's words (not a scare quote). */
export const MIN_QUOTE_WORDS = 4;

interface Found {
  q: Quotation;
  paragraph: number;
  sentence: Sentence;
  /** Continues an open quotation from the paragraph before (opening-marks-only convention). */
  continued: boolean;
  /** Attributed to someone the article does not name ("a senior official said"). */
  unnamed?: boolean;
  speaker: string | null;
  cue?: string;
  reporter?: string;
  confidence: number;
  /** Attributed by a name or description, not by "he"/"she". */
  byName?: boolean;
}

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

export function findStatements(input: StageInput): ExtractedStatement[] {
  const { article, entities } = input;
  const found = collectQuotations(article);
  attribute(article, entities, found);
  const direct: ExtractedStatement[] = found
    .filter((f) => wordCount(article.text.slice(f.q.start, f.q.end)) >= MIN_QUOTE_WORDS && !isNameOrTitle(article.text, f.q))
    .map((f) => ({
      start: f.q.start,
      end: f.q.end,
      text: article.text.slice(f.q.start, f.q.end),
      kind: 'direct' as const,
      speaker: f.speaker,
      ...(f.cue ? { cue: f.cue } : {}),
      ...(f.reporter ? { reporter: f.reporter } : {}),
      sentenceIndex: f.sentence.index,
      about: aboutKeys(entities, f.q.start, f.q.end, f.speaker),
      confidence: f.confidence,
    }));
  return [...direct, ...findIndirect(article, entities, found)].sort((a, b) => a.start - b.start);
}

/**
 * Quotation marks around a name rather than someone's words: the so-called "coalition of the
 * willing", a plan dubbed "Operation Midnight Hammer", a Title Case name or headline.
 */
function isNameOrTitle(text: string, q: Quotation): boolean {
  const before = text.slice(Math.max(0, q.open - 30), q.open);
  if (/\b(?:so-called|dubbed|known as|titled|entitled|named|termed|labelled|labeled|branded|nicknamed|slogan|motto|hashtag)\s*$/i.test(before)) return true;
  const words = text.slice(q.start, q.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const minor = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from)$/;
  const major = words.filter((w) => !minor.test(w));
  return major.length >= 2 && major.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[.!?,]["”’]?$/.test(text.slice(q.start, q.end).trim());
}

function collectQuotations(article: CleanArticle): Found[] {
  const out: Found[] = [];
  let openFromPrevious = false;
  let skipUntil = -1;
  article.paragraphs.forEach((p, paragraph) => {
    const qs = findQuotations(article.text, p.start, p.end).filter((q) => q.open > skipUntil);
    qs.forEach((q, k) => {
      let end = q.end;
      // A quotation left open mid-paragraph with its attribution inside ("... provoked, he said, adding").
      if (q.close < 0) {
        const inner = article.text.slice(q.start, q.end);
        const cut = inner.match(/,\s+(?:he|she|they|it)\s+(?:said|added|told|stated|continued)\b/);
        if (cut && cut.index !== undefined) end = q.start + cut.index;
      }
      while (end > q.start && /\s/.test(article.text[end - 1] ?? '')) end--;
      let start = q.start;
      while (start < end && /\s/.test(article.text[start] ?? '')) start++;
      const sentence = article.sentences.find((s) => q.open >= s.start && q.open < s.end) ?? article.sentences.find((s) => s.paragraph === paragraph);
      if (!sentence || end <= q.start) return;
      out.push({
        q: { ...q, start, end },
        paragraph,
        sentence,
        continued: k === 0 && openFromPrevious && q.open === p.start,
        speaker: null,
        confidence: 0.3,
      });
    });
    const last = qs.filter((q) => !q.single).pop();
    // ("„Chinese President Xi Jinping made it very clear ... arrangement." then "In any case, ...
    // achieved,” Fico said": a quotation left open at a paragraph's end that the next paragraph
    // closes before opening another runs on over the break.)
    const runOn = last && last.close < 0 ? closedAhead(article, paragraph + 1) : -1;
    const open = runOn >= 0 ? out.find((f) => f.q.open === last!.open) : undefined;
    if (open && runOn >= 0) {
      let end = runOn;
      while (end > open.q.start && /\s/.test(article.text[end - 1] ?? '')) end--;
      open.q = { ...open.q, close: runOn, end };
      open.sentence = article.sentences.find((s) => runOn >= s.start && runOn < s.end) ?? open.sentence;
      skipUntil = runOn;
      openFromPrevious = false;
      return;
    }
    openFromPrevious = !!last && last.close < 0;
  });
  return out;
}

/**
 * Where the paragraph `index` closes a quotation before opening any (a closing curly mark, or a
 * straight one after a word and before a space or punctuation), or -1.
 */
function closedAhead(article: CleanArticle, index: number): number {
  const p = article.paragraphs[index];
  if (!p) return -1;
  const text = article.text;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i] as string;
    if (DOUBLE_OPEN.has(c)) return -1;
    if (DOUBLE_CLOSE.has(c)) return i;
    if (c === '"') return /[\p{L}\p{N},.!?;]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ? i : -1;
  }
  return -1;
}

function attribute(article: CleanArticle, ctx: EntityContext, found: Found[]) {
  const text = article.text;
  // Words that speak of someone by name are someone else's ("Mark has a different concept").
  const speaksOf = (f: Found, key: string) => ctx.mentionsIn(f.q.start, f.q.end).some((m) => m.entityKey === key);
  // (By name only: "the president of the world" is a description, whoever it was read as.)
  const namesInside = (f: Found, key: string) => ctx.mentionsIn(f.q.start, f.q.end).some((m) => m.entityKey === key && /^\p{Lu}/u.test(text.slice(m.start, m.end)));
  found.forEach((f, i) => {
    const sentEnd = f.sentence.end;
    const nextInSentence = found[i + 1] && found[i + 1]!.q.open < sentEnd ? found[i + 1]!.q.open : sentEnd;
    const closeAt = f.q.close >= 0 ? f.q.close + 1 : f.q.end;
    const prevInSentence = found[i - 1] && found[i - 1]!.q.open >= f.sentence.start ? found[i - 1] : undefined;
    const from = prevInSentence ? (prevInSentence.q.close >= 0 ? prevInSentence.q.close + 1 : prevInSentence.q.end) : f.sentence.start;
    const after = attributionAfter(text, closeAt, nextInSentence);
    // `X said that "...", according to KCNA`: X speaks, the agency reports.
    // '..., IRNA news agency reported': the outlet carried the words, someone named before spoke them.
    const weakAfter = !!after && (after.cue === 'according to' || /^report(?:ed|s)$/i.test(after.cue));
    // 'After Pope Leo said, “Thank you very much,” Guterres said, “My best wishes ...”': words said
    // right before a quotation are its speaker's when the words after it open the next one.
    const opensNext = !!after && /^[\s,:]*[“"]/.test(text.slice(after.end, after.end + 16).replace(/^\s*(?:said|says|added|replied)\b/i, ''));
    const before = after && !weakAfter && !opensNext ? null : attributionBefore(text, from, f.q.open);
    const adjacentBefore = !!before && before.strength >= 0.9 && opensNext;
    const att = adjacentBefore ? before : after && weakAfter && before ? { ...before, reporter: { start: after.start, end: after.end } } : (after ?? before);
    if (att) {
      let who = speakerOf(article, ctx, att, f.sentence);
      const byPronoun = /^(?:he|she)$/i.test(text.slice(att.start, att.end).trim());
      // "Ukraine’s President Volodymyr Zelensky had, he said, “shown ...”": a "he said" set into
      // someone else's clause is not that someone; whoever spoke before is.
      if (who && byPronoun) {
        const into = ctx.mentionsIn(f.sentence.start, att.start).filter((m) => m.entityKey === who!.key).pop();
        if (into && /^\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}*,\s*$/u.test(text.slice(into.end, att.start))) {
          const last = found.slice(0, i).reverse().find((o) => o.speaker && o.speaker !== who!.key && ctx.byKey.get(o.speaker)?.type === 'Person');
          who = last ? { key: last.speaker!, certainty: 0.6 } : null;
        }
      }
      // '“As the President said yesterday, Jasmine, both things can be true,” she said': whom the
      // words address by name is not the one speaking them; the other person named before is.
      if (who && byPronoun) {
        const addressed = ctx.byKey.get(who.key);
        const inner = text.slice(f.q.open, closeAt);
        const vocative = addressed?.type === 'Person' && addressed.name.split(/\s+/).some((w) => w.length > 2 && new RegExp(`,\\s${w}[,!?]`, 'u').test(inner));
        if (vocative) {
          // The same pronoun read just before the addressed person is first named nearby.
          const first = ctx.mentionsIn(Math.max(0, f.q.open - 1500), f.q.open).find((m) => m.entityKey === who!.key);
          const other = first ? ctx.resolve(text.slice(att.start, att.end).trim().toLowerCase(), first.start) : null;
          who = other && other.key !== who.key && other.type === 'Person' ? { key: other.key, certainty: 0.6 } : null;
        }
      }
      // '“... cannot be guaranteed by anyone on the Russian side except Putin,” he said': words that
      // name someone are not that someone's; whoever spoke last, a few paragraphs up, said them.
      if (who && byPronoun && ctx.byKey.get(who.key)?.type === 'Person' && namesInside(f, who.key)) {
        const last = found.slice(0, i).reverse().find((o) => o.speaker && o.speaker !== who!.key && ctx.byKey.get(o.speaker)?.type === 'Person');
        if (last && f.paragraph - last.paragraph <= 4 && !namesInside(f, last.speaker!)) who = { key: last.speaker!, certainty: 0.6 };
      }
      // '“...,” she said. “...,” she added.': a pronoun right after the last quotation of the
      // paragraph, with nobody named between, goes on with its speaker.
      const prev = found[i - 1];
      // ('..., saying that “...”.' then a paragraph '“...,” he said.': the same speaker goes on.)
      const nextParagraph = prev?.paragraph === f.paragraph - 1 && f.q.open === article.paragraphs[f.paragraph]?.start;
      if (who && prev?.speaker && prev.speaker !== who.key && (prev.paragraph === f.paragraph || nextParagraph) && byPronoun) {
        const prevEnd = prev.q.close >= 0 ? prev.q.close + 1 : prev.q.end;
        const between = ctx.mentionsIn(prevEnd, f.q.open).filter((m) => ctx.byKey.get(m.entityKey)?.type === 'Person');
        const prevPerson = ctx.byKey.get(prev.speaker)?.type === 'Person';
        const prevByPronoun = /^[\s,]*(?:he|she)\s+\p{Ll}+/iu.test(text.slice(prevEnd, prevEnd + 20));
        if (prevPerson && !between.length && (prevByPronoun || (nextParagraph && !speaksOf(f, prev.speaker)))) who = { key: prev.speaker, certainty: 0.6 };
      }
      // "she said" with nobody named for sentences: whoever spoke last, a few paragraphs up.
      if (!who && byPronoun) {
        const last = found.slice(0, i).reverse().find((o) => o.speaker && ctx.byKey.get(o.speaker)?.type === 'Person');
        if (last && f.paragraph - last.paragraph <= 3) who = { key: last.speaker!, certainty: 0.6 };
      }
      // ('"An FTA is only possible when it's a win-win ...," Piyush Goyal said' in the lede, then
      // the same words '..., he said' after a paragraph about someone else: whoever was named
      // saying them.)
      if (who && byPronoun) {
        const words = text.slice(f.q.start, f.q.end);
        const twin = found.slice(0, i).find((o) => o.byName && o.speaker && ctx.byKey.get(o.speaker)?.type === 'Person' && sameWords(text.slice(o.q.start, o.q.end), words));
        if (twin && twin.speaker !== who.key) who = { key: twin.speaker!, certainty: 0.7 };
      }
      if (who) {
        f.speaker = who.key;
        f.cue = att.cue;
        f.confidence = att.strength * who.certainty;
        if (!byPronoun) f.byName = true;
      } else if (!att.mainSubject && /^(?:an?|one|two|three|several|some|unnamed|anonymous|senior)\b|\b(?:officials|sources|diplomats|analysts|experts|people|residents|witnesses)\b/i.test(text.slice(att.start, att.end)) && !/^an?\s+(?:\p{L}+\s+)?(?:statement|readout|communiqu[eé]|release)\b/iu.test(text.slice(att.start, att.end))) {
        // ("..., a statement from his office said": a document, not an unnamed source.)
        f.unnamed = true;
        f.cue = att.cue;
        f.confidence = att.strength;
      }
      if (att.reporter) {
        const r = outletIn(ctx, att.reporter.start, att.reporter.end);
        if (r) f.reporter = r;
      }
    }
    if (!f.reporter) {
      const r = reporterInSentence(text, ctx, f.sentence);
      if (r && r !== f.speaker) f.reporter = r;
    }
  });
  // Quotations without their own attribution: the same words quoted elsewhere (a pull
  // quote), a quotation continued from the paragraph before, or the last speaker nearby.
  found.forEach((f, i) => {
    if (f.speaker || f.unnamed) return;
    // 'Lula “seemed like a very nice man,” and “I liked him,” the U.S. president said': two
    // quotations joined by "and" share the attribution after the second.
    const next = found[i + 1];
    if (next?.speaker && f.q.close >= 0 && /^[\s,]*and\s*$/.test(text.slice(f.q.close + 1, next.q.open))) {
      f.speaker = next.speaker;
      f.cue = next.cue;
      f.confidence = next.confidence * 0.9;
      return;
    }
    // 'Hamas must disarm within a “very short period of time” or there would be “hell to pay
    // for them,” he said': a fragment quoted earlier in the sentence whose next quotation is
    // attributed after it shares that attribution, when nobody else is named between them.
    if (next?.speaker && f.q.close >= 0 && next.q.open < f.sentence.end && next.sentence.start === f.sentence.start) {
      const between = text.slice(f.q.close + 1, next.q.open);
      const nextEnd = next.q.close >= 0 ? next.q.close + 1 : next.q.end;
      const saidAfter = ctx.mentionsIn(nextEnd, f.sentence.end).some((m) => m.entityKey === next.speaker) || /^[\s,]*(?:he|she|they)\s+\p{Ll}+/u.test(text.slice(nextEnd, nextEnd + 24));
      const othersBetween = ctx.mentionsIn(f.q.close + 1, next.q.open).some((m) => ctx.byKey.get(m.entityKey)?.type === 'Person' && m.entityKey !== next.speaker);
      if (saidAfter && !othersBetween && !/["“”]/.test(between) && between.length <= 160) {
        f.speaker = next.speaker;
        f.cue = next.cue;
        f.confidence = next.confidence * 0.8;
        return;
      }
    }
    // A quotation running on into the next paragraph, attributed there.
    if (f.q.close < 0 && next?.continued && next.speaker) {
      f.speaker = next.speaker;
      f.cue = next.cue;
      f.confidence = 0.7;
      return;
    }
    const words = text.slice(f.q.start, f.q.end);
    const twin = found.find((o) => o !== f && o.speaker && sameWords(words, text.slice(o.q.start, o.q.end)));
    if (twin) {
      f.speaker = twin.speaker;
      f.cue = twin.cue;
      f.confidence = 0.6;
      return;
    }
    // `"President X, responding to ...: "We look forward ..."`: the person introducing the words.
    if (/:\s*$/.test(text.slice(Math.max(f.sentence.start, f.q.open - 3), f.q.open))) {
      const intro = ctx.mentionsIn(f.sentence.start, f.q.open).find((m) => ctx.byKey.get(m.entityKey)?.type === 'Person');
      if (intro) {
        f.speaker = intro.entityKey;
        f.confidence = 0.6;
        return;
      }
    }
    const prev = found.slice(0, i).reverse().find((o) => o.speaker);
    const prevAny = found[i - 1];
    // `"...," a U.S. official commented. "If Maduro does not ..."`: the unnamed speaker goes on.
    if (prevAny?.unnamed && prevAny.paragraph === f.paragraph) {
      f.unnamed = true;
      f.cue = prevAny.cue;
      f.confidence = 0.5;
      return;
    }
    // "An official statement by the Houthis on June 22 “affirmed ...”": the words of the body
    // that issued the statement, whose verb opens them.
    const issuer = /\b(?:statement|readout|communiqu[eé]|message|letter|release)\s+(?:(?:issued|released|sent)\s+)?(?:by|from)\s+(?:the\s+)?$/i;
    const issuedBy = ctx.mentionsIn(f.sentence.start, f.q.open).filter((m) => ISSUER_TYPES.has(ctx.byKey.get(m.entityKey)?.type ?? '')).pop();
    if (issuedBy && issuer.test(text.slice(Math.max(f.sentence.start, issuedBy.start - 50), issuedBy.start)) && /^(?:\s+on\s+[\p{L}\d ,]{3,25}?)?\s*$/u.test(text.slice(issuedBy.end, f.q.open))) {
      f.speaker = issuedBy.entityKey;
      f.cue = 'statement';
      f.confidence = 0.6;
      return;
    }
    // "Uzbekistan’s President Shavkat Mirziyoyev called Trump “the president of the world”": a
    // sentence that opens with someone doing something with the words is theirs, whoever spoke before.
    const acting = subjectOfQuote(ctx, text, f);
    // ('Lourenco “deplores the occupation of the city of Goma ...”': the quotation opens with
    // the subject's own verb.)
    const verbQuoted = !!acting && !text.slice(acting.end, f.q.open).trim() && /^[“"]?\p{Ll}{3,}s\b/u.test(text.slice(f.q.open, f.q.open + 30));
    if (acting && (verbQuoted || /^\s+(?:\p{Ll}+ly\s+)?(?!(?:is|was|has|does)\b)\p{Ll}{2,}(?:ed|s)\b/u.test(text.slice(acting.end, acting.end + 30))) && !namesInside(f, acting.entityKey)) {
      f.speaker = acting.entityKey;
      f.cue = 'subject';
      f.confidence = 0.4;
      return;
    }
    const sameParagraph = prev && prev.paragraph === f.paragraph;
    const startsParagraph = f.q.open === article.paragraphs[f.paragraph]?.start;
    const fromPrevParagraph = prev && prevAny === prev && prev.paragraph === f.paragraph - 1 && startsParagraph;
    if (prev && (f.continued || sameParagraph || fromPrevParagraph)) {
      f.speaker = prev.speaker;
      f.cue = prev.cue;
      f.reporter = f.reporter ?? prev.reporter;
      f.confidence = f.continued ? 0.7 : 0.5;
      return;
    }
    // "Khamenei said the West's issue is not just ... . "Rather, ...": the paragraph's last
    // speaker; a paragraph that is only a quotation takes the last speaker of the one before.
    const paragraphStart = article.paragraphs[f.paragraph]?.start ?? f.sentence.start;
    let said = lastSpeakerInText(article, ctx, paragraphStart, f.q.open);
    if (!said && startsParagraph && f.paragraph > 0) {
      const p = article.paragraphs[f.paragraph - 1];
      if (p) said = lastSpeakerInText(article, ctx, p.start, p.end);
    }
    if (said) {
      f.speaker = said;
      f.cue = 'said';
      f.confidence = 0.5;
      return;
    }
    // A paragraph that is only a quotation, after one whose subject is a person who "laid out
    // an ultimatum": that person's words.
    const paragraph = article.paragraphs[f.paragraph];
    // (A full stop may follow the closing mark: '"our vote will be decided by ...".')
    const wholeParagraph = startsParagraph && paragraph && !/[^\s.!?]/.test(text.slice(f.q.close + 1, paragraph.end));
    const before = f.paragraph > 0 ? article.paragraphs[f.paragraph - 1] : undefined;
    // (A scare quote there, "a so-called “outsider PM.”", quotes no one.)
    if (wholeParagraph && before && !found.some((o) => o !== f && o.q.open >= before.start && o.q.open < before.end && wordCount(text.slice(o.q.start, o.q.end)) >= MIN_QUOTE_WORDS)) {
      const subject = ctx.mentionsIn(before.start, before.end).find(
        (m) => ctx.byKey.get(m.entityKey)?.type === 'Person' && !OBJECT_OF_PLACE_OR_TIME.test(text.slice(Math.max(before.start, m.start - 40), m.start)) && !isPossessor(text, m),
      );
      if (subject) {
        f.speaker = subject.entityKey;
        f.cue = 'subject';
        f.confidence = 0.4;
        return;
      }
    }
    // 'Poland's prime minister also tossed objections to Merz's proposal. "If someone initiates
    // checks ..."': words standing as the paragraph's last sentences, right after one that opens
    // with a person, named or described, are that person's.
    const prevSentence = article.sentences[f.sentence.index - 1];
    const closing = f.q.close >= 0 && paragraph && !/\S/.test(text.slice(f.q.close + 1, paragraph.end)) && /^[\s“"]*$/.test(text.slice(f.sentence.start, f.q.open));
    if (closing && prevSentence && prevSentence.paragraph === f.paragraph && !found.some((o) => o !== f && o.q.open >= prevSentence.start && o.q.open < f.q.open)) {
      const lead = /^\s*((?:the\s+)?(?:\p{Lu}[\p{L}.-]*[’']s\s+(?:\p{Ll}+\s+){1,3}?|(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}))(?=(?:also|then|later|again|further|\p{Ll}+ly)?\s*\p{Ll}+(?:ed|s)\b)/u.exec(prevSentence.text);
      const phrase = lead?.[1]?.trim();
      const named = phrase ? ctx.mentionsIn(prevSentence.start, prevSentence.start + lead![0].length).filter((m) => !isPossessor(text, m)).pop() : undefined;
      const e = named ? ctx.byKey.get(named.entityKey) : phrase ? ctx.resolve(phrase, prevSentence.start) : null;
      // ('PM Modi reacted strongly. “Prime Minister Modi had told him ...”': words that speak of
      // the person are someone else's.)
      if (e?.type === 'Person' && !speaksOf(f, e.key)) {
        f.speaker = e.key;
        f.cue = 'subject';
        f.confidence = 0.4;
        return;
      }
    }
    // "The prime minister's office said the two diplomats “discussed ...”. / The meeting also
    // “reviewed ...”": a sentence about the meeting or statement just reported goes on quoting
    // whoever was quoted on it in the paragraph before.
    const opening = text.slice(f.sentence.start, f.q.open);
    if (prev && prev.paragraph === f.paragraph - 1 && /^[\s“"]*the\s+(?:meeting|talks|statement|readout|communiqu[eé]|call|discussions?|conversation|two sides|sides)\b[^"“”]*$/i.test(opening)) {
      f.speaker = prev.speaker;
      f.cue = prev.cue;
      f.confidence = 0.4;
      return;
    }
    // "In March, he repeated the invitation but made it conditional on ... “all components of
    // civil society,”": the person the sentence is about, named by a pronoun.
    const pron = /^[\s“"]*(?:(?:In|On|At|After|Before|During|Later|Earlier|Then)\b[^,“”"]{0,40},\s*)?(he|she)\b[^"“”]*$/i.exec(opening);
    if (pron) {
      const e = ctx.resolve(pron[1]!, f.sentence.start + pron[0].search(/\b(?:he|she)\b/i));
      if (e?.type === 'Person') {
        f.speaker = e.key;
        f.cue = 'subject';
        f.confidence = 0.4;
        return;
      }
    }
    // "Al-Sharaa also invited President Erdoğan to visit Syria “at the earliest possible
    // opportunity.”": words quoted inside a sentence about a person are that person's.
    if (acting) {
      f.speaker = acting.entityKey;
      f.cue = 'subject';
      f.confidence = 0.4;
    }
  });
}

/** The person a quotation's sentence opens with, named before the words and described only. */
function subjectOfQuote(ctx: EntityContext, text: string, f: Found): { entityKey: string; end: number } | undefined {
  // (Names before it qualify it: "Iran's Foreign Minister Abbas Araghchi".)
  const subject = ctx.mentionsIn(f.sentence.start, f.q.open).find((m) => ctx.byKey.get(m.entityKey)?.type === 'Person');
  return subject && describesSubject(text.slice(f.sentence.start, subject.start)) && !/["“”]/.test(text.slice(subject.end, f.q.open)) ? subject : undefined;
}

/**
 * The words before a sentence's subject name only describe it: capitalised words ("President"),
 * or lower-case ones too when a title ends them ("Dutch far-right leader").
 */
function describesSubject(lead: string): boolean {
  const m = /^[\s“"]*((?:[\p{L}.’'-]+\s+){0,6})$/u.exec(lead);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/).filter(Boolean);
  if (words.every((w) => /^\p{Lu}/u.test(w))) return words.length <= 4;
  return TITLE_WORDS.has(words[words.length - 1]!.toLowerCase()) && !words.some((w) => /^(?:in|at|with|to|from|by|for|on|after|before|and|but|that|who|which|of|the|a|an)$/i.test(w) || /^\p{Ll}+(?:ed|ing)$/u.test(w));
}

function sameWords(a: string, b: string): boolean {
  const ta = a.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const tb = b.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  if (!ta.length || !tb.length) return false;
  const setB = new Set(tb);
  const common = ta.filter((t) => setB.has(t)).length;
  if (common / Math.max(ta.length, tb.length) >= 0.8) return true;
  // ('“Statehood must mean peace”' as a subheading, then '“Statehood must mean peace. Recognition
  // must ...,” he said': a pull quote of four words or more that opens the longer quotation.)
  return ta.length >= 4 && ta.length < tb.length && ta.every((t, k) => tb[k] === t);
}

/** The subject of the last finite speech verb between `from` and `to`, outside quotations. */
function lastSpeakerInText(article: CleanArticle, ctx: EntityContext, from: number, to: number): string | null {
  const seg = article.text.slice(from, to);
  FINITE_VERB.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = FINITE_VERB.exec(seg))) last = m;
  // "This was disclosed by Philippine Ambassador Jose Manuel Romualdez in an interview": the agent speaks.
  const passive = [...seg.matchAll(/\b(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?:disclosed|said|announced|revealed|stated|confirmed|told)\s+by\s+/g)].pop();
  if (passive && (!last || passive.index! > last.index)) {
    const agentAt = from + passive.index! + passive[0].length;
    const agent = ctx.mentionsIn(agentAt, Math.min(to, agentAt + 80)).find((x) => ctx.byKey.get(x.entityKey)?.type === 'Person' && /^(?:\S+\s+){0,5}$/.test(article.text.slice(agentAt, x.start)));
    if (agent) return agent.entityKey;
  }
  if (!last) return null;
  const verbAt = from + last.index;
  const sentence = article.sentences.find((s) => verbAt >= s.start && verbAt < s.end);
  if (!sentence) return null;
  const subj = subjectBefore(article.text, sentence.start, verbAt);
  if (!subj) return null;
  return speakerOf(article, ctx, { ...subj, cue: last[0], strength: 0.5 }, sentence)?.key ?? null;
}

const SPEAKER_TYPES = new Set(['Person', 'Organization']);
/** Who may issue a statement: a person, a body, or a state. */
const ISSUER_TYPES = new Set([...SPEAKER_TYPES, 'Country']);
/** A name after a preposition, of place and time too ("in", "after"): no subject of the sentence. */
const OBJECT_OF_PLACE_OR_TIME = new RegExp(`\\b(?:${OBJECT_WORDS}|on|in|at|over|after)\\s+(?:the\\s+)?(?:[^\\s,;.]+\\s+){0,2}$`, 'i');
/** Auxiliaries and adverbs between a subject and its verb ("he had", "Trump also"). */
const FILLER_WORDS = /\b(?:also|then|later|once|previously|earlier|publicly|privately|reportedly|firmly|further|originally|again|has|had|have|would|will|on\s+\w+day)\b/gi;

/**
 * "Yoon‘s Japanese counterpart also agreed ..., saying": the other person, of that country when
 * the description names one, last spoken of before.
 */
function counterpartOf(ctx: EntityContext, phrase: string, at: number): { key: string; certainty: number } | null {
  // ("his Latvian counterpart said:": whose counterpart, by pronoun.)
  const m = phrase.match(/^(.+?)[’'‘]s?\s+(?:([\p{L}-]+)\s+)?counterpart$/u) ?? phrase.match(/^(his|her)\s+(?:([\p{L}-]+)\s+)?counterpart$/iu);
  if (!m) return null;
  const owner = ctx.resolve(m[1]!.trim(), at);
  const country = m[2] ? countryByDemonym(m[2])?.cca3 : undefined;
  const other = ctx.mentionsIn(Math.max(0, at - 3000), at)
    .map((x) => ctx.byKey.get(x.entityKey))
    .filter((e): e is Entity => e?.type === 'Person' && e.key !== owner?.key && (!country || e.country === country))
    .pop();
  return owner && other ? { key: other.key, certainty: 0.7 } : null;
}

/** A body's head named by role right after the body: "the IAEA chief", "the WHO head". */
const ORG_HEAD_ROLE = /^[’']?s?\s+(?:chief|head|boss|leader|director(?:-general|\s+general)?|secretary(?:-general|\s+general)|chair(?:man|woman|person)?)\s*$/i;

/** Resolves an attribution phrase to the speaking entity. */
function speakerOf(article: CleanArticle, ctx: EntityContext, att: Attribution, sentence: Sentence): { key: string; certainty: number } | null {
  const text = article.text;
  // ('..., according to a readout of his meeting with Philippine foreign secretary Enrique Manalo':
  // whom a readout tells of meeting is not who spoke; the sentence's subject did.)
  if (att.cue === 'according to' && /^(?:an?|the)\s+(?:\p{L}+\s+)?(?:readout|transcript|summary|account|record)\s+of\b/iu.test(text.slice(att.start, att.end))) {
    return speakerOf(article, ctx, { ...att, start: sentence.start, end: att.start, mainSubject: true }, sentence);
  }
  if (att.mainSubject) {
    // ("He described Trump as “...,” adding that ...": a pronoun opening the sentence is its subject.)
    const pron = /^[\s"“]*(he|she)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b/iu.exec(text.slice(sentence.start, att.end));
    const byPronoun = pron ? ctx.resolve(pron[1]!.toLowerCase(), sentence.start + pron[0].indexOf(pron[1]!)) : null;
    if (byPronoun && SPEAKER_TYPES.has(byPronoun.type)) return { key: byPronoun.key, certainty: 0.7 };
    // The sentence's first person or body that is not the object of a preposition.
    // "China on Thursday urged X to ..., warning": a country that opens the sentence is its subject.
    const inSentence = ctx.mentionsIn(sentence.start, att.end);
    const cands = inSentence.filter((m, k) => {
      const e = ctx.byKey.get(m.entityKey);
      // ("LDP heavyweight Ichiro Aisawa, meanwhile, said": a body named as a title qualifies the person.)
      const next = inSentence[k + 1];
      if (e && e.type !== 'Person' && next && ctx.byKey.get(next.entityKey)?.type === 'Person' && /^\s+(?:[\p{L}.-]+\s+){1,4}$/u.test(text.slice(m.end, next.start))) return false;
      if (!e || !(SPEAKER_TYPES.has(e.type) || (e.type === 'Country' && k === 0 && /^[\s"“]*(?:the\s+)?$/i.test(text.slice(sentence.start, m.start))))) return false;
      // "Milei’s success at the polls": a possessor is no subject; nor is "the sister of [Kim]".
      if (isPossessor(text, m) || relationBefore(text, sentence.start, m.start)) return false;
      return !OBJECT_OF_PLACE_OR_TIME.test(text.slice(Math.max(sentence.start, m.start - 40), m.start));
    });
    const first = cands[0];
    if (first) return { key: first.entityKey, certainty: 0.9 };
    const described = /^[\s"“]*(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*[’'‘]s?\s+(?:[\p{L}-]+\s+)?counterpart)\b/u.exec(text.slice(sentence.start, att.end));
    const counterpart = described ? counterpartOf(ctx, described[1]!, sentence.start) : null;
    if (counterpart) return counterpart;
    // "The foreign minister said, ..., emphasising that": the first verb's subject.
    FINITE_VERB.lastIndex = 0;
    const fv = FINITE_VERB.exec(text.slice(sentence.start, att.end));
    if (fv) {
      const subj = subjectBefore(text, sentence.start, sentence.start + fv.index);
      if (subj) return speakerOf(article, ctx, { ...subj, cue: fv[0], strength: att.strength }, sentence);
    }
    return namedNext(article, ctx, text.slice(sentence.start, att.end).trimStart(), sentence.start, att.end);
  }
  const phrase = text.slice(att.start, att.end);
  // "according to a readout from the Elysee", "a statement by the ministry": the body that issued it.
  // ("A post on a social media account affiliated with Chinese state broadcaster CCTV": the account's.)
  const issued = phrase.match(/^(?:an?|the|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:readout|statement|communiqu[eé]|transcript|press release|release|post|message|note|letter|summary)\s+(?:(?:issued|released|published|posted|sent)\s+)?(?:from|by|of|on\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?account\s+(?:affiliated\s+with|linked\s+to|run\s+by|of|belonging\s+to))\s+(?=\S)/iu);
  if (issued) return speakerOf(article, ctx, { ...att, start: att.start + issued[0].length }, sentence);
  // "the ministry's statement on Telegram added": whose statement it is, not where it ran.
  const owned = phrase.match(/^(.+?)['’]s?\s+(?:(?:joint|official|written)\s+)?(?:statement|readout|communiqu[eé]|post|release|press release)(?:\s+(?:on|in)\s+.+)?$/i);
  if (owned) {
    const holder = ctx.resolve(owned[1]!.trim(), att.start);
    if (holder && SPEAKER_TYPES.has(holder.type)) return { key: holder.key, certainty: 0.7 };
  }
  // "The Ministry of Foreign Affairs made the call in a statement ... . The statement said, “...”":
  // the body or person that issued the statement the article spoke of before.
  if (/^(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:(?:joint|official|written)\s+)?(?:statement|readout|communiqu[eé]|press release)$/.test(phrase)) {
    const issuer = issuerBefore(article, ctx, att.start);
    if (issuer) return { key: issuer, certainty: 0.6 };
  }
  // "The Egyptian message stated": the country whose message it is, when the article names it.
  const national = /^(?:[Aa]n?|[Tt]he)\s+(?:(?:official|joint|written)\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+(?:message|statement|readout|communiqu[eé]|note|letter|response)$/u.exec(phrase);
  const nation = national ? countryByDemonym(national[1]!) : undefined;
  const ofNation = nation ? ctx.entities.find((e) => e.type === 'Country' && e.name === nation.name) : undefined;
  if (ofNation) return { key: ofNation.key, certainty: 0.7 };
  const counterpart = counterpartOf(ctx, phrase, att.start);
  if (counterpart) return counterpart;
  // "a German Foreign Ministry spokesman", "a Downing Street spokeswoman", then "the
  // spokesperson said": a body's spokesperson speaks for the body (a seat for its country).
  // ("a spokesperson for the German Defense Ministry said": the body after "for".)
  const spokesFor = /^(?:an?|the|one)\s+spokes(?:man|woman|person)\s+(?:for|of|at)\s+/i.exec(phrase);
  if (spokesFor) {
    const body = bodyNamed(ctx, text, att.start + spokesFor[0].length, att.end);
    if (body) return body;
  }
  const spokes = /^(?:an?|the|one)\s+(?:(.+?)\s+)?spokes(?:man|woman|person)$/i.exec(phrase);
  if (spokes) {
    // "the Kremlin's spokesman said" beside "spokesman Dmitry Peskov said": a definite
    // spokesperson is the one the article names as such, when it names one only.
    const named = /^the\s/i.test(phrase) ? namedSpokesperson(ctx, spokes[1] ? bodyNamed(ctx, text, att.start, att.end)?.key : undefined, att.start) : null;
    if (named) return named;
    const body = spokes[1] ? bodyNamed(ctx, text, att.start, att.end) ?? bodyBefore(ctx, text, spokes[1], att.start) : null;
    if (body) return body;
    if (!spokes[1]) {
      // (The spokesperson named last, a few paragraphs back at most.)
      const back = text.slice(Math.max(0, att.start - 1200), att.start);
      const earlier = [...back.matchAll(/\b(?:an?|the)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,4})spokes(?:man|woman|person)\b|\b(?:an?|the)\s+spokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'.-]*\s*){1,5})/gu)].pop();
      if (earlier) {
        const words = earlier[1] ?? earlier[2]!;
        const at = att.start - back.length + earlier.index! + earlier[0].indexOf(words);
        const found = bodyNamed(ctx, text, at, at + words.trimEnd().length);
        if (found) return found;
      }
    }
  }
  // "a senior Hamas official", "an aide": someone the article does not name.
  if (/^(?:an?|one|two|three|several|some|unnamed|anonymous)\s/i.test(phrase)) return null;
  // "The office said ...", "the ministry added": the office or ministry named just before.
  const theBody = new RegExp(`^the\\s+(${BODY_KIND})$`, 'i').exec(phrase);
  if (theBody) return bodyBefore(ctx, text, theBody[1]!, att.start);
  // "the Finnish presidency said": the office of that country's president.
  const presidency = /^the\s+(\p{Lu}[\p{L}-]+)\s+presidency$/u.exec(phrase);
  const presidencyOf = presidency ? countryByDemonym(presidency[1]!) : undefined;
  if (presidencyOf) return officeEntity(ctx, `Office of the President of ${presidencyOf.name}`);
  // "the Angolan president's office said", "Angola's presidential office": the same office.
  const headOffice = /^(?:the\s+)?(\p{Lu}[\p{L}-]+)(?:[’']s)?\s+(president|presidential|prime\s+minister)(?:[’']s)?\s+office$/u.exec(phrase);
  const headOfficeOf = headOffice ? (countryByDemonym(headOffice[1]!) ?? countryByName(headOffice[1]!)) : undefined;
  if (headOfficeOf) return officeEntity(ctx, headOffice![2]!.startsWith('prime') ? `Prime Minister's Office of ${headOfficeOf.name}` : `Office of the President of ${headOfficeOf.name}`);
  // "the government of Congo said": the government speaks for its country.
  if (/^the\s+government\s+of\s+/i.test(phrase)) {
    const country = ctx.mentionsIn(att.start, att.end).find((m) => ctx.byKey.get(m.entityKey)?.type === 'Country');
    if (country) return { key: country.entityKey, certainty: 0.7 };
  }
  // "The office said they ... “...,” it added": "it" goes on meaning the body that spoke before.
  if (/^it$/i.test(phrase)) {
    const prev = text.slice(Math.max(0, sentence.start - 300), sentence.start);
    const spoke = new RegExp(`(?:^|[.!?”"]\\s+)(?:The|Its)\\s+(${BODY_KIND})\\s+(?:\\w+\\s+)?(?:said|says|added|stated|announced|confirmed)\\b[^.!?]*[.!?]["”]?\\s*$`).exec(prev);
    if (spoke) {
      const body = bodyBefore(ctx, text, spoke[1]!, sentence.start - prev.length + spoke.index!);
      if (body) return body;
    }
  }
  // "Netanyahu's office", "Macron's office": the office of the person's post.
  const office = phrase.match(/^(.+?)['’]s\s+office$/i);
  if (office) {
    const holder = ctx.resolve(office[1] as string, att.start);
    if (holder?.type === 'Person') return officeOf(ctx, holder);
  }
  const inPhrase = ctx.mentionsIn(att.start, att.end).filter((m) => SPEAKER_TYPES.has(ctx.byKey.get(m.entityKey)?.type ?? ''));
  // ("Netanyahu’s Likud party said": the party speaks, not the one whose party it is.)
  const ownsBody = (m: Mention) => isPossessor(text, m) && inPhrase.some((o) => o.start > m.start && ctx.byKey.get(o.entityKey)?.type === 'Organization');
  const person = [...inPhrase].reverse().find((m) => ctx.byKey.get(m.entityKey)?.type === 'Person' && !ownsBody(m));
  // "the sister of North Korean leader Kim Jong Un said": the sister speaks, if the article names her.
  const relation = person ? relationBefore(text, att.start, person.start) : null;
  if (relation) {
    const described = personWithRelation(text, ctx, relation, person!.entityKey, att);
    return described ? { key: described.key, certainty: 0.8 } : null;
  }
  if (person) return { key: person.entityKey, certainty: 1 };
  const org = [...inPhrase].reverse().find((m) => ctx.byKey.get(m.entityKey)?.type === 'Organization');
  // ("the IAEA chief announced" beside "IAEA Director-General Rafael Grossi": the one person whose
  // title names the body heads it.)
  if (org && ORG_HEAD_ROLE.test(text.slice(org.end, att.end))) {
    const body = ctx.byKey.get(org.entityKey)!;
    const names = [body.name, ...body.aliases, org.text].map((n) => n.toLowerCase());
    const heads = ctx.entities.filter((e) => e.type === 'Person' && e.roles.some((r) => names.some((n) => r.toLowerCase().includes(n))));
    if (heads.length === 1) return { key: heads[0]!.key, certainty: 0.8 };
  }
  if (org) return { key: org.entityKey, certainty: 1 };
  // "North Korea said", "Beijing warned": a country that is the whole subject speaks.
  const country = ctx.mentionsIn(att.start, att.end).find((m) => ctx.byKey.get(m.entityKey)?.type === 'Country');
  if (country && phrase.replace(/^the\s+/i, '').replace(FILLER_WORDS, ' ').trim() === country.text.replace(/^the\s+/i, '')) return { key: country.entityKey, certainty: 0.8 };
  const cleaned = phrase.replace(FILLER_WORDS, ' ').replace(/\s+/g, ' ').trim();
  const resolved = ctx.resolve(cleaned, att.start);
  // "the White House wrote", "the Kremlin said": the government speaks for its country.
  if (resolved?.type === 'Country' && (countryBySeat(cleaned) || countryByCapital(cleaned.replace(/^the\s+/i, '')))) return { key: resolved.key, certainty: 0.7 };
  if (resolved && SPEAKER_TYPES.has(resolved.type)) return { key: resolved.key, certainty: /^(?:he|she|it)$/i.test(phrase) ? 0.8 : 0.7 };
  return namedNext(article, ctx, phrase, att.start, att.end);
}

/**
 * "Greenland's prime minister on Sunday accused the US ..., saying "..." Jens-Frederik
 * Nielsen made the comments ...": a lede describes the speaker by title before anyone is named,
 * and the next sentence opens with the name.
 */
function namedNext(article: CleanArticle, ctx: EntityContext, phrase: string, start: number, end: number): { key: string; certainty: number } | null {
  if (!DESCRIBED_SPEAKER.test(phrase)) return null;
  const people = (from: number, to: number) => ctx.mentionsIn(from, to).filter((m) => ctx.byKey.get(m.entityKey)?.type === 'Person');
  if (people(0, start).length) return null;
  const next = people(end, end + 400).find((m) => /[.!?]["”’]?\s+$/.test(article.text.slice(Math.max(0, m.start - 4), m.start)));
  return next ? { key: next.entityKey, certainty: 0.4 } : null;
}

/** A speaker described by country and office ("Brazil's president", "The U.S. special envoy ..."). */
const DESCRIBED_SPEAKER = /^(?:the\s+)?(?:\p{Lu}[\p{L}.’']*\s+){0,2}(?:\p{Lu}[\p{L}.]*[’']s\s+)?(?:\p{Ll}+\s+){0,2}(?:president|prime minister|premier|chancellor|leader|envoy|special envoy|foreign minister|king|emir)\b/u;

/**
 * The one person the article titles a spokesperson, when the body they speak for (if their
 * title names one) is `body`.
 */
function namedSpokesperson(ctx: EntityContext, body: string | undefined, at: number): { key: string; certainty: number } | null {
  const titled = ctx.entities.flatMap((e) => {
    const role = e.type === 'Person' ? e.roles.find((r) => /\bspokes(?:man|woman|person)\b/i.test(r)) : undefined;
    return role ? [{ person: e, role }] : [];
  });
  if (titled.length !== 1) return null;
  const { person, role } = titled[0]!;
  const prefix = role.replace(/\s*\bspokes(?:man|woman|person)\b.*$/i, '').replace(/^(?:the|a|an)\s+/i, '').trim();
  const speaksFor = prefix ? ctx.resolve(prefix, at) : null;
  if (speaksFor && body && speaksFor.key !== body) return null;
  return { key: person.key, certainty: 0.6 };
}

/** The organisation named in [start, end), or the country whose seat it names ("Downing Street"). */
function bodyNamed(ctx: EntityContext, text: string, start: number, end: number): { key: string; certainty: number } | null {
  const org = ctx.mentionsIn(start, end).find((m) => ctx.byKey.get(m.entityKey)?.type === 'Organization');
  if (org) return { key: org.entityKey, certainty: 0.6 };
  const words = text.slice(start, end).replace(/^(?:an?|the|one)\s+/i, '').replace(/\s+spokes(?:man|woman|person)$/i, '').trim();
  const seat = countryBySeat(words);
  if (seat) {
    const e = ctx.resolve(words, start);
    if (e?.type === 'Country') return { key: e.key, certainty: 0.6 };
  }
  return null;
}

/** The kinds of body a bare "the office", "the ministry" or "a ministry spokesman" points back to. */
const BODY_KIND = String.raw`(?:foreign\s+)?(?:office|ministry|presidency|embassy)`;

/**
 * "a ministry spokesman", "the office said": the last body of that kind named within a few
 * sentences before `at`; for an office, the office of the person whose office it was ("Pashinyan's office").
 */
function bodyBefore(ctx: EntityContext, text: string, kind: string, at: number): { key: string; certainty: number } | null {
  if (!new RegExp(`^${BODY_KIND}$`, 'i').test(kind)) return null;
  const word = kind.toLowerCase().replace(/^foreign\s+/, '');
  const from = Math.max(0, at - 800);
  if (word === 'office') {
    const owner = [...text.slice(from, at).matchAll(/((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)[’']s\s+office\b/gu)].pop();
    const holder = owner ? ctx.resolve(owner[1]!, from + owner.index!) : null;
    return holder?.type === 'Person' ? officeOf(ctx, holder) : null;
  }
  const named = new RegExp(`\\b${word}\\b`, 'i');
  const body = ctx
    .mentionsIn(from, at)
    .filter((m) => {
      const e = ctx.byKey.get(m.entityKey);
      return e?.type === 'Organization' && named.test(e.name);
    })
    .pop();
  return body ? { key: body.entityKey, certainty: 0.6 } : null;
}

/** "Netanyahu's office" speaks as the office of his post: "Prime Minister's Office of Israel". */
function officeOf(ctx: EntityContext, holder: Entity): { key: string; certainty: number } | null {
  const title = holder.roles.map((r) => r.match(/\b(Prime Minister|President|Chancellor|Premier|Governor|Mayor)\b/i)?.[1]).find(Boolean);
  if (!title) return { key: holder.key, certainty: 0.5 };
  const proper = title.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  // Usual English names: "Prime Minister's Office of Israel"; "Office of the President of France".
  const country = holder.country ? COUNTRY_BY_CODE.get(holder.country)?.name : undefined;
  const name = proper === 'President' && country ? `Office of the President of ${country}` : country && proper === 'Prime Minister' ? `Prime Minister's Office of ${country}` : `${proper}'s Office`;
  return officeEntity(ctx, name);
}

/** The office called `name`, added to the article's entities the first time it speaks. */
function officeEntity(ctx: EntityContext, name: string): { key: string; certainty: number } {
  const existing = ctx.entities.find((e) => e.type === 'Organization' && e.name === name);
  if (existing) return { key: existing.key, certainty: 0.7 };
  const entity: Entity = { key: `org:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '')}`, type: 'Organization', name, aliases: [], roles: [] };
  ctx.entities.push(entity);
  ctx.byKey.set(entity.key, entity);
  return { key: entity.key, certainty: 0.7 };
}

/** Who issued the last statement the text spoke of before `at`: "X made the call in a statement". */
function issuerBefore(article: CleanArticle, ctx: EntityContext, at: number): string | undefined {
  const text = article.text;
  const from = Math.max(0, at - 600);
  // ("In a second, separate statement, the Italian prime minister said": words for which statement.)
  const said = [...text.slice(from, at).matchAll(/\b(?:in|issued|released|put out)\s+an?\s+(?:(?:joint|written|separate|second|third|new|further|later|earlier|brief|short)\b[,\s]+)*statement\b/gi)].pop();
  if (!said) return undefined;
  const cueAt = from + said.index!;
  const sentence = article.sentences.find((x) => x.start <= cueAt && cueAt < x.end);
  if (!sentence) return undefined;
  const before = ctx
    .mentionsIn(sentence.start, cueAt)
    .find((m) => ISSUER_TYPES.has(ctx.byKey.get(m.entityKey)?.type ?? '') && !isPossessor(text, m) && !OBJECT_OF_PLACE_OR_TIME.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)))?.entityKey;
  if (before) return before;
  // The statement as an opener: whoever the main clause after it says said it.
  const afterCue = cueAt + said[0].length;
  const opener = /^In\b/.test(said[0]) ? /^[^,]*,\s*((?:the\s+)?[^,.;“”"]{2,60}?)\s+(?:said|says|added|stated|wrote)\b/i.exec(text.slice(afterCue, sentence.end)) : null;
  if (!opener) return undefined;
  const subjectAt = afterCue + opener[0].indexOf(opener[1]!, opener[0].indexOf(','));
  const who = ctx.resolve(opener[1]!, subjectAt);
  return who && ISSUER_TYPES.has(who.type) ? who.key : undefined;
}

function outletIn(ctx: EntityContext, start: number, end: number): string | undefined {
  return ctx.mentionsIn(start, end).find((m) => ctx.byKey.get(m.entityKey)?.type === 'Organization')?.entityKey;
}

/** "according to the state-run KCNA news agency", "CNN reported", "as quoted by TASS". */
function reporterInSentence(text: string, ctx: EntityContext, s: Sentence): string | undefined {
  const seg = text.slice(s.start, s.end);
  const re = /\b(?:according to|as quoted by|quoted by|as reported by|cited by|carried by|per)\s+((?:the\s+)?[^,.;]+)|(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*)\s+(?:reported|quoted)\b/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    const phrase = (m[1] ?? m[2]) as string;
    const start = s.start + m.index + m[0].indexOf(phrase);
    const org = outletIn(ctx, start, start + phrase.length);
    if (org) return org;
  }
  return undefined;
}

function aboutKeys(ctx: EntityContext, start: number, end: number, speaker: string | null): string[] {
  const keys = new Set<string>();
  for (const m of ctx.mentionsIn(start, end)) if (m.entityKey !== speaker) keys.add(m.entityKey);
  return [...keys];
}

/**
 * Reported speech outside quotation marks: "X said (that) ...", "X told reporters ...",
 * "according to X, ...". Stored as indirect statements.
 */
function findIndirect(article: CleanArticle, ctx: EntityContext, found: Found[]): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  const text = article.text;
  for (const s of article.sentences) {
    if (found.some((f) => f.q.open >= s.start && f.q.open < s.end)) continue;
    const seg = text.slice(s.start, s.end);
    const m = seg.match(/\b(said|says|told\s+(?:(?:\p{L}+\s+){1,4}?(?=that\b)|(?:reporters|journalists|the media|media|lawmakers|parliament)\b)|stated|added|announced|claimed|noted|stressed|warned|insisted|argued|explained|confirmed|reiterated|acknowledged|admitted)\b(?:\s+(?:later|earlier|again|also|separately|previously|repeatedly))?(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?(?:\s+in\s+an?\s+(?:\p{L}+\s+)?(?:statement|interview|post|speech|briefing))?(?:\s+that)?\s+/u);
    if (!m || m.index === undefined) continue;
    const verbAt = s.start + m.index;
    const subj = subjectBefore(text, s.start, verbAt);
    if (!subj) continue;
    const who = speakerOf(article, ctx, { ...subj, cue: m[1] as string, strength: 0.6 }, s);
    if (!who) continue;
    const start = s.start + m.index + m[0].length;
    let end = s.end;
    while (end > start && /[\s.]/.test(text[end - 1] ?? '')) end--;
    if (wordCount(text.slice(start, end)) < 3) continue;
    // "said after talks in Geneva": an adjunct, not what was said.
    if (/^(?:after|before|during|following|in|at|on|when|while|as|from|with|without|amid|ahead)\b/i.test(text.slice(start, end))) continue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      kind: 'indirect',
      speaker: who.key,
      cue: (m[1] as string).split(/\s+/)[0] as string,
      ...(() => {
        const r = reporterInSentence(text, ctx, s);
        return r && r !== who.key ? { reporter: r } : {};
      })(),
      sentenceIndex: s.index,
      about: aboutKeys(ctx, start, end, who.key),
      confidence: 0.5 * who.certainty,
    });
  }
  return out;
}

/** Key of a statement for the graph: one per article and span. */
export const statementKey = (articleId: string, start: number, end: number) => `statement:${hashOf(articleId, start, end)}`;
