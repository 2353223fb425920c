import { spawn, type ChildProcess } from 'node:child_process';
import { CLI, ROOT } from './dist';

export interface Running {
  child: ChildProcess;
  /** Parsed JSON log lines (pino) and plain lines, from stdout and stderr. */
  logs: Record<string, unknown>[];
  output: () => string;
  waitFor(pred: (logs: Record<string, unknown>[]) => boolean, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children = new Set<ChildProcess>();

/** Kills whatever a failed or timed-out test left running (call from afterAll). */
export function killLeftovers(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  children.clear();
}

/** Runs the built `sayso` CLI as a user would, collecting its logs. */
export function runSayso(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  const logs: Record<string, unknown>[] = [];
  let text = '';
  const waiters: (() => void)[] = [];
  const take = (chunk: Buffer) => {
    text += chunk.toString();
    const lines = text.split('\n');
    text = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ line });
      }
    }
    waiters.forEach((w) => w());
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    logs,
    output: () => logs.map((l) => (typeof l.line === 'string' ? l.line : JSON.stringify(l))).join('\n'),
    exited,
    waitFor(pred, timeoutMs = 60_000) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; output so far:\n${logs.slice(-20).map((l) => JSON.stringify(l)).join('\n')}`)), timeoutMs);
        const check = () => {
          if (pred(logs)) {
            clearTimeout(timer);
            resolve();
          }
        };
        waiters.push(check);
        void exited.then(() => {
          check();
          setTimeout(() => {
            clearTimeout(timer);
            reject(new Error(`sayso exited first; output:\n${logs.slice(-30).map((l) => JSON.stringify(l)).join('\n')}`));
          }, 50);
        });
        check();
      });
    },
  };
}

export const stored = (logs: Record<string, unknown>[]) => logs.filter((l) => l.msg === 'article stored' || l.msg === 'article unchanged').length;
