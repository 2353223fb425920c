import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleRecord } from '../extract/types';
import type { ArticleGraph } from '../graph/model';
import { SaysoError } from '../graph/store';
import type { ExtractGraphOptions } from './extract-graph';
import type { ThreadReply } from './extract-pool-thread';

/** Turns article records into graphs. The pool runs them on threads; the inline one on this thread. */
export interface Extractor {
  run(record: ArticleRecord): Promise<ArticleGraph>;
  readonly size: number;
  close(): Promise<void>;
}

export interface ExtractPoolOptions {
  /** Threads; default: one per core. */
  size?: number;
  /** An article taking longer than this is abandoned and its thread replaced. */
  timeoutMs?: number;
  /** The compiled thread script; default: dist/ingest/extract-pool-thread.js. */
  threadFile?: string;
}

export const defaultConcurrency = (): number => Math.max(1, availableParallelism());

/**
 * Where the compiled extraction thread lives. Threads cannot load TypeScript, so even when this
 * module runs from src/ (tests) the thread comes from dist/: a missing build is an error with the
 * fix in it, never a silent fallback to the main thread.
 */
export function extractorThreadFile(): string {
  const dir = __filename.endsWith('.ts') ? path.resolve(__dirname, '..', '..', 'dist', 'ingest') : __dirname;
  const file = path.join(dir, 'extract-pool-thread.js');
  if (!existsSync(file)) {
    throw new SaysoError('EXTRACTION_FAILED', `The compiled extractor is missing (${file}): run \`npm run build\` first.`);
  }
  return file;
}

interface Task {
  id: number;
  record: ArticleRecord;
  resolve: (g: ArticleGraph) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Posted to the thread, oldest first: the thread works on the first, the rest wait in its inbox. */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
}

/**
 * Tasks posted to a thread at once. Tasks waiting in the thread's inbox mean a thread that
 * finishes while the main thread is busy (writing a batch to the store, longer as the store
 * grows) starts on the next article at once instead of idling until the main thread hands it
 * one. Eight cover a batch write of about eight articles' extraction time: the embedded store's
 * batch of 128 (finding 28) takes 0.2 s at 2,000 articles and more as the store grows.
 */
export const TASKS_PER_THREAD = 8;

/**
 * Young generation of an extraction thread, in MB (V8's default is 48). Parsing an article
 * allocates about 16 MB, so with the default the objects that live for one article (its
 * document, its mentions) outlast two scavenges and are promoted, and the old generation fills
 * and is collected every few hundred articles. Each such collection also drops the optimised
 * code of the closures made per article (V8 holds it weakly), which is then compiled again on
 * V8's background thread, time two extraction threads on two cores take from each other.
 * With 96 MB two threads extract about 4% faster (docs/benchmarks.md, finding 23).
 */
export const THREAD_YOUNG_GENERATION_MB = 96;

export function createExtractPool(opts: ExtractPoolOptions = {}): Extractor {
  const size = Math.max(1, opts.size ?? defaultConcurrency());
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const file = opts.threadFile ?? extractorThreadFile();
  if (!existsSync(file)) throw new SaysoError('EXTRACTION_FAILED', `The extraction thread script is missing (${file}): run \`npm run build\` first.`);
  const waiting: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;
  /** Thread deaths since a thread last answered: a thread that cannot even start must not respawn forever. */
  let crashes = 0;
  let broken: string | null = null;

  /** Takes the task the thread was working on off its slot, and starts the clock of the next. */
  const finish = (slot: Slot) => {
    stopClock(slot);
    const t = slot.tasks.shift() ?? null;
    if (slot.tasks.length) startClock(slot);
    return t;
  };

  const stopClock = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  };

  const startClock = (slot: Slot) => {
    slot.timer = setTimeout(() => replace(slot, `extraction timed out after ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
  };

  // A thread that dies or hangs takes only its article down: the article fails with the reason
  // and a fresh thread takes the slot.
  const replace = (slot: Slot, reason: string) => {
    stopClock(slot);
    const t = slot.tasks.shift() ?? null;
    // The tasks behind it were never started: they go back to the front of the queue.
    waiting.unshift(...slot.tasks.splice(0));
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (t) t.reject(new SaysoError('EXTRACTION_FAILED', reason));
    if (++crashes > 2 * size + 3 && !broken) {
      broken = `extraction threads keep dying (last: ${reason})`;
      for (const w of waiting.splice(0)) w.reject(new SaysoError('EXTRACTION_FAILED', broken));
    }
    if (!closed && !broken) {
      slot.worker = spawn(slot);
      pump();
    }
  };

  const spawn = (slot: Slot): Worker => {
    const w = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB } });
    w.on('message', (reply: ThreadReply) => {
      const t = finish(slot);
      crashes = 0;
      if (t && t.id === reply.id) {
        if ('graph' in reply) t.resolve(reply.graph);
        else t.reject(new SaysoError(reply.error.code === 'BAD_INPUT' ? 'BAD_INPUT' : 'EXTRACTION_FAILED', reply.error.message));
      }
      pump();
    });
    w.on('error', (err) => replace(slot, `extraction thread crashed: ${err.message}`));
    w.on('exit', (code) => {
      if (!closed) replace(slot, `extraction thread exited with code ${code}`);
    });
    // Idle threads must not keep a finished process alive.
    w.unref();
    return w;
  };

  const pump = () => {
    // Idle threads first, then a second task each.
    for (let depth = 1; depth <= TASKS_PER_THREAD; depth++) {
      for (const slot of slots) {
        if (slot.tasks.length >= depth || !waiting.length) continue;
        const t = waiting.shift()!;
        slot.tasks.push(t);
        slot.worker.ref();
        if (slot.tasks.length === 1) startClock(slot);
        slot.worker.postMessage({ id: t.id, record: t.record });
      }
    }
    for (const slot of slots) if (!slot.tasks.length) slot.worker.unref();
  };

  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: null as unknown as Worker, tasks: [], timer: null };
    slot.worker = spawn(slot);
    slots.push(slot);
  }

  return {
    size,
    run(record) {
      if (closed || broken) return Promise.reject(new SaysoError('EXTRACTION_FAILED', broken ?? 'The extraction pool is closed.'));
      return new Promise<ArticleGraph>((resolve, reject) => {
        waiting.push({ id: nextId++, record, resolve, reject });
        pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const t of waiting.splice(0)) t.reject(new SaysoError('EXTRACTION_FAILED', 'The extraction pool is closed.'));
      await Promise.all(
        slots.map(async (slot) => {
          stopClock(slot);
          for (const t of slot.tasks.splice(0)) t.reject(new SaysoError('EXTRACTION_FAILED', 'The extraction pool is closed.'));
          slot.worker.removeAllListeners();
          await slot.worker.terminate();
        }),
      );
    },
  };
}

/**
 * Extraction on the calling thread: for one-off commands, the API and a batch at concurrency 1.
 * It runs the threads' own `extractGraph`, so an article gets the same graph, or fails with the
 * same error code and message, as on the pool. A custom `extract` runs only here: functions
 * cannot be sent to a thread.
 */
export function createInlineExtractor(opts: ExtractGraphOptions = {}): Extractor {
  // Loaded lazily so that importing this module never pulls the extractor into a process that
  // only uses the pool.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { extractGraph, extractionError } = require('./extract-graph') as typeof import('./extract-graph');
  return {
    size: 1,
    async run(record) {
      try {
        return extractGraph(record, opts);
      } catch (err) {
        // The error a thread replies with, turned into the error the pool rejects with.
        const e = extractionError(err);
        throw new SaysoError(e.code, e.message);
      }
    },
    async close() {},
  };
}
