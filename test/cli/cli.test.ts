import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config';
import { openStore } from '../../src/graph/open-store';
import { main } from '../../src/cli/main';
import { ensureBuilt } from '../ingest/helpers/dist';

function capture() {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c: Buffer) => (text += c.toString()));
  return { stream: s, text: () => text };
}

describe('sayso CLI (in process)', () => {
  // `sayso ingest` extracts on threads (one per core), which run the compiled extractor.
  beforeAll(() => ensureBuilt(), 180_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sayso-cli-'));
    process.exitCode = undefined;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = undefined;
  });

  const run = async (argv: string[]) => {
    process.exitCode = undefined;
    const out = capture();
    const err = capture();
    await main(argv, { config: () => loadConfig({ SAYSO_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' }), openStore, stdout: out.stream, stderr: err.stream });
    return { stdout: out.text(), stderr: err.text(), code: process.exitCode ?? 0 };
  };

  it.each(['ingest', 'extract', 'serve'])('%s --help shows usage and examples', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Usage: sayso ${cmd}`));
    expect(r.stdout).toMatch(/Examples:/);
  });

  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version);
  });

  it('ingests files, prints a summary, reports failures and exits 1 when one failed', async () => {
    const inputs = join(dir, 'in');
    require('node:fs').mkdirSync(inputs);
    writeFileSync(join(inputs, 'a.json'), JSON.stringify({ id: 'a', url: 'https://example.org/a', title: 'Kim speaks', published: '2025-09-22', text: 'Kim Jong Un said talks could resume.' }));
    writeFileSync(join(inputs, 'broken.json'), '{ "text": ');
    writeFileSync(join(inputs, 'a.gold.json'), '{}');
    const r = await run(['ingest', inputs]);
    expect(r.stdout).toMatch(/^Ingested 1 article \(0 unchanged\): \d+ nodes?, \d+ edges? written; 1 failure\./m);
    expect(r.stderr).toMatch(/failed: .*broken\.json: .*JSON/);
    expect(r.code).toBe(1);

    const again = await run(['ingest', join(inputs, 'a.json')]);
    expect(again.stdout).toMatch(/Ingested 1 article \(1 unchanged\): 0 nodes, 0 edges written; 0 failures\./);
    expect(again.code).toBe(0);
  });

  describe('ingest progress', () => {
    const writeInputs = () => {
      const inputs = join(dir, 'in');
      require('node:fs').mkdirSync(inputs);
      writeFileSync(join(inputs, 'a.json'), JSON.stringify({ id: 'a', url: 'https://example.org/a', title: 'Kim speaks', published: '2025-09-22', text: 'Kim Jong Un said talks could resume.' }));
      writeFileSync(join(inputs, 'b.json'), JSON.stringify({ id: 'b', url: 'https://example.org/b', title: 'Lee speaks', published: '2025-09-23', text: 'Lee Jae-myung said the summit would go ahead.' }));
      writeFileSync(join(inputs, 'broken.json'), '{ "text": ');
      return inputs;
    };
    const runWith = async (argv: string[], stderr: PassThrough) => {
      process.exitCode = undefined;
      const out = capture();
      let text = '';
      stderr.on('data', (c: Buffer) => (text += c.toString()));
      await main(argv, { config: () => loadConfig({ SAYSO_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'info' }), openStore, stdout: out.stream, stderr });
      return { stdout: out.text(), stderr: text, code: process.exitCode ?? 0 };
    };

    it('logs one JSON line per article when stderr is not a terminal', async () => {
      const inputs = writeInputs();
      const r = await runWith(['ingest', inputs], new PassThrough());
      const logs = r.stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { msg: string; origin: string; articleId?: string; error?: string; name: string });
      const stored = logs.filter((l) => l.msg === 'article stored');
      expect(stored.map((l) => l.origin.replace(/.*[\\/]/, '')).sort()).toEqual(['a.json', 'b.json']);
      for (const l of stored) expect(l.articleId).toMatch(/^article:/);
      expect(logs.filter((l) => l.msg === 'article failed').map((l) => l.origin.replace(/.*[\\/]/, ''))).toEqual(['broken.json']);
      expect(logs.every((l) => l.name === 'sayso-ingest')).toBe(true);
      expect(r.stderr).not.toContain('\x1b[');
      expect(r.stdout).toMatch(/^Ingested 2 articles \(0 unchanged\)/m);
      expect(r.stderr).toMatch(/failed: .*broken\.json: .*JSON/);
      expect(r.code).toBe(1);

      const again = await runWith(['ingest', join(inputs, 'a.json')], new PassThrough());
      expect(again.stderr).toMatch(/"msg":"article unchanged"/);
      expect(again.code).toBe(0);
    });

    it('draws a progress bar instead of log lines on a terminal, and clears it before the summary', async () => {
      const inputs = writeInputs();
      const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
      const r = await runWith(['ingest', inputs], tty);
      expect(r.stderr).toMatch(/\r\x1b\[2K1 article {2}[\d.]+\/s/);
      expect(r.stderr).not.toMatch(/"msg":"article stored"/);
      // Cleared before the failure lines that follow it.
      expect(r.stderr).toMatch(/\r\x1b\[2Kfailed: .*broken\.json/);
      expect(r.stdout).toMatch(/^Ingested 2 articles \(0 unchanged\)/m);
      expect(r.code).toBe(1);
    });
  });

  it('exits 1 with a clear message for a path that does not exist', async () => {
    const r = await run(['ingest', join(dir, 'nope')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope/);
  });

  it('extract --format eval writes one prediction per article, named by record id', async () => {
    const out = join(dir, 'pred');
    const r = await run(['extract', '--format', 'eval', '--out', out, join(__dirname, '../../seeds/koreaherald-lee-trump-apec-kim.json')]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['koreaherald-lee-trump-apec-kim.json']);
    const p = JSON.parse(readFileSync(join(out, 'koreaherald-lee-trump-apec-kim.json'), 'utf8'));
    expect(p).toMatchObject({ id: 'koreaherald-lee-trump-apec-kim', entities: expect.any(Array), quotes: expect.any(Array), conditions: expect.any(Array), invitations: expect.any(Array), meetings: expect.any(Array) });
  });

  it('rejects an unknown format and a missing --out with usage errors', async () => {
    expect((await run(['extract', '--format', 'csv', '--out', dir, 'x'])).code).not.toBe(0);
    const r = await run(['extract', 'x']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--out/);
  });
});
