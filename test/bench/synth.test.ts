import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSynth, sentencesOf, writeJsonl } from '../../bench/lib/synth';
import { repeatTo, wordCount } from '../../bench/lib/corpus';
import { rounds } from '../../bench/lib/server';

const seeds = [
  {
    id: 'a',
    source: 'Wire A',
    text:
      'North Korean leader Kim Jong Un said he would hold talks with the United States if Washington dropped its demand for denuclearisation. ' +
      'Kim made the remarks in a speech to the Supreme People\'s Assembly on Sunday, state media reported.\n\n' +
      'South Korean President Lee Jae Myung welcomed the remarks and said he hoped the two leaders would meet soon. ' +
      'Lee said the meeting could take place during the APEC summit in Gyeongju next month.',
  },
  {
    id: 'b',
    source: 'Wire B',
    text:
      'Donald Trump said on Friday that he would be open to meeting Kim again, adding that the two had a very good relationship. ' +
      'Trump told reporters aboard Air Force One that a meeting was possible if the conditions were right. ' +
      'Officials in Washington have not yet begun planning for such a visit, according to people familiar with the matter.',
  },
];

// A fixed name finder keeps the test independent of the NLP library.
const nlp = (text: string) => ({
  people: () => ({
    out: () => ['Kim Jong Un', 'Lee Jae Myung', 'Donald Trump'].filter((n) => text.includes(n)),
  }),
});

describe('synthetic article generator', () => {
  it('keeps prose sentences and drops short fragments', () => {
    const s = sentencesOf('Share this\n\nKim Jong Un said he would hold talks with the United States if Washington agreed. Menu');
    expect(s).toEqual(['Kim Jong Un said he would hold talks with the United States if Washington agreed.']);
  });

  it('is deterministic per index and differs between indexes', () => {
    const g1 = createSynth(seeds, { seed: 3, nlp });
    const g2 = createSynth(seeds, { seed: 3, nlp });
    expect(g1.article(5)).toEqual(g2.article(5));
    expect(g1.article(5).text).not.toEqual(g1.article(6).text);
    expect(g1.article(5).url).not.toEqual(g1.article(6).url);
  });

  it('recombines seed sentences and renames people consistently', () => {
    const g = createSynth(seeds, { seed: 1, nlp, keepNames: 0 });
    const shape = (s: string) => s.split(/\s+/).filter((w) => !/^\p{Lu}/u.test(w)).join(' ');
    const seedShapes = seeds.flatMap((s) => sentencesOf(s.text)).map(shape);
    for (let i = 0; i < 20; i++) {
      const a = g.article(i);
      expect(a.text).not.toMatch(/Kim Jong Un|Lee Jae Myung|Donald Trump/);
      expect(wordCount(a.text)).toBeGreaterThan(30);
      // Every sentence is a seed sentence with names swapped: its lower-case words match one.
      for (const s of sentencesOf(a.text)) expect(seedShapes).toContain(shape(s));
    }
  });

  it('publishes articles in order, like a feed, perDay a day', () => {
    const g = createSynth(seeds, { seed: 1, nlp, perDay: 4 });
    expect([0, 1, 3, 4, 9].map((i) => g.article(i).published)).toEqual(['2025-01-01T00:00:00Z', '2025-01-01T06:00:00Z', '2025-01-01T18:00:00Z', '2025-01-02T00:00:00Z', '2025-01-03T06:00:00Z']);
    const dates = Array.from({ length: 50 }, (_, i) => createSynth(seeds, { seed: 1, nlp }).article(i * 97).published);
    expect([...dates].sort()).toEqual(dates);
  });

  it('keeps real names where asked, so queries about them find answers', () => {
    const g = createSynth(seeds, { seed: 1, nlp, keepNames: 1 });
    const texts = Array.from({ length: 20 }, (_, i) => g.article(i).text).join('\n');
    expect(texts).toMatch(/Kim Jong Un|Donald Trump|Lee Jae Myung/);
  });

  it('streams articles to JSONL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'synth-'));
    try {
      const g = createSynth(seeds, { seed: 2, nlp });
      const r = await writeJsonl(join(dir, 'a.jsonl'), g, 25);
      const lines = readFileSync(r.file, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(25);
      expect(JSON.parse(lines[24]!)).toEqual(g.article(24));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bench helpers', () => {
  it('repeats seeds with distinct ids and urls', () => {
    const r = repeatTo(seeds, 5);
    expect(r).toHaveLength(5);
    expect(new Set(r.map((x) => x.url)).size).toBe(5);
    expect(r[2]!.text).toBe(seeds[0]!.text);
  });

  it('groups recorded store calls into round trips', () => {
    const calls = [
      { start: 0, end: 5 },
      { start: 1, end: 4 },
      { start: 6, end: 8 },
      { start: 9, end: 10 },
      { start: 9.5, end: 11 },
    ];
    expect(rounds(calls).map((r) => r.length)).toEqual([2, 1, 2]);
  });
});
