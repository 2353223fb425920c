import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { ensureBuilt } from '../ingest/helpers/dist';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The whole path as a user runs it: the compiled `sayso` ingests seeds/ into a fresh data
 * directory, `sayso serve` answers over HTTP, and stops cleanly on SIGTERM.
 */
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'sayso.js');

jest.setTimeout(120_000);

describe('sayso end to end (compiled CLI over HTTP)', () => {
  let dataDir: string;
  let server: ChildProcess | null = null;
  let url = '';

  beforeAll(() => {
    // Compile what the bin runs when dist/ is older than src/ (one build at a time across
    // jest workers); a missing program fails the test rather than skipping it.
    ensureBuilt(['dist/cli/main.js', 'dist/api/server.js', 'dist/graph/embedded/index.js']);
    dataDir = mkdtempSync(join(tmpdir(), 'sayso-e2e-'));
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const env = () => ({ ...process.env, SAYSO_DATA_DIR: dataDir, LOG_LEVEL: 'warn', PORT: '0', HOST: 'localhost', SAYSO_STORE: 'embedded', SAYSO_API_KEY: '' });

  const gql = async (query: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(200);
    return (await res.json()) as { data: any; errors?: unknown[] };
  };

  it('ingests seeds/ and prints the summary', () => {
    const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => /\.(json|txt|jsonl|html)$/.test(f));
    const r = spawnSync(process.execPath, [BIN, 'ingest', 'seeds/'], { cwd: ROOT, env: env(), encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/failed:/);
    expect(r.status).toBe(0);
    // The raw page text and the JSON record of the seed are one article: the second is unchanged.
    expect(r.stdout).toMatch(new RegExp(`Ingested ${seeds.length} articles \\(\\d unchanged\\): \\d+ nodes, \\d+ edges written; 0 failures\\.`));
    const again = spawnSync(process.execPath, [BIN, 'ingest', 'seeds/'], { cwd: ROOT, env: env(), encoding: 'utf8' });
    expect(again.stdout).toMatch(new RegExp(`\\(${seeds.length} unchanged\\): 0 nodes, 0 edges written`));
  });

  it('serves GraphQL over HTTP on a free port', async () => {
    server = spawn(process.execPath, [BIN, 'serve'], { cwd: ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${out} ${err}`)), 60_000);
      server!.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /GraphiQL at (http:\/\/localhost:\d+\/graphql)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      server!.stderr!.on('data', (c: Buffer) => (err += c.toString()));
      server!.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('What conditions did Kim Jong Un attach to talks?');

    const kim = await gql(`{ person(name: "Kim Jong Un") { name aliases } }`);
    expect(kim.data.person.name).toBe('Kim Jong Un');
  });

  it("answers the Kim conditions question from the seed with the denuclearisation condition and its sentence", async () => {
    const r = await gql(`{ conditions(holder: "Kim Jong Un") { totalCount nodes { text on sentence holder { name } article { title published } } } }`);
    expect(r.errors).toBeUndefined();
    const nodes = r.data.conditions.nodes as { text: string; sentence: string; holder: { name: string }; article: { title: string } }[];
    const denuclear = nodes.filter((c) => /denucleari[sz]/i.test(c.text));
    expect(denuclear.length).toBeGreaterThan(0);
    for (const c of denuclear) {
      expect(c.holder.name).toBe('Kim Jong Un');
      expect(c.sentence).toContain(c.text.slice(0, 20));
      expect(c.article.title).toBeTruthy();
    }
  });

  it('answers the analyst questions the seeds support: conditions on talks, Lee inviting Trump, Kim\'s timeline', async () => {
    const r = await gql(`{
      talks: conditions(holder: "Kim Jong-un", on: "talks") { totalCount nodes { text } }
      lee: invitations(inviter: "Lee Jae Myung", invitee: "Donald Trump") { totalCount nodes { eventText article { source } } }
      timeline(person: "Kim Jong Un", first: 100) { totalCount nodes { kind } }
      stats { totalNodes totalEdges }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.talks.totalCount).toBeGreaterThan(0);
    expect(r.data.talks.nodes.some((c: { text: string }) => /denucleari[sz]/i.test(c.text))).toBe(true);
    expect(r.data.lee.totalCount).toBeGreaterThan(0);
    expect(r.data.lee.nodes.some((i: { eventText: string }) => /APEC/.test(i.eventText))).toBe(true);
    const kinds = new Set(r.data.timeline.nodes.map((n: { kind: string }) => n.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['STATEMENT', 'CONDITION', 'EVENT']));
    expect(r.data.stats.totalNodes).toBeGreaterThan(0);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));
    server!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
