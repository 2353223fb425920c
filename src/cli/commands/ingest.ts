import { Command } from 'commander';
import { readInputs } from '../../read/files';
import { defaultConcurrency } from '../../ingest/extract-pool';
import { ingestRecords, type IngestSummary } from '../../ingest/pipeline';
import { SaysoError } from '../../graph/store';
import { createCliLogger } from '../logger';
import { createIngestReporter } from '../progress';
import { plural, type CliDeps } from '../io';

const EXAMPLES = `
Inputs: .txt (raw article text: title on the first line, "Published on: ..." inside),
.json (an article record, or an array of them), .jsonl (one record a line), .html, and
directories of these (recursively). "-" reads JSONL from stdin. Ingesting an article again
replaces what it contributed; unchanged articles are skipped.

Examples:
  $ sayso ingest seeds/
  $ sayso ingest article.txt more/records.jsonl
  $ cat records.jsonl | sayso ingest -
  $ sayso ingest --concurrency 1 seeds/     # extract on this thread, one article at a time
  $ SAYSO_DATA_DIR=/var/lib/sayso sayso ingest ./corpus

Extraction runs on worker threads, one per core unless --concurrency says otherwise; articles
are still stored and reported in input order, so the result does not depend on it.

Exit status: 0 when every article was stored, 1 when any failed (the others are still stored),
2 for a bad option.
`;

/** `--concurrency`: a whole number of at least 1, or one per core when not given. */
export function parseConcurrency(v: string | undefined): number {
  if (v === undefined) return defaultConcurrency();
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new SaysoError('BAD_INPUT', `--concurrency must be a whole number of at least 1 (got "${v}")`);
  return Number(v);
}

export function formatSummary(s: IngestSummary, totals?: { totalNodes: number; totalEdges: number }): string {
  const lines = [
    `Ingested ${plural(s.articles, 'article')} (${s.unchanged} unchanged): ${plural(s.nodes, 'node')}, ${plural(s.edges, 'edge')} written; ${plural(s.failures.length, 'failure')}.`,
  ];
  if (totals) lines.push(`The graph now holds ${plural(totals.totalNodes, 'node')} and ${plural(totals.totalEdges, 'edge')}.`);
  return `${lines.join('\n')}\n`;
}

export function createIngestCommand(deps: CliDeps): Command {
  return new Command('ingest')
    .description('Read articles, extract who said what on what condition, and store the graph.')
    .argument('<path...>', 'files or directories to read; - for JSONL on stdin')
    .option('-c, --concurrency <n>', 'articles extracted at once, on as many threads; 1 extracts on the main thread (default: one per core)')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: { concurrency?: string }) => {
      // Checked before the store is opened or any thread started.
      const concurrency = parseConcurrency(flags.concurrency);
      const config = deps.config();
      const log = createCliLogger(config, 'sayso-ingest', deps.stderr);
      const store = await deps.openStore(config);
      try {
        // A progress bar with rate on a terminal; one JSON log line per article anywhere else.
        const report = createIngestReporter({ stream: deps.stderr, log });
        let summary: IngestSummary;
        try {
          summary = await ingestRecords(store, readInputs(paths), { onArticle: report.onArticle, concurrency });
        } finally {
          // The bar goes before anything else is written (the summary, or an error message).
          report.done();
        }
        const stats = await store.stats();
        deps.stdout.write(formatSummary(summary, stats));
        for (const f of summary.failures) deps.stderr.write(`failed: ${f.origin}: ${f.error}\n`);
        if (summary.failures.length) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
