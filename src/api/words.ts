import { foldName } from '../graph/ids';
import { onKey, onTokens, stemWord } from '../graph/search-text';

/**
 * Loose word matching for what a condition is "on": analysts type "talks" where the article says
 * "sit down with the US" or "meeting with Trump", so a few kinds of encounter count as one.
 */
const KINDRED: string[][] = [
  ['talk', 'talks', 'negotiation', 'negotiations', 'negotiate', 'dialogue', 'sit', 'meet', 'meeting', 'meetings', 'summit', 'engage', 'engagement'],
  ['ceasefire', 'truce', 'armistice'],
  ['deal', 'agreement', 'accord', 'treaty'],
  ['visit', 'trip'],
];

const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'with', 'on', 'for', 'in', 'and', 'or', 'at', 'by']);

function variants(word: string): string[] {
  const w = foldName(word);
  const group = KINDRED.find((g) => g.includes(w) || g.includes(stemWord(w)));
  return group ? [...new Set([w, ...group])] : [w];
}

/**
 * What `conditions(on:)` asks the store for: one group per word of `query` (stop words aside),
 * holding the on-keys of the word and of its kindred words, ignoring endings; a condition
 * matches when its on-words (ON_KEY_MARK in src/graph/search-text.ts) hold a key of every
 * group. Null when no word is left: every condition matches.
 */
export function onKeyGroups(query: string): string[][] | null {
  const words = onTokens(query).filter((w) => !STOP.has(w));
  if (!words.length) return null;
  return [...new Set(words)].map((w) => [...new Set(variants(w).map(onKey))]);
}
