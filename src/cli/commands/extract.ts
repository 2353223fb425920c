import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Command, Option } from 'commander';
import { extract } from '../../extract';
import { toEvalPrediction } from '../../extract/to-eval';
import { readInputs } from '../../read/files';
import { plural, type CliDeps } from '../io';

const EXAMPLES = `
Runs extraction only (no store) and writes one prediction file per article, named by the
record id, in the format the evaluation scores (../shared/eval/FORMAT.md).

Examples:
  $ sayso extract --format eval --out /tmp/pred ../shared/corpus/dev
  $ node ../shared/eval/score.mjs --gold ../shared/corpus/dev --pred /tmp/pred
`;

/** A file name from a record id: no path separators or dot-dot tricks. */
const safeName = (id: string) => id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_') || 'article';

export function createExtractCommand(deps: Pick<CliDeps, 'stdout' | 'stderr'>): Command {
  return new Command('extract')
    .description('Extract facts from articles without storing them; write one prediction file per article.')
    .addOption(new Option('--format <format>', 'output format').choices(['eval']).default('eval'))
    .requiredOption('--out <dir>', 'directory to write <id>.json files to')
    .argument('<path...>', 'files or directories to read; - for JSONL on stdin')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: { out: string; format: 'eval' }) => {
      await mkdir(flags.out, { recursive: true });
      let written = 0;
      const failures: string[] = [];
      for await (const item of readInputs(paths)) {
        if (!item.record) {
          failures.push(`${item.origin}: ${item.error ?? 'no article record'}`);
          continue;
        }
        try {
          const record = { ...item.record, id: item.record.id ?? basename(item.origin).replace(/\.[^.]+$/, '') };
          const prediction = toEvalPrediction(extract(record));
          await writeFile(join(flags.out, `${safeName(prediction.id || record.id)}.json`), `${JSON.stringify(prediction, null, 2)}\n`);
          written += 1;
        } catch (err) {
          failures.push(`${item.origin}: ${(err as Error).message}`);
        }
      }
      deps.stdout.write(`Wrote ${plural(written, 'prediction')} to ${flags.out}; ${plural(failures.length, 'failure')}.\n`);
      for (const f of failures) deps.stderr.write(`failed: ${f}\n`);
      if (failures.length) process.exitCode = 1;
    });
}
