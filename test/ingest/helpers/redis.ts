import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './dist';

/** The Redis the tests use: REDIS_URL, else the one `npm run redis:start` started, else the default port. */
function candidateUrl(): string {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  const started = path.join(ROOT, 'data', 'redis', 'url');
  if (existsSync(started)) return readFileSync(started, 'utf8').trim();
  return 'redis://127.0.0.1:6379';
}

/** PING from a child process, so the check is synchronous and describe() can decide at once. */
function answers(url: string): string | null {
  const script = `
    const u = new URL(process.argv[1]);
    const s = require('net').connect(Number(u.port || 6379), u.hostname);
    const t = setTimeout(() => { console.log('no answer within 1 s'); process.exit(1); }, 1000);
    s.on('connect', () => s.write('PING\\r\\n'));
    s.on('data', (d) => { clearTimeout(t); const ok = d.toString().startsWith('+PONG'); if (!ok) console.log('unexpected reply ' + d); process.exit(ok ? 0 : 1); });
    s.on('error', (e) => { clearTimeout(t); console.log(e.message); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script, url], { encoding: 'utf8', timeout: 5000 });
  return r.status === 0 ? null : (r.stdout || r.stderr || 'no answer').trim();
}

/**
 * describe() for tests against a real Redis. Without one they are skipped with a loud line,
 * except under CI=true, where a missing Redis is a failure.
 */
export function describeRedis(name: string, body: (url: string) => void): void {
  const url = candidateUrl();
  const problem = answers(url);
  if (!problem) {
    describe(name, () => body(url));
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs a Redis server (CI=true)', () => {
        throw new Error(`Redis tests need a server under CI=true, but ${url} does not answer (${problem}). Run \`npm run redis:start\` first.`);
      });
    });
    return;
  }
  // eslint-disable-next-line no-console
  console.log(`SKIPPED: Redis tests — no Redis at ${url} (${problem}); run \`npm run redis:start\` or set REDIS_URL. (Under CI=true these fail instead.)`);
  describe.skip(name, () => body(url));
}

export const uniqueQueueName = (label: string) => `sayso-test-${label}-${process.pid}-${Date.now().toString(36)}`;
