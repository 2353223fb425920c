import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { Command } from 'commander';
import { loadConfig, type Config } from '../../config';
import { EMBEDDED_FILE, openStore } from '../../graph/open-store';
import { SaysoError, type GraphStore, type StoreStats } from '../../graph/store';
import { pingRedis, redisQueueCounts } from '../../ingest/bullmq-queue';
import type { QueueCounts } from '../../ingest/queue-sqlite';
import { openStoreQueue } from './worker';

export interface StatsCommandDeps {
  config?: () => Config;
  openStore?: (config: Config) => Promise<GraphStore>;
  stdout?: Writable;
  stderr?: Writable;
}

interface StatsFlags {
  json?: boolean;
  queue?: string;
  queueName?: string;
}

export interface StatsReport extends StoreStats {
  queue: (QueueCounts & { kind: 'embedded' | 'neo4j' | 'redis'; name?: string }) | null;
}

const table = (title: string, rows: Record<string, number | undefined>, total: number) => {
  const entries = Object.entries(rows).filter((e): e is [string, number] => e[1] !== undefined);
  const width = Math.max(8, ...entries.map(([k]) => k.length));
  return [`${title} (${total})`, ...entries.map(([k, v]) => `  ${k.padEnd(width)}  ${String(v).padStart(8)}`)].join('\n');
};

/** `sayso stats`: what the graph holds and where the queue stands. */
export function createStatsCommand(deps: StatsCommandDeps = {}): Command {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  return new Command('stats')
    .description('Counts of nodes by label and edges by type, and the ingest queue (pending, running, done, failed).')
    .option('--json', 'print JSON')
    .option('--queue <url>', 'report the shared Redis queue instead of the store\'s own')
    .option('--queue-name <name>', 'BullMQ queue name (default: SAYSO_QUEUE_NAME or sayso-articles)')
    .action(async (flags: StatsFlags) => {
      try {
        const config = (deps.config ?? (() => loadConfig()))();
        const store = await (deps.openStore ?? openStore)(config);
        let stats: StoreStats;
        try {
          stats = await store.stats();
        } finally {
          await store.close();
        }
        let queue: StatsReport['queue'] = null;
        if (flags.queue) {
          await pingRedis(flags.queue);
          const name = flags.queueName ?? config.worker.queueName;
          const c = await redisQueueCounts({ url: flags.queue, name });
          queue = { kind: 'redis', name, pending: c.pending, running: c.running, done: c.done, failed: c.failed };
        } else if (config.store === 'neo4j' || existsSync(join(config.dataDir, EMBEDDED_FILE))) {
          const q = openStoreQueue(config);
          try {
            queue = { kind: q.kind, ...(await q.counts()) };
          } finally {
            await q.close();
          }
        }
        const report: StatsReport = { ...stats, queue };
        if (flags.json) {
          stdout.write(JSON.stringify(report, null, 2) + '\n');
          return;
        }
        const lines = [table('Nodes', stats.nodes, stats.totalNodes), table('Edges', stats.edges, stats.totalEdges)];
        if (queue) {
          lines.push(
            `Queue (${queue.kind}${queue.name ? ` ${queue.name}` : ''})\n  pending ${queue.pending}  running ${queue.running}  done ${queue.done}  failed ${queue.failed}`,
          );
        }
        stdout.write(lines.join('\n\n') + '\n');
      } catch (err) {
        const message = err instanceof SaysoError ? err.message : `stats failed: ${(err as Error).message}`;
        stderr.write(`sayso stats: ${message}\n`);
        process.exitCode = err instanceof SaysoError && err.code === 'BAD_INPUT' ? 2 : 1;
      }
    });
}
