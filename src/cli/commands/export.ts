import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { loadConfig } from '../../config';
import { assertSelectionFound, EXPORT_FORMATS, exportToCsvDirectory, exportToStream, parseSelection, type ExportFormat } from '../../export';
import { openStore } from '../../graph/open-store';
import { SaysoError, type GraphStore } from '../../graph/store';

export interface ExportCommandDeps {
  /** Opens the configured store (default: from the environment through src/config.ts). */
  openStore?: () => Promise<GraphStore>;
  stdout?: Writable;
  stderr?: Writable;
}

interface ExportFlags {
  format: ExportFormat;
  out?: string;
  entity?: string;
  depth?: string;
  from?: string;
  to?: string;
  labels?: string;
}

const EXAMPLES = `
Selection (combine freely; default is the whole graph):
  --entity ID --depth N   everything within N hops of a node (either direction)
  --from / --to           only articles published in that range, and what they contributed
  --labels A,B            only nodes with these labels, and the edges between them

Examples:
  $ sayso export --format graphml --out graph.graphml          # whole graph for Gephi or yEd
  $ sayso export --format json --entity person:kim-jong-un --depth 2 > kim.json
  $ sayso export --format csv --out ./import --from 2019-01-01  # neo4j-admin database import files
  $ sayso export --format cypher --labels Person,Condition,Statement | cypher-shell
  $ sayso export --format jsonld --from 2026-01 --to 2026-03 --out quotes.jsonld

Output goes to stdout unless --out is given; csv writes one file per label and edge type,
so it needs --out DIR. See docs/exports.md for importing into Gephi, yEd, Neo4j and Cytoscape.
`;

/** `sayso export`: the graph, or part of it, in a format analysts' tools open as they are. */
export function createExportCommand(deps: ExportCommandDeps = {}): Command {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  const open = deps.openStore ?? (async () => openStore(loadConfig()));

  return new Command('export')
    .description('Export the graph as GraphML, Cytoscape JSON, neo4j-admin CSV, a Cypher script or schema.org JSON-LD (streamed).')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('-o, --out <path>', 'file to write (a directory for csv); stdout when omitted')
    .option('--entity <id>', 'start node of a neighbourhood, e.g. person:kim-jong-un')
    .option('--depth <n>', 'hops around --entity (0-5, default 1)')
    .option('--from <date>', 'first published date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'last published date, inclusive')
    .option('--labels <labels>', 'comma-separated node labels, e.g. Person,Statement,Condition')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ExportFlags) => {
      try {
        await runExport(flags, open, stdout, stderr);
      } catch (err) {
        // A reader that stopped early (`sayso export ... | head`) is not a failure.
        if ((err as NodeJS.ErrnoException).code === 'EPIPE') return;
        const message = err instanceof SaysoError ? err.message : `export failed: ${(err as Error).message}`;
        stderr.write(`sayso export: ${message}\n`);
        process.exitCode = err instanceof SaysoError && err.code === 'BAD_INPUT' ? 2 : 1;
      }
    });
}

async function runExport(flags: ExportFlags, open: () => Promise<GraphStore>, stdout: Writable, stderr: Writable): Promise<void> {
  const selection = parseSelection({ entity: flags.entity, depth: flags.depth, from: flags.from, to: flags.to, labels: flags.labels });
  if (flags.format === 'csv' && !flags.out) {
    throw new SaysoError('BAD_INPUT', 'csv writes one file per label and edge type: pass --out DIR (created if missing).');
  }
  if (flags.out && flags.format !== 'csv') {
    const existing = await stat(flags.out).catch(() => null);
    if (existing?.isDirectory()) throw new SaysoError('BAD_INPUT', `--out ${flags.out} is a directory; name a file, e.g. --out ${flags.out}/graph.${flags.format}.`);
  }
  const store = await open();
  try {
    await assertSelectionFound(store, selection);
    if (flags.format === 'csv') {
      const dir = resolve(flags.out!);
      const summary = await exportToCsvDirectory(store, selection, dir);
      stderr.write(`Exported ${summary.nodes} nodes and ${summary.edges} edges to ${summary.files.length} CSV files in ${dir}\n`);
      return;
    }
    if (flags.out) {
      const file = resolve(flags.out);
      await mkdir(dirname(file), { recursive: true });
      const summary = await exportToStream(store, flags.format, selection, createWriteStream(file));
      stderr.write(`Exported ${summary.nodes} nodes and ${summary.edges} edges to ${file}\n`);
      return;
    }
    // stdout stays open for the process; the writer only waits for what it wrote to drain.
    await exportToStream(store, flags.format, selection, stdout, { end: false });
  } finally {
    await store.close();
  }
}
