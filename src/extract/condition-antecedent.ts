/**
 * A condition is often stated as a requirement in one sentence and tied to what depends on it
 * in the next, through a word that points back: "We need to ensure that the opposing side
 * agrees to take steps ...". "He added that a ceasefire is impossible without such
 * agreement." The condition in the article's own words is then the requirement the pointer
 * stands for, not "such agreement" or "That".
 */
import type { StageInput } from './context';
import { sentenceAround } from './condition-speaker';
import { conditionClauseEnd } from './condition-clauses';
import type { Span } from './types';

/** A condition that only points back: "that", "this", "such agreement", "these steps". */
const POINTER = /^(?:that|this|such\s+(?:an?\s+)?[\p{L}-]+|th(?:is|at|ese|ose)\s+(?:conditions?|requirements?|demands?|guarantees?|steps?|assurances?))$/iu;

/** "ensure that Z", "make sure Z": the requirement is the clause after it. */
const ENSURE = /\b(?:ensure|make sure|guarantee)\s+(?:that\s+)?/gi;
/** "the United States should Z", "Kyiv must first Z": the requirement is what the party must do. */
const MUST = /\b(?:should|must|has to|have to|needs to|need to)\s+(?:first\s+)?/gi;

/**
 * "only if this condition is met" with no condition stated before it (a headline's teaser),
 * "if that happened": the words name no condition of their own.
 */
export function isBarePointer(conditionText: string, inTitle = false): boolean {
  const words = conditionText.replace(/^["“”‘’\s]+|["“”‘’\s,.?!]+$/g, '');
  return (
    // (In a body, "Once these conditions are met, we will ..." still states the terms just listed.)
    (inTitle && /^th(?:is|at|ese|ose)\s+(?:conditions?|requirements?|demands?)\s+(?:is|are|was|were|has been|have been|gets?)\s+(?:met|fulfilled|satisfied)$/i.test(words)) ||
    // ("So we would not be generous with Argentina if that happened": the condition was the sentence before.)
    /^(?:that|this|it)\s+(?:happens|happened|occurs|occurred|is the case|were the case|was the case|were to happen)$/i.test(words)
  );
}

export function isPointer(conditionText: string): boolean {
  return POINTER.test(conditionText.replace(/^["“”‘’\s]+|["“”‘’\s,.]+$/g, ''));
}

/**
 * The requirement stated in the sentence before `sentStart`, as a span of the text: the last
 * "ensure that Z" there, else the last "should/must Z". Null when that sentence states none.
 */
export function requirementBefore(input: StageInput, sentStart: number): Span | null {
  const { text } = input.article;
  let p = sentStart - 1;
  while (p > 0 && /\s/.test(text[p] ?? '')) p--;
  if (p <= 0) return null;
  const prev = sentenceAround(input, p);
  const body = text.slice(prev.start, prev.end);
  for (const cue of [ENSURE, MUST]) {
    const last = [...body.matchAll(cue)].pop();
    if (!last) continue;
    const start = prev.start + last.index! + last[0].length;
    const end = conditionClauseEnd(text, start, prev.end);
    if (end - start >= 3) return { start, end };
  }
  return null;
}
