import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { loadConfig, type Config } from '../../config';
import { SaysoError } from '../../graph/store';
import { enqueueToRedis, jobIdFor, pingRedis } from '../../ingest/bullmq-queue';
import { isArticleFile, readArticleFile, type FileItem } from '../../ingest/inbox-read';
import { openStoreQueue } from './worker';

export interface EnqueueCommandDeps {
  config?: () => Config;
  stdout?: Writable;
  stderr?: Writable;
}

interface EnqueueFlags {
  queue?: string;
  queueName?: string;
  json?: boolean;
}

/** Article files under the given paths: files as named, folders walked (done/ and failed/ left out). */
export function articleFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new SaysoError('BAD_INPUT', `No such file or folder: ${p}`);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        // Put-away files of an inbox, and annotations beside corpus articles, are not new articles.
        if (name === 'done' || name === 'failed' || name.startsWith('.') || name.endsWith('.gold.json')) continue;
        walk(path.join(p, name), false);
      }
    } else if (explicit || isArticleFile(path.basename(p))) out.push(p);
  };
  for (const p of paths) walk(p, true);
  return out;
}

export function readItems(paths: string[], maxBytes: number): FileItem[] {
  const items: FileItem[] = [];
  for (const file of articleFiles(paths)) {
    for (const it of readArticleFile(path.basename(file), readFileSync(file), { maxBytes })) {
      // Origins name the file as given, so a dead letter says where to look.
      items.push({ ...it, origin: path.join(path.dirname(file), it.origin) });
    }
  }
  return items;
}

/** `sayso enqueue`: submit article files to the shared Redis queue, or to the store's own queue. */
export function createEnqueueCommand(deps: EnqueueCommandDeps = {}): Command {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  return new Command('enqueue')
    .description('Submit article files (.txt, .json, .jsonl, .html; folders are walked) to the worker queue.')
    .argument('<path...>', 'files or folders')
    .option('--queue <url>', 'Redis URL of the shared queue (default: the store\'s own durable queue)')
    .option('--queue-name <name>', 'BullMQ queue name (default: SAYSO_QUEUE_NAME or sayso-articles)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExamples:\n  $ sayso enqueue --queue redis://127.0.0.1:6379 ./crawl/2025-09-22/\n  $ sayso enqueue feed.jsonl        # processed by `sayso worker`\n')
    .action(async (paths: string[], flags: EnqueueFlags) => {
      try {
        const config = (deps.config ?? (() => loadConfig()))();
        const items = readItems(paths, config.worker.maxArticleBytes);
        let result: { added: number; known: number; refused: number };
        if (flags.queue) {
          await pingRedis(flags.queue);
          result = await enqueueToRedis(
            { url: flags.queue, name: flags.queueName ?? config.worker.queueName, maxAttempts: config.worker.maxAttempts, backoffMs: config.worker.backoffMs },
            items,
          );
        } else {
          const queue = openStoreQueue(config);
          try {
            const good = await queue.enqueue(items.filter((it) => it.record).map((it) => ({ key: jobIdFor(it), origin: it.origin, record: it.record! })));
            // Unreadable inputs are kept as dead letters, so `sayso dead-letters` shows them too.
            const bad = items.filter((it) => it.error);
            await queue.enqueue(bad.map((it) => ({ key: jobIdFor(it), origin: it.origin, failed: it.error! })));
            result = { added: good.added, known: good.known, refused: bad.length };
          } finally {
            await queue.close();
          }
        }
        for (const it of items.filter((i) => i.error)) stderr.write(`sayso enqueue: ${it.origin}: ${it.error!.message}\n`);
        if (flags.json) stdout.write(JSON.stringify(result) + '\n');
        else {
          stdout.write(
            `queued ${result.added} article${result.added === 1 ? '' : 's'}` +
              (result.known ? `, ${result.known} already queued` : '') +
              (result.refused ? `, ${result.refused} refused (see \`sayso dead-letters\`)` : '') +
              '\n',
          );
        }
        if (result.refused) process.exitCode = 1;
      } catch (err) {
        const message = err instanceof SaysoError ? err.message : `enqueue failed: ${(err as Error).message}`;
        stderr.write(`sayso enqueue: ${message}\n`);
        process.exitCode = err instanceof SaysoError && err.code === 'BAD_INPUT' ? 2 : 1;
      }
    });
}
