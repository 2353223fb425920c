import type { Writable } from 'node:stream';

/**
 * Progress for batch ingest: a one-line bar with rate and ETA redrawn in place on a terminal,
 * nothing at all elsewhere (pipes and CI get the JSON logs instead), and a plain summary at the
 * end either way. Streams of unknown length (stdin, JSONL) show count and rate without an ETA.
 */

export interface ProgressOptions {
  stream: Writable & { isTTY?: boolean; columns?: number };
  /** Articles expected, when known up front. */
  total?: number;
  /** Redraw at most this often. */
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  /** One article finished. */
  tick(failed: boolean): void;
  setTotal(total: number): void;
  /** Removes the bar (before the summary is printed). */
  done(): void;
  readonly enabled: boolean;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** The bar's text for a state; pure so it can be tested without a terminal. */
export function renderProgress(p: { done: number; failed: number; total?: number; elapsedMs: number; width: number }): string {
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const rateText = `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`;
  const failed = p.failed ? `  ${p.failed} failed` : '';
  if (!p.total) return `${p.done} article${p.done === 1 ? '' : 's'}  ${rateText}${failed}`;
  const frac = Math.min(1, p.done / p.total);
  const eta = rate > 0 ? formatDuration(((p.total - p.done) / rate) * 1000) : '--:--';
  const tail = ` ${p.done}/${p.total} ${Math.floor(frac * 100)}%  ${rateText}  ETA ${eta}${failed}`;
  const barWidth = Math.max(10, Math.min(40, p.width - tail.length - 3));
  const filled = Math.round(frac * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${tail}`;
}

export function createProgress(opts: ProgressOptions): Progress {
  const enabled = !!opts.stream.isTTY;
  const now = opts.now ?? Date.now;
  const interval = opts.intervalMs ?? 100;
  const start = now();
  let total = opts.total;
  let done = 0;
  let failed = 0;
  let lastDraw = 0;
  let drawn = false;

  const draw = (force = false) => {
    if (!enabled) return;
    const t = now();
    if (!force && t - lastDraw < interval) return;
    lastDraw = t;
    const width = opts.stream.columns ?? 80;
    const line = renderProgress({ done, failed, ...(total ? { total } : {}), elapsedMs: t - start, width }).slice(0, width - 1);
    opts.stream.write(`\r\x1b[2K${line}`);
    drawn = true;
  };

  return {
    enabled,
    tick(f) {
      done++;
      if (f) failed++;
      draw();
    },
    setTotal(n) {
      total = n;
      draw(true);
    },
    done() {
      if (enabled && drawn) opts.stream.write('\r\x1b[2K');
    },
  };
}

export interface SummaryInput {
  articles: number;
  unchanged: number;
  nodes: number;
  edges: number;
  failures: { origin: string; error: string }[];
  elapsedMs: number;
}

/** The end-of-run summary, for people. */
export function formatSummary(s: SummaryInput): string {
  const rate = s.elapsedMs > 0 ? ((s.articles + s.failures.length) * 1000) / s.elapsedMs : 0;
  const lines = [
    `ingested ${s.articles} article${s.articles === 1 ? '' : 's'}` +
      (s.unchanged ? ` (${s.unchanged} unchanged)` : '') +
      `, ${s.nodes} nodes and ${s.edges} edges written, in ${(s.elapsedMs / 1000).toFixed(1)} s (${rate.toFixed(1)}/s)` +
      (s.failures.length ? `; ${s.failures.length} failed:` : ''),
  ];
  for (const f of s.failures.slice(0, 50)) lines.push(`  ${f.origin}: ${f.error}`);
  if (s.failures.length > 50) lines.push(`  ... and ${s.failures.length - 50} more`);
  return lines.join('\n') + '\n';
}

/** What `ingestRecords` tells about each article (src/ingest/pipeline.ts `onArticle`). */
export type ArticleEvent = { origin: string; articleId: string; changed: boolean; nodes: number; edges: number } | { origin: string; error: string; failed: true };

export interface IngestReporter {
  onArticle(e: ArticleEvent): void;
  /** Clears the bar; call before printing the summary. */
  done(): void;
}

/**
 * Per-article output of a batch ingest: the progress bar on a terminal, JSON log lines
 * otherwise (failures are logged either way, after the bar is cleared they stay readable in
 * the summary).
 */
export function createIngestReporter(opts: {
  stream: ProgressOptions['stream'];
  log: { info(obj: object, msg?: string): void; warn(obj: object, msg?: string): void };
  total?: number;
}): IngestReporter {
  const bar = createProgress({ stream: opts.stream, ...(opts.total ? { total: opts.total } : {}) });
  return {
    onArticle(e) {
      const failed = 'failed' in e;
      if (bar.enabled) bar.tick(failed);
      else if (failed) opts.log.warn({ origin: e.origin, error: e.error }, 'article failed');
      else opts.log.info(e, e.changed ? 'article stored' : 'article unchanged');
    },
    done: () => bar.done(),
  };
}
