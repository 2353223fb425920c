import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract';
import { toEvalPrediction } from '../../src/extract/to-eval';
import { foldName } from '../../src/graph/ids';
import { parseRawText } from '../../src/read/txt';
import type { ArticleRecord, EvalPrediction } from '../../src/extract/types';

const dir = join(__dirname, '../fixtures/articles');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.json$/, ''));

interface GoldEntity { name: string; type: string; names?: string[]; optional?: boolean }
interface Gold { entities: GoldEntity[]; quotes: { text: string; speaker: string | null; optional?: boolean }[] }

const load = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => w.length > 2);
function overlap(a: string, b: string): number {
  const ta = words(a);
  const tb = words(b);
  const rest = [...tb];
  let common = 0;
  for (const t of ta) {
    const k = rest.indexOf(t);
    if (k >= 0) {
      common++;
      rest.splice(k, 1);
    }
  }
  if (!common) return 0;
  const p = common / tb.length;
  const r = common / ta.length;
  return (2 * p * r) / (p + r);
}
const spellings = (gold: Gold, name: string | null) => {
  if (name === null) return new Set<string | null>([null]);
  const f = foldName(name);
  const e = gold.entities.find((x) => [x.name, ...(x.names ?? [])].map(foldName).includes(f));
  return new Set<string | null>(e ? [e.name, ...(e.names ?? [])].map(foldName) : [f]);
};

describe.each(ids)('article %s against its annotation', (id) => {
  const record = load<ArticleRecord>(`${id}.json`);
  const gold = load<Gold>(`${id}.gold.json`);
  const pred: EvalPrediction = toEvalPrediction(extract(record));

  it('finds every required person, country and organisation, and nothing it should not', () => {
    const required = gold.entities.filter((e) => !e.optional);
    for (const g of required) {
      const ok = pred.entities.some((p) => p.type === g.type && spellings(gold, g.name).has(foldName(p.name)));
      expect({ missing: ok ? null : g.name }).toEqual({ missing: null });
    }
    // Nearly everything predicted is annotated (optional items included); a bare "the Senate"
    // is read as "Senate" where the annotation names the country's senate.
    const spurious = pred.entities.filter(
      (p) => !gold.entities.some((g) => g.type === p.type && [g.name, ...(g.names ?? [])].map(foldName).includes(foldName(p.name))),
    );
    expect(spurious.length).toBeLessThanOrEqual(1);
  });

  it('finds every required quotation with its speaker', () => {
    for (const g of gold.quotes.filter((q) => !q.optional)) {
      const hit = pred.quotes.find((p) => overlap(g.text, p.text) >= 0.8);
      expect({ quote: g.text.slice(0, 40), found: !!hit }).toEqual({ quote: g.text.slice(0, 40), found: true });
      const speaker = hit?.speaker == null ? null : foldName(hit.speaker);
      expect({ quote: g.text.slice(0, 40), speakerOk: spellings(gold, g.speaker).has(speaker) }).toEqual({ quote: g.text.slice(0, 40), speakerOk: true });
    }
  });
});

describe('the raw page seed (seeds/ht-trump-kim-asia-visit.txt)', () => {
  const raw = readFileSync(join(__dirname, '../../seeds/ht-trump-kim-asia-visit.txt'), 'utf8');
  const x = extract(parseRawText(raw, 'ht-trump-kim-asia-visit'));

  it('reads the title and published date', () => {
    expect(x.article.title).toBe("Donald Trump may meet North Korea's Kim Jong Un during Asia visit next month: Report");
    expect(x.article.published).toBe('2025-10-18');
  });

  it('keeps the CSS tail and page furniture out of the text and the entities', () => {
    expect(x.article.text).not.toMatch(/affilate|font-size|SHARE THIS ARTICLE|Subscribe Now|Get the latest headlines/);
    const names = x.entities.map((e) => e.name);
    for (const n of names) expect(n).not.toMatch(/Lato|affilate|Nepal|Bangladesh|Liveon|Story Saved|Sign/);
    const cssStart = raw.indexOf('.affilate-product');
    expect(cssStart).toBeGreaterThan(0);
  });

  it('finds Kim Jong Un, Donald Trump and the United States with their aliases', () => {
    const by = (name: string) => x.entities.find((e) => e.name === name);
    expect(by('Kim Jong Un')?.type).toBe('Person');
    expect(by('Kim Jong Un')?.aliases).toEqual(expect.arrayContaining(['Kim']));
    expect(by('Donald Trump')?.aliases).toEqual(expect.arrayContaining(['Trump']));
    expect(by('United States')?.aliases).toEqual(expect.arrayContaining(['US', 'Washington', 'White House']));
    expect(by('North Korea')?.aliases).toEqual(expect.arrayContaining(['Pyongyang']));
  });

  it('gives the same facts as the JSON record of the same article', () => {
    const json = load<ArticleRecord>('ht-trump-kim-asia-visit.json');
    expect(toEvalPrediction(extract(parseRawText(raw, 'ht-trump-kim-asia-visit')))).toEqual(toEvalPrediction(extract(json)));
  });

  it('attributes both quotations', () => {
    const name = (k: string | null) => x.entities.find((e) => e.key === k)?.name;
    const direct = x.statements.filter((s) => s.kind === 'direct');
    expect(direct.map((s) => name(s.speaker))).toEqual(['Donald Trump', 'Kim Jong Un']);
    expect(direct[0]?.reporter).toBe('org:cnn');
  });
});
