import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'bin', 'sayso.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The extraction threads and the CLI run compiled code from dist/. Builds it when it is missing
 * or older than src/ (one build at a time across jest workers), and fails loudly when the build
 * does not produce it: a test that needs dist/ never silently skips.
 */
export function ensureBuilt(files: string[] = ['dist/ingest/extract-pool-thread.js']): void {
  const NEEDED = files.map((f) => path.join(ROOT, f));
  const fresh = () => {
    const src = newestSource(path.join(ROOT, 'src'));
    return NEEDED.every((f) => existsSync(f) && statSync(f).mtimeMs >= src);
  };
  if (fresh()) return;
  const lock = path.join(ROOT, 'dist', '.test-build-lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`dist/ is being built by another test for over 2 minutes (remove ${lock} if stale)`);
      sleep(200);
    }
  }
  let output = '';
  try {
    if (fresh()) return;
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'pipe' });
    } catch (err) {
      // tsc still emits when some unrelated file has a type error; what matters is below.
      const e = err as { stdout?: Buffer; stderr?: Buffer };
      output = `${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`;
    }
  } finally {
    rmdirSync(lock);
  }
  const missing = NEEDED.filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(`dist/ is missing ${missing.map((f) => path.relative(ROOT, f)).join(', ')} after \`npm run build\`:\n${output.slice(0, 4000)}`);
  }
}
