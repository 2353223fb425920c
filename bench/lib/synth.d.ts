export interface SynthArticle {
  id: string;
  url: string;
  source: string;
  published: string;
  title: string;
  text: string;
}
export interface Synth {
  article(i: number): SynthArticle;
  bases: number;
  sentences: number;
}
export function createSynth(
  seeds: { id?: string; source?: string; text: string }[],
  options?: { seed?: number; keepNames?: number; perDay?: number; nlp?: unknown; minSentences?: number; maxSentences?: number },
): Synth;
export function writeJsonl(file: string, synth: Synth, n: number): Promise<{ file: string; articles: number; bytes: number }>;
export function sentencesOf(text: string): string[];
export function peopleOf(text: string, nlp: unknown): string[];
export function rngFor(seed: number): () => number;
