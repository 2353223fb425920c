import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config';
import { openStore } from '../graph/open-store';
import { SaysoError } from '../graph/store';
import { createExportCommand } from './commands/export';
import { createExtractCommand } from './commands/extract';
import { createIngestCommand } from './commands/ingest';
import { createServeCommand } from './commands/serve';
import { createWorkerCommand } from './commands/worker';
import { createEnqueueCommand } from './commands/enqueue';
import { createDeadLettersCommand } from './commands/dead-letters';
import { createStatsCommand } from './commands/stats';
import type { CliDeps } from './io';
import { PACKAGE_ROOT } from './paths';

const EXAMPLES = `
Examples:
  $ sayso ingest seeds/                      # read articles into the graph
  $ sayso serve --seed                       # GraphQL + GraphiQL at http://localhost:4000/graphql
  $ sayso extract --format eval --out /tmp/pred ../shared/corpus/dev
  $ sayso export --format graphml --out graph.graphml
  $ sayso <command> --help
`;

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function createProgram(deps: CliDeps): Command {
  const program = new Command('sayso')
    .description('Who said what, to whom, on what condition: a knowledge graph from news articles, queried with GraphQL.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError()
    .addHelpText('after', EXAMPLES);
  program.addCommand(createIngestCommand(deps));
  program.addCommand(createExtractCommand(deps));
  program.addCommand(createServeCommand(deps));
  program.addCommand(createExportCommand({ openStore: () => deps.openStore(deps.config()), stdout: deps.stdout, stderr: deps.stderr }));
  program.addCommand(createWorkerCommand({ config: deps.config, stderr: deps.stderr }));
  program.addCommand(createEnqueueCommand({ config: deps.config, stdout: deps.stdout, stderr: deps.stderr }));
  program.addCommand(createDeadLettersCommand({ config: deps.config, stdout: deps.stdout, stderr: deps.stderr }));
  program.addCommand(createStatsCommand({ config: deps.config, openStore: deps.openStore, stdout: deps.stdout, stderr: deps.stderr }));
  const output = { writeOut: (s: string) => void deps.stdout.write(s), writeErr: (s: string) => void deps.stderr.write(s) };
  program.configureOutput(output);
  for (const cmd of program.commands) cmd.configureOutput(output);
  return program;
}

/** Entry point of bin/sayso.js. Sets process.exitCode rather than exiting, so output drains. */
export async function main(argv: string[], deps: Partial<CliDeps> = {}): Promise<void> {
  const full: CliDeps = {
    config: deps.config ?? (() => loadConfig()),
    openStore: deps.openStore ?? openStore,
    stdout: deps.stdout ?? process.stdout,
    stderr: deps.stderr ?? process.stderr,
  };
  const program = createProgram(full).exitOverride();
  for (const cmd of program.commands) cmd.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      process.exitCode = err.exitCode;
      return;
    }
    if (err instanceof SaysoError) {
      full.stderr.write(`sayso: ${err.message}\n`);
      process.exitCode = err.code === 'BAD_INPUT' ? 2 : 1;
      return;
    }
    full.stderr.write(`sayso: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
