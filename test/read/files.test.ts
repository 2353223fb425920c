import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, type InputItem } from '../../src/read/files';

async function collect(paths: string[], stdin?: NodeJS.ReadableStream): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, stdin ? { stdin } : {})) out.push(item);
  return out;
}

describe('readInputs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sayso-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const record = { id: 'kim-spa-speech', source: 'TRT World', published: '2025-09-22', text: 'North Korean leader Kim Jong Un said there is no reason to avoid dialogue.' };

  it('reads directories recursively in name order, skipping gold files', async () => {
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'z.json'), JSON.stringify(record));
    writeFileSync(join(dir, 'a.txt'), 'Kim Yo-jong calls on US | World News\n\nKim Yo-jong said the relationship is not bad.');
    writeFileSync(join(dir, 'b', 'z.gold.json'), JSON.stringify({ id: 'z', entities: [] }));
    writeFileSync(join(dir, 'notes.md'), '# not an article');
    const items = await collect([dir]);
    expect(items.map((i) => i.origin)).toEqual([join(dir, 'a.txt'), join(dir, 'b', 'z.json')]);
    expect(items[0]?.record?.title).toBe('Kim Yo-jong calls on US');
    expect(items[0]?.record?.id).toBe('a');
    expect(items[1]?.record?.id).toBe('kim-spa-speech');
  });

  it('reads JSONL line by line; a malformed line is an error item and the rest still come', async () => {
    const f = join(dir, 'batch.jsonl');
    writeFileSync(f, [JSON.stringify({ text: 'Putin said he was open to the idea.' }), '{"text": "broken', JSON.stringify(record)].join('\n'));
    const items = await collect([f]);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ origin: `${f}:1`, record: { id: 'batch-1' } });
    expect(items[1]?.origin).toBe(`${f}:2`);
    expect(items[1]?.error).toMatch(/malformed JSON on line 2/);
    expect(items[2]?.record?.id).toBe('kim-spa-speech');
  });

  it('says what is wrong with a record instead of throwing', async () => {
    writeFileSync(join(dir, 'empty.json'), JSON.stringify({ id: 'x', text: '   ' }));
    writeFileSync(join(dir, 'notext.json'), JSON.stringify({ id: 'y', title: 'No body' }));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x4b, 0x69, 0x6d, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x53, 0xe9, 0x6f, 0x75, 0x6c]));
    const items = await collect([dir]);
    const byName = (n: string) => items.find((i) => i.origin.endsWith(n));
    expect(byName('binary.txt')?.error).toMatch(/binary content/);
    expect(byName('empty.json')?.error).toMatch(/empty "text"/);
    expect(byName('latin1.txt')?.error).toMatch(/invalid UTF-8.*re-save/);
    expect(byName('notext.json')?.error).toMatch(/"text"/);
    expect(items.every((i) => !i.record)).toBe(true);
  });

  it('reads JSONL from stdin with "-"', async () => {
    const stdin = Readable.from([JSON.stringify(record) + '\n', '\n', 'not json\n']);
    const items = await collect(['-'], stdin);
    expect(items[0]).toMatchObject({ origin: 'stdin:1', record: { id: 'kim-spa-speech' } });
    expect(items[1]).toMatchObject({ origin: 'stdin:3' });
    expect(items[1]?.error).toBeDefined();
  });

  it('reports a missing path', async () => {
    const items = await collect([join(dir, 'nope.json')]);
    expect(items[0]?.error).toMatch(/no such file/);
  });
});

describe('JSONL streaming', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sayso-jsonl-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a JSONL file line by line: an invalid UTF-8 line is an error item and the others still come', async () => {
    const file = join(dir, 'mixed.jsonl');
    const good = (id: string) => Buffer.from(`${JSON.stringify({ id, text: `Article ${id} says hello.` })}\n`);
    writeFileSync(file, Buffer.concat([good('a'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), good('b')]));
    const items = [];
    for await (const it of readInputs([file])) items.push(it);
    expect(items.map((i) => i.record?.id ?? i.error)).toEqual(['a', expect.stringMatching(/line 2: invalid UTF-8/), 'b']);
    expect(items[1]?.origin).toBe(`${file}:2`);
  });

  it('stops at the first binary line with one error instead of one per stray newline', async () => {
    const file = join(dir, 'blob.jsonl');
    writeFileSync(file, Buffer.from([0x00, 0x01, 0x0a, 0x00, 0x0a, 0x00, 0x0a]));
    const items = [];
    for await (const it of readInputs([file])) items.push(it);
    expect(items).toHaveLength(1);
    expect(items[0]?.error).toMatch(/binary content/);
  });

  it('reads a record split across stream chunks', async () => {
    const line = `${JSON.stringify({ id: 'split', text: 'A long article text that arrives in pieces.' })}\n`;
    const stdin = Readable.from([Buffer.from(line.slice(0, 10)), Buffer.from(line.slice(10, 30)), Buffer.from(line.slice(30))]);
    const items = [];
    for await (const it of readInputs(['-'], { stdin })) items.push(it);
    expect(items.map((i) => i.record?.id)).toEqual(['split']);
  });
});
