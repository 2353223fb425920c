import { foldName } from '../graph/ids';

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

const tokens = (s: string) => foldName(s).split(/[^a-z0-9]+/).filter((w) => w.length > 1);
const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '');

function variants(word: string): string[] {
  const w = foldName(word);
  const group = KINDRED.find((g) => g.includes(w) || g.includes(stem(w)));
  return group ? [...new Set([w, ...group])] : [w];
}

/** True when every word of `query` (or a kindred word) appears in `text`, ignoring endings. */
export function wordsMatch(query: string, text: string): boolean {
  const hay = new Set(tokens(text).map(stem));
  const words = tokens(query).filter((w) => !STOP.has(w));
  if (!words.length) return true;
  return words.every((w) => variants(w).some((v) => hay.has(stem(v))));
}

const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'with', 'on', 'for', 'in', 'and', 'or', 'at', 'by']);
