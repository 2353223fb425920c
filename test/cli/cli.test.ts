import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config';
import { openStore } from '../../src/graph/open-store';
import { main } from '../../src/cli/main';

function capture() {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c: Buffer) => (text += c.toString()));
  return { stream: s, text: () => text };
}

describe('sayso CLI (in process)', () => {
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
