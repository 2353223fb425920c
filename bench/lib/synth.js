'use strict';
/**
 * Synthetic articles for scale runs: real seed sentences recombined, with the people in them
 * renamed, so the extractor does the same kind of work as on real news (quotes, cues,
 * conditions, dates) over a graph that keeps growing instead of repeating one article.
 *
 * Deterministic: article i depends only on (seeds, options, i), so a corpus can be generated
 * lazily, streamed to JSONL, or regenerated in another process identically.
 */
const fs = require('node:fs');

const FIRST = [
  'Ana', 'Boris', 'Chen', 'Dara', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Marek',
  'Nadia', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sami', 'Tomas', 'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf',
  'Zofia', 'Adriana', 'Bilal', 'Carmen', 'Dmitri', 'Esther', 'Felipe', 'Gulnara', 'Hassan', 'Ingrid', 'Jamal',
  'Katarina', 'Luis', 'Mariam', 'Nikolai', 'Olga', 'Pablo', 'Rania', 'Stefan', 'Tariq', 'Valeria', 'Walid',
  'Yara', 'Zoran', 'Amara',
];
const LAST = [
  'Petrov', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Kowalski', 'Rahman', 'Ferreira', 'Novak',
  'Sato', 'Abdullah', 'Gruber', 'Ivanova', 'Mendes', 'Nakamura', 'Osei', 'Popescu', 'Quispe', 'Rossi',
  'Schneider', 'Torres', 'Usman', 'Varga', 'Wojcik', 'Yilmaz', 'Zhou', 'Almeida', 'Bakker', 'Castillo',
  'Demir', 'Eriksen', 'Fischer', 'Garcia', 'Horvath', 'Iqbal', 'Jensen', 'Karimi', 'Larsen', 'Mahmoud',
  'Nielsen', 'Ortega', 'Pereira', 'Reyes', 'Silva', 'Takahashi', 'Udeh', 'Vasquez', 'Weber', 'Yamamoto',
];

/** Small, fast, seedable PRNG (mulberry32). */
function rngFor(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(a, b) {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

const SENTENCE_SPLIT = /(?<=[.!?][\u201d"\u2019')\]]?)\s+(?=[\u201c"\u2018'(\[]?[A-Z])/;

/** Body sentences of one article: paragraphs split on blank lines, then on sentence ends. */
function sentencesOf(text) {
  const out = [];
  for (const para of text.split(/\n\s*\n/)) {
    const flat = para.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    for (const s of flat.split(SENTENCE_SPLIT)) {
      const t = s.trim();
      // Keep prose: long enough, ends like a sentence, has lower-case words (drops bylines, menus).
      if (t.length < 40 || t.length > 700) continue;
      if (!/[.!?][\u201d"\u2019')\]]?$/.test(t)) continue;
      if (!/ [a-z]{3,} /.test(t)) continue;
      out.push(t);
    }
  }
  return out;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Person names per seed article. Uses compromise's people() where available (a real NER pass,
 * once per seed), and keeps names of two or more capitalised words.
 */
const TITLES = new Set(
  'President Prime Minister Leader Mr Mrs Ms Dr Chairman Chairwoman Secretary General Gen Sen Senator Rep Representative Gov Governor King Queen Pope Supreme Foreign Vice Chancellor Premier Ambassador Spokesperson Spokesman Speaker Director Chief Deputy Commander Envoy Sister Brother Lady First US U.S. North South Korean American Chinese'.split(' '),
);

function peopleOf(text, nlp) {
  const names = new Set();
  if (nlp) {
    for (const raw of nlp(text).people().out('array')) {
      const name = String(raw)
        .replace(/['\u2019]s$/i, '')
        .replace(/[^\p{L}\s.-]/gu, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.-]+$/, '');
      const tokens = name.split(' ');
      // Titles and demonyms before a name ("President Donald Trump") are not part of it.
      while (tokens.length && TITLES.has(tokens[0].replace(/\.$/, ''))) tokens.shift();
      if (tokens.some((t) => TITLES.has(t.replace(/\.$/, '')))) continue;
      if (tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => /^\p{Lu}/u.test(t))) names.add(tokens.join(' '));
    }
  }
  return [...names];
}

/**
 * @param {{id?: string, source?: string, text: string}[]} seeds
 * @param {{seed?: number, keepNames?: number, perDay?: number, nlp?: any, minSentences?: number, maxSentences?: number}} [options]
 *   perDay: articles a day; article i is published i / perDay days after 2025-01-01, as in a feed.
 */
function createSynth(seeds, options = {}) {
  const seed = options.seed ?? 1;
  const keepNames = options.keepNames ?? 0.1;
  const perDay = options.perDay ?? 300;
  let nlp = options.nlp;
  if (nlp === undefined) {
    try {
      nlp = require('compromise');
    } catch {
      nlp = null;
    }
  }
  const bases = seeds
    .map((r) => ({ id: r.id ?? 'seed', source: r.source, sentences: sentencesOf(r.text), people: peopleOf(r.text, nlp) }))
    .filter((b) => b.sentences.length >= 3);
  if (bases.length === 0) throw new Error('synthetic articles need seed articles with at least three sentences');

  function article(i) {
    const rnd = rngFor(mix(seed, i));
    const pick = (n) => Math.floor(rnd() * n);
    const runs = 2 + pick(2);
    const sentences = [];
    const people = new Set();
    let first;
    for (let r = 0; r < runs; r++) {
      const b = bases[pick(bases.length)];
      if (!first) first = b;
      const len = Math.min(b.sentences.length, 3 + pick(6));
      const start = pick(b.sentences.length - len + 1);
      for (let k = start; k < start + len; k++) sentences.push(b.sentences[k]);
      for (const p of b.people) people.add(p);
    }

    // Rename people consistently within the article; some keep their real names so that
    // queries about them (the headline query) still find answers at every scale.
    const map = new Map();
    for (const p of [...people].sort((a, b) => b.length - a.length)) {
      if (rnd() < keepNames) continue;
      const newFirst = FIRST[pick(FIRST.length)];
      const newLast = LAST[pick(LAST.length)];
      map.set(p, `${newFirst} ${newLast}`);
      const tokens = p.split(' ');
      const last = tokens[tokens.length - 1];
      if (last.length >= 3 && !map.has(last)) map.set(last, newLast);
      // Family name first ("Kim Jong Un", "Lee Jae Myung"): the first word is the surname.
      if (tokens.length >= 3 && !map.has(tokens[0])) map.set(tokens[0], newLast);
    }
    let text = sentences.join('\u0000');
    if (map.size > 0) {
      const keys = [...map.keys()].sort((a, b) => b.length - a.length);
      const re = new RegExp(`(?<![\\p{L}])(?:${keys.map(escapeRe).join('|')})(?![\\p{L}])`, 'gu');
      text = text.replace(re, (m) => map.get(m) ?? m);
    }
    const parts = text.split('\u0000');
    const paras = [];
    for (let k = 0; k < parts.length; ) {
      const n = 1 + pick(3);
      paras.push(parts.slice(k, k + n).join(' '));
      k += n;
    }
    const title = (parts[0] ?? '').replace(/[.!?]$/, '').slice(0, 120);
    // Published like a feed: article i comes i / perDay days after the first, to the second.
    const published = new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 86400000) / perDay)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      id: `synthetic-${seed}-${i}`,
      url: `https://bench.sayso.invalid/synthetic/${seed}/${i}`,
      source: first?.source ?? 'Synthetic Wire',
      published,
      title,
      text: paras.join('\n\n'),
    };
  }

  return { article, bases: bases.length, sentences: bases.reduce((n, b) => n + b.sentences.length, 0) };
}

/** Streams articles [0, n) of a generator to a JSONL file (backpressure-aware). */
async function writeJsonl(file, synth, n) {
  const out = fs.createWriteStream(file);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const line = JSON.stringify(synth.article(i)) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
  return { file, articles: n, bytes };
}

module.exports = { createSynth, writeJsonl, sentencesOf, peopleOf, rngFor };
