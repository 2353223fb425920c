import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { isArticleFile, readArticleFile } from './inbox-read';
import { asIngestQueue, type Batch, type IngestQueue, type Job } from './queue';
import type { SqliteQueue } from './queue-sqlite';
import { errorInfo, isRetriable, type ArticleProcessor } from './worker-article';
import { DEFAULT_LIMITS, type ArticleLimits } from './worker-checks';

/** The subset of pino the worker logs through. */
export interface WorkerLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLog: WorkerLog = { info() {}, warn() {}, error() {} };

export interface InboxWorkerOptions {
  /** The watched folder; `done/` and `failed/` are made inside it. Without one, the worker
   * works off the queue alone (filled by `sayso enqueue` or the API). */
  dir?: string;
  /** The store's durable queue (a SQLite queue is wrapped as it comes). */
  queue: IngestQueue | SqliteQueue;
  processor: ArticleProcessor;
  /** Articles in hand at once (match the extraction threads). */
  concurrency: number;
  /** The store commits the done mark with the graph (embedded store on the queue's file). */
  commitWithGraph?: boolean;
  /** Rescan the folder at least this often, in case file events are missed. */
  pollMs?: number;
  /** A file modified more recently than this is still being written: wait. */
  settleMs?: number;
  limits?: ArticleLimits;
  log?: WorkerLog;
  /** Stop by itself once the folder and the queue have nothing left to do. */
  untilIdle?: boolean;
}

export interface WorkerCounters {
  stored: number;
  unchanged: number;
  failed: number;
  retried: number;
}

export interface InboxWorker {
  /** Runs until `stop()` (or idle, with `untilIdle`); resolves once the articles in hand are finished. */
  run(): Promise<WorkerCounters>;
  /** Finish the articles in hand, take no more. */
  stop(): void;
  readonly counters: WorkerCounters;
}

/** The report written beside a failed file. */
export interface FailureReport {
  file: string;
  failedAt: string;
  articles: number;
  stored: number;
  failures: { origin: string; code: string | null; reason: string | null; attempts: number }[];
}

/** Content-addressed batch id: a re-dropped identical file is recognised, a changed one is new. */
export function batchIdOf(name: string, bytes: Uint8Array): string {
  return createHash('sha256').update(name).update('\0').update(bytes).digest('hex').slice(0, 32);
}

/** A free name in `dir` for `name`: the name itself, or with a time stamp before the extension. */
function freeName(dir: string, name: string): string {
  if (!existsSync(path.join(dir, name))) return name;
  const ext = path.extname(name);
  const base = path.basename(name, ext);
  for (let i = 1; ; i++) {
    const candidate = `${base}.${new Date().toISOString().replace(/[:.]/g, '-')}${i > 1 ? `-${i}` : ''}${ext}`;
    if (!existsSync(path.join(dir, candidate))) return candidate;
  }
}

export function createInboxWorker(opts: InboxWorkerOptions): InboxWorker {
  const dir = opts.dir ? path.resolve(opts.dir) : null;
  const doneDir = dir ? path.join(dir, 'done') : '';
  const failedDir = dir ? path.join(dir, 'failed') : '';
  const pollMs = opts.pollMs ?? 1000;
  const settleMs = opts.settleMs ?? 500;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const log = opts.log ?? silentLog;
  const { processor } = opts;
  const queue: IngestQueue = 'kind' in opts.queue ? opts.queue : asIngestQueue(opts.queue);
  const concurrency = Math.max(1, opts.concurrency);
  const counters: WorkerCounters = { stored: 0, unchanged: 0, failed: 0, retried: 0 };
  /** Files already queued, by name: skipped until their size or time changes. */
  const seen = new Map<string, { size: number; mtimeMs: number; batch: string }>();
  const active = new Set<Promise<void>>();
  let stopping = false;
  let wake: (() => void) | null = null;
  let watcher: FSWatcher | null = null;

  const nudge = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const sameContent = (file: string, batch: string) => {
    try {
      return batchIdOf(path.basename(file), readFileSync(file)) === batch;
    } catch {
      return false;
    }
  };

  /** Puts a settled file where it belongs; safe to repeat (after a crash, on a re-drop). */
  const putAway = async (b: Batch) => {
    if (!dir) return;
    const jobs = await queue.batchJobs(b.id);
    const failures = jobs.filter((j) => j.state === 'failed');
    const src = path.join(dir, b.name);
    if (existsSync(src) && sameContent(src, b.id)) {
      const target = failures.length ? failedDir : doneDir;
      mkdirSync(target, { recursive: true });
      const name = freeName(target, b.name);
      if (failures.length) writeFileSync(path.join(target, `${name}.error.json`), JSON.stringify(report(b, jobs, failures), null, 2) + '\n');
      renameSync(src, path.join(target, name));
      log[failures.length ? 'warn' : 'info']({ file: b.name, to: path.relative(dir, path.join(target, name)), articles: jobs.length, failed: failures.length }, 'file put away');
    } else if (!failures.length && existsSync(path.join(failedDir, b.name))) {
      // Its dead letters were retried and have now landed: the file joins the done ones.
      mkdirSync(doneDir, { recursive: true });
      const name = freeName(doneDir, b.name);
      renameSync(path.join(failedDir, b.name), path.join(doneDir, name));
      rmSync(path.join(failedDir, `${b.name}.error.json`), { force: true });
      log.info({ file: b.name, to: `done/${name}` }, 'file recovered from failed/');
    }
    await queue.finishBatch(b.id);
    seen.delete(b.name);
  };

  const report = (b: Batch, jobs: Job[], failures: Job[]): FailureReport => ({
    file: b.name,
    failedAt: new Date().toISOString(),
    articles: jobs.length,
    stored: jobs.filter((j) => j.state === 'done').length,
    failures: failures.map((j) => ({ origin: j.origin, code: j.errorCode, reason: j.lastError, attempts: j.attempts })),
  });

  const putAwaySettled = async () => {
    if (!dir) return;
    for (const b of await queue.settledBatches()) {
      try {
        await putAway(b);
      } catch (err) {
        log.error({ file: b.name, err: (err as Error).message }, 'could not move the file; will try again');
      }
    }
  };

  /** Queues the articles of files that arrived since the last look. */
  const scan = async () => {
    if (!dir) return;
    let names: string[];
    try {
      names = readdirSync(dir).filter(isArticleFile);
    } catch (err) {
      log.error({ dir, err: (err as Error).message }, 'cannot read the inbox folder');
      return;
    }
    const now = Date.now();
    for (const name of names) {
      const file = path.join(dir, name);
      let st;
      try {
        st = statSync(file);
      } catch {
        continue; // moved away between listing and looking
      }
      if (!st.isFile()) continue;
      const known = seen.get(name);
      if (known && known.size === st.size && known.mtimeMs === st.mtimeMs) continue;
      if (now - st.mtimeMs < settleMs) continue;
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (err) {
        log.warn({ file: name, err: (err as Error).message }, 'cannot read the file yet');
        continue;
      }
      const batch = batchIdOf(name, bytes);
      seen.set(name, { size: st.size, mtimeMs: st.mtimeMs, batch });
      const existing = await queue.batch(batch);
      if (existing) {
        // Already queued (a restart) or already finished (a crash before the move, or the same
        // file dropped again): its articles are in the queue's hands either way.
        if (existing.state === 'finished') await putAway(existing);
        continue;
      }
      const items = readArticleFile(name, bytes, limits);
      const { added } = await queue.enqueue(
        items.map((it, i) => ({
          key: `${batch}#${i}`,
          origin: it.origin,
          record: it.record ?? null,
          ...(it.error ? { failed: it.error } : {}),
        })),
        { id: batch, name },
      );
      const refused = items.filter((it) => it.error);
      for (const it of refused) log.warn({ origin: it.origin, reason: it.error!.message }, 'article refused');
      counters.failed += refused.length;
      log.info({ file: name, articles: items.length, queued: added - refused.length, refused: refused.length }, 'file queued');
    }
  };

  const handle = async (job: Job) => {
    const base = { job: job.id, origin: job.origin, attempt: job.attempts };
    if (!job.record) {
      await queue.fail(job.id, { code: job.errorCode ?? 'BAD_INPUT', message: job.lastError ?? 'no article to process' }, false);
      counters.failed++;
      return;
    }
    try {
      const r = await processor.process(job.record, opts.commitWithGraph ? { job: { id: job.id } } : {});
      // Already done when the store committed it with the graph; repeating it is harmless.
      await queue.complete(job.id, r.articleId);
      if (r.changed) counters.stored++;
      else counters.unchanged++;
      log.info({ ...base, articleId: r.articleId, changed: r.changed, nodes: r.nodes, edges: r.edges }, r.changed ? 'article stored' : 'article unchanged');
    } catch (err) {
      const info = errorInfo(err);
      const state = await queue.fail(job.id, info, isRetriable(err)).catch((e: Error) => {
        // The queue itself is unreachable: the job stays `running` and is recovered on restart.
        log.error({ ...base, err: e.message }, 'cannot record the failure in the queue');
        return 'running' as const;
      });
      if (state === 'pending') {
        counters.retried++;
        log.warn({ ...base, code: info.code, err: info.message }, 'store error; will retry');
      } else {
        counters.failed++;
        log.warn({ ...base, code: info.code, reason: info.message }, 'article failed');
      }
    }
  };

  const fill = async () => {
    while (!stopping && active.size < concurrency) {
      const job = await queue.claim();
      if (!job) return;
      const p: Promise<void> = handle(job).finally(() => {
        active.delete(p);
        nudge();
      });
      active.add(p);
    }
  };

  const idle = async () => {
    if (active.size) return false;
    const c = await queue.counts();
    if (c.pending || c.running) return false;
    // Files still settling count as work to come.
    return !dir || readdirSync(dir)
      .filter(isArticleFile)
      .every((n) => seen.has(n));
  };

  return {
    counters,
    stop() {
      if (!stopping) log.info({ inHand: active.size }, 'stopping: finishing the articles in hand');
      stopping = true;
      nudge();
    },
    async run() {
      const recovered = await queue.recoverStale();
      if (recovered) log.warn({ jobs: recovered }, 'jobs of a worker that died were put back in the queue');
      if (dir) {
        mkdirSync(dir, { recursive: true });
        try {
          watcher = watch(dir, () => nudge());
          watcher.on('error', () => {
            watcher?.close();
            watcher = null;
          });
        } catch {
          watcher = null; // polling alone still finds every file
        }
      }
      let lastScan = 0;
      let lastRecovery = Date.now();
      let outage = 0;
      while (!stopping) {
        const now = Date.now();
        let wait = pollMs;
        try {
          if (now - lastScan >= Math.min(pollMs, 100) || !active.size) {
            await scan();
            lastScan = now;
          }
          if (now - lastRecovery > 30_000) {
            // A sibling worker on the same queue may have died since we started.
            lastRecovery = now;
            const n = await queue.recoverStale();
            if (n) log.warn({ jobs: n }, 'jobs of a worker that died were put back in the queue');
          }
          await fill();
          await putAwaySettled();
          if (opts.untilIdle && (await idle())) break;
          const next = await queue.nextReadyAt();
          wait = Math.max(10, Math.min(pollMs, next !== null ? next - Date.now() : pollMs));
          outage = 0;
        } catch (err) {
          // The queue's database is unreachable: keep the articles in hand, wait and try again.
          outage++;
          wait = Math.min(30_000, pollMs * 2 ** Math.min(outage, 5));
          log.error({ err: (err as Error).message, retryInMs: wait }, 'queue unavailable; waiting');
        }
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, wait);
          wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
        wake = null;
      }
      await Promise.all(active);
      await putAwaySettled();
      watcher?.close();
      return counters;
    },
  };
}
