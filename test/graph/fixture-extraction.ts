import type { Entity, Extraction, Sentence } from '../../src/extract/types';

/**
 * A hand-built extraction of a short article in the shape of the seed (Kim's condition on
 * talks, Trump's quote, Lee's invitation, the 2019 Panmunjom meeting), so graph, store and API
 * tests are deterministic whatever the extractor yields today.
 */
export interface FixtureOptions {
  id?: string;
  url?: string;
  published?: string;
  source?: string;
  title?: string;
  /** Appended to the body, to make a different content hash with the same facts. */
  extra?: string;
}

const SENTENCES = [
  'Donald Trump is likely to meet North Korea\u2019s Kim Jong Un during his visit to Asia next month, CNN reported.',
  'During their meeting, Lee formally invited Trump to attend the APEC summit in South Korea.',
  '\u201cI will do that, and we\u2019ll have talks,\u201d Trump said.',
  'The two leaders last met at Panmunjom on June 30, 2019.',
  '\u201cIf the US drops its hollow obsession with denuclearisation, there is no reason for us not to sit down with the US,\u201d Kim said.',
];

export const ENTITIES: Entity[] = [
  { key: 'person:donald-trump', type: 'Person', name: 'Donald Trump', aliases: ['Trump', 'President Donald Trump'], roles: ['President of the United States'], country: 'USA' },
  { key: 'person:kim-jong-un', type: 'Person', name: 'Kim Jong Un', aliases: ['Kim', 'Kim Jong-un'], roles: ['North Korean leader'], country: 'PRK' },
  { key: 'person:lee-jae-myung', type: 'Person', name: 'Lee Jae Myung', aliases: ['Lee'], roles: ['President of South Korea'], country: 'KOR' },
  { key: 'country:USA', type: 'Country', name: 'United States', aliases: ['US', 'U.S.', 'Washington'], roles: [] },
  { key: 'country:PRK', type: 'Country', name: 'North Korea', aliases: ['DPRK', 'Pyongyang'], roles: [] },
  { key: 'country:KOR', type: 'Country', name: 'South Korea', aliases: ['Seoul'], roles: [] },
  { key: 'org:cnn', type: 'Organization', name: 'CNN', aliases: ['Cable News Network'], roles: [] },
  { key: 'place:panmunjom', type: 'Place', name: 'Panmunjom', aliases: [], roles: [], country: 'KOR' },
];

export function fixtureExtraction(opts: FixtureOptions = {}): Extraction {
  const body = SENTENCES.join(' ') + (opts.extra ? ` ${opts.extra}` : '');
  const sentences: Sentence[] = [];
  let at = 0;
  SENTENCES.forEach((text, index) => {
    const start = body.indexOf(text, at);
    sentences.push({ index, paragraph: 0, start, end: start + text.length, text });
    at = start + text.length;
  });
  const span = (sentence: number, words: string) => {
    const s = sentences[sentence]!;
    const start = body.indexOf(words, s.start);
    if (start < 0) throw new Error(`fixture: "${words}" not in sentence ${sentence}`);
    return { start, end: start + words.length, sentenceIndex: sentence };
  };
  const mention = (key: string, sentence: number, words: string) => ({ entityKey: key, text: words, ...span(sentence, words) });
  const kimQuote = 'If the US drops its hollow obsession with denuclearisation, there is no reason for us not to sit down with the US,';

  return {
    article: {
      id: opts.id ?? 'fixture-trump-kim',
      url: opts.url,
      source: opts.source ?? 'Hindustan Times',
      published: opts.published ?? '2025-10-18T17:35:00+05:30',
      title: opts.title ?? 'Donald Trump may meet North Korea\u2019s Kim Jong Un during Asia visit next month',
      text: body,
      paragraphs: [{ start: 0, end: body.length }],
      sentences,
      captions: [],
    },
    entities: ENTITIES,
    mentions: [
      mention('person:donald-trump', 0, 'Donald Trump'),
      mention('country:PRK', 0, 'North Korea'),
      mention('person:kim-jong-un', 0, 'Kim Jong Un'),
      mention('org:cnn', 0, 'CNN'),
      mention('person:lee-jae-myung', 1, 'Lee'),
      mention('person:donald-trump', 1, 'Trump'),
      mention('country:KOR', 1, 'South Korea'),
      mention('person:donald-trump', 2, 'Trump'),
      mention('place:panmunjom', 3, 'Panmunjom'),
      mention('country:USA', 4, 'US'),
      mention('person:kim-jong-un', 4, 'Kim'),
    ],
    statements: [
      { text: 'I will do that, and we\u2019ll have talks,', kind: 'direct', speaker: 'person:donald-trump', cue: 'said', about: [], confidence: 0.9, ...span(2, 'I will do that, and we\u2019ll have talks,') },
      { text: kimQuote, kind: 'direct', speaker: 'person:kim-jong-un', cue: 'said', about: ['country:USA'], confidence: 0.9, ...span(4, kimQuote) },
      { text: 'Donald Trump is likely to meet North Korea\u2019s Kim Jong Un during his visit to Asia next month', kind: 'indirect', speaker: null, cue: 'reported', reporter: 'org:cnn', about: ['person:kim-jong-un'], confidence: 0.6, ...span(0, 'Donald Trump is likely to meet North Korea\u2019s Kim Jong Un during his visit to Asia next month') },
    ],
    conditions: [
      {
        text: 'the US drops its hollow obsession with denuclearisation',
        on: 'sitting down with the US',
        holder: 'person:kim-jong-un',
        statement: 1,
        event: 0,
        confidence: 0.8,
        ...span(4, 'the US drops its hollow obsession with denuclearisation'),
      },
    ],
    invitations: [
      { inviter: 'person:lee-jae-myung', invitee: 'person:donald-trump', event: 'the APEC summit in South Korea', ...span(1, 'Lee formally invited Trump to attend the APEC summit in South Korea') },
    ],
    events: [
      { type: 'Talks', participants: ['person:kim-jong-un', 'country:USA'], status: 'proposed', ...span(4, 'sit down with the US') },
      { type: 'Meeting', participants: ['person:donald-trump', 'person:kim-jong-un'], date: '2019-06-30', dateText: 'June 30, 2019', place: 'Panmunjom', status: 'occurred', ...span(3, 'The two leaders last met at Panmunjom on June 30, 2019') },
      { type: 'Meeting', participants: ['person:donald-trump', 'person:kim-jong-un'], date: '2025-11', dateText: 'next month', status: 'proposed', ...span(0, 'Donald Trump is likely to meet North Korea\u2019s Kim Jong Un during his visit to Asia next month') },
    ],
  };
}
