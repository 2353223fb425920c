import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticleFile, isArticleFile } from './inbox-read';
import type { InputItem } from './pipeline';

export type ReadInputs = (paths: string[]) => AsyncIterable<InputItem>;

/**
 * The readers' entry point (`readInputs` in src/read/files.ts) where the build has it; until
 * then the same contract over the inbox file reader: files, directories (recursively, in name
 * order) and `-` for JSONL on stdin.
 */
export function inputReader(): ReadInputs {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../read/files') as { readInputs?: ReadInputs };
    if (typeof mod.readInputs === 'function') return mod.readInputs;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw err;
  }
  return readInputsFallback;
}

async function* readInputsFallback(paths: string[]): AsyncIterable<InputItem> {
  for (const p of paths) {
    if (p === '-') {
      yield* fromBytes('stdin.jsonl', await readStdin(), 'stdin');
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      yield { origin: p, error: `no such file or directory: ${p}` };
      continue;
    }
    if (info.isDirectory()) yield* walk(p);
    else yield* fromBytes(p, await readFile(p));
  }
}

async function* walk(dir: string): AsyncIterable<InputItem> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    // Annotations (`*.gold.json`) sit beside articles in the corpora and are not articles.
    else if (isArticleFile(e.name) && !e.name.endsWith('.gold.json')) yield* fromBytes(full, await readFile(full));
  }
}

function* fromBytes(name: string, bytes: Uint8Array, originPrefix?: string): Iterable<InputItem> {
  for (const item of readArticleFile(name, bytes)) {
    const origin = originPrefix ? item.origin.replace(name, originPrefix) : item.origin;
    yield item.error ? { origin, error: item.error.message } : { origin, ...(item.record ? { record: item.record } : {}) };
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
